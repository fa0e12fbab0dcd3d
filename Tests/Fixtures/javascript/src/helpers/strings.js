function isBlank(text) { // @def function isBlank
  return text.trim() === '';
}

function padLeft(text, width) { // @def function padLeft
  return isBlank(text) ? text : text.padStart(width); // @calls isBlank
}

export default { isBlank, pad: padLeft };
