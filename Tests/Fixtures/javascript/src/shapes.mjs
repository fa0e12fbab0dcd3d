/** Base shape. */
export class Shape { // @def class Shape
  constructor(name) { // @def constructor Shape.constructor
    this.name = name;
  }

  area() { // @def method Shape.area
    return 0;
  }

  describe() { // @def method Shape.describe
    return `${this.name}: ${this.area().toFixed(2)}`; // @calls Shape.area
  }
}

export class Circle extends Shape { // @def class Circle @extends Shape
  #radius = 0; // @def property Circle.#radius

  constructor(radius) { // @def constructor Circle.constructor
    super('circle'); // @calls Shape.constructor
    this.#radius = radius;
  }

  area() { // @def method Circle.area
    return Math.PI * this.#squared(); // @calls Circle.#squared
  }

  #squared() { // @def method Circle.#squared
    return this.#radius * this.#radius;
  }
}

export class Square extends Shape { // @def class Square @extends Shape
  constructor(side) { // @def constructor Square.constructor
    super('square'); // @calls Shape.constructor
    this.side = side;
  }

  area() { // @def method Square.area
    return this.side * this.side;
  }

  get perimeter() { // @def method Square.perimeter
    return 4 * this.side;
  }

  scaled = (factor) => new Square(this.side * factor); // @def method Square.scaled @instantiates Square
}

/** Describes any shape-like value. */
export function describe(shape) { // @def function describe
  const size = shape.area(); // @unresolved area
  return `${shape.name} (${size})`;
}

export default function makeShape(kind, size) { // @def function makeShape
  if (kind === 'circle') {
    return new Circle(size); // @instantiates Circle
  }
  return new Square(size); // @instantiates Square
}
