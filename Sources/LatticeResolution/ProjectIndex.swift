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
  /// Phantom owner keys (`@owner` types declared in another file, docs/queries.md) → the real type,
  /// or the declaring file when the type is not in the project (`extension String`).
  let owners: [SymbolKey: SymbolKey]
  /// Swift definitions' labelled names (`remove(at:)`) by base name (`remove`), sorted: the
  /// candidates of a call that leaves out defaulted arguments (`SwiftLabels`).
  let labelledNames: [String: [String]]
  /// The files whose edges are wanted (nil: all); see `Resolver.resolve(_:aliases:scope:)`.
  let scope: Set<String>?

  init(_ files: [FileFacts], scope: Set<String>? = nil) {
    var facts: [String: FileFacts] = [:]
    var symbols: [SymbolKey: Symbol] = [:]
    var children: [SymbolKey: [String: [Symbol]]] = [:]
    var imports: [String: [String: [ImportBinding]]] = [:]
    var exports: [String: [String: ExportBinding]] = [:]
    var bindings: [SymbolKey: [String: [TypeBinding]]] = [:]
    var byName: [String: [Symbol]] = [:]
    for file in files.sorted(by: { $0.path < $1.path }) {
      facts[file.path] = file
      for symbol in file.symbols { symbols[symbol.key] = symbol }
    }
    let owners = Self.attachOwners(symbols: symbols, files: facts)
    for file in files.sorted(by: { $0.path < $1.path }) {
      for symbol in file.symbols {
        guard symbol.kind != .file, symbol.kind != .import else { continue }
        if let written = symbol.parentKey {
          let parent = owners[written] ?? written
          children[parent, default: [:]][symbol.name, default: []].append(symbol)
        }
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
    // Among same-named members, a definition given outside the type's body (a Swift protocol
    // extension's default, an `impl` item) comes last, so it is the one `pick` chooses over a
    // requirement declared in the body.
    for (parent, members) in children {
      for (name, list) in members where list.count > 1 {
        let outside = list.filter { member in
          guard let owner = symbols[parent] else { return false }
          return member.file != owner.file || !owner.span.contains(member.span)
        }
        guard !outside.isEmpty, outside.count < list.count else { continue }
        children[parent]![name] = list.filter { !outside.contains($0) } + outside
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
    self.owners = owners
    self.scope = scope
    var labelled: [String: Set<String>] = [:]
    for (name, definitions) in byName where name.last == ")" && definitions.contains(where: { $0.language == .swift }) {
      labelled[SwiftLabels.split(name).base, default: []].insert(name)
    }
    self.labelledNames = labelled.mapValues { $0.sorted() }
  }

  /// The facts of the files whose edges are wanted, in no particular order.
  var filesInScope: [FileFacts] {
    guard let scope else { return Array(facts.values) }
    return scope.compactMap { facts[$0] }
  }

  /// Resolves every phantom owner key: a type of that name in the same file, then the same folder,
  /// then the only one in the language family.
  private static func attachOwners(symbols: [SymbolKey: Symbol], files: [String: FileFacts]) -> [SymbolKey: SymbolKey] {
    var phantoms: [SymbolKey: (file: String, owner: String, family: LanguageFamily)] = [:]
    for file in files.values {
      for key in file.symbols.compactMap(\.parentKey) + file.references.map(\.fromKey)
      where symbols[key] == nil && phantoms[key] == nil {
        guard let owner = key.rawValue.split(separator: ":").last?.split(separator: ".").last else { continue }
        phantoms[key] = (file.path, String(owner), file.language.family)
      }
    }
    guard !phantoms.isEmpty else { return [:] }
    var typesByName: [String: [Symbol]] = [:]
    for symbol in symbols.values where symbol.kind.holdsMembers {
      typesByName[symbol.name, default: []].append(symbol)
    }
    var result: [SymbolKey: SymbolKey] = [:]
    for (key, phantom) in phantoms {
      let types = (typesByName[phantom.owner] ?? []).filter { $0.language.family == phantom.family }
        .sorted { $0.key < $1.key }
      let directory = RepoPath.directory(of: phantom.file)
      let chosen =
        types.first { $0.file == phantom.file } ?? types.first { RepoPath.directory(of: $0.file) == directory }
        ?? (types.count == 1 ? types[0] : nil)
      let language = files[phantom.file]!.language
      result[key] = chosen?.key ?? SymbolKey.file(phantom.file, language: language)
    }
    return result
  }

  /// A key as resolution sees it: a phantom owner replaced by its type.
  func canonical(_ key: SymbolKey) -> SymbolKey { owners[key] ?? key }

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

  /// Every member of `key`, in key order.
  func allChildren(of key: SymbolKey) -> [Symbol] {
    (children[key] ?? [:]).values.flatMap { $0 }.sorted { $0.key < $1.key }
  }

  func parent(of symbol: Symbol) -> Symbol? { symbol.parentKey.flatMap { symbols[canonical($0)] } }

  /// The symbol itself and its ancestors, innermost first.
  func scopeChain(from key: SymbolKey) -> [Symbol] {
    var chain: [Symbol] = []
    var current = symbols[canonical(key)]
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
