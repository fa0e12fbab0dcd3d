import makeShape, { Circle, Square as Sq, describe } from './shapes.mjs'; // @imports makeShape @imports Circle @imports Square @imports src/shapes.mjs#describe
import * as shapes from './shapes.mjs'; // @imports src/shapes.mjs
import './polyfill.js';

export let lastShape = null; // @def variable lastShape

export const run = () => { // @def function run
  const circle = new Circle(2); // @instantiates Circle
  const square = new Sq(3); // @instantiates Square
  const other = new shapes.Square(1); // @instantiates Square
  circle.area(); // @calls Circle.area
  square.area(); // @calls Square.area
  other.describe(); // @calls Shape.describe
  lastShape = makeShape('circle', 1); // @calls makeShape
  lastShape.area(); // @unresolved area
  console.log(describe(square)); // @calls src/shapes.mjs#describe
  return [circle, square].map(describe); // @references src/shapes.mjs#describe
};
