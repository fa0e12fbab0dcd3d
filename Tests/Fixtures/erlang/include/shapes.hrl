%% Records shared by the shapes application.
-record(circle, {r = 1.0 :: float()}). % @def class circle @def property circle.r
-record(rect, {w = 1.0 :: float(), h = 1.0 :: float()}). % @def class rect @def property rect.w @def property rect.h
-define(PI, 3.141592653589793). % @def macro PI
