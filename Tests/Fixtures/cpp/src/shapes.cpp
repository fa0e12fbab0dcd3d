// Out-of-line definitions, written fully qualified (the namespace is declared once, in shapes.hpp).
#include "shapes.hpp"  // @imports src/shapes.hpp

#include <sstream>

geo::Circle::Circle(double radius) : Shape(1), radius_(radius) {}  // @def constructor geo.Circle.Circle

double geo::Circle::area() const {  // @def method geo.Circle.area
    return kPi * radius() * this->radius();  // @calls geo.Circle.radius @calls geo.Circle.radius
}

std::string geo::Shape::describe() const {  // @def method geo.Shape.describe
    std::ostringstream out;
    out << "shape #" << id() << " area " << area();  // @calls geo.Shape.id @calls geo.Shape.area
    return out.str();
}
