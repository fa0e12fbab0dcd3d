// Shapes: a protocol, classes, implementations with initialisers, a category and message sends.
// (The interfaces live in this file: `.h` headers are parsed with the C grammar.)
#import <Foundation/Foundation.h>

#import "Geometry.h"  // @imports Sources/Geometry.h

static NSString *const kUnnamed = @"unnamed";  // @def constant kUnnamed

@protocol Drawable <NSObject>  // @def interface Drawable
- (void)draw;  // @def method Drawable.draw
@optional
- (NSString *)summary;  // @def method Drawable.summary
@end

@interface Shape : NSObject <Drawable>  // @def class Shape @implements Drawable
@property (nonatomic, copy) NSString *name;  // @def property Shape.name
- (instancetype)initWithName:(NSString *)name;
- (double)area;
@end

@interface Circle : Shape  // @def class Circle @extends Shape
@property (nonatomic) double radius;  // @def property Circle.radius
- (instancetype)initWithRadius:(double)radius;
@end

@interface Shape (Printing)
- (void)printSummary;
@end

@implementation Shape

- (instancetype)initWithName:(NSString *)name {  // @def method Shape.initWithName
    self = [super init];
    if (self) {
        _name = [name copy];
    }
    return self;
}

- (double)area {  // @def method Shape.area
    return 0;
}

- (void)draw {  // @def method Shape.draw
    NSLog(@"%@ with area %f", self.name, [self area]);  // @calls Shape.area
}

@end

@implementation Circle

- (instancetype)initWithRadius:(double)radius {  // @def method Circle.initWithRadius
    self = [super initWithName:@"circle"];  // @calls Shape.initWithName
    if (self) {
        _radius = radius;
    }
    return self;
}

- (double)area {  // @def method Circle.area
    return geo_circle_area(self.radius);  // @calls geo_circle_area
}

@end

@implementation Shape (Printing)

- (void)printSummary {  // @def method Shape.printSummary
    [self draw];  // @calls Shape.draw
    [self performSelector:@selector(draw)];
}

@end

static void drawAll(NSArray *shapes) {  // @def function drawAll
    for (id<Drawable> shape in shapes) {
        [shape draw];  // @unresolved draw
    }
}

int main(int argc, const char *argv[]) {  // @def function main
    @autoreleasepool {
        Circle *circle = [[Circle alloc] initWithRadius:2.0];  // @instantiates Circle @calls Circle.initWithRadius
        Shape *plain = [[Shape alloc] initWithName:kUnnamed];  // @instantiates Shape @calls Shape.initWithName
        [circle printSummary];  // @calls Shape.printSummary
        NSLog(@"%f %f", [circle area], [plain area]);  // @calls Circle.area @calls Shape.area
        GSize size = {2.0, 3.0};
        NSLog(@"%f", geo_rect_area(size));  // @calls geo_rect_area
        drawAll(@[ circle, plain ]);  // @calls drawAll
    }
    return 0;
}
