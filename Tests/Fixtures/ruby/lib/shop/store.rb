# The store: instantiation, typed locals, self calls, reflection and eval.
class Shop::Store  # @def class Shop.Store
  def initialize(config)  # @def constructor Shop.Store.initialize
    @config = config
    @users = []
  end

  def open_for(owner_name)  # @def method Shop.Store.open_for
    owner = Shop::Admin.new(owner_name, "admin")  # @instantiates Shop.Admin
    owner.grant("staff")  # @calls Shop.Admin.grant
    register(owner)  # @calls Shop.Store.register
    guest = Shop::User.build("Guest User")  # @calls Shop.User.build
    register(guest)  # @calls Shop.Store.register
    found = Shop::User.find_by_name("ada")  # @calls Findable.find_by_name
    summary(found)  # @calls Shop.Store.summary
  end

  def register(user)  # @def method Shop.Store.register
    @users << user
    self.count_users  # @calls Shop.Store.count_users
  end

  def count_users  # @def method Shop.Store.count_users
    @users.size
  end

  def summary(user)  # @def method Shop.Store.summary
    user.display_name  # @unresolved display_name
  end

  def dispatch(action, *args)  # @def method Shop.Store.dispatch
    public_send(action, *args)  # @blindspot reflection
  end

  def method_missing(name, *args)  # @def method Shop.Store.method_missing @blindspot reflection
    name.to_s.start_with?("find_") ? dispatch(:summary, *args) : super  # @calls Shop.Store.dispatch
  end

  def respond_to_missing?(name, include_private = false)  # @def method Shop.Store.respond_to_missing? @blindspot reflection
    name.to_s.start_with?("find_") || super
  end

  def configure(code)  # @def method Shop.Store.configure
    instance_eval(code)  # @blindspot eval
  end
end
