package com.acme.util

const val SEPARATOR = "-" // @def constant SEPARATOR

fun slugify(text: String): String = text.trim().lowercase().replace(" ", SEPARATOR) // @def function slugify

object Clock { // @def class Clock
    fun now(): Long = System.currentTimeMillis() // @def method Clock.now
}
