// SPDX-License-Identifier: MIT
pragma solidity ^0.8.20;

/// @notice Minimal single-owner access control.
abstract contract Ownable { // @def class Ownable
    address public owner; // @def property Ownable.owner

    error NotOwner(address caller);

    constructor(address initialOwner) { // @def constructor Ownable.constructor
        owner = initialOwner;
    }

    modifier onlyOwner() { // @def method Ownable.onlyOwner
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    function transferOwnership(address next) public onlyOwner { // @def method Ownable.transferOwnership @calls Ownable.onlyOwner
        owner = next;
    }
}
