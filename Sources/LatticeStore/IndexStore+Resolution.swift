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
  public func loadFacts(excluding: Set<String> = [], referencesOf: Set<String>? = nil) throws -> [FileFacts] {
    try loadFacts(paths: nil, excluding: excluding, referencesOf: referencesOf)
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
        facts[id]!.excludedFromDefaultBuild = row[5]
      }
      // A few files: read their rows through the file_id indexes rather than scanning every table.
      let ids = paths == nil ? "" : Self.jsonArray(order)
      func only(_ column: String) -> String {
        paths == nil ? "" : "WHERE \(column) IN (SELECT value FROM json_each('\(ids)'))"
      }
      let symbols = try Row.fetchCursor(
        db,
        sql:
          "SELECT \(SymbolRow.resolutionColumns), s.file_id FROM \(SymbolRow.from) \(only("s.file_id")) ORDER BY s.file_id, s.id"
      )
      while let row = try symbols.next() {
        let fileID: Int64 = row[SymbolRow.columnCount]
        if facts[fileID] != nil { facts[fileID]!.symbols.append(SymbolRow.decode(row)) }
      }
      var refFilter = only("file_id")
      if let referencesOf {
        let scoped = Self.jsonArray(order.filter { referencesOf.contains(facts[$0]!.path) })
        refFilter = """
          WHERE kind IN ('\(ReferenceKind.extends.rawValue)', '\(ReferenceKind.implements.rawValue)')
            OR file_id IN (SELECT value FROM json_each('\(scoped)'))
          """
      }
      let refs = try Row.fetchCursor(
        db,
        sql:
          "SELECT file_id, from_key, name, receiver, kind, line, col, byte FROM raw_refs \(refFilter) ORDER BY file_id, id"
      )
      while let row = try refs.next() {
        let fileID: Int64 = row[0]
        guard let path = facts[fileID]?.path, let kind = ReferenceKind(rawValue: row[4]) else { continue }
        facts[fileID]!.references.append(
          RawReference(
            fromKey: SymbolKey(rawValue: row[1]), name: row[2], receiver: row[3], kind: kind, file: path,
            position: SourcePosition(line: row[5], column: row[6]), byteOffset: row[7]))
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
          FROM type_bindings \(only("file_id")) ORDER BY file_id, id
          """)
      while let row = try bindings.next() {
        let fileID: Int64 = row[0]
        guard let path = facts[fileID]?.path else { continue }
        let start: Int? = row[6]
        let end: Int? = row[7]
        facts[fileID]!.typeBindings.append(
          TypeBinding(
            scopeKey: SymbolKey(rawValue: row[1]), variable: row[2], typeName: row[3], file: path,
            position: SourcePosition(line: row[4], column: row[5]),
            visibleBytes: start.flatMap { start in end.map { start..<$0 } }))
      }
      return order.compactMap { facts[$0] }
    }
  }

  /// A JSON array of `values`, the argument of `json_each` (a list of any length in one parameter).
  private static func jsonArray<Value: Encodable>(_ values: [Value]) -> String {
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
            UNION SELECT f.id FROM edges e JOIN files f ON f.path = e.file
              WHERE e.target_key IN (SELECT value FROM json_each(?2))
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

  /// Replaces every derived edge and unresolved reference, and rebuilds the search index, in one
  /// transaction: readers see the old graph or the new one, never a mix.
  ///
  /// `scope`: only the edges and unresolved references found in these files are replaced (with the
  /// structural edges, which the structural pass always recomputes whole); `rebuildSearch: false`
  /// when `write(_:updatingSearch:)` kept the search index in step.
  public func replaceGraph(
    edges: [Edge], unresolved: [UnresolvedReference], scope: Set<String>? = nil, rebuildSearch: Bool = true
  ) throws {
    try pool.write { db in
      if let scope {
        let files = Self.jsonArray(scope.sorted())
        try db.execute(
          sql: """
            DELETE FROM edges WHERE file IN (SELECT value FROM json_each(?)) OR provenance = ?
            """, arguments: [files, Provenance.structural.rawValue])
        try db.execute(
          sql: "DELETE FROM unresolved_refs WHERE file IN (SELECT value FROM json_each(?))", arguments: [files])
      } else {
        try db.execute(sql: "DELETE FROM edges")
        try db.execute(sql: "DELETE FROM unresolved_refs")
      }
      let edge = try db.cachedStatement(
        sql: """
          INSERT INTO edges(source_key, target_key, kind, file, line, col, provenance, confidence)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          """)
      for e in edges {
        try edge.execute(arguments: [
          e.source.rawValue, e.target.rawValue, e.kind.rawValue, e.file, e.position.line, e.position.column,
          e.provenance.rawValue, e.confidence,
        ])
      }
      let unresolvedStatement = try db.cachedStatement(
        sql: """
          INSERT INTO unresolved_refs(from_key, file, name, receiver, kind, line, col, reason, candidate_count,
            candidates)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """)
      for u in unresolved {
        let r = u.reference
        try unresolvedStatement.execute(arguments: [
          r.fromKey.rawValue, r.file, r.name, r.receiver, r.kind.rawValue, r.position.line, r.position.column,
          u.reason.rawValue, u.candidates.count, u.candidates.prefix(20).map(\.rawValue).joined(separator: "\n"),
        ])
      }
      // Bulk-load then rebuild: far faster than a trigger per row.
      if rebuildSearch { try db.execute(sql: "INSERT INTO symbols_fts(symbols_fts) VALUES ('rebuild')") }
    }
  }
}
