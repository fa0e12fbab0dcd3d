import React from 'react';
import makeShape, { describe } from './shapes.mjs'; // @imports makeShape @imports src/shapes.mjs#describe
import { run } from './main.js'; // @imports run

/** One row of the shape table. */
export function ShapeRow({ shape }) { // @def function ShapeRow
  return <li className="shape">{describe(shape)}</li>; // @calls src/shapes.mjs#describe
}

function useShapes(count) { // @def function useShapes
  const list = [];
  for (let i = 0; i < count; i++) {
    list.push(makeShape(i % 2 === 0 ? 'circle' : 'square', i)); // @calls makeShape
  }
  return list;
}

export default function App({ count }) { // @def function App
  const shapes = useShapes(count); // @calls useShapes
  run(); // @calls run
  const rows = shapes.map((s, i) => <ShapeRow key={i} shape={s} />); // @calls ShapeRow
  return <ul>{rows}</ul>;
}
