#include "Geometry.h"  // @imports Sources/Geometry.h

double geo_circle_area(double radius) {  // @def function geo_circle_area
    return GEO_PI * radius * radius;
}

double geo_rect_area(GSize size) {  // @def function geo_rect_area @references GSize
    return size.width * size.height;
}
