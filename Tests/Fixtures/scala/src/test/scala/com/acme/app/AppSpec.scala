package com.acme.app

import com.acme.model.User // @imports User
import com.acme.service.UserService // @imports UserService
import org.junit.Test

class AppSpec { // @def class AppSpec
  @Test def registersUser(): Unit = { // @def method AppSpec.registersUser
    val service = new UserService() // @instantiates UserService
    val user: User = service.register("Ada Lovelace") // @calls UserService.register
    assert(!user.isAdmin()) // @calls User.isAdmin
    assert(User.guest().kind() == "user") // @calls User.guest @calls User.kind
    assert(user.badge().render().nonEmpty) // @calls User.badge @calls User.Badge.render
  }
}
