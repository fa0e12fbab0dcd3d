package com.acme.model

/** An extension of User declared outside the class: a member of User for callers. */
fun User.badge(): String = "[" + displayName() + "]" // @def method User.badge @calls User.displayName
