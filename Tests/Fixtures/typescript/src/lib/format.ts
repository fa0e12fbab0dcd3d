/** Separator used by joinNames. */
export const DEFAULT_SEPARATOR = ', '; // @def constant DEFAULT_SEPARATOR

export let formatCount = 0; // @def variable formatCount

/** Upper-cases the first letter. */
export const capitalize = (word: string): string => { // @def function capitalize
  formatCount += 1;
  return word.charAt(0).toUpperCase() + word.slice(1);
};

/** Formats a person's name. */
export function formatName(first: string, last: string): string; // @def function formatName
export function formatName(full: string): string; // @def function formatName
export function formatName(a: string, b?: string): string { // @def function formatName
  function joinParts(x: string, y: string): string { // @def function formatName.joinParts
    return `${x} ${y}`;
  }
  const first = capitalize(a); // @calls capitalize
  if (b === undefined) {
    return first;
  }
  return joinParts(first, b); // @calls formatName.joinParts
}

export function joinNames(names: string[], sep: string = DEFAULT_SEPARATOR): string { // @def function joinNames
  return names.map(capitalize).join(sep); // @references capitalize
}

export const lowerAll = function (names: string[]): string[] { // @def function lowerAll
  return names.map((n) => n.toLowerCase());
};
