// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice Anything with an area.
interface IShape { // @def interface IShape
    function area() external view returns (uint256); // @def method IShape.area
}

/// @notice Integer helpers for shapes (areas are scaled by 100).
library Geometry { // @def module Geometry
    function square(uint256 x) internal pure returns (uint256) { // @def method Geometry.square
        return x * x;
    }

    function circleArea(uint256 r) internal pure returns (uint256) { // @def method Geometry.circleArea
        return (314 * square(r)) / 100; // @calls Geometry.square
    }
}

enum Kind { Round, Boxy } // @def enum Kind @def enum_member Kind.Round @def enum_member Kind.Boxy

function clampRadius(uint256 r) pure returns (uint256) { // @def function clampRadius
    return r > 1000 ? 1000 : r;
}
