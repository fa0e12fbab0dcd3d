-module(geometry). % @def module geometry
-include("shapes.hrl").

-export([area/1, total_area/1, scale/2, unit/0]).

%% @doc Area of one shape: one symbol for both clauses.
-spec area(term()) -> float().
area(#circle{r = R}) -> % @def function geometry.area
    ?PI * R * R;
area(#rect{w = W, h = H}) ->
    W * H.

%% @doc Sum of the areas.
total_area(Shapes) -> % @def function geometry.total_area
    total_area(Shapes, 0.0). % @calls geometry.total_area

total_area([], Acc) -> % @def function geometry.total_area
    Acc;
total_area([S | Rest], Acc) ->
    total_area(Rest, Acc + area(S)). % @calls geometry.total_area @calls geometry.area

scale(#circle{r = R}, K) -> % @def function geometry.scale
    #circle{r = R * K}; % @instantiates circle
scale(#rect{w = W, h = H}, K) ->
    #rect{w = W * K, h = H * K}. % @instantiates rect

unit() -> % @def function geometry.unit
    Unit = #circle{}, % @instantiates circle
    Unit.
