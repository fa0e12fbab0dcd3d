defmodule Shop.Repo do # @def module Shop.Repo
  @moduledoc "Prices by SKU; stands in for a database."
  use Agent # @blindspot macro

  def price_of(sku), do: Agent.get(__MODULE__, &Map.fetch!(&1, sku)) # @def function Shop.Repo.price_of

  def known?(sku), do: Agent.get(__MODULE__, &Map.has_key?(&1, sku)) # @def function Shop.Repo.known?
end
