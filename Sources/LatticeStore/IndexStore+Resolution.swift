import Foundation
import GRDB
import LatticeModel

extension IndexStore {
  /// The facts of every parsed file except those in `excluding` (which the caller already holds),
  /// rebuilt from the tables in path order: the input of resolution (symbols without the texts
  /// resolution does not read, `SymbolRow.resolutionColumns`; no blind spots). Columns are read by position,
  /// as decoding by name dominates the cost on large repositories.
  ///
  /// `referencesOf`: when set, only those files' references are loaded, plus every file's bases
  /// (`extends`/`implements`, which member lookup anywhere needs): the input of a scoped run.
  /// Other files' type bindings inside functions are left out too: only their own file's
  /// references read them (`ResolutionSession`), and a large project has millions.
  public func loadFacts(excluding: Set<String> = [], referencesOf: Set<String>? = nil) throws -> [FileFacts] {
    try loadFacts(paths: nil, excluding: excluding, referencesOf: referencesOf)
  }

  /// The languages of the files that have facts.
  public func parsedLanguages() throws -> Set<Language> {
    try pool.read { db in
      Set(
        try String.fetchAll(
          db, sql: "SELECT DISTINCT language FROM files WHERE status != 'skipped' AND language IS NOT NULL ORDER BY 1"
        ).compactMap(Language.init(rawValue:)))
    }
  }

  /// How many files have facts (were parsed, not skipped).
  public func parsedFileCount() throws -> Int {
    try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM files WHERE status != 'skipped'") ?? 0 }
  }

  /// The stored facts of just these files (those not stored are left out).
  public func loadFacts(of paths: Set<String>) throws -> [FileFacts] {
    try loadFacts(paths: paths, excluding: [], referencesOf: nil)
  }

  private func loadFacts(
    paths: Set<String>?, excluding: Set<String>, referencesOf: Set<String>?
  ) throws
    -> [FileFacts]
  {
    try pool.read { db in
      var facts: [Int64: FileFacts] = [:]
      var order: [Int64] = []
      let files = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, path, language, status, error_count, excluded_from_default_build FROM files
          WHERE status != 'skipped' ORDER BY path
          """)
      while let row = try files.next() {
        let path: String = row[1]
        guard !excluding.contains(path), paths?.contains(path) ?? true,
          let language = (row[2] as String?).flatMap(Language.init(rawValue:))
        else {
          continue
        }
        let id: Int64 = row[0]
        order.append(id)
        facts[id] = FileFacts(
          path: path, language: language, status: ParseStatus(rawValue: row[3]) ?? .ok, syntaxErrorCount: row[4])
        facts[id]!.buildConstraint = BuildConstraint(rawValue: row[5]) ?? .none
      }
      // A few files: read their rows through the file_id indexes rather than scanning every table.
      let ids = paths == nil ? "" : Self.jsonArray(order)
      func only(_ column: String) -> String {
        paths == nil ? "" : "WHERE \(column) IN (SELECT value FROM json_each('\(ids)'))"
      }
      let symbols = try Row.fetchCursor(
        db,
        sql:
          "SELECT \(SymbolRow.resolutionColumns), s.file_id FROM \(SymbolRow.from) \(only("s.file_id")) ORDER BY s.file_id, s.ordinal"
      )
      // A parent is usually a symbol of the same file decoded before: its key is shared.
      var keysInFile: [String: SymbolKey] = [:]
      var currentFile: Int64 = -1
      while let row = try symbols.next() {
        let fileID: Int64 = row[SymbolRow.columnCount]
        guard let path = facts[fileID]?.path else { continue }
        if fileID != currentFile {
          currentFile = fileID
          keysInFile.removeAll(keepingCapacity: true)
        }
        let symbol = SymbolRow.decode(row, file: path) { raw in keysInFile[raw] ?? SymbolKey(rawValue: raw) }
        keysInFile[symbol.key.rawValue] = symbol.key
        facts[fileID]!.symbols.append(symbol)
      }
      var refFilter = only("file_id")
      var bindingFilter = only("file_id")
      if let referencesOf {
        let files = Self.jsonArray(order.filter { referencesOf.contains(facts[$0]!.path) })
        let scoped = "file_id IN (SELECT value FROM json_each('\(files)'))"
        let bases = "kind IN ('\(ReferenceKind.extends.rawValue)', '\(ReferenceKind.implements.rawValue)')"
        refFilter = "WHERE \(bases) OR \(scoped)"
        bindingFilter = "WHERE \(Self.outsideFunctions) OR \(scoped)"
      }
      let refs = try Row.fetchCursor(
        db,
        sql:
          "SELECT file_id, from_key, name, receiver, kind, line, col, byte, trailing_closure FROM raw_refs \(refFilter) ORDER BY file_id, id"
      )
      // Keys are stored relative to their file (`FileRelativeKey`); one file's references share
      // their enclosing symbols' keys.
      var relative: FileRelativeKey?
      var fromKeys: [String: SymbolKey] = [:]
      currentFile = -1
      while let row = try refs.next() {
        let fileID: Int64 = row[0]
        guard let file = facts[fileID], let kind = ReferenceKind(rawValue: row[4]) else { continue }
        let path = file.path
        if fileID != currentFile {
          currentFile = fileID
          relative = FileRelativeKey(path: path, language: file.language)
          fromKeys.removeAll(keepingCapacity: true)
        }
        let stored: String = row[1]
        let fromKey = fromKeys[stored] ?? relative!.key(stored)
        fromKeys[stored] = fromKey
        var reference = RawReference(
          fromKey: fromKey, name: row[2], receiver: row[3], kind: kind, file: path,
          position: SourcePosition(line: row[5], column: row[6]), byteOffset: row[7])
        reference.trailingClosure = row[8]
        facts[fileID]!.references.append(reference)
      }
      let imports = try Row.fetchCursor(
        db,
        sql:
          "SELECT file_id, kind, source, imported_name, local_name, line, col FROM imports \(only("file_id")) ORDER BY file_id, id"
      )
      while let row = try imports.next() {
        let fileID: Int64 = row[0]
        guard let path = facts[fileID]?.path, let kind = ImportKind(rawValue: row[1]) else { continue }
        facts[fileID]!.imports.append(
          ImportBinding(
            file: path, kind: kind, source: row[2], importedName: row[3], localName: row[4],
            position: SourcePosition(line: row[5], column: row[6])))
      }
      let exports = try Row.fetchCursor(
        db, sql: "SELECT file_id, exported_name, local_name FROM exports \(only("file_id")) ORDER BY file_id, id")
      while let row = try exports.next() {
        let fileID: Int64 = row[0]
        guard let path = facts[fileID]?.path else { continue }
        facts[fileID]!.exports.append(ExportBinding(file: path, exportedName: row[1], localName: row[2]))
      }
      let bindings = try Row.fetchCursor(
        db,
        sql: """
          SELECT file_id, scope_key, variable, type_name, line, col, visible_start, visible_end
          FROM type_bindings \(bindingFilter) ORDER BY file_id, id
          """)
      while let row = try bindings.next() {
        let fileID: Int64 = row[0]
        guard let file = facts[fileID] else { continue }
        let path = file.path
        let start: Int? = row[6]
        let end: Int? = row[7]
        facts[fileID]!.typeBindings.append(
          TypeBinding(
            scopeKey: FileRelativeKey(path: path, language: file.language).key(row[1]), variable: row[2],
            typeName: row[3], file: path,
            position: SourcePosition(line: row[4], column: row[5]),
            visibleBytes: start.flatMap { start in end.map { start..<$0 } }))
      }
      return order.compactMap { facts[$0] }
    }
  }

  /// What `loadFacts` returns for a file whose references it does not load (`referencesOf`), from
  /// the file's full facts: its definitions with only the texts resolution reads (`SymbolRow`), its
  /// bases, imports and exports, and its type bindings outside functions. A long-lived indexer
  /// keeps these in memory (`ResolutionSession.replace`) instead of reading them back.
  public static func definitionLevel(_ facts: FileFacts) -> FileFacts {
    var result = FileFacts(
      path: facts.path, language: facts.language, status: facts.status, syntaxErrorCount: facts.syntaxErrorCount)
    result.buildConstraint = facts.buildConstraint
    result.symbols = facts.symbols.map { symbol in
      var kept = symbol
      if !(symbol.language == .swift && symbol.name.hasSuffix(")")) { kept.signature = "" }
      kept.docstring = nil
      kept.decorators = []
      kept.bodyHash = ""
      return kept
    }
    result.references = facts.references.filter { $0.kind == .extends || $0.kind == .implements }
    result.imports = facts.imports
    result.exports = facts.exports
    result.typeBindings = facts.typeBindings.filter { binding in
      !functionScopeMarkers.contains { binding.scopeKey.rawValue.contains($0) }
    }
    return result
  }

  private static let functionKinds: [SymbolKind] = [.function, .method, .constructor]
  /// `#function:` and the like: a scope key holding one names a function (built once, not per binding).
  private static let functionScopeMarkers = functionKinds.map { "#\($0.rawValue):" }

  /// Type bindings whose scope is not a function (a key spells its kind: `lang:file#kind:name`);
  /// `definitionLevel` applies the same rule.
  private static let outsideFunctions =
    "("
    + functionKinds.map { "scope_key NOT GLOB '*#\($0.rawValue):*'" }
    .joined(separator: " AND ") + ")"

  /// A JSON array of `values`, the argument of `json_each` (a list of any length in one parameter).
  static func jsonArray<Value: Encodable>(_ values: [Value]) -> String {
    String(decoding: (try? JSONEncoder().encode(values)) ?? Data("[]".utf8), as: UTF8.self)
  }

  /// The files, in path order, whose references or imports mention one of `names`, whose variable
  /// types are written with one of them (`ns.Foo`, `Optional[Foo]`), or that have an edge to one of
  /// `targets`.
  public func filesMentioning(_ names: Set<String>, orLinkingTo targets: Set<SymbolKey>) throws -> [String] {
    guard !names.isEmpty || !targets.isEmpty else { return [] }
    let list = Self.jsonArray(names.sorted())
    let keys = Self.jsonArray(targets.map(\.rawValue).sorted())
    return try pool.read { db in
      var ids = Set(
        try Int64.fetchAll(
          db,
          sql: """
            SELECT file_id FROM raw_refs WHERE name IN (SELECT value FROM json_each(?1))
            UNION SELECT file_id FROM imports WHERE imported_name IN (SELECT value FROM json_each(?1))
            UNION SELECT file_id FROM imports WHERE local_name IN (SELECT value FROM json_each(?1))
            UNION SELECT file_id FROM edges WHERE target_id IN (
              SELECT id FROM symbols WHERE key IN (SELECT value FROM json_each(?2))
              UNION SELECT id FROM retired_symbols WHERE key IN (SELECT value FROM json_each(?2)))
            """, arguments: [list, keys]))
      // Type texts are free-form: a substring scan, over a table far smaller than the references.
      let bindings = try Row.fetchCursor(db, sql: "SELECT file_id, type_name FROM type_bindings")
      while let row = try bindings.next() {
        let type: String = row[1]
        if names.contains(where: { type.contains($0) }) { ids.insert(row[0]) }
      }
      let paths = try String.fetchAll(
        db, sql: "SELECT path FROM files WHERE id IN (SELECT value FROM json_each(?)) ORDER BY path",
        arguments: [Self.jsonArray(ids.sorted())])
      return paths
    }
  }

  /// Replaces the edges and unresolved references found in `scope`'s files, and, when
  /// `replacingStructural` (the edit changed Go files), every structural edge (which the structural
  /// pass always recomputes whole), in one transaction: readers see the old graph or the new one,
  /// never a mix. The search index is kept in step by `write(_:updatingSearch:)`. A whole graph is
  /// replaced through `beginGraphRebuild` instead.
  public func replaceGraph(
    edges: [Edge], unresolved: [UnresolvedReference], scope: Set<String>, replacingStructural: Bool
  ) throws {
    try pool.write { db in
      let files = Self.jsonArray(scope.sorted())
      try db.execute(
        sql: """
          DELETE FROM edges WHERE file_id IN (SELECT id FROM files WHERE path IN (SELECT value FROM json_each(?)))
          """, arguments: [files])
      // No index serves this: on the kernel it would scan 6.6 M edges for every edit.
      if replacingStructural {
        try db.execute(sql: "DELETE FROM edges WHERE provenance = ?", arguments: [Provenance.structural.rawValue])
      }
      try db.execute(sql: "DELETE FROM retired_symbols")
      try db.execute(
        sql: "DELETE FROM unresolved_refs WHERE file IN (SELECT value FROM json_each(?))", arguments: [files])
      let kept = replacingStructural ? edges : edges.filter { $0.provenance != .structural || scope.contains($0.file) }
      try Self.insert(kept, unresolved, into: ("edges", "unresolved_refs"), db)
    }
  }
}
