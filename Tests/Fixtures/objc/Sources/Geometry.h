/* Plain C helpers shared with the Objective-C code (headers are parsed as C). */
#ifndef GEOMETRY_H
#define GEOMETRY_H

#define GEO_PI 3.14159  // @def macro GEO_PI

typedef struct {
    double width;  // @def property GSize.width
    double height;  // @def property GSize.height
} GSize;  // @def class GSize

double geo_circle_area(double radius);
double geo_rect_area(GSize size);

#endif
