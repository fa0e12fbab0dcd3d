package com.acme.model

/** Something with a display name. */
interface Named { // @def interface Named
    fun displayName(): String // @def method Named.displayName

    fun greeting(): String = "Hello, " + displayName() // @def method Named.greeting @calls Named.displayName
}

abstract class Entity(val id: Long) { // @def class Entity @def property Entity.id
    abstract fun kind(): String // @def method Entity.kind

    fun describe(): String = kind() + "#" + id // @def method Entity.describe @calls Entity.kind
}

enum class Role { // @def enum Role
    ADMIN, // @def enum_member Role.ADMIN
    MEMBER; // @def enum_member Role.MEMBER

    fun canWrite(): Boolean = this == ADMIN // @def method Role.canWrite
}

/** A registered user: primary constructor in the header, one secondary constructor. */
class User(id: Long, val name: String) : Entity(id), Named { // @def class User @def property User.name @extends Entity @implements Named
    var role: Role = Role.MEMBER // @def property User.role @references Role
    private val addresses = mutableListOf<Address>() // @def property User.addresses

    constructor(name: String) : this(0, name) // @def constructor User.constructor

    override fun kind(): String = "user" // @def method User.kind

    override fun displayName(): String = name + " (" + describe() + ")" // @def method User.displayName @calls Entity.describe

    fun isAdmin(): Boolean = this.role.canWrite() // @def method User.isAdmin @calls Role.canWrite

    fun addAddress(city: String): Address { // @def method User.addAddress @references User.Address
        val address = Address(city) // @instantiates User.Address
        addresses.add(address)
        return address
    }

    /** A postal address, nested in its user. */
    class Address(val city: String) { // @def class User.Address @def property User.Address.city
        fun label(): String = city.uppercase() // @def method User.Address.label
    }

    companion object {
        const val MAX_NAME = 40 // @def constant User.MAX_NAME

        fun guest(): User = User("guest") // @def method User.guest @instantiates User
    }
}
