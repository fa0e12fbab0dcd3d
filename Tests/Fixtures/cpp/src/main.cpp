#include <iostream>

#include "registry.hpp"  // @imports src/registry.hpp
#include "shapes.hpp"  // @imports src/shapes.hpp

namespace {

double scaled(const geo::Shape &shape, double factor) {  // @def function scaled @references geo.Shape
    return shape.area() * factor;  // @calls geo.Shape.area
}

}  // namespace

int main() {  // @def function main
    geo::Circle circle(2.0);  // @instantiates geo.Circle
    geo::Square square{3.0};  // @instantiates geo.Square
    auto *registry = new Registry();  // @instantiates Registry
    registry->add(&circle);  // @calls Registry.add
    registry->add(&square);  // @calls Registry.add
    geo::Box<int> box(7);  // @instantiates geo.Box
    int biggest = geo::max_of<int>(box.get(), 5);  // @calls geo.max_of @calls geo.Box.get
    std::cout << circle.area() << " " << square.area() << " " << biggest << "\n";  // @calls geo.Circle.area @calls geo.Square.area
    std::cout << scaled(circle, 2.0) << " " << registry->total() << "\n";  // @calls scaled @calls Registry.total
    delete registry;
    return 0;
}
