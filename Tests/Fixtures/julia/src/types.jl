"Anything with an area."
abstract type Shape end # @def class Shape

struct Circle <: Shape # @def class Circle @extends Shape
    r::Float64 # @def property Circle.r
end

struct Rect <: Shape # @def class Rect @extends Shape
    w::Float64 # @def property Rect.w
    h::Float64 # @def property Rect.h
    Rect(w, h) = w < 0 || h < 0 ? error("negative side") : new(w, h) # @def constructor Rect.Rect
end
