import LatticeModel

/// Decides how much of the graph a change can rebind. Every edge is stored with the file of the
/// site it was derived from, and is a function of that file's facts plus what other files make
/// visible (definitions, exports, re-exports, bases, module-level and field types). So when an
/// edit changes only definitions, just the changed files and the files that mention a changed name
/// need resolving again; anything subtler rebuilds the whole graph.
public enum ResolutionScope {
  public enum Plan: Equatable, Sendable {
    /// Resolve the changed files again, plus every file that mentions one of these names or has an
    /// edge to one of these definitions (which it may reach under another name: `import {a as b}`).
    case dependents(names: Set<String>, definitions: Set<SymbolKey>)
    /// Resolve everything: the change reaches files a name lookup cannot find.
    case whole(reason: String)
  }

  /// Compares what each changed file made visible to others before and after the change.
  /// `old` and `new` hold the same paths (added and removed files are the caller's whole case).
  public static func plan(old: [FileFacts], new: [FileFacts]) -> Plan {
    let before = Dictionary(old.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
    var names: Set<String> = []
    var definitions: Set<SymbolKey> = []
    for file in new {
      guard let previous = before[file.path], previous.language == file.language else {
        return .whole(reason: "a file changed language or was not indexed before")
      }
      let was = Surface(previous)
      let now = Surface(file)
      if was.global != now.global || previous.buildConstraint != file.buildConstraint {
        return .whole(reason: "bases, exports, re-exports, field types or build constraints changed")
      }
      let changed = was.definitions.symmetricDifference(now.definitions)
      if changed.contains(where: \.holdsMembers) {
        // Members declared elsewhere (`@owner`) attach to a type by name without mentioning it.
        return .whole(reason: "a type was added, removed or changed")
      }
      var changedNames = Set(changed.map(\.name))
      changedNames.formUnion(was.importedNames.symmetricDifference(now.importedNames))
      changedNames.formUnion(was.visibleBindings.symmetricDifference(now.visibleBindings).map(\.variable))
      // Exported under another name (`module.exports = { clamp: clampValue }`): importers say `clamp`.
      for export in previous.exports + file.exports where changedNames.contains(export.localName) {
        changedNames.insert(export.exportedName)
      }
      names.formUnion(changedNames)
      definitions.formUnion(changed.map(\.key))
    }
    return .dependents(names: names, definitions: definitions)
  }

  /// What one file shows other files, split by how a change to it propagates.
  private struct Surface {
    struct Definition: Hashable {
      var key: SymbolKey
      var name: String
      var kind: SymbolKind
      var parentKey: SymbolKey?
      var returnType: String?
      var holdsMembers: Bool { kind.holdsMembers }
    }
    struct Binding: Hashable {
      var scope: SymbolKey
      var variable: String
      var type: String
    }
    /// Definitions: other files reach them by name.
    var definitions: Set<Definition> = []
    /// Names this file imports: re-exported as module members in Python and name-matched in others.
    var importedNames: Set<String> = []
    /// Types of module-level variables: another file's `from m import x; x.f()` reads them. Local
    /// variables of functions are nobody else's business.
    var visibleBindings: Set<Binding> = []
    /// Facts whose readers cannot be found by name: bases (`this.m()` in every subclass), exports
    /// and re-exports, and the types of fields, properties and constructor parameter properties
    /// (`a.field.m()` names neither the field's type nor its file).
    var global: [String] = []

    init(_ facts: FileFacts) {
      let fileKey = SymbolKey.file(facts.path, language: facts.language)
      let bodies = Set(facts.symbols.filter { $0.kind.isCallable && $0.name != "constructor" }.map(\.key))
      for symbol in facts.symbols where symbol.kind != .file {
        definitions.insert(
          Definition(
            key: symbol.key, name: symbol.name, kind: symbol.kind, parentKey: symbol.parentKey,
            returnType: symbol.returnType))
      }
      for binding in facts.imports {
        switch binding.kind {
        case .reexportAll, .wildcard:
          global.append("import \(binding.kind.rawValue) \(binding.source)")
        default:
          if let local = binding.localName { importedNames.insert(local) }
        }
      }
      global += facts.exports.map { "export \($0.exportedName) \($0.localName)" }.sorted()
      global += facts.references.filter { $0.kind == .extends || $0.kind == .implements }
        .map { "base \($0.fromKey.rawValue) \($0.kind.rawValue) \($0.receiver ?? "").\($0.name)" }.sorted()
      for binding in facts.typeBindings {
        let entry = Binding(scope: binding.scopeKey, variable: binding.variable, type: binding.typeName)
        if bodies.contains(binding.scopeKey) {
          continue  // a local variable: only this file's references read it
        } else if binding.scopeKey == fileKey {
          visibleBindings.insert(entry)
        } else {
          global.append("field \(entry.scope.rawValue) \(entry.variable) \(entry.type)")
        }
      }
      global.sort()
    }
  }
}
