import strings from './strings.js'; // @imports src/helpers/strings.js

export function formatCell(text) { // @def function formatCell
  if (strings.isBlank(text)) return '-'; // @calls src/helpers/strings.js#isBlank
  return strings.pad(text, 8); // @calls padLeft
}
