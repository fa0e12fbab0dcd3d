# Mixins: instance behaviour (Greeter), class-level lookups (Findable), module functions (TextUtil).
module Greeter  # @def module Greeter
  def greet(other)  # @def method Greeter.greet
    "Hello #{other}, I am #{display_name}"
  end
end

module Findable  # @def module Findable
  def find_by_name(wanted)  # @def method Findable.find_by_name
    all.find { |record| record.name == wanted }
  end
end

module TextUtil  # @def module TextUtil
  SEPARATOR = "-"  # @def constant TextUtil.SEPARATOR

  def self.slug(text)  # @def method TextUtil.slug
    text.downcase.split.join(SEPARATOR)  # @references TextUtil.SEPARATOR
  end

  def self.shout(text)  # @def method TextUtil.shout
    slug(text).upcase  # @calls TextUtil.slug
  end
end
