package com.acme.app;

import com.acme.model.User; // @imports User
import com.acme.service.UserService; // @imports UserService
import org.junit.jupiter.api.Test;

class AppTest { // @def class AppTest
    @Test void registersUser() { // @def method AppTest.registersUser
        UserService service = new UserService(); // @instantiates UserService
        User user = service.register(1, "Ada Lovelace"); // @calls UserService.register
        assert !user.isAdmin(); // @calls User.isAdmin
    }
}
