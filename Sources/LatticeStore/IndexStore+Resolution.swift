import GRDB
import LatticeModel

extension IndexStore {
  /// The facts of every parsed file except those in `excluding` (which the caller already holds),
  /// rebuilt from the tables in path order: the input of resolution. Columns are read by position,
  /// as decoding by name dominates the cost on large repositories.
  public func loadFacts(excluding: Set<String> = []) throws -> [FileFacts] {
    try pool.read { db in
      var facts: [Int64: FileFacts] = [:]
      var order: [Int64] = []
      let files = try Row.fetchCursor(
        db, sql: "SELECT id, path, language, status, error_count FROM files WHERE status != 'skipped' ORDER BY path")
      while let row = try files.next() {
        let path: String = row[1]
        guard !excluding.contains(path), let language = (row[2] as String?).flatMap(Language.init(rawValue:)) else {
          continue
        }
        let id: Int64 = row[0]
        order.append(id)
        facts[id] = FileFacts(
          path: path, language: language, status: ParseStatus(rawValue: row[3]) ?? .ok, syntaxErrorCount: row[4])
      }
      let symbols = try Row.fetchCursor(
        db, sql: "SELECT \(SymbolRow.columns), s.file_id FROM \(SymbolRow.from) ORDER BY s.file_id, s.id")
      while let row = try symbols.next() {
        let fileID: Int64 = row[SymbolRow.columnCount]
        if facts[fileID] != nil { facts[fileID]!.symbols.append(SymbolRow.decode(row)) }
      }
      let refs = try Row.fetchCursor(
        db, sql: "SELECT file_id, from_key, name, receiver, kind, line, col, byte FROM raw_refs ORDER BY file_id, id")
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
        sql: "SELECT file_id, kind, source, imported_name, local_name, line, col FROM imports ORDER BY file_id, id")
      while let row = try imports.next() {
        let fileID: Int64 = row[0]
        guard let path = facts[fileID]?.path, let kind = ImportKind(rawValue: row[1]) else { continue }
        facts[fileID]!.imports.append(
          ImportBinding(
            file: path, kind: kind, source: row[2], importedName: row[3], localName: row[4],
            position: SourcePosition(line: row[5], column: row[6])))
      }
      let exports = try Row.fetchCursor(
        db, sql: "SELECT file_id, exported_name, local_name FROM exports ORDER BY file_id, id")
      while let row = try exports.next() {
        let fileID: Int64 = row[0]
        guard let path = facts[fileID]?.path else { continue }
        facts[fileID]!.exports.append(ExportBinding(file: path, exportedName: row[1], localName: row[2]))
      }
      let bindings = try Row.fetchCursor(
        db,
        sql: """
          SELECT file_id, scope_key, variable, type_name, line, col, visible_start, visible_end
          FROM type_bindings ORDER BY file_id, id
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

  /// Replaces every derived edge and unresolved reference, and rebuilds the search index, in one
  /// transaction: readers see the old graph or the new one, never a mix.
  public func replaceGraph(edges: [Edge], unresolved: [UnresolvedReference]) throws {
    try pool.write { db in
      try db.execute(sql: "DELETE FROM edges")
      try db.execute(sql: "DELETE FROM unresolved_refs")
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
      try db.execute(sql: "INSERT INTO symbols_fts(symbols_fts) VALUES ('rebuild')")
    }
  }
}
