import GRDB
import LatticeModel

/// What the store remembers of a file, to decide whether it must be parsed again.
public struct StoredFileState: Sendable, Equatable {
  public var size: Int
  public var mtime: Double
  public var contentHash: String
  public var status: ParseStatus
  public var skipReason: SkipReason?
}

/// A file's new state: either facts to store or a reason it was skipped.
public struct FileUpdate: Sendable {
  public enum Content: Sendable {
    case facts(FileFacts)
    case skipped(SkipReason, language: Language?)
  }
  public var path: String
  public var size: Int
  public var mtime: Double
  public var contentHash: String
  public var content: Content

  public init(path: String, size: Int, mtime: Double, contentHash: String, content: Content) {
    self.path = path
    self.size = size
    self.mtime = mtime
    self.contentHash = contentHash
    self.content = content
  }
}

extension IndexStore {
  /// What the store remembers of every file, or of just these paths (a watcher's batch).
  public func fileStates(of paths: Set<String>? = nil) throws -> [String: StoredFileState] {
    try pool.read { db in
      var states: [String: StoredFileState] = [:]
      let only = paths == nil ? "" : "WHERE path IN (SELECT value FROM json_each(?))"
      let list = paths.map { Self.jsonArray($0.sorted()) }
      let rows = try Row.fetchCursor(
        db, sql: "SELECT path, size, mtime, content_hash, status, skip_reason FROM files \(only) ORDER BY path",
        arguments: StatementArguments(list.map { [$0] } ?? []))
      while let row = try rows.next() {
        states[row["path"]] = StoredFileState(
          size: row["size"], mtime: row["mtime"], contentHash: row["content_hash"],
          status: ParseStatus(rawValue: row["status"]) ?? .skipped,
          skipReason: (row["skip_reason"] as String?).flatMap(SkipReason.init(rawValue:)))
      }
      return states
    }
  }

  /// Replaces the stored facts of each file in one transaction: a reader sees all of a batch or none.
  /// `updatingSearch`: keep the search index in step row by row (a few files changed); otherwise it
  /// is stale until `replaceGraph` rebuilds it, which is far faster for many files.
  public func write(_ updates: [FileUpdate], updatingSearch: Bool = false) throws {
    try pool.write { db in
      for update in updates {
        if updatingSearch { try Self.updateSearch(.delete, path: update.path, in: db) }
        try Self.replace(update, in: db)
        if updatingSearch { try Self.updateSearch(.insert, path: update.path, in: db) }
      }
    }
  }

  private enum SearchChange { case insert, delete }

  /// Adds or removes one file's symbols in the external-content FTS table, which needs the
  /// indexed values to delete a row.
  private static func updateSearch(_ change: SearchChange, path: String, in db: Database) throws {
    let columns = "name, qualified_name, search_words, signature, docstring"
    let command = change == .delete ? "'delete', " : ""
    let target = change == .delete ? "symbols_fts, rowid, \(columns)" : "rowid, \(columns)"
    try db.execute(
      sql: """
        INSERT INTO symbols_fts(\(target))
        SELECT \(command)id, \(columns) FROM symbols
        WHERE file_id = (SELECT id FROM files WHERE path = ?) ORDER BY id
        """, arguments: [path])
  }

  /// Updates only the size and mtime of files whose content is unchanged.
  public func touch(_ files: [(path: String, size: Int, mtime: Double)]) throws {
    try pool.write { db in
      for file in files {
        try db.execute(
          sql: "UPDATE files SET size = ?, mtime = ? WHERE path = ?", arguments: [file.size, file.mtime, file.path])
      }
    }
  }

  public func removeFiles(_ paths: [String]) throws {
    try pool.write { db in
      for path in paths { try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [path]) }
    }
  }

  /// Replaces a file's row and facts. The file keeps its id, and each symbol whose key it still
  /// defines keeps its id, so that edges into them from files not resolved again stay true; the ids
  /// of keys it no longer defines are kept in `retired_symbols` until the graph is replaced, for
  /// `filesMentioning` to find the edges that pointed at them.
  private static func replace(_ update: FileUpdate, in db: Database) throws {
    let formerFileID = try Int64.fetchOne(db, sql: "SELECT id FROM files WHERE path = ?", arguments: [update.path])
    var formerSymbolIDs: [String: Int64] = [:]
    if let formerFileID {
      let rows = try Row.fetchCursor(
        db, sql: "SELECT key, id FROM symbols WHERE file_id = ?", arguments: [formerFileID])
      while let row = try rows.next() { formerSymbolIDs[row[0]] = row[1] }
    }
    try db.execute(sql: "DELETE FROM files WHERE path = ?", arguments: [update.path])
    let status: ParseStatus
    let language: Language?
    let errorCount: Int
    let skipReason: SkipReason?
    let constraint: BuildConstraint
    switch update.content {
    case .facts(let facts):
      (status, language, errorCount, skipReason) = (facts.status, facts.language, facts.syntaxErrorCount, nil)
      constraint = facts.buildConstraint
    case .skipped(let reason, let lang):
      (status, language, errorCount, skipReason) = (.skipped, lang, 0, reason)
      constraint = .none
    }
    try db.execute(
      sql: """
        INSERT INTO files(id, path, language, size, mtime, content_hash, status, error_count, skip_reason,
          excluded_from_default_build, is_test)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        formerFileID, update.path, language?.rawValue, update.size, update.mtime, update.contentHash, status.rawValue,
        errorCount, skipReason?.rawValue, constraint.rawValue, TestPaths.isTest(update.path),
      ])
    let fileID = db.lastInsertedRowID
    if case .facts(let facts) = update.content { try insert(facts, fileID: fileID, ids: &formerSymbolIDs, in: db) }
    let retire = try db.cachedStatement(sql: "INSERT OR REPLACE INTO retired_symbols(key, id) VALUES (?, ?)")
    for (key, id) in formerSymbolIDs { try retire.execute(arguments: [key, id]) }
  }

  /// Inserts a file's facts; a symbol whose key is in `ids` takes that id (and leaves `ids`).
  private static func insert(
    _ facts: FileFacts, fileID: Int64, ids: inout [String: Int64], in db: Database
  ) throws {
    let symbol = try db.cachedStatement(
      sql: """
        INSERT INTO symbols(id, key, file_id, kind, name, qualified_name, language, start_line, start_col,
          end_line, end_col, start_byte, end_byte, signature, docstring, parent_key, decorators, body_hash,
          return_type, search_words, ordinal)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for (ordinal, s) in facts.symbols.enumerated() {
      let words = (IdentifierWords.split(s.name) + IdentifierWords.split(s.qualifiedName)).joined(separator: " ")
      try symbol.execute(arguments: [
        ids.removeValue(forKey: s.key.rawValue), s.key.rawValue, fileID, s.kind.rawValue, s.name, s.qualifiedName,
        s.language.rawValue,
        s.span.start.line, s.span.start.column, s.span.end.line, s.span.end.column, s.span.startByte,
        s.span.endByte, s.signature, s.docstring,
        s.parentKey.map { FileRelativeKey(path: facts.path, language: s.language).stored($0) },
        s.decorators.joined(separator: "\n"),
        s.bodyHash, s.returnType, words, ordinal,
      ])
    }
    let ref = try db.cachedStatement(
      sql: """
        INSERT INTO raw_refs(file_id, from_key, name, receiver, kind, line, col, byte, trailing_closure)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    let relative = FileRelativeKey(path: facts.path, language: facts.language)
    for r in facts.references {
      try ref.execute(arguments: [
        fileID, relative.stored(r.fromKey), r.name, r.receiver, r.kind.rawValue, r.position.line, r.position.column,
        r.byteOffset, r.trailingClosure,
      ])
    }
    let imp = try db.cachedStatement(
      sql: """
        INSERT INTO imports(file_id, kind, source, imported_name, local_name, line, col)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """)
    for i in facts.imports {
      try imp.execute(arguments: [
        fileID, i.kind.rawValue, i.source, i.importedName, i.localName, i.position.line, i.position.column,
      ])
    }
    let exp = try db.cachedStatement(
      sql: "INSERT INTO exports(file_id, exported_name, local_name) VALUES (?, ?, ?)")
    for e in facts.exports { try exp.execute(arguments: [fileID, e.exportedName, e.localName]) }
    let blind = try db.cachedStatement(
      sql: "INSERT INTO blind_spots(file_id, kind, detail, line, symbol_key) VALUES (?, ?, ?, ?, ?)")
    for spot in facts.blindSpots {
      try blind.execute(arguments: [fileID, spot.kind.rawValue, spot.detail, spot.line, spot.symbolKey.rawValue])
    }
    let binding = try db.cachedStatement(
      sql: """
        INSERT INTO type_bindings(file_id, scope_key, variable, type_name, line, col, visible_start, visible_end)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        """)
    for b in facts.typeBindings {
      try binding.execute(arguments: [
        fileID, relative.stored(b.scopeKey), b.variable, b.typeName, b.position.line, b.position.column,
        b.visibleBytes?.lowerBound, b.visibleBytes?.upperBound,
      ])
    }
  }
}
