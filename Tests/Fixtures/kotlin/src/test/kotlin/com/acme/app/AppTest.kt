package com.acme.app

import com.acme.model.User // @imports User
import com.acme.service.UserService // @imports UserService
import org.junit.jupiter.api.Test

class AppTest { // @def class AppTest
    @Test fun registersUser() { // @def method AppTest.registersUser
        val service = UserService.create() // @calls UserService.create
        val user: User = service.register("Ada Lovelace") // @calls UserService.register
        check(!user.isAdmin()) // @calls User.isAdmin
        check(User.guest().kind() == "user") // @calls User.guest @calls User.kind
    }
}
