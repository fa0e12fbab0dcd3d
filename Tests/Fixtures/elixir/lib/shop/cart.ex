defmodule Shop.Cart do # @def module Shop.Cart
  @moduledoc "A shopping cart: a list of lines."
  import Shop.Price
  alias Shop.Repo, as: Store # @imports Shop.Repo
  require Shop.Telemetry

  defstruct lines: [], discount: 0

  defmodule Line do # @def module Shop.Cart.Line
    defstruct [:sku, :cents, :qty]
  end

  @doc "Adds a line for `sku`."
  def add(cart, sku, qty \\ 1) do # @def function Shop.Cart.add
    cents = Store.price_of(sku) # @calls Shop.Repo.price_of
    line = %Line{sku: sku, cents: cents, qty: qty} # @references Shop.Cart.Line
    %{cart | lines: [line | cart.lines]}
  end

  def total(cart) do # @def function Shop.Cart.total
    Shop.Telemetry.traced :total do # @calls Shop.Telemetry.traced
      cart.lines
      |> Enum.map(&(&1.cents * &1.qty))
      |> Enum.sum()
      |> apply_discount(cart.discount) # @calls Shop.Price.apply_discount
    end
  end

  def receipt(cart), do: format(total(cart)) # @def function Shop.Cart.receipt @calls Shop.Price.format @calls Shop.Cart.total
end
