# Measures of shapes: one generic function `area` with a method per shape type.

area(c::Circle) = pi * c.r^2 # @def function area
area(r::Rect) = r.w * r.h # @def function area

"Sum of the areas."
total_area(shapes) = sum(area, shapes) # @def function total_area

function largest(shapes::Vector{<:Shape}) # @def function largest
    best = first(shapes)
    for s in shapes
        if area(s) > area(best) # @calls area
            best = s
        end
    end
    return best
end

square(side) = Rect(side, side) # @def function square @instantiates Rect

function scale(c::Circle, k::Real)::Circle # @def function scale
    return Circle(c.r * k) # @instantiates Circle
end

doubled(shapes) = map(s -> scale(s, 2), shapes) |> total_area # @def function doubled @calls scale @calls total_area
