import GRDB
import LatticeModel

/// A whole-graph rebuild in many small transactions, so that neither memory nor the write-ahead log
/// grows with the project: resolution hands over the edges of a few files at a time, which go into
/// shadow tables (`Schema.derivedTables`) beside the live ones; `commitGraphRebuild` indexes them,
/// fills the new search index, and swaps them in with one short transaction. Readers see the old
/// graph until that commit and the new one after it, never a mix; a run killed before it leaves the
/// old graph and `index_state = in_progress`, and the next run starts the rebuild again.
extension IndexStore {
  /// Drops any shadow tables a killed run left, and creates empty ones.
  public func beginGraphRebuild() throws {
    try pool.write { db in
      try Self.dropShadowTables(db)
      try db.execute(sql: Schema.derivedTables)
      // `Schema.derivedTables` repeats the latest migration of each table (a shipped migration
      // never changes): a migration that changes one without it fails every rebuild, and the tests.
      for (live, shadow) in [("edges", "edges_next"), ("unresolved_refs", "unresolved_next")] {
        func columns(_ table: String) throws -> [String] {
          try Row.fetchAll(
            db, sql: "SELECT name, type, \"notnull\" FROM pragma_table_info(?) ORDER BY cid", arguments: [table]
          )
          .map { "\($0[0] as String) \($0[1] as String) \($0[2] as Int)" }
        }
        guard try columns(live) == columns(shadow) else {
          throw StoreError("internal: Schema.derivedTables no longer matches the \(live) table's latest migration")
        }
      }
    }
  }

  /// Appends one part of the new graph, in transactions of at most `rowsPerTransaction` rows: a
  /// chunk of generated headers can resolve to millions, and a transaction's size is the
  /// write-ahead log's (the shadow tables are invisible until the commit, so splitting is free).
  public func appendToGraphRebuild(edges: [Edge], unresolved: [UnresolvedReference]) throws {
    for start in stride(from: 0, to: max(edges.count, unresolved.count), by: Self.rowsPerTransaction) {
      try pool.write { db in
        try Self.insert(
          Array(edges[min(start, edges.count)..<min(start + Self.rowsPerTransaction, edges.count)]),
          Array(unresolved[min(start, unresolved.count)..<min(start + Self.rowsPerTransaction, unresolved.count)]),
          into: ("edges_next", "unresolved_next"), db)
      }
    }
  }

  static let rowsPerTransaction = 100_000

  /// Indexes the shadow tables, builds the new search index, and swaps them in.
  public func commitGraphRebuild() throws {
    let taken = try pool.read { db in
      Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name"))
    }
    for statement in Schema.derivedIndexes(taken: taken) {
      try pool.write { db in try db.execute(sql: statement) }
      try checkpoint()
    }
    try fillSearchIndex(table: "symbols_fts_next")
    try pool.write { db in
      try db.execute(
        sql: """
          DROP TABLE edges; ALTER TABLE edges_next RENAME TO edges;
          DROP TABLE unresolved_refs; ALTER TABLE unresolved_next RENAME TO unresolved_refs;
          DROP TABLE symbols_fts; ALTER TABLE symbols_fts_next RENAME TO symbols_fts;
          DELETE FROM retired_symbols;
          """)
    }
    try checkpoint()
  }

  /// Inserts the search rows of every symbol, a slice of symbols per transaction.
  private func fillSearchIndex(table: String) throws {
    var after: Int64 = 0
    while true {
      let last = try pool.write { db -> Int64? in
        let last = try Int64.fetchOne(
          db, sql: "SELECT max(id) FROM (SELECT id FROM symbols WHERE id > ? ORDER BY id LIMIT ?)",
          arguments: [after, Self.searchRowsPerTransaction])
        guard let last else { return nil }
        try db.execute(
          sql: """
            INSERT INTO \(table)(rowid, name, qualified_name, search_words, signature, docstring)
            SELECT id, name, qualified_name, search_words, signature, docstring FROM symbols
            WHERE id > ? AND id <= ? ORDER BY id
            """, arguments: [after, last])
        return last
      }
      guard let last else { return }
      after = last
      try checkpoint()
    }
  }

  static let searchRowsPerTransaction = 100_000

  static func dropShadowTables(_ db: Database) throws {
    try db.execute(
      sql:
        "DROP TABLE IF EXISTS edges_next; DROP TABLE IF EXISTS unresolved_next; DROP TABLE IF EXISTS symbols_fts_next"
    )
  }

  /// Inserts edges and unresolved references into the named tables. An edge names its symbols and
  /// file by id (`Schema`, v7), looked up by key and path as it is inserted; resolution only links
  /// stored symbols, so every lookup finds one (an edge whose end is not stored is not inserted).
  static func insert(
    _ edges: [Edge], _ unresolved: [UnresolvedReference], into tables: (edges: String, unresolved: String),
    _ db: Database
  ) throws {
    let edge = try db.cachedStatement(
      sql: """
        INSERT INTO \(tables.edges)(source_id, target_id, kind, file_id, line, col, provenance, confidence)
        SELECT s.id, t.id, ?3, f.id, ?5, ?6, ?7, ?8 FROM symbols s, symbols t, files f
        WHERE s.key = ?1 AND t.key = ?2 AND f.path = ?4
        """)
    for e in edges {
      try edge.execute(arguments: [
        e.source.rawValue, e.target.rawValue, e.kind.rawValue, e.file, e.position.line, e.position.column,
        e.provenance.rawValue, e.confidence,
      ])
    }
    // Candidates are stored as a JSON array of symbol ids, in the order given (up to 20).
    let unresolvedStatement = try db.cachedStatement(
      sql: """
        INSERT INTO \(tables.unresolved)(from_key, file, name, receiver, kind, line, col, reason, candidate_count,
          candidates)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, (
          SELECT json_group_array(id) FROM (
            SELECT s.id FROM json_each(?) j JOIN symbols s ON s.key = j.value ORDER BY j.key)))
        """)
    for u in unresolved {
      let r = u.reference
      let candidates =
        "[" + u.candidates.prefix(20).map { JSONStringLiteral.quote($0.rawValue) }.joined(separator: ",") + "]"
      try unresolvedStatement.execute(arguments: [
        r.fromKey.rawValue, r.file, r.name, r.receiver, r.kind.rawValue, r.position.line, r.position.column,
        u.reason.rawValue, u.candidates.count, candidates,
      ])
    }
  }
}
