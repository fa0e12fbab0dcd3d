/* Shapes with a tiny vtable: function pointers stored in struct fields. */
#ifndef SHAPE_H
#define SHAPE_H

#include <stddef.h>

#define MAX_SHAPES 16  // @def macro MAX_SHAPES
#define SQUARE(x) ((x) * (x))  // @def macro SQUARE

typedef enum {
    SHAPE_CIRCLE,  // @def enum_member ShapeKind.SHAPE_CIRCLE
    SHAPE_SQUARE = 2  // @def enum_member ShapeKind.SHAPE_SQUARE
} ShapeKind;  // @def enum ShapeKind

typedef struct Shape {
    ShapeKind kind;  // @def property Shape.kind @references ShapeKind
    const char *name;  // @def property Shape.name
    double size;  // @def property Shape.size
    double (*area)(const struct Shape *self);  // @def property Shape.area @references Shape
} Shape;  // @def class Shape

typedef double (*area_fn)(const Shape *shape);  // @def type area_fn @references Shape
typedef unsigned long shape_id;  // @def type shape_id

/* Prototypes are declarations, not symbols: the definitions live in shape.c. */
Shape *shape_new(ShapeKind kind, double size);
double shape_area(const Shape *shape);
void shape_free(Shape *shape);

extern int shape_count;

#endif
