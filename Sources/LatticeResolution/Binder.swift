import LatticeModel

/// Binds names to definitions through scopes, imports, re-exports and receivers. Pure lookups
/// over the `ProjectIndex`; caches are the only state.
final class Binder {
  /// Mutable only to attach phantom owners of references loaded later (`ResolutionSession`).
  var index: ProjectIndex
  let resolvers: [LanguageFamily: any ModuleResolver]
  /// Resolved base classes/interfaces per type key, in declaration order (filled by the inheritance pass).
  var bases: [SymbolKey: [Symbol]] = [:]
  private var exportCache: [String: Denotation] = [:]
  /// Package-level names (PackageScope) per package and name: top-level definitions of every file in
  /// the package, and the members of its top-level namespaces and modules.
  private var packageMembers: [String: [String: [Int32]]]
  /// Each file's package, when its family shares names between files.
  private let packages: [String: String]
  /// The files with a package, by their file symbol's key.
  private let packageFiles: [SymbolKey: String]

  init(index: ProjectIndex, resolvers: [LanguageFamily: any ModuleResolver]) {
    self.index = index
    self.resolvers = resolvers
    var packages: [String: String] = [:]
    var packageFiles: [SymbolKey: String] = [:]
    var members: [String: [String: [Int32]]] = [:]
    for path in index.facts.keys.sorted() {
      let file = index.facts[path]!
      guard let package = resolvers[file.language.family]?.package(of: path) else { continue }
      // Families do not share packages: C's global namespace is not Ruby's.
      let id = "\(file.language.family.rawValue):\(package)"
      packages[path] = id
      let fileKey = SymbolKey.file(path, language: file.language)
      packageFiles[fileKey] = path
      for position in index.allChildPositions(of: fileKey) {
        let symbol = index.symbol(at: position)
        members[id, default: [:]][symbol.name, default: []].append(position)
        guard symbol.kind.isNamespaceLike else { continue }
        for member in index.allChildPositions(of: symbol.key) {
          members[id, default: [:]][index.symbol(at: member).name, default: []].append(member)
        }
      }
    }
    self.packages = packages
    self.packageFiles = packageFiles
    self.packageMembers = members
  }

  /// Replaces the definitions of files the index holds (`ProjectIndex.replace`) and forgets what
  /// was derived from the old ones: package members, bases (the caller runs the inheritance pass
  /// again) and looked-up exports.
  func replace(_ files: [FileFacts]) {
    for file in files {
      for position in index.tablePositions(of: file.path) {
        guard let (package, name) = packageEntry(of: position) else { continue }
        packageMembers[package]?[name]?.removeAll { $0 == position }
        if packageMembers[package]?[name]?.isEmpty == true { packageMembers[package]?[name] = nil }
      }
    }
    index.replace(files)
    for file in files {
      for position in index.tablePositions(of: file.path) {
        guard let (package, name) = packageEntry(of: position) else { continue }
        packageMembers[package, default: [:]][name, default: []].append(position)
      }
    }
    bases = [:]
    exportCache = [:]
  }

  /// Where `init` lists a definition among package members: a definition at the top level of a
  /// file of a package, or a member of a namespace at the top level of one.
  private func packageEntry(of position: Int32) -> (package: String, name: String)? {
    let symbol = index.symbol(at: position)
    guard symbol.kind != .file, symbol.kind != .import, let written = symbol.parentKey else { return nil }
    let parent = index.canonical(written)
    if let path = packageFiles[parent], let package = packages[path] { return (package, symbol.name) }
    guard let namespace = index.symbol(parent), namespace.kind.isNamespaceLike, namespace.kind != .file,
      namespace.kind != .import, let outer = namespace.parentKey,
      let path = packageFiles[index.canonical(outer)], let package = packages[path]
    else { return nil }
    return (package, symbol.name)
  }

  /// A name defined at the top level of another file of `file`'s package. Several definitions
  /// with one qualified name are one entity (C# partial classes); otherwise they are ambiguous.
  func resolveInPackage(_ name: String, of file: String) -> Denotation {
    guard let package = packages[file], let positions = packageMembers[package]?[name], !positions.isEmpty else {
      return .notFound
    }
    var sorted = positions.map(index.symbol(at:)).sorted { $0.key < $1.key }
    // A definition compiled only under other build tags gives way to the default build's.
    let inDefaultBuild = sorted.filter { index.facts[$0.file]?.excludedFromDefaultBuild != true }
    if !inDefaultBuild.isEmpty { sorted = inDefaultBuild }
    // One entity: a type split over files (C# partial classes, Kotlin/Scala companions) or
    // overloads in one file. Same-named functions in two files (C `static`s) are two.
    if Set(sorted.map(\.qualifiedName)).count == 1,
      sorted.allSatisfy({ $0.kind.holdsMembers })
        || Set(sorted.map(\.file)).count == 1
    {
      return pick(sorted, preferTypes: false)
    }
    let definitions = sorted.filter { !$0.kind.isNamespaceLike }
    return definitions.count == 1 ? .symbol(definitions[0]) : .ambiguous(sorted)
  }

  /// The same definition in the other files of its package that other builds compile instead
  /// (`validate` in Go's `binding.go`, `//go:build !nomsgpack`, and in `binding_nomsgpack.go`,
  /// `//go:build nomsgpack`), in key order.
  func buildTwins(of symbol: Symbol) -> [Symbol] {
    func constrained(_ file: String) -> Bool { (index.facts[file]?.buildConstraint ?? .none) != .none }
    guard constrained(symbol.file), let package = packages[symbol.file] else { return [] }
    return index.definitions(named: symbol.name).filter {
      $0.file != symbol.file && $0.kind == symbol.kind && $0.qualifiedName == symbol.qualifiedName
        && packages[$0.file] == package && constrained($0.file)
    }.sorted { $0.key < $1.key }
  }

  // MARK: Names in scope

  /// What a bare name means at a point inside `scope`: nested definitions of enclosing
  /// functions, then the file's top level, then its imports. Class bodies are not lexical scopes.
  func resolveName(
    _ name: String, from scope: SymbolKey, preferTypes: Bool = false, use: RawReference? = nil
  ) -> Denotation {
    let found = resolveWrittenName(name, from: scope, preferTypes: preferTypes, use: use)
    // `User(name: "x")` (a Swift call named with its labels) may construct a type named `User`.
    if found == .notFound, let open = name.firstIndex(of: "("), name.last == ")" {
      if case .symbol(let type) = resolveWrittenName(String(name[..<open]), from: scope, preferTypes: true, use: use),
        type.kind.isTypeLike
      {
        return .symbol(type)
      }
    }
    // `use: showUser` (Swift) names a function by its base name: the one `showUser(…)` in scope.
    if found == .notFound, !name.contains("("), let file = index.symbol(scope)?.file,
      index.facts[file]?.language == .swift
    {
      return resolveBaseName(name, from: scope)
    }
    return found
  }

  /// The only definition in scope (enclosing definitions, then the file) named `name(…)`.
  private func resolveBaseName(_ name: String, from scope: SymbolKey) -> Denotation {
    let labelled = index.labelledNames[name] ?? []
    for symbol in index.scopeChain(from: scope) {
      let matches = labelled.flatMap { index.members(of: symbol.key, named: $0) }
      if matches.count == 1 { return .symbol(matches[0]) }
      if matches.count > 1 { return .ambiguous(matches.sorted { $0.key < $1.key }) }
    }
    return .notFound
  }

  private func resolveWrittenName(
    _ name: String, from scope: SymbolKey, preferTypes: Bool, use: RawReference?
  ) -> Denotation {
    for symbol in index.scopeChain(from: scope) {
      if symbol.kind.isTypeLike {
        // Class bodies are not lexical scopes, except in languages with an implicit `this`.
        // A constructor is named after its class (`new User()` inside `User` names the class).
        guard symbol.language.family.hasImplicitSelf else { continue }
        let member = memberDenotation(name, in: symbol)
        if member == .notFound { continue }
        if case .symbol(let found) = member, found.kind == .constructor { continue }
        return member
      }
      let found = index.members(of: symbol.key, named: name)
      if !found.isEmpty { return pick(found, preferTypes: preferTypes) }
      // A local variable or parameter of an enclosing function, declared on an earlier line than
      // the use, shadows every outer definition of its name (`route := New()` is not the package's
      // type `route`; in `stack := stack(3)` the call is still the package's `stack`), except where
      // a type is written (`struct stats *stats`: C's tags are another namespace). A callback's
      // parameters shadow inside the callback, also when it is a variable's value
      // (`var formatter = func(param P) string { … }`).
      if !preferTypes, let use, symbol.kind.isCallable || symbol.kind == .variable,
        index.hasBinding(name, in: symbol.key, visibleAt: use)
      {
        return .notFound
      }
      if symbol.kind == .file {
        let imported = resolveImported(name, in: symbol.file)
        return imported == .notFound ? resolveInPackage(name, of: symbol.file) : imported
      }
    }
    return .notFound
  }

  /// A name brought into a file by an import (or a wildcard import).
  func resolveImported(_ name: String, in file: String) -> Denotation {
    if let binding = index.importsByLocalName[file]?[name]?.first { return resolveImport(binding) }
    // Python's `import a.b` also binds `a`.
    if familyOf(file) == .python,
      let binding = index.facts[file]?.imports.first(where: {
        $0.kind == .namespace && $0.localName == $0.source && $0.source.hasPrefix(name + ".")
      })
    {
      return resolveModule(name, from: binding.file).map(Denotation.module) ?? .external
    }
    for binding in index.facts[file]?.imports ?? [] where binding.kind == .wildcard {
      guard let module = resolveModule(binding.source, from: file) else { continue }
      let found = lookupExport(name, in: module, visited: [])
      if found != .notFound { return found }
    }
    return .notFound
  }

  /// What an import binding brings in. `visited` holds the exports being looked up further up
  /// the chain, so import cycles (`a` imports from `b`, `b` from `a`) end instead of recursing.
  func resolveImport(_ binding: ImportBinding, visited: Set<String> = []) -> Denotation {
    guard let module = resolveModule(binding.source, from: binding.file) else {
      return resolveImportOfNamedModule(binding)
    }
    switch binding.kind {
    case .namespace, .reexportNamespace, .wildcard, .sideEffect, .reexportAll:
      return .module(module)
    case .named, .reexport, .default:
      let name = binding.importedName ?? "default"
      let found = lookupExport(name, in: module, visited: visited)
      if found == .notFound, binding.kind != .default,
        let resolver = resolvers[familyOf(binding.file)],
        let specifier = resolver.submoduleSpecifier(binding.source, name: name),
        let submodule = resolver.resolve(specifier, from: binding.file)
      {
        return .module(submodule)
      }
      return found
    }
  }

  /// In languages whose modules are names rather than files (Elixir `alias Shop.Cart`, Erlang
  /// `-import(geometry, …)`), an import names a module symbol of the project's namespace.
  private func resolveImportOfNamedModule(_ binding: ImportBinding) -> Denotation {
    guard case .symbol(let module) = resolveInPackage(binding.source, of: binding.file),
      module.kind.holdsMembers
    else { return .external }
    guard let name = binding.importedName, binding.kind == .named || binding.kind == .reexport else {
      return .symbol(module)
    }
    let members = index.members(of: module.key, named: name)
    return members.isEmpty ? .notFound : pick(members, preferTypes: false)
  }

  /// Module lookups repeat (every name a wildcard import might supply asks again): cached per file.
  private var moduleCache: [String: String?] = [:]

  func resolveModule(_ specifier: String, from file: String) -> String? {
    let key = "\(file)\u{0}\(specifier)"
    if let cached = moduleCache[key] { return cached }
    let found = resolvers[familyOf(file)]?.resolve(specifier, from: file)
    moduleCache[key] = found
    return found
  }

  /// The definition a module exports under `name`: an explicit export, a top-level definition,
  /// an import it passes on (re-exports, and Python's imported names), or a `export *`.
  func lookupExport(_ name: String, in module: String, visited: Set<String>) -> Denotation {
    let cacheKey = "\(module)\u{0}\(name)"
    if let cached = exportCache[cacheKey] { return cached }
    guard !visited.contains(cacheKey) else { return .notFound }
    let visited = visited.union([cacheKey])
    var result = Denotation.notFound
    if let export = index.exportsByName[module]?[name] {
      result =
        export.localName == ExportBinding.moduleObject
        ? .module(module) : lookupExport(export.localName, in: module, visited: visited)
    }
    if result == .notFound, let fileKey = index.facts[module].map({ SymbolKey.file(module, language: $0.language) }) {
      let found = index.members(of: fileKey, named: name)
      if !found.isEmpty { result = pick(found, preferTypes: false) }
      // A package's representative file may be one other builds compile (`go_json.go`).
      if case .symbol(let symbol) = result, index.facts[symbol.file]?.excludedFromDefaultBuild == true,
        case .symbol(let preferred) = resolveInPackage(name, of: module)
      {
        result = .symbol(preferred)
      }
    }
    // A package (a Go import, a Java package, a Swift module) exports what any of its files defines.
    if result == .notFound { result = resolveInPackage(name, of: module) }
    if result == .notFound, let binding = index.importsByLocalName[module]?[name]?.first {
      result = resolveImport(binding, visited: visited)
    }
    if result == .notFound {
      for binding in index.facts[module]?.imports ?? [] where binding.kind == .reexportAll || binding.kind == .wildcard
      {
        guard let target = resolveModule(binding.source, from: module) else { continue }
        let found = lookupExport(name, in: target, visited: visited)
        if found != .notFound {
          result = found
          break
        }
      }
    }
    // Only a lookup that started here is cached: one cut short by a cycle depends on its path.
    if visited.count == 1 { exportCache[cacheKey] = result }
    return result
  }

  // MARK: Members and receivers

  /// A member of a type, or of its bases (first base first, depth first, as single-inheritance MRO).
  func lookupMember(_ name: String, in type: Symbol) -> Symbol? {
    guard case .symbol(let symbol) = memberDenotation(name, in: type) else { return nil }
    return symbol
  }

  /// What a member name denotes in a type or its bases: the first type that has the name decides,
  /// so overloads there that syntax cannot tell apart are ambiguous rather than a base's member.
  func memberDenotation(_ name: String, in type: Symbol, visited: Set<SymbolKey> = []) -> Denotation {
    guard !visited.contains(type.key) else { return .notFound }
    let found = index.members(of: type.key, named: name)
    if !found.isEmpty { return pick(found, preferTypes: false) }
    for base in bases[type.key] ?? [] {
      let denotation = memberDenotation(name, in: base, visited: visited.union([type.key]))
      if denotation != .notFound { return denotation }
    }
    return .notFound
  }

  /// What a receiver expression holds at a point inside `scope`; `use` is the reference the
  /// receiver belongs to (it decides which of several bindings of a variable is in force).
  func resolveReceiver(_ receiver: String, from scope: SymbolKey, use: RawReference? = nil) -> ReceiverValue {
    let language = index.symbol(scope)?.language ?? .typescript
    let selfNames = language.selfNames
    if selfNames.contains(receiver) {
      return index.enclosingType(of: scope).map(ReceiverValue.instance) ?? .unknown
    }
    if language.family.selfTypeNames.contains(receiver) {
      return index.enclosingType(of: scope).map(ReceiverValue.staticMembers) ?? .unknown
    }
    guard let chain = ReceiverChain(receiver) else { return .unknown }
    // `super.m()`, `super().m()`, `super(Cls, self).m()`
    if chain.constructed == nil, chain.names == ["super"] {
      return index.enclosingType(of: scope).map(ReceiverValue.superOf) ?? .unknown
    }
    if let constructed = chain.constructed {
      return memberValue(chain.names, of: instanceValue(ofTypeText: constructed, from: scope))
    }
    let parts = chain.names
    let receiver = parts.joined(separator: ".")
    if parts.count == 1, selfNames.contains(parts[0]) {
      return index.enclosingType(of: scope).map(ReceiverValue.instance) ?? .unknown
    }
    if parts.count > 1, selfNames.contains(parts[0]), let type = index.enclosingType(of: scope) {
      // `this.repo = new Repo()` binds the whole expression in the class scope.
      if let binding = index.binding(receiver, in: type.key, at: nil) {
        return instanceValue(ofTypeText: binding.typeName, from: type.key)
      }
      return memberValue(Array(parts.dropFirst()), of: .instance(type))
    }
    // A dotted import (`import a.b`) binds the whole path.
    if parts.count > 1, let file = index.symbol(scope)?.file,
      let binding = index.importsByLocalName[file]?[receiver]?.first
    {
      return value(of: resolveImport(binding))
    }
    // A dotted module name (Elixir `A.B`, Haskell `Data.Map`) may itself be a package-level name.
    if parts.count > 1, let file = index.symbol(scope)?.file,
      case .symbol(let module) = resolveInPackage(receiver, of: file)
    {
      return value(of: .symbol(module))
    }
    return memberValue(Array(parts.dropFirst()), of: variableValue(parts[0], from: scope, use: use))
  }

  /// The value of a bare identifier: a typed variable in scope, or whatever the name denotes.
  private func variableValue(_ name: String, from scope: SymbolKey, use: RawReference?) -> ReceiverValue {
    for symbol in index.scopeChain(from: scope) {
      guard let binding = index.binding(name, in: symbol.key, at: use) else { continue }
      return instanceValue(ofTypeText: binding.typeName, from: symbol.key)
    }
    // A member declared outside its type (an extension) still sees its own file's bindings.
    if let file = use?.file, let language = index.facts[file]?.language,
      let binding = index.binding(name, in: SymbolKey.file(file, language: language), at: use)
    {
      return instanceValue(ofTypeText: binding.typeName, from: SymbolKey.file(file, language: language))
    }
    return value(of: resolveName(name, from: scope))
  }

  /// An instance of the type a type text (or a callee's result) names: `Foo` and `ns.Foo` name a
  /// class; `make` and `self.make` name a callable whose declared return type is followed.
  private var evaluationDepth = 0

  func instanceValue(ofTypeText text: String, from scope: SymbolKey) -> ReceiverValue {
    // Return types may refer to one another; a short bound ends any cycle.
    guard evaluationDepth < 6, let name = TypeText.simplify(text) else { return .unknown }
    evaluationDepth += 1
    defer { evaluationDepth -= 1 }
    switch resolveReceiver(name, from: scope) {
    case .staticMembers(let type) where type.kind.isTypeLike: return .instance(type)
    case .instance(let type): return .instance(type)
    default: return .unknown
    }
  }

  private func value(of denotation: Denotation) -> ReceiverValue {
    switch denotation {
    case .symbol(let symbol) where symbol.kind == .module && index.memberPositions(of: symbol.key) == nil:
      // `mod a;` declares a module whose body is another file (Rust).
      if let resolver = resolvers[symbol.language.family],
        let specifier = resolver.submoduleSpecifier("self", name: symbol.name),
        let file = resolver.resolve(specifier, from: symbol.file)
      {
        return .module(file)
      }
      return .staticMembers(symbol)
    case .symbol(let symbol) where symbol.kind.holdsMembers:
      return .staticMembers(symbol)
    case .symbol(let symbol) where symbol.kind.isCallable:
      // A callable's value, as a receiver, is what it returns (getters; call results).
      return symbol.returnType.map { instanceValue(ofTypeText: $0, from: symbol.key) } ?? .unknown
    case .symbol(let symbol):
      // A variable or property declared with a type. The type is read where the declaration
      // stands: in Go's `Params Params` the second `Params` names the type, not the field itself.
      if let binding = index.binding(symbol.name, in: symbol.key, at: nil) {
        return instanceValue(ofTypeText: binding.typeName, from: symbol.parentKey.map(index.canonical) ?? symbol.key)
      }
      return .unknown
    case .module(let file): return .module(file)
    case .external: return .external
    case .ambiguous, .notFound, .untypedReceiver: return .unknown
    }
  }

  /// Follows `.member` steps from a value.
  private func memberValue(_ path: [String], of start: ReceiverValue) -> ReceiverValue {
    var value = start
    for name in path {
      switch value {
      case .instance(let type), .staticMembers(let type):
        guard let member = lookupMember(name, in: type) else {
          // A TypeScript parameter property (`constructor(private repo: Repo)`) declares a field
          // that is no definition node; its type is the constructor parameter's.
          value = parameterPropertyValue(name, of: type)
          continue
        }
        value = self.value(of: .symbol(member))
        if value == .unknown, let owner = index.parent(of: member) {
          // A field typed by an assignment in another method (`self.repo = Repo()`).
          for selfName in member.language.selfNames.sorted() {
            if let binding = index.binding("\(selfName).\(name)", in: owner.key, at: nil) {
              value = instanceValue(ofTypeText: binding.typeName, from: owner.key)
              break
            }
          }
        }
      case .module(let file):
        let found = lookupExport(name, in: file, visited: [])
        if found == .notFound, let submodule = pythonSubmodule(name, of: file) {
          value = .module(submodule)
        } else {
          value = self.value(of: found)
        }
      default:
        return value
      }
    }
    return value
  }

  /// `flask.helpers` after `import flask`: a package's submodule is an attribute of the package
  /// once anything has imported it, which the package's own imports nearly always have.
  private func pythonSubmodule(_ name: String, of file: String) -> String? {
    guard RepoPath.fileName(of: file) == "__init__.py" else { return nil }
    let folder = RepoPath.directory(of: file)
    let prefix = folder.isEmpty ? "" : folder + "/"
    return ["\(prefix)\(name).py", "\(prefix)\(name)/__init__.py"].first(where: index.filePaths.contains)
  }

  private func parameterPropertyValue(_ name: String, of type: Symbol) -> ReceiverValue {
    for constructor in index.members(of: type.key, named: "constructor") {
      guard let binding = index.binding(name, in: constructor.key, at: nil) else { continue }
      return instanceValue(ofTypeText: binding.typeName, from: constructor.key)
    }
    return .unknown
  }

  // MARK: Helpers

  /// The definition that stands for same-named definitions in one scope. They always share a
  /// qualified name, so they are one entity: overload signatures and their implementation,
  /// Python redefinitions, TypeScript declaration merging (`class Foo` + `interface Foo`). The
  /// kind the use asks for wins (a type for annotations; a class or callable for calls), and among
  /// those the last, which is the TypeScript implementation and the Python definition in force.
  func pick(_ candidates: [Symbol], preferTypes: Bool) -> Denotation {
    if let overloads = Self.swiftOverloads(candidates, index) { return overloads }
    func fits(_ symbol: Symbol) -> Bool {
      preferTypes ? symbol.kind.isTypeLike : symbol.kind.isCallable || symbol.kind == .class
    }
    guard let chosen = candidates.last(where: fits) ?? candidates.last else { return .notFound }
    return .symbol(chosen)
  }

  /// Swift overloads with the same labels (`parse(_ arguments: [String]?)` and `parse(_ command:
  /// ParsableCommand)`) differ only in argument types, which syntax does not see: ambiguous, not
  /// the last one declared. A protocol's requirement is no overload of the implementation that an
  /// extension provides for it (the call dispatches to the implementation).
  private static func swiftOverloads(_ candidates: [Symbol], _ index: ProjectIndex) -> Denotation? {
    guard candidates.count > 1, candidates.allSatisfy({ $0.language == .swift && $0.kind.isCallable }) else {
      return nil
    }
    let implementations = candidates.filter { symbol in
      guard let parent = index.parent(of: symbol), parent.kind == .interface, parent.file == symbol.file else {
        return true
      }
      return !parent.span.contains(symbol.span)
    }
    switch implementations.count {
    case 0: return nil
    case 1: return .symbol(implementations[0])
    default: return .ambiguous(implementations.sorted { $0.key < $1.key })
    }
  }

  func familyOf(_ file: String) -> LanguageFamily {
    index.facts[file]?.language.family ?? .ecmascript
  }

}
