const util = require('./util.cjs'); // @imports src/util.cjs
const { describe, clamp: limit } = require('./util.cjs'); // @imports src/util.cjs#describe @imports clampValue
require('./polyfill.js');

var counter = 0; // @def variable counter

function report(value) { // @def function report
  counter += 1;
  return describe(limit(value, 0, 10), 'pts'); // @calls src/util.cjs#describe @calls clampValue
}

function reportTwice(value) { // @def function reportTwice
  return util.twice(value) + report(value); // @calls twice @calls report
}

module.exports = reportTwice;
