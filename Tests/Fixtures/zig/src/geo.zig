//! Plane geometry.
const std = @import("std");

pub const origin_label = "O"; // @def constant origin_label

/// A point in the plane.
pub const Point = struct { // @def class Point
    x: f64, // @def property Point.x
    y: f64, // @def property Point.y

    pub fn make(x: f64, y: f64) Point { // @def method Point.make
        return Point{ .x = x, .y = y }; // @instantiates Point
    }

    pub fn translate(self: Point, dx: f64, dy: f64) Point { // @def method Point.translate
        return make(self.x + dx, self.y + dy); // @calls Point.make
    }

    pub fn describe(self: Point) void { // @def method Point.describe
        std.debug.print("({d}, {d})\n", .{ self.x, self.y });
    }
};

pub const Quadrant = enum { first, second, third, fourth }; // @def enum Quadrant @def enum_member Quadrant.first @def enum_member Quadrant.second @def enum_member Quadrant.third @def enum_member Quadrant.fourth

pub fn distance(a: Point, b: Point) f64 { // @def function distance
    return std.math.hypot(a.x - b.x, a.y - b.y);
}

pub fn quadrant(p: Point) Quadrant { // @def function quadrant
    if (p.x >= 0) return if (p.y >= 0) .first else .fourth;
    return if (p.y >= 0) .second else .third;
}
