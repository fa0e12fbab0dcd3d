#pragma once

#include <vector>

#include "shapes.hpp"  // @imports src/shapes.hpp

/// Owns shapes and sums their areas.
class Registry {  // @def class Registry
public:
    Registry();
    void add(geo::Shape *shape);
    double total() const;
    geo::Shape *largest() const;

private:
    void log(const geo::Shape *shape) const;
    std::vector<geo::Shape *> shapes_;  // @def property Registry.shapes_
    int adds_ = 0;  // @def property Registry.adds_
};
