#!/usr/bin/env node
// Ground truth for "who calls this function / method / class" in a JavaScript or TypeScript
// repository, from the TypeScript language service (Debian's node-typescript, no npm packages), in
// the format of bench/accuracy/python_truth.py:
//
//   {"tool": "typescript 4.8.4 language service",
//    "symbols": [{"file", "line", "column", "name", "kind", "callers": [[file, line], ...]}]}
//
// Program: every .js/.cjs/.mjs/.jsx/.ts/.cts/.mts/.tsx file of the repository (skipping dot folders,
// node_modules, dist, build), allowJs, checkJs off, moduleResolution node, target ES2020, lib
// es2020 + dom, no @types packages. Imports inside the repository resolve to the repository;
// everything else stays unresolved (any).
//
// Symbols: every definition that binds a name to a function or class, at any nesting depth, in the
// repository's non-declaration (.d.ts) files:
//   function  function f() {}, const f = function () {} / () => {}, export default function f() {}
//   class     class C {}, const C = class {}       (callers: `new C(...)` sites, as Lattice reports
//                                                    instantiations on the class)
//   method    class and object-literal methods m() {}, static and instance (not constructors,
//             getters, setters: a constructor's calls are the class's `new` sites)
//   property  an object-literal property or an assignment whose value is a function or class:
//             {m: function () {}}, {m: () => {}}, X.prototype.m = function () {}, exports.m = ...
//   callable  a top-level `const f = <call>` whose type has a call signature: a function made by
//             a factory or an IIFE in the repository (const isString = typeOfTest('string')); not
//             require() and not aliases of other values (var slice = Array.prototype.slice)
// file is relative to the root, line the 1-based line of the definition's name, column its 0-based
// column, name the bound name (the property name for property definitions).
//
// callers: sorted unique (file, line of the callee name) of every call or instantiation whose callee
// resolves to the definition, found with LanguageService.findReferences on the definition's name:
//   f(...)  x.f(...)  x?.f(...)  x['f'](...)  new C(...)  new x.C(...)  f`...`  f.call(...)  f.apply(...)
// The references taken are those of the definition's own symbol and of the names that are the
// same value under another name: import/export/require aliases (findReferences reports them as
// "alias" groups) and object-literal properties whose value is the definition ({f} or {f: f}, the
// pattern of `export default {isArray, forEach, ...}`), followed transitively. References of
// related but different symbols (a base-class method that a subclass method overrides, or the
// reverse) are not taken: a call through the base type calls the base method.
// Not calls: the definition itself, imports, functions passed as values, super(...) calls.
//
// usage: node truth.js REPO [--audit FILE] > truth.json   (TYPESCRIPT=/path/to/typescript module to override)
// --audit FILE writes a TSV of every call or `new` in the repository whose callee name is the name
// of a definition but that no definition got as a caller, with what the checker resolves the callee
// to: to look for real calls that the language service could not attribute (untyped receivers).
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require(process.env.TYPESCRIPT || '/usr/share/nodejs/typescript');

const argv = process.argv.slice(2);
const auditAt = argv.indexOf('--audit');
const auditFile = auditAt >= 0 ? argv.splice(auditAt, 2)[1] : undefined;
const root = path.resolve(argv[0] || '.');
const SOURCE = /\.(js|cjs|mjs|jsx|ts|cts|mts|tsx)$/;
const DECLARATION = /\.d\.(ts|cts|mts)$/;

function walk(dir, out) {
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    const stat = fs.lstatSync(full);
    if (stat.isSymbolicLink()) continue;
    if (stat.isDirectory()) {
      if (!name.startsWith('.') && !['node_modules', 'dist', 'build'].includes(name)) walk(full, out);
    } else if (SOURCE.test(name)) {
      out.push(full);
    }
  }
  return out;
}

const files = walk(root, []);
const options = {
  allowJs: true, checkJs: false, noEmit: true, types: [],
  moduleResolution: ts.ModuleResolutionKind.NodeJs, module: ts.ModuleKind.ESNext,
  target: ts.ScriptTarget.ES2020, lib: ['lib.es2020.d.ts', 'lib.dom.d.ts'],
  maxNodeModuleJsDepth: 0,
};
const texts = new Map();
function read(file) {
  if (!texts.has(file)) texts.set(file, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined);
  return texts.get(file);
}
const host = {
  getScriptFileNames: () => files,
  getScriptVersion: () => '1',
  getScriptSnapshot: (file) => (read(file) === undefined ? undefined : ts.ScriptSnapshot.fromString(read(file))),
  getCurrentDirectory: () => root,
  getCompilationSettings: () => options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: ts.sys.fileExists, readFile: ts.sys.readFile, readDirectory: ts.sys.readDirectory,
  directoryExists: ts.sys.directoryExists, getDirectories: ts.sys.getDirectories,
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());
const program = service.getProgram();
const checker = program.getTypeChecker();

const rel = (file) => path.relative(root, file).split(path.sep).join('/');
const inRepo = (file) => !rel(file).startsWith('..') && !DECLARATION.test(file);
const lineOf = (sf, pos) => sf.getLineAndCharacterOfPosition(pos).line + 1;

// ---- definitions -------------------------------------------------------------------------------

const skip = (e) => { while (e && (ts.isParenthesizedExpression(e) || ts.isAsExpression(e))) e = e.expression; return e; };
const isFunctionLike = (e) => e && (ts.isFunctionExpression(e) || ts.isArrowFunction(e));
const isValue = (e) => isFunctionLike(e) || (e && ts.isClassExpression(e));
const propertyNameNode = (n) => (n && (ts.isIdentifier(n) || ts.isStringLiteral(n) || ts.isPrivateIdentifier(n)) ? n : undefined);

function definitions(sf) {
  const defs = [];
  const add = (nameNode, kind) => {
    if (!nameNode) return;
    const start = nameNode.getStart(sf);
    const lc = sf.getLineAndCharacterOfPosition(start);
    defs.push({ file: rel(sf.fileName), line: lc.line + 1, column: lc.character, name: nameNode.text, kind, pos: start, node: nameNode });
  };
  const visit = (node) => {
    if (ts.isFunctionDeclaration(node) && node.name && node.body) add(node.name, 'function');
    else if (ts.isClassDeclaration(node) && node.name) add(node.name, 'class');
    else if (ts.isMethodDeclaration(node) && node.body) add(propertyNameNode(node.name), 'method');
    else if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = skip(node.initializer);
      if (isFunctionLike(init)) add(node.name, 'function');
      else if (ts.isClassExpression(init)) add(node.name, 'class');
      else if (ts.isCallExpression(init) && !(ts.isIdentifier(init.expression) && init.expression.text === 'require')
               && ts.isVariableStatement(node.parent.parent) && ts.isSourceFile(node.parent.parent.parent)) {
        const type = checker.getTypeAtLocation(node.name);
        if (type.getCallSignatures().length > 0) add(node.name, 'callable');
      }
    } else if (ts.isPropertyAssignment(node) && isValue(skip(node.initializer))) add(propertyNameNode(node.name), 'property');
    else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && isValue(skip(node.right))) {
      const left = node.left;
      const moduleExports = (e) => ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'module' && e.name.text === 'exports';
      if (moduleExports(left)) { /* module.exports = function () {}: the module's value, no name */ }
      else if (ts.isPropertyAccessExpression(left)) add(left.name, 'property');
      else if (ts.isElementAccessExpression(left) && ts.isStringLiteral(left.argumentExpression)) add(left.argumentExpression, 'property');
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return defs;
}

// ---- call sites ---------------------------------------------------------------------------------

// The call or `new` whose callee is this reference, or undefined.
function callOf(node) {
  let callee = node;
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) callee = parent;
  else if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) callee = parent;
  let outer = callee.parent;
  while (outer && ts.isParenthesizedExpression(outer)) { callee = outer; outer = outer.parent; }
  if (!outer) return undefined;
  if ((ts.isCallExpression(outer) || ts.isNewExpression(outer)) && outer.expression === callee) return outer;
  if (ts.isTaggedTemplateExpression(outer) && outer.tag === callee) return outer;
  // f.call(thisArg, ...) / f.apply(thisArg, args)
  if (ts.isPropertyAccessExpression(outer) && outer.expression === callee && ['call', 'apply'].includes(outer.name.text)
      && outer.parent && ts.isCallExpression(outer.parent) && outer.parent.expression === outer) return outer.parent;
  return undefined;
}

function tokenAt(file, pos) {
  const sf = program.getSourceFile(file);
  return sf && ts.getTokenAtPosition(sf, pos);
}

// The symbol a name stands for once import/export/require aliases are followed.
function resolved(node) {
  let symbol = node && checker.getSymbolAtLocation(node);
  if (node && node.parent && ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node) {
    symbol = checker.getShorthandAssignmentValueSymbol(node.parent) || symbol;
  }
  for (let i = 0; symbol && symbol.flags & ts.SymbolFlags.Alias && i < 10; i++) {
    const next = checker.getAliasedSymbol(symbol);
    if (!next || next === symbol || next.flags & ts.SymbolFlags.Alias && next === symbol) break;
    symbol = next;
  }
  return symbol;
}

// An object-literal property that holds the value of this reference ({f} or {f: f}): its name.
function propertyHolding(node) {
  const parent = node.parent;
  if (ts.isShorthandPropertyAssignment(parent) && parent.name === node) return parent.name;
  if (ts.isPropertyAssignment(parent) && skip(parent.initializer) === node) return propertyNameNode(parent.name);
  return undefined;
}

function callers(def) {
  const sf = program.getSourceFile(path.join(root, def.file));
  const target = checker.getSymbolAtLocation(def.node);
  const targets = new Set(target ? [target] : []);
  const sites = new Map();
  const seen = new Set();
  const queue = [{ file: sf.fileName, pos: def.pos }];
  while (queue.length) {
    const { file, pos } = queue.shift();
    const key = `${file}:${pos}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const group of service.findReferences(file, pos) || []) {
      const d = group.definition;
      const defNode = tokenAt(d.fileName, d.textSpan.start);
      const sameDef = d.fileName === file && d.textSpan.start === pos;
      const symbol = resolved(defNode);
      // The group of the definition itself, or of a name that is an alias of it.
      if (!sameDef && !(symbol && targets.has(symbol))) continue;
      if (symbol && sameDef) targets.add(symbol);
      for (const ref of group.references) {
        const node = tokenAt(ref.fileName, ref.textSpan.start);
        if (!node) continue;
        const holder = propertyHolding(node);
        if (holder) {
          const holderSymbol = checker.getSymbolAtLocation(holder);
          if (holderSymbol) targets.add(holderSymbol);
          queue.push({ file: ref.fileName, pos: holder.getStart(node.getSourceFile()) });
        }
        if (ref.isDefinition || !inRepo(ref.fileName)) continue;
        if (ref.fileName === sf.fileName && ref.textSpan.start === def.pos) continue;
        if (!callOf(node)) continue;
        const site = [rel(ref.fileName), lineOf(node.getSourceFile(), ref.textSpan.start)];
        sites.set(site.join('\0'), site);
      }
    }
  }
  return [...sites.values()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
}

// ---- audit --------------------------------------------------------------------------------------

function audit(symbols) {
  const names = new Set(symbols.map((s) => s.name));
  const attributed = new Set();
  for (const s of symbols) for (const [f, l] of s.callers) attributed.add(`${s.name}\0${f}\0${l}`);
  const definedAt = new Set(symbols.map((s) => `${s.file}\0${s.line}`));
  const rows = [];
  for (const file of files) {
    if (DECLARATION.test(file)) continue;
    const sf = program.getSourceFile(file);
    const lines = sf.text.split('\n');
    const visit = (node) => {
      if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
        // columns: file, line, callee name, receiver, what the checker resolves it to, source line
        let callee = skip(node.expression);
        let via = '';
        if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(callee) && ['call', 'apply'].includes(callee.name.text)) {
          via = `.${callee.name.text}`;
          callee = skip(callee.expression);
        }
        const name = ts.isPropertyAccessExpression(callee) ? callee.name : ts.isIdentifier(callee) ? callee : undefined;
        if (name && names.has(name.text)) {
          const line = lineOf(sf, name.getStart(sf));
          if (!attributed.has(`${name.text}\0${rel(file)}\0${line}`)) {
            const symbol = resolved(name);
            const decl = symbol && symbol.declarations && symbol.declarations[0];
            const where = decl ? `${rel(decl.getSourceFile().fileName)}:${lineOf(decl.getSourceFile(), decl.getStart())}` : 'unresolved';
            const receiver = ts.isPropertyAccessExpression(callee) ? callee.expression.getText(sf).replace(/\s+/g, ' ').slice(0, 60) : '';
            rows.push([rel(file), line, name.text + via, receiver, where.replace(/^.*\/typescript\/lib\//, 'typescript/lib/'), lines[line - 1].trim()].join('\t'));
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  fs.writeFileSync(auditFile, rows.join('\n') + '\n');
}

// ---- main ---------------------------------------------------------------------------------------

const errors = program.getSyntacticDiagnostics().filter((d) => d.file && inRepo(d.file.fileName));
for (const e of errors) {
  const lc = e.file.getLineAndCharacterOfPosition(e.start);
  console.error(`syntax error ${rel(e.file.fileName)}:${lc.line + 1}: ${ts.flattenDiagnosticMessageText(e.messageText, ' ')}`);
}
const defs = [];
for (const file of files) {
  if (DECLARATION.test(file)) continue;
  defs.push(...definitions(program.getSourceFile(file)));
}
defs.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
const symbols = [];
defs.forEach((def, index) => {
  symbols.push({ file: def.file, line: def.line, column: def.column, name: def.name, kind: def.kind, callers: callers(def) });
  if ((index + 1) % 100 === 0 || index + 1 === defs.length) console.error(`typescript: ${index + 1}/${defs.length} definitions`);
});
if (auditFile) audit(symbols);
process.stdout.write(JSON.stringify({ tool: `typescript ${ts.version} language service`, symbols }, null, 1) + '\n');
