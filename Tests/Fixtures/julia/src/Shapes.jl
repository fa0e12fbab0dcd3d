"""
Shapes: plane figures and their measures.
"""
module Shapes # @def module Shapes

using Printf: @sprintf

export Shape, Circle, Rect, area, total_area, largest, square, describe

include("types.jl")
include("geometry.jl")

"""
    describe(s)

Human-readable summary of a shape.
"""
function describe(s::Shape)::String # @def function Shapes.describe
    return @sprintf("%s with area %.2f", nameof(typeof(s)), area(s)) # @calls area
end

macro logged(ex) # @def macro Shapes.logged
    return :(println("evaluating ", $(string(ex))); $(esc(ex)))
end

const UNIT = Circle(1.0) # @def constant Shapes.UNIT @instantiates Circle

end # module
