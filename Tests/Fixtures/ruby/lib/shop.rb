# Entry point of the shop library. `module Shop` is declared once, here; the other files add
# classes to it with compact names (`class Shop::User`), so they are loaded after it.
require "json"

module Shop  # @def module Shop
  VERSION = "1.2.0"  # @def constant Shop.VERSION

  class Error < StandardError  # @def class Shop.Error
  end

  class Config  # @def class Shop.Config
    DEFAULTS = { currency: "EUR" }.freeze  # @def constant Shop.Config.DEFAULTS

    def initialize(options = {})  # @def constructor Shop.Config.initialize
      @options = DEFAULTS.merge(options)
    end

    def currency  # @def method Shop.Config.currency
      @options.fetch(:currency)
    end
  end

  def self.boot(owner_name)  # @def method Shop.boot
    config = Config.new(currency: "USD")  # @instantiates Shop.Config
    store = Shop::Store.new(config)  # @instantiates Shop.Store
    store.open_for(owner_name)  # @calls Shop.Store.open_for
    store
  end
end

require_relative "shop/greeter"  # @imports lib/shop/greeter.rb
require_relative "shop/models"  # @imports lib/shop/models.rb
require_relative "shop/store"  # @imports lib/shop/store.rb
