#ifndef REPORT_H
#define REPORT_H

/* `__printf(1, 2)` is an attribute macro the grammar cannot expand: from here on the parse is one
 * error, and the `#define`s below are found by parsing the file's directives alone. */
#ifdef CONFIG_QUIET
static inline __printf(1, 2)
void report_emit(const char *fmt, ...) {}
#else
void report_emit(const char *fmt, ...);
#endif

#define report_err(fmt, ...) report_emit(fmt, ##__VA_ARGS__)  // @def macro report_err
#define REPORT_LIMIT 8  // @def macro REPORT_LIMIT

#endif
