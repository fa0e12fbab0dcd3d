package com.acme.model;

/** Root of the model hierarchy. */
public abstract class Entity { // @def class Entity
    public static final int MAX_ID = 1000; // @def constant Entity.MAX_ID
    protected final long id; // @def property Entity.id

    protected Entity(long id) { // @def constructor Entity.Entity
        this.id = id;
    }

    public abstract String kind(); // @def method Entity.kind

    public String describe() { // @def method Entity.describe
        return kind() + "#" + id; // @calls Entity.kind
    }
}
