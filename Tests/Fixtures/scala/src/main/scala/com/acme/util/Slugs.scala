package com.acme.util

object Slugs { // @def class Slugs
  val Separator = "-" // @def constant Slugs.Separator

  def slugify(text: String): String = text.trim.toLowerCase.replace(" ", Separator) // @def method Slugs.slugify
}

object Clock { // @def class Clock
  def now(): Long = System.currentTimeMillis() // @def method Clock.now
}
