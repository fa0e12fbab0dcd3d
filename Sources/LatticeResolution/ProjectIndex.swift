import LatticeModel

/// Lookup tables over every file's facts, built once per resolution run.
/// Invariant: every list is in a deterministic order (file path, then source order).
struct ProjectIndex {
  let facts: [String: FileFacts]
  let symbols: [SymbolKey: Symbol]
  /// Members and nested definitions by parent key and name (imports excluded).
  let children: [SymbolKey: [String: [Symbol]]]
  /// Import bindings with a local name, per file.
  let importsByLocalName: [String: [String: [ImportBinding]]]
  let exportsByName: [String: [String: ExportBinding]]
  /// Type bindings per scope key and variable, in source order.
  let typeBindings: [SymbolKey: [String: [TypeBinding]]]
  /// Definitions by name across the project (for name-match and candidate lists).
  let byName: [String: [Symbol]]
  let filePaths: Set<String>

  init(_ files: [FileFacts]) {
    var facts: [String: FileFacts] = [:]
    var symbols: [SymbolKey: Symbol] = [:]
    var children: [SymbolKey: [String: [Symbol]]] = [:]
    var imports: [String: [String: [ImportBinding]]] = [:]
    var exports: [String: [String: ExportBinding]] = [:]
    var bindings: [SymbolKey: [String: [TypeBinding]]] = [:]
    var byName: [String: [Symbol]] = [:]
    for file in files.sorted(by: { $0.path < $1.path }) {
      facts[file.path] = file
      for symbol in file.symbols {
        symbols[symbol.key] = symbol
        guard symbol.kind != .file, symbol.kind != .import else { continue }
        if let parent = symbol.parentKey { children[parent, default: [:]][symbol.name, default: []].append(symbol) }
        byName[symbol.name, default: []].append(symbol)
      }
      for binding in file.imports {
        guard let local = binding.localName else { continue }
        imports[file.path, default: [:]][local, default: []].append(binding)
      }
      for export in file.exports where exports[file.path]?[export.exportedName] == nil {
        exports[file.path, default: [:]][export.exportedName] = export
      }
      for binding in file.typeBindings {
        bindings[binding.scopeKey, default: [:]][binding.variable, default: []].append(binding)
      }
    }
    self.facts = facts
    self.symbols = symbols
    self.children = children
    self.importsByLocalName = imports
    self.exportsByName = exports
    self.typeBindings = bindings
    self.byName = byName
    self.filePaths = Set(facts.keys)
  }

  /// The binding of `variable` in `scope` that a use sees: among those whose callback (if any)
  /// contains the use, the last one written before it, else the first. Without a use site (a
  /// field read from another method), the first binding.
  func binding(_ variable: String, in scope: SymbolKey, at use: RawReference?) -> TypeBinding? {
    guard let all = typeBindings[scope]?[variable] else { return nil }
    guard let use else { return all.first }
    let visible = all.filter { $0.visibleBytes?.contains(use.byteOffset) ?? true }
    return visible.last { $0.position <= use.position } ?? visible.first
  }

  func members(of key: SymbolKey, named name: String) -> [Symbol] { children[key]?[name] ?? [] }

  func parent(of symbol: Symbol) -> Symbol? { symbol.parentKey.flatMap { symbols[$0] } }

  /// The symbol itself and its ancestors, innermost first.
  func scopeChain(from key: SymbolKey) -> [Symbol] {
    var chain: [Symbol] = []
    var current = symbols[key]
    while let symbol = current {
      chain.append(symbol)
      current = parent(of: symbol)
    }
    return chain
  }

  /// The innermost class-like symbol enclosing `key` (the class `this`/`self` means there).
  func enclosingType(of key: SymbolKey) -> Symbol? {
    scopeChain(from: key).first { $0.kind.isTypeLike }
  }
}
