// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

import "./Ownable.sol";
import {IShape, Geometry, clampRadius as clamp} from "./Shapes.sol"; // @imports IShape @imports Geometry @imports clampRadius

/// @notice A resizable circle.
contract Circle is IShape, Ownable { // @def class Circle @extends IShape @extends Ownable
    uint256 public radius; // @def property Circle.radius

    event Resized(uint256 radius);

    struct Snapshot { // @def class Circle.Snapshot
        uint256 radius; // @def property Circle.Snapshot.radius
        uint256 area; // @def property Circle.Snapshot.area
    }

    constructor(uint256 r) Ownable(msg.sender) { // @def constructor Circle.constructor
        radius = clamp(r); // @calls clampRadius
    }

    function area() external view override returns (uint256) { // @def method Circle.area
        return Geometry.circleArea(radius); // @calls Geometry.circleArea
    }

    function resize(uint256 r) public onlyOwner { // @def method Circle.resize @calls Ownable.onlyOwner
        radius = clamp(r); // @calls clampRadius
        emit Resized(radius);
    }

    function snapshot() public view returns (Snapshot memory) { // @def method Circle.snapshot
        return Snapshot(radius, this.area()); // @instantiates Circle.Snapshot @calls Circle.area
    }
}

contract CircleFactory { // @def class CircleFactory
    Circle[] public circles; // @def property CircleFactory.circles

    function create(uint256 r) external returns (Circle) { // @def method CircleFactory.create
        Circle c = new Circle(r); // @instantiates Circle
        c.transferOwnership(msg.sender); // @calls Ownable.transferOwnership
        circles.push(c);
        return c;
    }

    function totalArea() external view returns (uint256 total) { // @def method CircleFactory.totalArea
        for (uint256 i = 0; i < circles.length; i++) {
            total += circles[i].area(); // @unresolved area
        }
    }
}
