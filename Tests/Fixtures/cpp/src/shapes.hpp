// Shapes in a namespace: an abstract base, derived classes, a template and an enum class.
#pragma once

#include <string>

namespace geo {  // @def namespace geo

constexpr double kPi = 3.14159;  // @def constant geo.kPi

using ShapeId = int;  // @def type geo.ShapeId

enum class Color { Red, Green };  // @def enum geo.Color @def enum_member geo.Color.Red @def enum_member geo.Color.Green

/** Something with an area. */
class Shape {  // @def class geo.Shape
public:
    explicit Shape(ShapeId id) : id_(id) {}  // @def constructor geo.Shape.Shape @references geo.ShapeId
    virtual ~Shape() = default;
    virtual double area() const = 0;  // @def method geo.Shape.area
    ShapeId id() const { return id_; }  // @def method geo.Shape.id @references geo.ShapeId
    std::string describe() const;

private:
    ShapeId id_;  // @def property geo.Shape.id_ @references geo.ShapeId
};

class Circle : public Shape {  // @def class geo.Circle @extends geo.Shape
public:
    explicit Circle(double radius);
    double area() const override;
    double radius() const { return radius_; }  // @def method geo.Circle.radius

private:
    double radius_;  // @def property geo.Circle.radius_
};

class Square : public Shape {  // @def class geo.Square @extends geo.Shape
public:
    explicit Square(double side) : Shape(2), side_(side) {}  // @def constructor geo.Square.Square
    double area() const override { return side_ * side_; }  // @def method geo.Square.area

private:
    double side_;  // @def property geo.Square.side_
};

template <typename T>
class Box {  // @def class geo.Box
public:
    explicit Box(T value) : value_(value) {}  // @def constructor geo.Box.Box
    T get() const { return value_; }  // @def method geo.Box.get

private:
    T value_;  // @def property geo.Box.value_
};

template <typename T>
T max_of(T a, T b) {  // @def function geo.max_of
    return a < b ? b : a;
}

}  // namespace geo
