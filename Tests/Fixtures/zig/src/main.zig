const std = @import("std");
const geo = @import("geo.zig"); // @imports src/geo.zig
const PointStack = @import("stack.zig").PointStack; // @imports PointStack
const Point = geo.Point;

pub fn main() !void { // @def function main
    var stack = PointStack.init(); // @calls PointStack.init
    var start: Point = Point.make(3, 4); // @calls Point.make
    try stack.push(start); // @calls PointStack.push
    try stack.push(start.translate(1, 1)); // @calls PointStack.push @calls Point.translate
    const top = stack.pop() orelse return; // @calls PointStack.pop
    std.debug.print("{d} {s}\n", .{ stack.farthest(), @tagName(geo.quadrant(top)) }); // @calls PointStack.farthest @calls quadrant
    show(start); // @calls show
    show(&stack); // @calls show
}

fn show(item: anytype) void { // @def function show
    item.describe(); // @unresolved describe
}
