import LatticeModel

/// Lookup tables over every file's facts, built once per resolution run.
/// Invariant: every list is in a deterministic order (file path, then source order).
///
/// Each definition is stored once, in `table`; the lookups hold positions in it (a kernel-sized
/// project has millions of definitions, and a `Symbol` is a few hundred bytes).
struct ProjectIndex {
  /// Every file's facts without its symbols (those are in `table`).
  private(set) var facts: [String: FileFacts]
  private var table: ContiguousArray<Symbol>
  private var positions: [SymbolKey: Int32]
  /// Where each file's symbols are in `table` (contiguous, in the file's order).
  private var tableRanges: [String: Range<Int32>]
  /// Members and nested definitions by parent key and name (imports excluded).
  private var children: [SymbolKey: [String: [Int32]]]
  /// Import bindings with a local name, per file.
  private(set) var importsByLocalName: [String: [String: [ImportBinding]]]
  private(set) var exportsByName: [String: [String: ExportBinding]]
  /// Type bindings per scope key and variable, in source order, of scopes other files can see into:
  /// types (fields), files and modules, variables.
  private var typeBindings: [SymbolKey: [String: [TypeBinding]]]
  /// The bindings inside functions of the files being resolved (`resolvingLocals(of:)`): only
  /// their own file's references see them, and a large project has millions.
  private var localBindings: [SymbolKey: [String: [TypeBinding]]] = [:]
  /// Definitions by name across the project (for name-match and candidate lists).
  private var byName: [String: [Int32]]
  let filePaths: Set<String>
  /// Phantom owner keys (`@owner` types declared in another file, docs/queries.md) → the real type,
  /// or the declaring file when the type is not in the project (`extension String`).
  private(set) var owners: [SymbolKey: SymbolKey]
  /// Types that hold members, by name: the candidates of a phantom owner.
  private var ownerTypes: [String: [Symbol]]
  /// Swift definitions' labelled names (`remove(at:)`) by base name (`remove`), sorted: the
  /// candidates of a call that leaves out defaulted arguments (`SwiftLabels`).
  private(set) var labelledNames: [String: [String]]

  init(_ files: [FileFacts]) {
    let files = files.sorted { $0.path < $1.path }
    var facts: [String: FileFacts] = [:]
    var table = ContiguousArray<Symbol>()
    // Room for a kept session's edits (`replace` appends a file's new definitions): with an exact
    // capacity the first edit copied the whole table to grow it, 1.3–2.8 s on the Linux kernel's
    // 4.6 M definitions. Capacity never written costs address space, not memory.
    let count = files.reduce(0) { $0 + $1.symbols.count }
    table.reserveCapacity(count + count / 8 + 4096)
    var positions: [SymbolKey: Int32] = [:]
    var children: [SymbolKey: [String: [Int32]]] = [:]
    var imports: [String: [String: [ImportBinding]]] = [:]
    var exports: [String: [String: ExportBinding]] = [:]
    var bindings: [SymbolKey: [String: [TypeBinding]]] = [:]
    var byName: [String: [Int32]] = [:]
    var tableRanges: [String: Range<Int32>] = [:]
    for file in files {
      Self.store(file, facts: &facts, table: &table, positions: &positions, ranges: &tableRanges)
    }
    // A key defined twice is the last definition, as everywhere else.
    var ownerTypes: [String: [Symbol]] = [:]
    for position in positions.values where table[Int(position)].kind.holdsMembers {
      ownerTypes[table[Int(position)].name, default: []].append(table[Int(position)])
    }
    for name in ownerTypes.keys { ownerTypes[name]!.sort { $0.key < $1.key } }
    var owners: [SymbolKey: SymbolKey] = [:]
    Self.attachOwners(of: files, known: { positions[$0] != nil }, ownerTypes: ownerTypes, into: &owners)
    for (position, symbol) in table.enumerated() {
      guard symbol.kind != .file, symbol.kind != .import else { continue }
      if let written = symbol.parentKey {
        let parent = owners[written] ?? written
        children[parent, default: [:]][symbol.name, default: []].append(Int32(position))
      }
      byName[symbol.name, default: []].append(Int32(position))
    }
    for file in files {
      for binding in file.imports {
        guard let local = binding.localName else { continue }
        imports[file.path, default: [:]][local, default: []].append(binding)
      }
      for export in file.exports where exports[file.path]?[export.exportedName] == nil {
        exports[file.path, default: [:]][export.exportedName] = export
      }
      for binding in file.typeBindings
      where !(positions[binding.scopeKey].map { table[Int($0)].kind.isCallable } ?? false) {
        bindings[binding.scopeKey, default: [:]][binding.variable, default: []].append(binding)
      }
    }
    // Among same-named members, a definition given outside the type's body (a Swift protocol
    // extension's default, an `impl` item) comes last, so it is the one `pick` chooses over a
    // requirement declared in the body.
    for (parent, members) in children {
      guard let owner = positions[parent].map({ table[Int($0)] }) else { continue }
      for (name, list) in members where list.count > 1 {
        children[parent]![name] = Self.outsideLast(list, owner: owner, table)
      }
    }
    self.facts = facts
    self.tableRanges = tableRanges
    self.table = table
    self.positions = positions
    self.children = children
    self.importsByLocalName = imports
    self.exportsByName = exports
    self.typeBindings = bindings
    self.byName = byName
    self.filePaths = Set(facts.keys)
    self.languages = Set(facts.values.map(\.language))
    self.owners = owners
    self.ownerTypes = ownerTypes
    self.labelledNames = Self.labelledNames(byName, table)
  }

  /// Adds a file: its facts without symbols, its symbols at the end of the table.
  private static func store(
    _ file: FileFacts, facts: inout [String: FileFacts], table: inout ContiguousArray<Symbol>,
    positions: inout [SymbolKey: Int32], ranges: inout [String: Range<Int32>]
  ) {
    var withoutSymbols = file
    withoutSymbols.symbols = []
    facts[file.path] = withoutSymbols
    let start = Int32(table.count)
    for symbol in file.symbols {
      positions[symbol.key] = Int32(table.count)
      table.append(symbol)
    }
    ranges[file.path] = start..<Int32(table.count)
  }

  /// Swift definitions' labelled names by base name.
  private static func labelledNames(_ byName: [String: [Int32]], _ table: ContiguousArray<Symbol>) -> [String: [String]]
  {
    var labelled: [String: Set<String>] = [:]
    for (name, definitions) in byName
    where name.last == ")" && definitions.contains(where: { table[Int($0)].language == .swift }) {
      labelled[SwiftLabels.split(name).base, default: []].insert(name)
    }
    return labelled.mapValues { $0.sorted() }
  }

  /// A member list (in file path, then source order) with the members given outside the owner's
  /// body moved last, when some are inside and some outside.
  private static func outsideLast(_ list: [Int32], owner: Symbol, _ table: ContiguousArray<Symbol>) -> [Int32] {
    guard list.count > 1 else { return list }
    let outside = list.filter { position in
      let member = table[Int(position)]
      return member.file != owner.file || !owner.span.contains(member.span)
    }
    guard !outside.isEmpty, outside.count < list.count else { return list }
    return list.filter { !outside.contains($0) } + outside
  }

  /// The positions in `table` of a file's definitions, in the file's order.
  func tablePositions(of path: String) -> Range<Int32> { tableRanges[path] ?? 0..<0 }

  /// Replaces the facts of files the index holds (the same paths, edited) and leaves every lookup
  /// as `init` builds it from the new facts: lists in file path, then source order. Only for edits
  /// that add, remove or change no type (`ResolutionScope`'s scoped plans), so the owner types'
  /// names and the phantom owners already attached stay right. The old definitions stay in
  /// `table`, unreachable.
  mutating func replace(_ files: [FileFacts]) {
    struct Members: Hashable {
      var parent: SymbolKey
      var name: String
    }
    let files = files.sorted { $0.path < $1.path }
    var touchedMembers: Set<Members> = []
    var touchedNames: Set<String> = []
    var touchedOwnerNames: Set<String> = []
    var touchedScopes: Set<SymbolKey> = []
    var touchesSwift = false
    for file in files {
      for position in tablePositions(of: file.path) {
        let symbol = table[Int(position)]
        touchesSwift = touchesSwift || symbol.language == .swift
        if positions[symbol.key] == position {
          positions[symbol.key] = nil
          if symbol.kind.holdsMembers {
            ownerTypes[symbol.name]?.removeAll { $0.key == symbol.key }
            touchedOwnerNames.insert(symbol.name)
          }
        }
        guard symbol.kind != .file, symbol.kind != .import else { continue }
        if let written = symbol.parentKey {
          let parent = owners[written] ?? written
          children[parent]?[symbol.name]?.removeAll { $0 == position }
          touchedMembers.insert(Members(parent: parent, name: symbol.name))
        }
        byName[symbol.name]?.removeAll { $0 == position }
        touchedNames.insert(symbol.name)
      }
      for binding in facts[file.path]?.typeBindings ?? [] {
        typeBindings[binding.scopeKey]?[binding.variable]?.removeAll { $0.file == file.path }
        touchedScopes.insert(binding.scopeKey)
      }
    }
    for file in files {
      touchesSwift = touchesSwift || file.symbols.contains { $0.language == .swift }
      Self.store(file, facts: &facts, table: &table, positions: &positions, ranges: &tableRanges)
      for position in tableRanges[file.path]! where positions[table[Int(position)].key] == position {
        let symbol = table[Int(position)]
        guard symbol.kind.holdsMembers else { continue }
        ownerTypes[symbol.name, default: []].append(symbol)
        touchedOwnerNames.insert(symbol.name)
      }
    }
    for name in touchedOwnerNames {
      ownerTypes[name]?.sort { $0.key < $1.key }
      if ownerTypes[name]?.isEmpty == true { ownerTypes[name] = nil }
    }
    let known = positions
    Self.attachOwners(of: files, known: { known[$0] != nil }, ownerTypes: ownerTypes, into: &owners)
    for file in files {
      for position in tablePositions(of: file.path) {
        let symbol = table[Int(position)]
        guard symbol.kind != .file, symbol.kind != .import else { continue }
        if let written = symbol.parentKey {
          let parent = owners[written] ?? written
          children[parent, default: [:]][symbol.name, default: []].append(position)
          touchedMembers.insert(Members(parent: parent, name: symbol.name))
        }
        byName[symbol.name, default: []].append(position)
        touchedNames.insert(symbol.name)
      }
    }
    let table = table
    func pathOrder(_ a: Int32, _ b: Int32) -> Bool {
      let (x, y) = (table[Int(a)].file, table[Int(b)].file)
      return x != y ? x < y : a < b
    }
    for list in touchedMembers {
      guard var members = children[list.parent]?[list.name], !members.isEmpty else {
        children[list.parent]?[list.name] = nil
        if children[list.parent]?.isEmpty == true { children[list.parent] = nil }
        continue
      }
      members.sort(by: pathOrder)
      if let owner = positions[list.parent].map({ table[Int($0)] }) {
        members = Self.outsideLast(members, owner: owner, table)
      }
      children[list.parent]![list.name] = members
    }
    for name in touchedNames {
      byName[name]?.sort(by: pathOrder)
      if byName[name]?.isEmpty == true { byName[name] = nil }
    }
    for file in files {
      importsByLocalName[file.path] = nil
      for binding in file.imports {
        guard let local = binding.localName else { continue }
        importsByLocalName[file.path, default: [:]][local, default: []].append(binding)
      }
      exportsByName[file.path] = nil
      for export in file.exports where exportsByName[file.path]?[export.exportedName] == nil {
        exportsByName[file.path, default: [:]][export.exportedName] = export
      }
      var added: [SymbolKey: [String: [TypeBinding]]] = [:]
      for binding in file.typeBindings
      where !(positions[binding.scopeKey].map { table[Int($0)].kind.isCallable } ?? false) {
        added[binding.scopeKey, default: [:]][binding.variable, default: []].append(binding)
      }
      // The lists are in file path order, and this file's old bindings are gone: its new ones go
      // before the first binding of a later file.
      for (scope, variables) in added {
        for (variable, bindings) in variables {
          var list = typeBindings[scope]?[variable] ?? []
          list.insert(contentsOf: bindings, at: list.firstIndex { $0.file > file.path } ?? list.count)
          typeBindings[scope, default: [:]][variable] = list
        }
      }
    }
    for scope in touchedScopes {
      guard let variables = typeBindings[scope], variables.values.contains(where: \.isEmpty) else { continue }
      let kept = variables.filter { !$0.value.isEmpty }
      typeBindings[scope] = kept.isEmpty ? nil : kept
    }
    if touchesSwift { labelledNames = Self.labelledNames(byName, table) }
  }

  /// The definition with this key.
  func symbol(_ key: SymbolKey) -> Symbol? { positions[key].map { table[Int($0)] } }

  /// The definition at a position of `memberPositions(of:)`.
  func symbol(at position: Int32) -> Symbol { table[Int(position)] }

  /// The languages of the files held (`replace` adds no file).
  let languages: Set<Language>

  /// The definitions (each key once) that satisfy `include`, in no particular order; only those
  /// are copied out of the table.
  func symbols(where include: (Symbol) -> Bool) -> [Symbol] {
    var found: [Symbol] = []
    for position in positions.values where include(table[Int(position)]) { found.append(table[Int(position)]) }
    return found
  }

  /// Definitions named `name` across the project.
  func definitions(named name: String) -> [Symbol] { (byName[name] ?? []).map { table[Int($0)] } }

  /// The positions of `key`'s members by name (nil when it has none).
  func memberPositions(of key: SymbolKey) -> [String: [Int32]]? { children[key] }

  /// Makes the bindings inside `files`' functions (and only theirs) visible, for resolving them.
  mutating func resolvingLocals(of files: [FileFacts]) {
    localBindings = [:]
    for file in files {
      for binding in file.typeBindings where symbol(binding.scopeKey)?.kind.isCallable ?? false {
        localBindings[binding.scopeKey, default: [:]][binding.variable, default: []].append(binding)
      }
    }
  }

  /// Resolves the phantom owner keys that `files` mention and the index has not seen: those of
  /// references loaded after it was built (`ResolutionSession.resolve(_:)`).
  mutating func attachOwners(of files: [FileFacts]) {
    let positions = positions
    Self.attachOwners(of: files, known: { positions[$0] != nil }, ownerTypes: ownerTypes, into: &owners)
  }

  /// Resolves every phantom owner key `files` mention: a type of that name in the same file, then
  /// the same folder, then the only one in the language family.
  private static func attachOwners(
    of files: [FileFacts], known: (SymbolKey) -> Bool, ownerTypes: [String: [Symbol]],
    into owners: inout [SymbolKey: SymbolKey]
  ) {
    for file in files.sorted(by: { $0.path < $1.path }) {
      for key in file.symbols.compactMap(\.parentKey) + file.references.map(\.fromKey)
      where !known(key) && owners[key] == nil {
        guard let owner = key.rawValue.split(separator: ":").last?.split(separator: ".").last else { continue }
        let types = (ownerTypes[String(owner)] ?? []).filter { $0.language.family == file.language.family }
        let directory = RepoPath.directory(of: file.path)
        let chosen =
          types.first { $0.file == file.path } ?? types.first { RepoPath.directory(of: $0.file) == directory }
          ?? (types.count == 1 ? types[0] : nil)
        owners[key] = chosen?.key ?? SymbolKey.file(file.path, language: file.language)
      }
    }
  }

  /// A key as resolution sees it: a phantom owner replaced by its type.
  func canonical(_ key: SymbolKey) -> SymbolKey { owners[key] ?? key }

  /// The binding of `variable` in `scope` that a use sees: among those whose callback (if any)
  /// contains the use, the last one written before it, else the first. Without a use site (a
  /// field read from another method), the first binding.
  func binding(_ variable: String, in scope: SymbolKey, at use: RawReference?) -> TypeBinding? {
    guard let all = typeBindings[scope]?[variable] ?? localBindings[scope]?[variable] else { return nil }
    guard let use else { return all.first }
    let visible = all.filter { $0.visibleBytes?.contains(use.byteOffset) ?? true }
    return visible.last { $0.position <= use.position } ?? visible.first
  }

  /// Whether `scope` declares a variable named `variable` (a local or parameter, typed or not) on a
  /// line before `use`, visible where `use` stands (a callback's parameter only inside the callback).
  func hasBinding(_ variable: String, in scope: SymbolKey, visibleAt use: RawReference) -> Bool {
    let all = (typeBindings[scope]?[variable] ?? []) + (localBindings[scope]?[variable] ?? [])
    return all.contains { $0.shadows(use) }
  }

  func members(of key: SymbolKey, named name: String) -> [Symbol] {
    (children[key]?[name] ?? []).map { table[Int($0)] }
  }

  /// Every member of `key`, in key order.
  func allChildren(of key: SymbolKey) -> [Symbol] { allChildPositions(of: key).map { table[Int($0)] } }

  /// The positions of every member of `key`, in key order.
  func allChildPositions(of key: SymbolKey) -> [Int32] {
    (children[key] ?? [:]).values.flatMap { $0 }.sorted { table[Int($0)].key < table[Int($1)].key }
  }

  func parent(of symbol: Symbol) -> Symbol? { symbol.parentKey.flatMap { self.symbol(canonical($0)) } }

  /// The symbol itself and its ancestors, innermost first.
  func scopeChain(from key: SymbolKey) -> [Symbol] {
    var chain: [Symbol] = []
    var current = symbol(canonical(key))
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
