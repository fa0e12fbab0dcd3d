import GRDB
import LatticeModel

extension IndexStore {
  /// Every parsed file's facts, rebuilt from the tables, in path order: the input of resolution.
  public func loadAllFacts() throws -> [FileFacts] {
    try pool.read { db in
      var facts: [Int64: FileFacts] = [:]
      var order: [Int64] = []
      let files = try Row.fetchCursor(
        db, sql: "SELECT id, path, language, status, error_count FROM files WHERE status != 'skipped' ORDER BY path")
      while let row = try files.next() {
        guard let language = (row["language"] as String?).flatMap(Language.init(rawValue:)) else { continue }
        let id: Int64 = row["id"]
        order.append(id)
        facts[id] = FileFacts(
          path: row["path"], language: language, status: ParseStatus(rawValue: row["status"]) ?? .ok,
          syntaxErrorCount: row["error_count"])
      }
      let symbols = try Row.fetchCursor(
        db, sql: "SELECT s.file_id, \(SymbolRow.columns) FROM \(SymbolRow.from) ORDER BY s.file_id, s.id")
      while let row = try symbols.next() { facts[row["file_id"]]?.symbols.append(SymbolRow.decode(row)) }

      let refs = try Row.fetchCursor(
        db,
        sql: """
          SELECT r.file_id, f.path, r.from_key, r.name, r.receiver, r.kind, r.line, r.col, r.byte
          FROM raw_refs r JOIN files f ON f.id = r.file_id ORDER BY r.file_id, r.id
          """)
      while let row = try refs.next() {
        guard let kind = ReferenceKind(rawValue: row["kind"]) else { continue }
        facts[row["file_id"]]?.references.append(
          RawReference(
            fromKey: SymbolKey(rawValue: row["from_key"]), name: row["name"], receiver: row["receiver"],
            kind: kind, file: row["path"], position: SourcePosition(line: row["line"], column: row["col"]),
            byteOffset: row["byte"]))
      }
      let imports = try Row.fetchCursor(
        db,
        sql: """
          SELECT i.file_id, f.path, i.kind, i.source, i.imported_name, i.local_name, i.line, i.col
          FROM imports i JOIN files f ON f.id = i.file_id ORDER BY i.file_id, i.id
          """)
      while let row = try imports.next() {
        guard let kind = ImportKind(rawValue: row["kind"]) else { continue }
        facts[row["file_id"]]?.imports.append(
          ImportBinding(
            file: row["path"], kind: kind, source: row["source"], importedName: row["imported_name"],
            localName: row["local_name"], position: SourcePosition(line: row["line"], column: row["col"])))
      }
      let exports = try Row.fetchCursor(
        db,
        sql: """
          SELECT e.file_id, f.path, e.exported_name, e.local_name
          FROM exports e JOIN files f ON f.id = e.file_id ORDER BY e.file_id, e.id
          """)
      while let row = try exports.next() {
        facts[row["file_id"]]?.exports.append(
          ExportBinding(file: row["path"], exportedName: row["exported_name"], localName: row["local_name"]))
      }
      let bindings = try Row.fetchCursor(
        db,
        sql: """
          SELECT b.file_id, f.path, b.scope_key, b.variable, b.type_name, b.line, b.col, b.visible_start, b.visible_end
          FROM type_bindings b JOIN files f ON f.id = b.file_id ORDER BY b.file_id, b.id
          """)
      while let row = try bindings.next() {
        facts[row["file_id"]]?.typeBindings.append(
          TypeBinding(
            scopeKey: SymbolKey(rawValue: row["scope_key"]), variable: row["variable"], typeName: row["type_name"],
            file: row["path"], position: SourcePosition(line: row["line"], column: row["col"]),
            visibleBytes: (row["visible_start"] as Int?).flatMap { start in
              (row["visible_end"] as Int?).map { start..<$0 }
            }))
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
