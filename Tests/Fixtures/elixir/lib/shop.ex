defmodule Shop do # @def module Shop
  @moduledoc "Entry points of the shop."
  alias Shop.Cart # @imports Shop.Cart

  def checkout(skus) do # @def function Shop.checkout
    cart = Enum.reduce(skus, %Cart{}, fn sku, acc -> Cart.add(acc, sku) end) # @references Shop.Cart @calls Shop.Cart.add
    IO.puts(Cart.receipt(cart)) # @calls Shop.Cart.receipt
    summarize(Shop.Telemetry, cart) # @calls Shop.summarize
  end

  defp summarize(module, cart) do # @def function Shop.summarize
    apply(module, :total, [cart.lines]) # @blindspot reflection
    module.total(cart) # @unresolved total
  end
end
