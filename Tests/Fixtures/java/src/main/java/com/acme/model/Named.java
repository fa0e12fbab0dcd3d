package com.acme.model;

/** Something with a display name. */
public interface Named { // @def interface Named
    String displayName(); // @def method Named.displayName

    default String greeting() { // @def method Named.greeting
        return "Hello, " + displayName(); // @calls Named.displayName
    }
}
