package com.acme.service

import com.acme.model.User // @imports User
import scala.collection.mutable

class UserRepository { // @def class UserRepository
  private val users = mutable.Map.empty[String, User] // @def property UserRepository.users

  def save(user: User): Unit = users.update(user.displayName(), user) // @def method UserRepository.save @calls User.displayName @references User

  def find(name: String): User = users.get(name).orNull // @def method UserRepository.find

  def count(): Int = users.size // @def method UserRepository.count
}
