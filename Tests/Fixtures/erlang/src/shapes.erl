-module(shapes). % @def module shapes
-behaviour(application).
-include("shapes.hrl").
-import(geometry, [area/1]). % @imports geometry.area

-export([start/2, stop/1, report/1, measure/2]).

start(_Type, _Args) -> % @def function shapes.start
    report([geometry:unit(), geometry:scale(geometry:unit(), 2.0)]), % @calls shapes.report @calls geometry.unit @calls geometry.scale
    {ok, self()}.

stop(_State) -> % @def function shapes.stop
    ok.

%% Print every shape's area and return the total.
report(Shapes) -> % @def function shapes.report
    Total = geometry:total_area(Shapes), % @calls geometry.total_area
    lists:foreach(fun(S) -> io:format("~p~n", [area(S)]) end, Shapes), % @calls geometry.area
    Total.

measure(Module, Shape) -> % @def function shapes.measure
    Module:area(Shape). % @blindspot reflection
