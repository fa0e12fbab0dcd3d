package com.acme.model

/** A Scala 3 extension method: a member of User for its callers. */
extension (user: User) def tag(): String = user.displayName() + "!" // @def method User.tag @calls User.displayName
