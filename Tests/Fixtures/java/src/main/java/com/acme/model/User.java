package com.acme.model;

import java.util.ArrayList;
import java.util.List;

/** A registered user; same-package types (Entity, Named, Role) need no import. */
public class User extends Entity implements Named { // @def class User @extends Entity @implements Named
    private final String name; // @def property User.name
    private Role role = Role.MEMBER; // @def property User.role @references Role
    private final List<Address> addresses = new ArrayList<>(); // @def property User.addresses

    public User(long id, String name) { // @def constructor User.User
        super(id);
        this.name = name;
    }

    @Override public String kind() { // @def method User.kind
        return "user";
    }

    @Override public String displayName() { // @def method User.displayName
        return name + " (" + describe() + ")"; // @calls Entity.describe
    }

    public Role getRole() { // @def method User.getRole @references Role
        return role;
    }

    public boolean isAdmin() { // @def method User.isAdmin
        return this.getRole().canWrite(); // @calls User.getRole @calls Role.canWrite
    }

    public Address addAddress(String city) { // @def method User.addAddress @references User.Address
        Address address = new Address(city); // @instantiates User.Address
        addresses.add(address);
        return address;
    }

    /** A postal address, nested in its user. */
    public static class Address { // @def class User.Address
        private final String city; // @def property User.Address.city

        public Address(String city) { // @def constructor User.Address.Address
            this.city = city;
        }

        public String label() { // @def method User.Address.label
            return city.toUpperCase();
        }
    }
}
