import GRDB
import LatticeModel

/// Counts for `lattice status`.
public struct IndexStatistics: Sendable {
  public var filesByStatus: [String: Int]
  public var skippedByReason: [String: Int]
  public var filesByLanguage: [String: Int]
  public var symbols: Int
  public var edgesByKind: [String: Int]
  public var edgesByProvenance: [String: Int]
  public var unresolvedByReason: [String: Int]
}

extension IndexStore {
  private func symbols(
    where condition: String, _ arguments: StatementArguments, order: String = "f.path, s.start_byte, s.key"
  )
    throws -> [Symbol]
  {
    try pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT \(SymbolRow.columns) FROM \(SymbolRow.from) WHERE \(condition) ORDER BY \(order)",
        arguments: arguments
      ).map(SymbolRow.decode)
    }
  }

  public func symbol(key: SymbolKey) throws -> Symbol? {
    try symbols(where: "s.key = ?", [key.rawValue]).first
  }

  public func symbols(keys: [SymbolKey]) throws -> [SymbolKey: Symbol] {
    var result: [SymbolKey: Symbol] = [:]
    for chunk in stride(from: 0, to: keys.count, by: 500).map({ Array(keys[$0..<min($0 + 500, keys.count)]) }) {
      let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
      for symbol in try symbols(where: "s.key IN (\(marks))", StatementArguments(chunk.map(\.rawValue))) {
        result[symbol.key] = symbol
      }
    }
    return result
  }

  /// Definitions (not files or imports) with exactly this name.
  public func symbols(named name: String) throws -> [Symbol] {
    try symbols(where: "s.name = ? AND s.kind NOT IN ('file', 'import')", [name])
  }

  /// Definitions whose qualified name is this, or ends with `.` + this (`Hono.fetch` finds `mod.Hono.fetch`).
  public func symbols(qualifiedName: String) throws -> [Symbol] {
    let last = qualifiedName.split(separator: ".").last.map(String.init) ?? qualifiedName
    return try symbols(
      where:
        "s.name = ? AND (s.qualified_name = ? OR s.qualified_name LIKE ? ESCAPE '\\') AND s.kind NOT IN ('file', 'import')",
      [last, qualifiedName, "%." + likeEscaped(qualifiedName)])
  }

  /// Symbols of a file whose span covers the line, innermost first.
  public func symbols(inFile file: String, coveringLine line: Int) throws -> [Symbol] {
    try symbols(
      where: "f.path = ? AND s.start_line <= ? AND s.end_line >= ? AND s.kind != 'import'", [file, line, line],
      order: "(s.end_byte - s.start_byte), s.start_byte DESC, s.key")
  }

  public func children(of key: SymbolKey) throws -> [Symbol] {
    // A parent key is stored whole, or from a `#` on when it is in the child's file
    // (`FileRelativeKey`): look both up through the index, then keep the children it names.
    let raw = key.rawValue
    let relative = raw.indices.filter { raw[$0] == "#" }.map { String(raw[$0...]) }
    let marks = Array(repeating: "?", count: relative.count + 1).joined(separator: ",")
    return try symbols(
      where: """
        s.parent_key IN (\(marks)) AND s.kind != 'import'
        AND (s.parent_key = ?1 OR s.language || ':' || f.path || s.parent_key = ?1)
        """, StatementArguments([raw] + relative))
  }

  public func fileExists(_ path: String) throws -> Bool {
    try pool.read { db in try Bool.fetchOne(db, sql: "SELECT 1 FROM files WHERE path = ?", arguments: [path]) ?? false }
  }

  /// Edges into `target` of the given kinds, in site order.
  public func edges(to target: SymbolKey, kinds: [EdgeKind]) throws -> [Edge] {
    try edges(of: "target_id", target, kinds: kinds)
  }

  /// The first `limit` edges into `target` of the given kinds — library code first when
  /// `testsLast` (`TestPaths`), then in site order — and how many there are in all: a symbol may
  /// have tens of thousands, and reading them all costs far more than an answer can show.
  public func edges(
    to target: SymbolKey, kinds: [EdgeKind], testsLast: Bool, limit: Int
  ) throws -> (edges: [Edge], total: Int) {
    let (condition, arguments) = Self.edgeFilter("target_id", target, kinds: kinds)
    let fileOrder = testsLast ? "f.is_test, f.path" : "f.path"
    return try pool.read { db in
      let total =
        try Int.fetchOne(db, sql: "SELECT count(*) FROM edges e WHERE \(condition)", arguments: arguments) ?? 0
      guard total > 0, limit > 0 else { return ([], total) }
      // The order is by file first, so the first `limit` edges lie in the files that have fewer
      // than `limit` edges before them: count the edges per file from the index (`edges_target`),
      // order those files, and read and sort only their edges. Sorting every edge by path took
      // 50 ms for the kernel's `dev_dbg` (24,377 callers in 3,749 files). (Walking the files in
      // path order and looking up each one's edges instead was slower there: its first callers
      // lie after most of `arch/`.)
      let edges = try Row.fetchAll(
        db,
        sql: """
          WITH hits AS (SELECT e.file_id, count(*) AS n FROM edges e WHERE \(condition) GROUP BY e.file_id),
          ranked AS (
            SELECT h.file_id, row_number() OVER files_in_order AS rank,
              sum(h.n) OVER files_in_order - h.n AS before
            FROM hits h JOIN files f ON f.id = h.file_id
            WINDOW files_in_order AS (ORDER BY \(fileOrder) ROWS UNBOUNDED PRECEDING))
          SELECT \(Self.edgeColumns) FROM ranked r JOIN \(Self.edgeFrom)
          WHERE r.before < \(limit) AND e.file_id = r.file_id AND \(condition)
          ORDER BY r.rank, e.line, e.col, e.kind, s.key, t.key LIMIT \(limit)
          """, arguments: arguments + arguments
      ).map(Self.decodeEdge)
      return (edges, total)
    }
  }

  /// How many unresolved references named `name` list `key` among their (first 20) candidates: uses
  /// of an ambiguous name that may be this definition's (`dev_err`, defined twice in the kernel's one
  /// C namespace), left unbound rather than guessed.
  public func ambiguousReferenceCount(name: String, candidate key: SymbolKey) throws -> Int {
    try pool.read { db in
      try Int.fetchOne(
        db,
        sql: """
          SELECT count(*) FROM unresolved_refs WHERE name = ? AND candidate_count > 1
            AND EXISTS (SELECT 1 FROM json_each(candidates) WHERE value = (SELECT id FROM symbols WHERE key = ?))
          """, arguments: [name, key.rawValue]) ?? 0
    }
  }

  /// How many edges of the given kinds go into `target` (`into: true`) or out of it.
  public func edgeCount(_ key: SymbolKey, into: Bool, kinds: [EdgeKind]) throws -> Int {
    let (condition, arguments) = Self.edgeFilter(into ? "target_id" : "source_id", key, kinds: kinds)
    return try pool.read { db in
      try Int.fetchOne(db, sql: "SELECT count(*) FROM edges e WHERE \(condition)", arguments: arguments) ?? 0
    }
  }

  /// `e.column` is the id of the symbol keyed `key`, and `e.kind` one of `kinds`, with its arguments.
  private static func edgeFilter(
    _ column: String, _ key: SymbolKey, kinds: [EdgeKind]
  ) -> (sql: String, arguments: StatementArguments) {
    let marks = Array(repeating: "?", count: kinds.count).joined(separator: ",")
    return (
      "e.\(column) = (SELECT id FROM symbols WHERE key = ?) AND e.kind IN (\(marks))",
      StatementArguments([key.rawValue] + kinds.map(\.rawValue))
    )
  }

  /// The order of `Edge.siteOrder`, in SQL over `edgeFrom`.
  private static let edgeSiteOrder = "f.path, e.line, e.col, e.kind, s.key, t.key"

  /// Edges out of `source` of the given kinds, in site order.
  public func edges(from source: SymbolKey, kinds: [EdgeKind]) throws -> [Edge] {
    try edges(of: "source_id", source, kinds: kinds)
  }

  /// Edges stated on one line of a file (for `definition FILE:LINE`).
  public func edges(atFile file: String, line: Int) throws -> [Edge] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql:
          """
          SELECT \(Self.edgeColumns) FROM \(Self.edgeFrom)
          WHERE e.file_id = (SELECT id FROM files WHERE path = ?) AND e.line = ? AND e.kind != 'contains'
          ORDER BY e.col, t.key
          """,
        arguments: [file, line]
      ).map(Self.decodeEdge)
    }
  }

  public func unresolved(atFile file: String, line: Int) throws -> [UnresolvedReference] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT \(Self.unresolvedColumns) FROM unresolved_refs u WHERE file = ? AND line = ? ORDER BY col, name",
        arguments: [file, line]
      ).map(Self.decodeUnresolved)
    }
  }

  private func edges(of column: String, _ key: SymbolKey, kinds: [EdgeKind]) throws -> [Edge] {
    let (condition, arguments) = Self.edgeFilter(column, key, kinds: kinds)
    return try pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT \(Self.edgeColumns) FROM \(Self.edgeFrom) WHERE \(condition) ORDER BY \(Self.edgeSiteOrder)",
        arguments: arguments
      ).map(Self.decodeEdge)
    }
  }

  /// An unresolved reference's columns, with its candidates' keys (stored as ids) one per line.
  private static let unresolvedColumns = """
    u.*, (SELECT group_concat(key, char(10)) FROM (
      SELECT s.key FROM json_each(u.candidates) j JOIN symbols s ON s.id = j.value ORDER BY j.key)) AS candidate_keys
    """

  private static func decodeUnresolved(_ row: Row) -> UnresolvedReference {
    let candidates: String = row["candidate_keys"] ?? ""
    return UnresolvedReference(
      reference: RawReference(
        fromKey: SymbolKey(rawValue: row["from_key"]), name: row["name"], receiver: row["receiver"],
        kind: ReferenceKind(rawValue: row["kind"]) ?? .read, file: row["file"],
        position: SourcePosition(line: row["line"], column: row["col"])),
      reason: UnresolvedReason(rawValue: row["reason"]) ?? .notFound,
      candidates: candidates.isEmpty ? [] : candidates.components(separatedBy: "\n").map(SymbolKey.init(rawValue:)))
  }

  /// The columns `decodeEdge` reads, by position: looking columns up by name was most of the cost
  /// of reading a symbol's thousands of callers.
  static let edgeColumns = "s.key, t.key, e.kind, f.path, e.line, e.col, e.provenance, e.confidence"

  /// The edges with the keys of their symbols and the path of their file (`edgeColumns`).
  static let edgeFrom = """
    edges e JOIN symbols s ON s.id = e.source_id JOIN symbols t ON t.id = e.target_id \
    JOIN files f ON f.id = e.file_id
    """

  private static func decodeEdge(_ row: Row) -> Edge {
    Edge(
      source: SymbolKey(rawValue: row[0]), target: SymbolKey(rawValue: row[1]),
      kind: EdgeKind(rawValue: row[2]) ?? .references, file: row[3],
      position: SourcePosition(line: row[4], column: row[5]),
      provenance: Provenance(rawValue: row[6]) ?? .nameMatch, confidence: row[7])
  }

  /// Full-text search over names split into words, qualified names, signatures and docs.
  /// Returns symbols ranked best first; ties broken by key for determinism.
  public func search(_ text: String, kinds: [SymbolKind], pathPrefix: String?, limit: Int) throws -> [Symbol] {
    let identifiers = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "_" })
      .map { IdentifierWords.split(String($0)) }.filter { !$0.isEmpty }
    let terms = identifiers.flatMap { $0 }
    guard !terms.isEmpty else { return [] }
    // Closest matches first, each tier searched only when the ones before give too few: each
    // identifier's words as a phrase (`dev_dbg` → "dev dbg"), then the words anywhere, then words
    // starting with them. On a large index the looser tiers cost the most: ranking by bm25 counts
    // every row holding each word (194,866 hold "dev" in the kernel), and a prefix (`"dev"*`)
    // expands to every word it starts.
    var tiers = [terms.map { "\"\($0)\"" }.joined(separator: " "), terms.map { "\"\($0)\"*" }.joined(separator: " ")]
    if identifiers.contains(where: { $0.count > 1 }) {
      tiers.insert(identifiers.map { "\"\($0.joined(separator: " "))\"" }.joined(separator: " "), at: 0)
    }
    var found: [Symbol] = []
    var shown = Set<SymbolKey>()
    for tier in tiers {
      for symbol in try search(tier, text, kinds, pathPrefix, limit) where shown.insert(symbol.key).inserted {
        found.append(symbol)
      }
      if limit > 0, found.count >= limit { return Array(found.prefix(limit)) }
    }
    return found
  }

  private func search(
    _ match: String, _ text: String, _ kinds: [SymbolKind], _ pathPrefix: String?, _ limit: Int
  ) throws -> [Symbol] {
    let lowered = text.lowercased()
    var conditions = ["symbols_fts MATCH ?", "s.kind NOT IN ('file', 'import')"]
    var arguments: [(any DatabaseValueConvertible)?] = [match]
    if !kinds.isEmpty {
      conditions.append("s.kind IN (\(Array(repeating: "?", count: kinds.count).joined(separator: ",")))")
      arguments += kinds.map(\.rawValue)
    }
    if let pathPrefix {
      conditions.append("f.path LIKE ? ESCAPE '\\'")
      arguments.append(likeEscaped(pathPrefix) + "%")
    }
    // bm25 weights: name, qualified name, words, signature, docstring. An exact name match ranks first.
    let sql = """
      SELECT \(SymbolRow.columns) FROM symbols_fts
      JOIN symbols s ON s.id = symbols_fts.rowid JOIN files f ON f.id = s.file_id
      WHERE \(conditions.joined(separator: " AND "))
      ORDER BY (lower(s.name) = ?) DESC, f.is_test ASC, bm25(symbols_fts, 10.0, 4.0, 6.0, 1.0, 0.5), s.key
      LIMIT ?
      """
    arguments.append(lowered)
    arguments.append(limit > 0 ? limit : -1)
    return try pool.read { db in
      try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(SymbolRow.decode)
    }
  }

  /// Paths of files that parsed with syntax errors (their symbols are partial).
  public func partialFiles() throws -> [String] {
    try pool.read { db in try String.fetchAll(db, sql: "SELECT path FROM files WHERE status = 'partial' ORDER BY path")
    }
  }

  public func statistics() throws -> IndexStatistics {
    try pool.read { db in
      func counts(_ sql: String) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: sql) { result[row[0] ?? ""] = row[1] }
        return result
      }
      return IndexStatistics(
        filesByStatus: try counts("SELECT status, count(*) FROM files GROUP BY status ORDER BY status"),
        skippedByReason: try counts(
          "SELECT skip_reason, count(*) FROM files WHERE status = 'skipped' GROUP BY skip_reason ORDER BY skip_reason"),
        filesByLanguage: try counts(
          "SELECT language, count(*) FROM files WHERE status != 'skipped' GROUP BY language ORDER BY language"),
        symbols: try Int.fetchOne(db, sql: "SELECT count(*) FROM symbols WHERE kind NOT IN ('file', 'import')") ?? 0,
        edgesByKind: try counts("SELECT kind, count(*) FROM edges GROUP BY kind ORDER BY kind"),
        edgesByProvenance: try counts("SELECT provenance, count(*) FROM edges GROUP BY provenance ORDER BY provenance"),
        unresolvedByReason: try counts("SELECT reason, count(*) FROM unresolved_refs GROUP BY reason ORDER BY reason"))
    }
  }
}

func likeEscaped(_ text: String) -> String {
  text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "%", with: "\\%")
    .replacingOccurrences(of: "_", with: "\\_")
}

extension IndexStore {
  /// Every edge, in site order (for exports and tests).
  public func allEdges() throws -> [Edge] {
    try pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT \(Self.edgeColumns) FROM \(Self.edgeFrom) ORDER BY \(Self.edgeSiteOrder)"
      )
      .map(Self.decodeEdge)
    }
  }

  /// Every unresolved reference, in site order.
  public func allUnresolved() throws -> [UnresolvedReference] {
    try pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT \(Self.unresolvedColumns) FROM unresolved_refs u ORDER BY file, line, col, name"
      ).map(
        Self.decodeUnresolved)
    }
  }

  /// Every symbol (files and imports included), in location order.
  public func allSymbols() throws -> [Symbol] {
    try pool.read { db in
      try Row.fetchAll(
        db, sql: "SELECT \(SymbolRow.columns) FROM \(SymbolRow.from) ORDER BY f.path, s.start_byte, s.key"
      )
      .map(SymbolRow.decode)
    }
  }
}

extension IndexStore {
  /// Symbols matching any of the words (natural-language questions), best first: exact names, then
  /// library code before tests, then bm25.
  public func searchAny(_ words: [String], limit: Int) throws -> [Symbol] {
    let terms = words.flatMap { IdentifierWords.split($0) }.filter { $0.count > 1 }
    guard !terms.isEmpty else { return [] }
    let match = Array(Set(terms)).sorted().map { "\"\($0)\"*" }.joined(separator: " OR ")
    let names = Set(words.map { $0.lowercased() })
    let marks = Array(repeating: "?", count: names.count).joined(separator: ",")
    let sql = """
      SELECT \(SymbolRow.columns) FROM symbols_fts
      JOIN symbols s ON s.id = symbols_fts.rowid JOIN files f ON f.id = s.file_id
      WHERE symbols_fts MATCH ? AND s.kind NOT IN ('file', 'import')
      ORDER BY (lower(s.name) IN (\(marks))) DESC, f.is_test ASC,
        bm25(symbols_fts, 10.0, 4.0, 6.0, 1.0, 0.5), s.key
      LIMIT ?
      """
    let arguments: [(any DatabaseValueConvertible)?] = [match] + names.sorted() + [limit]
    return try pool.read { db in
      try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map(SymbolRow.decode)
    }
  }

  /// Every definition of a file (no imports, no file symbol), in source order.
  public func symbols(inFile file: String) throws -> [Symbol] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT \(SymbolRow.columns) FROM \(SymbolRow.from)
          WHERE f.path = ? AND s.kind NOT IN ('file', 'import') ORDER BY s.start_byte, s.key
          """, arguments: [file]
      ).map(SymbolRow.decode)
    }
  }

  /// Indexed (parsed) file paths under a folder ("" for all), sorted.
  public func files(under folder: String) throws -> [String] {
    try pool.read { db in
      if folder.isEmpty {
        return try String.fetchAll(db, sql: "SELECT path FROM files WHERE status != 'skipped' ORDER BY path")
      }
      return try String.fetchAll(
        db, sql: "SELECT path FROM files WHERE status != 'skipped' AND path LIKE ? ESCAPE '\\' ORDER BY path",
        arguments: [likeEscaped(folder) + "/%"])
    }
  }

  /// Whether a path names a file that was parsed with syntax errors.
  public func isPartial(_ file: String) throws -> Bool {
    try pool.read { db in
      try Bool.fetchOne(db, sql: "SELECT status = 'partial' FROM files WHERE path = ?", arguments: [file]) ?? false
    }
  }
}

extension IndexStore {
  /// How many call or instantiation edges reach each symbol (a measure of how central it is).
  public func callerCounts(_ keys: [SymbolKey]) throws -> [SymbolKey: Int] {
    guard !keys.isEmpty else { return [:] }
    let marks = Array(repeating: "?", count: keys.count).joined(separator: ",")
    return try pool.read { db in
      var counts: [SymbolKey: Int] = [:]
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT t.key, count(*) FROM edges e JOIN symbols t ON t.id = e.target_id
          WHERE t.key IN (\(marks)) AND e.kind IN ('calls', 'instantiates') GROUP BY t.key ORDER BY t.key
          """, arguments: StatementArguments(keys.map(\.rawValue)))
      for row in rows { counts[SymbolKey(rawValue: row[0])] = row[1] }
      return counts
    }
  }
}

extension IndexStore {
  /// Every symbol of one kind, in location order.
  public func symbols(ofKind kind: SymbolKind) throws -> [Symbol] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: "SELECT \(SymbolRow.columns) FROM \(SymbolRow.from) WHERE s.kind = ? ORDER BY f.path, s.start_byte, s.key",
        arguments: [kind.rawValue]
      ).map(SymbolRow.decode)
    }
  }
}

extension IndexStore {
  /// Blind spots of one symbol (and, with `enclosing`, of the definitions inside it), in line order.
  public func blindSpots(of key: SymbolKey) throws -> [BlindSpot] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT b.kind, b.detail, f.path, b.line, b.symbol_key FROM blind_spots b JOIN files f ON f.id = b.file_id
          WHERE b.symbol_key = ? ORDER BY b.line, b.kind, b.detail
          """, arguments: [key.rawValue]
      ).compactMap(Self.decodeBlindSpot)
    }
  }

  /// Every blind spot, in file and line order (for `lattice blind-spots`).
  public func allBlindSpots() throws -> [BlindSpot] {
    try pool.read { db in
      try Row.fetchAll(
        db,
        sql: """
          SELECT b.kind, b.detail, f.path, b.line, b.symbol_key FROM blind_spots b JOIN files f ON f.id = b.file_id
          ORDER BY f.path, b.line, b.kind, b.detail
          """
      ).compactMap(Self.decodeBlindSpot)
    }
  }

  private static func decodeBlindSpot(_ row: Row) -> BlindSpot? {
    guard let kind = BlindSpotKind(rawValue: row[0]) else { return nil }
    return BlindSpot(kind: kind, detail: row[1], file: row[2], line: row[3], symbolKey: SymbolKey(rawValue: row[4]))
  }
}
