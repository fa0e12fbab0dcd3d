package com.acme.model;

public enum Role { // @def enum Role
    ADMIN, // @def enum_member Role.ADMIN
    MEMBER; // @def enum_member Role.MEMBER

    public boolean canWrite() { // @def method Role.canWrite
        return this == ADMIN;
    }
}
