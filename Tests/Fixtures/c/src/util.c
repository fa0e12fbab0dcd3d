#include "util.h"  // @imports src/util.h
#include <stdio.h>

static enum verbosity level = LOUD;  // @def variable level

/* Same name as the static log_msg in shape.c: each file sees its own. */
static void log_msg(const char *msg) {  // @def function log_msg
    if (level == LOUD) {
        printf("[util] %s\n", msg);
    }
}

double clamp_area(double area) {  // @def function clamp_area
    if (area < 0.0) {
        return 0.0;
    }
    return area > 1000.0 ? 1000.0 : area;
}

void stats_add(struct stats *stats, const Shape *shape) {  // @def function stats_add @references stats @references Shape
    stats->count++;
    stats->total += clamp_area(shape_area(shape));  // @calls clamp_area @calls shape_area
    log_msg("added");  // @calls src/util.c#log_msg
}
