package com.acme.service

import com.acme.model.*
import com.acme.util.Clock // @imports Clock
import com.acme.util.slugify as slug // @imports slugify
import org.springframework.stereotype.Service
import org.springframework.web.bind.annotation.GetMapping

/** UserRepository is in the same package: no import. */
@Service class UserService(private val repo: UserRepository) { // @def class UserService @def property UserService.repo @references UserRepository
    var lastSeen: Long = 0 // @def property UserService.lastSeen

    constructor() : this(UserRepository()) // @def constructor UserService.constructor @instantiates UserRepository

    fun register(name: String): User { // @def method UserService.register @references User
        val user = User(slug(name)) // @instantiates User @calls slugify
        repo.save(user) // @calls UserRepository.save
        user.addAddress("Berlin").label() // @calls User.addAddress @calls User.Address.label
        audit(user) // @calls UserService.audit
        lastSeen = Clock.now() // @calls Clock.now
        return user
    }

    @GetMapping("/users/{name}") fun show(name: String): String? { // @def method UserService.show
        val found = repo.find(name) // @calls UserRepository.find
        return found?.badge() // @calls User.badge
    }

    private fun audit(entity: Entity) { // @def method UserService.audit @references Entity
        println(entity.describe()) // @calls Entity.describe
    }

    companion object {
        fun create(): UserService = UserService() // @def method UserService.create @instantiates UserService
    }
}
