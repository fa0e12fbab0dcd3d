#include "registry.hpp"  // @imports src/registry.hpp

#include <cstdio>

static int instances = 0;  // @def variable instances

Registry::Registry() {  // @def constructor Registry.Registry
    instances++;
}

void Registry::add(geo::Shape *shape) {  // @def method Registry.add @references geo.Shape
    shapes_.push_back(shape);
    adds_++;
    log(shape);  // @calls Registry.log
}

double Registry::total() const {  // @def method Registry.total
    double sum = 0;
    for (const geo::Shape *shape : shapes_) {
        sum += shape->area();  // @calls geo.Shape.area
    }
    return sum;
}

geo::Shape *Registry::largest() const {  // @def method Registry.largest @references geo.Shape
    geo::Shape *best = nullptr;  // @references geo.Shape
    for (geo::Shape *shape : shapes_) {
        if (best == nullptr || shape->area() > best->area()) {  // @calls geo.Shape.area @calls geo.Shape.area
            best = shape;
        }
    }
    return best;
}

void Registry::log(const geo::Shape *shape) const {  // @def method Registry.log @references geo.Shape
    std::printf("added %d: %s\n", shape->id(), shape->describe().c_str());  // @calls geo.Shape.id @calls geo.Shape.describe
}
