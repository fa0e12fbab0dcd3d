package com.acme.service

import com.acme.model._
import com.acme.util.{Clock, Slugs => S} // @imports Clock @imports Slugs
import org.springframework.stereotype.Service
import org.springframework.web.bind.annotation.GetMapping

/** UserRepository is in the same package: no import. */
@Service class UserService(repo: UserRepository) { // @def class UserService
  var lastSeen: Long = 0L // @def property UserService.lastSeen

  def this() = this(new UserRepository()) // @def constructor UserService.this @instantiates UserRepository

  def register(name: String): User = { // @def method UserService.register @references User
    val user = new User(S.slugify(name)) // @instantiates User @calls Slugs.slugify
    repo.save(user) // @calls UserRepository.save
    user.addAddress("Berlin").label() // @calls User.addAddress @calls Address.label
    audit(user) // @calls UserService.audit
    lastSeen = Clock.now() // @calls Clock.now
    user
  }

  @GetMapping(Array("/users/{name}")) def show(name: String): String = { // @def method UserService.show
    val found = repo.find(name) // @calls UserRepository.find
    found.tag() // @calls User.tag
  }

  private def audit(entity: Entity): Unit = println(entity.describe()) // @def method UserService.audit @calls Entity.describe @references Entity

  def reflect(method: String): AnyRef = // @def method UserService.reflect
    Class.forName("com.acme.model.User").getMethod(method).invoke(null) // @blindspot reflection
}
