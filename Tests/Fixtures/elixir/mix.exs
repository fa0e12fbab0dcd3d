defmodule Shop.MixProject do # @def module Shop.MixProject
  use Mix.Project # @blindspot macro

  def project do # @def function Shop.MixProject.project
    [app: :shop, version: "0.1.0", elixir: "~> 1.15", deps: deps()] # @calls Shop.MixProject.deps
  end

  defp deps, do: [] # @def function Shop.MixProject.deps
end
