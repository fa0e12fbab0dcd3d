// Barrel: `import ... from './lib'` resolves to this file.
export { formatName, capitalize as cap } from './format'; // @imports formatName @imports capitalize
export * from './math'; // @imports src/lib/math.ts
export * as text from './format'; // @imports src/lib/format.ts
