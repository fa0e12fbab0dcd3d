/** Supported operations. */
export enum Operation { // @def enum Operation
  Add = '+', // @def enum_member Operation.Add
  Multiply = '*', // @def enum_member Operation.Multiply
}

export function add(a: number, b: number): number { // @def function add
  return a + b;
}

export function multiply(a: number, b: number): number { // @def function multiply
  return a * b;
}

export function apply(op: Operation, a: number, b: number): number { // @def function apply @references Operation
  if (op === Operation.Add) {
    return add(a, b); // @calls add
  }
  return multiply(a, b); // @calls multiply
}

export function* range(count: number): Generator<number> { // @def function range
  for (let i = 0; i < count; i++) {
    yield i;
  }
}

export namespace Geometry { // @def namespace Geometry
  export const PI = 3.14159; // @def constant Geometry.PI

  export function area(radius: number): number { // @def function Geometry.area
    return PI * square(radius); // @calls Geometry.square
  }

  function square(x: number): number { // @def function Geometry.square
    return multiply(x, x); // @calls multiply
  }
}
