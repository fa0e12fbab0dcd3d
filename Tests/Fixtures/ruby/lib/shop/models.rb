# Domain models, declared with compact names inside the Shop module.
class Shop::User  # @def class Shop.User
  include Greeter  # @implements Greeter
  extend Findable  # @implements Findable

  ROLES = %w[member admin].freeze  # @def constant Shop.User.ROLES

  attr_reader :name, :role

  def self.build(raw)  # @def method Shop.User.build
    new(TextUtil.slug(raw), ROLES.first)  # @calls TextUtil.slug
  end

  def self.all  # @def method Shop.User.all
    []
  end

  def initialize(name, role = "member")  # @def constructor Shop.User.initialize
    @name = name
    @role = role
  end

  def display_name  # @def method Shop.User.display_name
    TextUtil.shout(name)  # @calls TextUtil.shout
  end

  def welcome(other)  # @def method Shop.User.welcome
    greet(other.display_name)  # @calls Greeter.greet @unresolved display_name
  end
end

class Shop::Admin < Shop::User  # @def class Shop.Admin @extends Shop.User
  PERMISSIONS = %i[refund ban].freeze  # @def constant Shop.Admin.PERMISSIONS

  def display_name  # @def method Shop.Admin.display_name
    "#{super} (admin)"
  end

  def grant(user)  # @def method Shop.Admin.grant
    audit("grant #{user}")  # @calls Shop.Admin.audit
    welcome(user)  # @calls Shop.User.welcome
  end

  private

  def audit(message)  # @def method Shop.Admin.audit
    warn("[audit] #{message}")
  end
end
