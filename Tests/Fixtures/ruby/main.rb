# Command-line entry: top-level functions and calls into the library.
require_relative "lib/shop"  # @imports lib/shop.rb

DEFAULT_OWNER = "ada"  # @def constant DEFAULT_OWNER

def banner(title)  # @def function banner
  puts "== #{title} =="
end

def run(args)  # @def function run
  banner("shop #{Shop::VERSION}")  # @calls banner
  store = Shop.boot(args.first || DEFAULT_OWNER)  # @calls Shop.boot
  admin = Shop::Admin.new("root")  # @instantiates Shop.Admin
  admin.grant("bob")  # @calls Shop.Admin.grant
  store.register(admin)  # @calls Shop.Store.register
  store.summary(admin)  # @calls Shop.Store.summary
  puts TextUtil.shout("done")  # @calls TextUtil.shout
end

run(ARGV)  # @calls run
