#ifndef UTIL_H
#define UTIL_H

#include "shape.h"  // @imports src/shape.h

#define CLAMP(v, lo, hi) ((v) < (lo) ? (lo) : ((v) > (hi) ? (hi) : (v)))  // @def macro CLAMP

struct stats {  // @def class stats
    int count;  // @def property stats.count
    double total;  // @def property stats.total
};

union number {  // @def class number
    long i;  // @def property number.i
    double d;  // @def property number.d
};

enum verbosity { QUIET, LOUD };  // @def enum verbosity @def enum_member verbosity.QUIET @def enum_member verbosity.LOUD

double clamp_area(double area);
void stats_add(struct stats *stats, const Shape *shape);

#endif
