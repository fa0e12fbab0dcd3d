package com.acme.service;

import com.acme.model.Role; // @imports Role
import com.acme.model.User; // @imports User

/** Same package as UserService and UserRepository: no import needed for them. */
public class AdminService extends UserService { // @def class AdminService @extends UserService
    private final UserRepository backup = new UserRepository(); // @def property AdminService.backup @instantiates UserRepository

    @Override public User register(long id, String name) { // @def method AdminService.register
        var user = super.register(id, name); // @calls UserService.register
        backup.save(user); // @calls UserRepository.save
        return user;
    }

    public boolean promote(String name) { // @def method AdminService.promote
        var admin = register(0, name); // @calls AdminService.register
        show(name); // @calls UserService.show
        return admin.getRole() == Role.ADMIN; // @calls User.getRole
    }
}
