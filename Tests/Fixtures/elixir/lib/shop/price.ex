defmodule Shop.Price do # @def module Shop.Price
  @moduledoc "Money arithmetic, in cents."

  @doc "Applies a percentage discount."
  def apply_discount(cents, percent) when percent in 0..100 do # @def function Shop.Price.apply_discount
    cents - percentage(cents, percent) # @calls Shop.Price.percentage
  end

  def format(cents), do: "$#{div(cents, 100)}.#{pad(rem(cents, 100))}" # @def function Shop.Price.format @calls Shop.Price.pad

  defp percentage(cents, percent), do: div(cents * percent, 100) # @def function Shop.Price.percentage

  defp pad(n) when n < 10, do: "0#{n}" # @def function Shop.Price.pad
end
