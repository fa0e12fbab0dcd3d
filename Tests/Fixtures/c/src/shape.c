#include "shape.h"  // @imports src/shape.h
#include <stdio.h>
#include <stdlib.h>

int shape_count = 0;  // @def variable shape_count
static const char *KIND_NAMES[] = {"circle", "", "square"};  // @def constant KIND_NAMES

/* Local to this file: util.c has its own log_msg. */
static void log_msg(const char *msg) {  // @def function log_msg
    fprintf(stderr, "[shape] %s\n", msg);
}

static double circle_area(const Shape *shape) {  // @def function circle_area @references Shape
    return 3.14159 * shape->size * shape->size;
}

static double square_area(const Shape *shape) {  // @def function square_area @references Shape
    return shape->size * shape->size;
}

/** Allocates a shape of the given kind. */
Shape *shape_new(ShapeKind kind, double size) {  // @def function shape_new @references Shape
    Shape *shape = malloc(sizeof(Shape));
    shape->kind = kind;
    shape->name = KIND_NAMES[kind];
    shape->size = size;
    shape->area = kind == SHAPE_CIRCLE ? circle_area : square_area;  // @references circle_area @references square_area
    shape_count++;
    log_msg("created");  // @calls src/shape.c#log_msg
    return shape;
}

double shape_area(const Shape *shape) {  // @def function shape_area @references Shape
    return shape->area(shape);  // @calls Shape.area
}

void shape_free(Shape *shape) {  // @def function shape_free @references Shape
    log_msg(shape->name);  // @calls src/shape.c#log_msg
    free(shape);
    shape_count--;
}
