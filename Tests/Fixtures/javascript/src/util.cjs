'use strict';

const VERSION = '1.0.0'; // @def constant VERSION

/** Formats a number with a unit. */
function describe(value, unit) { // @def function describe
  return `${clampValue(value, 0, 100)} ${unit}`; // @calls clampValue
}

function clampValue(value, min, max) { // @def function clampValue
  return Math.min(Math.max(value, min), max);
}

module.exports = { describe, clamp: clampValue, VERSION };

module.exports.twice = function (value) { // @def function twice
  return describe(value * 2, 'x'); // @calls src/util.cjs#describe
};
