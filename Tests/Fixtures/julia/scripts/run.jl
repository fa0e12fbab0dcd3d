# Command-line entry point: julia --project scripts/run.jl
using Shapes

function main() # @def function main
    shapes = [Circle(1.0), square(2.0)] # @instantiates Circle @calls square
    println(Shapes.describe(shapes[1])) # @calls Shapes.describe
    println(round(total_area(shapes); digits = 2)) # @calls total_area
    big = largest(shapes) # @calls largest
    Shapes.@logged println(Shapes.describe(big)) # @calls Shapes.logged @calls Shapes.describe
    eval(Meta.parse("1 + 1")) # @blindspot eval
end

main() # @calls main
