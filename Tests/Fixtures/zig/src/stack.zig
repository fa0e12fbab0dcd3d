const std = @import("std");
const geo = @import("geo.zig"); // @imports src/geo.zig
const Point = geo.Point;

/// A fixed-capacity stack of points.
pub const PointStack = struct { // @def class PointStack
    items: [16]Point = undefined, // @def property PointStack.items
    len: usize = 0, // @def property PointStack.len

    pub fn init() PointStack { // @def method PointStack.init
        return PointStack{}; // @instantiates PointStack
    }

    pub fn push(self: *PointStack, p: Point) error{Full}!void { // @def method PointStack.push
        if (self.len == self.items.len) return error.Full;
        self.items[self.len] = p;
        self.len += 1;
    }

    pub fn pop(self: *PointStack) ?Point { // @def method PointStack.pop
        if (self.len == 0) return null;
        self.len -= 1;
        return self.items[self.len];
    }

    pub fn farthest(self: *PointStack) f64 { // @def method PointStack.farthest
        const origin = Point.make(0, 0); // @calls Point.make
        var best: f64 = 0;
        for (self.items[0..self.len]) |p| {
            best = @max(best, geo.distance(origin, p)); // @calls distance
        }
        return best;
    }

    pub fn describe(self: *PointStack) void { // @def method PointStack.describe
        std.debug.print("{d} points\n", .{self.len});
    }
};

test "push then pop" {
    var s = PointStack.init(); // @calls PointStack.init
    try s.push(Point.make(1, 1)); // @calls PointStack.push @calls Point.make
    try std.testing.expect(s.pop() != null); // @calls PointStack.pop
}
