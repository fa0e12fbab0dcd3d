#include <stdio.h>

#include "shape.h"  // @imports src/shape.h
#include "util.h"  // @imports src/util.h
#include "report.h"  // @imports src/report.h

/* Provided by an external logging library; the two static log_msg functions are not visible here. */
void log_msg(const char *msg);

static struct stats totals;  // @def variable totals @references stats

static void report(const Shape *shape) {  // @def function report @references Shape
    printf("%s: %f\n", shape->name, shape->area(shape));  // @calls Shape.area
}

static void for_each(Shape **shapes, int n, void (*visit)(const Shape *)) {  // @def function for_each
    for (int i = 0; i < n; i++) {
        visit(shapes[i]);  // @unresolved visit
    }
}

int main(void) {  // @def function main
    Shape *shapes[MAX_SHAPES];
    shapes[0] = shape_new(SHAPE_CIRCLE, 1.0);  // @calls shape_new
    shapes[1] = shape_new(SHAPE_SQUARE, 2.0);  // @calls shape_new
    for_each(shapes, 2, report);  // @calls for_each @references report
    for (int i = 0; i < 2; i++) {
        stats_add(&totals, shapes[i]);  // @calls stats_add
        shape_free(shapes[i]);  // @calls shape_free
    }
    log_msg("done");  // @unresolved log_msg
    report_err("at most %d", REPORT_LIMIT);  // @calls report_err @references REPORT_LIMIT
    return 0;
}
