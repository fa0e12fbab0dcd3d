package com.acme.model

/** Something with a display name. */
trait Named { // @def interface Named
  def displayName(): String // @def method Named.displayName

  def greeting(): String = "Hello, " + displayName() // @def method Named.greeting @calls Named.displayName
}

abstract class Entity(val id: Long) { // @def class Entity @def property Entity.id
  def kind(): String // @def method Entity.kind

  def describe(): String = kind() + "#" + id // @def method Entity.describe @calls Entity.kind
}

enum Role { // @def enum Role
  case Admin, Member // @def enum_member Role.Admin @def enum_member Role.Member

  def canWrite(): Boolean = this == Role.Admin // @def method Role.canWrite
}

case class Address(city: String) { // @def class Address @def property Address.city
  def label(): String = city.toUpperCase // @def method Address.label
}

/** A registered user; its companion object holds the factories. */
class User(id: Long, val name: String) extends Entity(id) with Named { // @def class User @def property User.name @extends Entity @implements Named
  var role: Role = Role.Member // @def property User.role @references Role
  private var addresses: List[Address] = Nil // @def property User.addresses

  def this(name: String) = this(0L, name) // @def constructor User.this

  override def kind(): String = "user" // @def method User.kind

  override def displayName(): String = name + " (" + describe() + ")" // @def method User.displayName @calls Entity.describe

  def isAdmin(): Boolean = this.role.canWrite() // @def method User.isAdmin @calls Role.canWrite

  def addAddress(city: String): Address = { // @def method User.addAddress @references Address
    val address = Address(city) // @instantiates Address
    addresses = address :: addresses
    address
  }

  def badge(): Badge = new Badge(name) // @def method User.badge @instantiates User.Badge

  /** Nested class: qualified User.Badge. */
  class Badge(text: String) { // @def class User.Badge
    def render(): String = "[" + text + "]" // @def method User.Badge.render
  }
}

object User { // @def module User
  val MaxName = 40 // @def constant User.MaxName

  def guest(): User = new User("guest") // @def method User.guest @instantiates User
}
