defmodule Shop.Telemetry do # @def module Shop.Telemetry
  @moduledoc "Compile-time instrumentation helpers."
  require Logger

  defmacro traced(name, do: body) do # @def macro Shop.Telemetry.traced
    quote do
      Logger.debug("enter #{unquote(name)}")
      unquote(body)
    end
  end

  def total(events), do: length(events) # @def function Shop.Telemetry.total
end
