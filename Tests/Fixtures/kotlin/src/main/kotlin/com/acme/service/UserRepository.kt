package com.acme.service

import com.acme.model.User // @imports User

class UserRepository { // @def class UserRepository
    private val users = mutableMapOf<String, User>() // @def property UserRepository.users

    fun save(user: User) { // @def method UserRepository.save @references User
        users[user.displayName()] = user // @calls User.displayName
    }

    fun find(name: String): User? = users[name] // @def method UserRepository.find @references User

    fun count(): Int = users.size // @def method UserRepository.count
}
