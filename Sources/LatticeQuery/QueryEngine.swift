import Foundation
import LatticeModel
import LatticeStore

/// Read-only structural questions over an index. Every answer is sorted deterministically
/// (file, line, column, then key) and cut at `limit` (0 = no limit), saying when it was cut.
public struct QueryEngine: Sendable {
  let store: IndexStore
  public let root: URL

  public init(root: URL) throws {
    self.root = root
    store = try IndexStore(path: root.appendingPathComponent(".lattice/index.db").path, create: false)
  }

  // MARK: Symbols named on the command line

  /// The symbols a SYMBOL argument names: a symbol key, `FILE:LINE`, a qualified name, or a bare name.
  /// Several results mean the name is ambiguous; callers decide how to present that.
  public func resolve(_ spec: String) throws -> [Symbol] {
    if spec.contains("#"), let symbol = try store.symbol(key: SymbolKey(rawValue: spec)) { return [symbol] }
    if let (file, line) = try location(spec) {
      let covering = try store.symbols(inFile: file, coveringLine: line)
      if let defined = covering.first(where: { $0.span.start.line == line && $0.kind != .file }) { return [defined] }
      return covering.first.map { [$0] } ?? []
    }
    if spec.contains(".") {
      let found = try store.symbols(qualifiedName: spec)
      if !found.isEmpty { return found }
      let inherited = try inheritedMembers(spec)
      if !inherited.isEmpty { return inherited }
    }
    return try store.symbols(named: spec)
  }

  /// `Flask.add_url_rule` when `add_url_rule` is defined on a base class of `Flask`: the member
  /// found first walking the bases breadth-first.
  private func inheritedMembers(_ spec: String) throws -> [Symbol] {
    guard let dot = spec.lastIndex(of: ".") else { return [] }
    let member = String(spec[spec.index(after: dot)...])
    var found: [Symbol] = []
    for type in try store.symbols(qualifiedName: String(spec[..<dot])) where type.kind.isTypeLike {
      var queue = [type.key]
      var seen = Set(queue)
      while !queue.isEmpty, found.count < 5 {
        let key = queue.removeFirst()
        if key != type.key, let hit = try store.children(of: key).first(where: { $0.name == member }) {
          // Two subclasses may inherit the same member: it is one answer.
          if !found.contains(where: { $0.key == hit.key }) { found.append(hit) }
          break
        }
        for edge in try store.edges(from: key, kinds: [.extends, .implements]) where seen.insert(edge.target).inserted {
          queue.append(edge.target)
        }
      }
    }
    return found
  }

  /// Parses `FILE:LINE` when FILE is an indexed file; nil when the argument is not a location.
  func location(_ spec: String) throws -> (String, Int)? {
    let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count >= 2, let line = Int(parts[1]), try store.fileExists(String(parts[0])) else { return nil }
    return (String(parts[0]), line)
  }

  // MARK: Relations

  public func callers(of spec: String, limit: Int) throws -> SitesAnswer {
    try sites(spec, limit: limit, kinds: [.calls, .instantiates], incoming: true)
  }

  public func callees(of spec: String, limit: Int) throws -> SitesAnswer {
    try sites(spec, limit: limit, kinds: [.calls, .instantiates], incoming: false)
  }

  /// Every reference: calls, instantiations, type uses, imports and inheritance.
  public func references(to spec: String, limit: Int) throws -> SitesAnswer {
    try sites(spec, limit: limit, kinds: EdgeKind.allCases.filter { $0 != .contains }, incoming: true)
  }

  private func sites(_ spec: String, limit: Int, kinds: [EdgeKind], incoming: Bool) throws -> SitesAnswer {
    let targets = try resolve(spec)
    guard !targets.isEmpty else { throw QueryError.symbolNotFound(spec) }
    var kept: [Edge] = []
    var truncated = false
    if incoming, limit > 0 {
      // Only the sites shown are read (the first `limit` of each target, merged): a symbol may
      // have tens of thousands of callers.
      var total = 0
      for target in targets {
        let read = try store.edges(to: target.key, kinds: kinds, testsLast: false, limit: limit)
        kept += read.edges
        total += read.total
      }
      kept = Array(kept.sorted(by: Edge.siteOrder).prefix(limit))
      truncated = total > kept.count
    } else {
      var edges: [Edge] = []
      for target in targets {
        edges +=
          incoming ? try store.edges(to: target.key, kinds: kinds) : try store.edges(from: target.key, kinds: kinds)
      }
      edges.sort(by: Edge.siteOrder)
      (kept, truncated) = cut(edges, limit)
    }
    let others = try store.symbols(keys: Array(Set(kept.map { incoming ? $0.source : $0.target })))
    let results = kept.map { edge in
      let other = others[incoming ? edge.source : edge.target]
      return SiteRecord(
        symbol: other.flatMap { $0.kind == .file ? nil : SymbolRecord($0) }, file: edge.file, line: edge.position.line,
        column: edge.position.column, kind: edge.kind.rawValue, provenance: edge.provenance.rawValue,
        confidence: edge.confidence, target: (incoming ? edge.target : edge.source).rawValue)
    }
    return SitesAnswer(
      targets: targets.map(SymbolRecord.init), results: results, truncated: truncated,
      warnings: try targets.flatMap { try warnings(for: $0, scope: incoming ? .incoming : .outgoing) })
  }

  /// Subclasses, implementers and conformers, transitively.
  public func implementations(of spec: String, limit: Int) throws -> SymbolsAnswer {
    let targets = try resolve(spec)
    guard !targets.isEmpty else { throw QueryError.symbolNotFound(spec) }
    var seen = Set(targets.map(\.key))
    var queue = targets.map(\.key)
    var found: [SymbolKey] = []
    while !queue.isEmpty {
      let key = queue.removeFirst()
      for edge in try store.edges(to: key, kinds: [.extends, .implements]) where seen.insert(edge.source).inserted {
        found.append(edge.source)
        queue.append(edge.source)
      }
    }
    let symbols = try store.symbols(keys: found).values.sorted(by: Self.locationOrder)
    let (kept, truncated) = cut(symbols, limit)
    return SymbolsAnswer(results: kept.map(SymbolRecord.init), truncated: truncated)
  }

  /// What the name used at FILE:LINE[:COL] refers to.
  public func definition(at spec: String, name: String?, limit: Int) throws -> DefinitionAnswer {
    let parts = spec.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count >= 2, let line = Int(parts[1]), parts.count < 4 else { throw QueryError.badLocation(spec) }
    let file = String(parts[0])
    guard try store.fileExists(file) else { throw QueryError.symbolNotFound(file) }
    let column = parts.count == 3 ? Int(parts[2]) : nil
    var edges = try store.edges(atFile: file, line: line)
    let targets = try store.symbols(keys: edges.map(\.target))
    edges = edges.filter { edge in
      guard let target = targets[edge.target] else { return false }
      if let name, target.name != name { return false }
      if let column {
        return edge.position.column <= column && column < edge.position.column + max(target.name.utf8.count, 1)
      }
      return true
    }
    var symbols: [Symbol] = []
    for edge in edges where !symbols.contains(where: { $0.key == edge.target }) {
      symbols.append(targets[edge.target]!)
    }
    if symbols.isEmpty {
      // On a definition's own line the name refers to the definition itself.
      symbols = try store.symbols(inFile: file, coveringLine: line).filter {
        $0.span.start.line == line && $0.kind != .file && (name == nil || $0.name == name)
      }
    }
    let unresolved = try store.unresolved(atFile: file, line: line).filter { reference in
      (name == nil || reference.reference.name == name)
        && (column.map {
          reference.reference.position.column <= $0
            && $0 < reference.reference.position.column + reference.reference.name.utf8.count
        } ?? true)
    }
    let (kept, truncated) = cut(symbols, limit)
    return DefinitionAnswer(
      results: kept.map(SymbolRecord.init), truncated: truncated,
      unresolved: unresolved.map {
        UnresolvedRecord(
          name: $0.reference.name, reason: $0.reason.rawValue, line: $0.reference.position.line,
          column: $0.reference.position.column, candidates: $0.candidates.map(\.rawValue))
      })
  }

  // MARK: Symbols

  public func search(_ text: String, kinds: [SymbolKind], path: String?, limit: Int) throws -> SymbolsAnswer {
    let found = try store.search(text, kinds: kinds, pathPrefix: path, limit: limit > 0 ? limit + 1 : 0)
    let (kept, truncated) = cut(found, limit)
    return SymbolsAnswer(results: kept.map(SymbolRecord.init), truncated: truncated)
  }

  public func node(_ spec: String, includeSource: Bool, limit: Int) throws -> [NodeAnswer] {
    let symbols = try resolve(spec)
    guard !symbols.isEmpty else { throw QueryError.symbolNotFound(spec) }
    return try symbols.map { symbol in
      let members = try store.children(of: symbol.key)
      let parent = try symbol.parentKey.flatMap { try store.symbol(key: $0) }
      return NodeAnswer(
        symbol: SymbolRecord(symbol), docstring: symbol.docstring, decorators: symbol.decorators,
        parent: parent.flatMap { $0.kind == .file ? nil : SymbolRecord($0) },
        members: cut(members, limit).0.map(SymbolRecord.init),
        callerCount: try store.edgeCount(symbol.key, into: true, kinds: [.calls, .instantiates]),
        calleeCount: try store.edgeCount(symbol.key, into: false, kinds: [.calls, .instantiates]),
        referenceCount: try store.edgeCount(
          symbol.key, into: true, kinds: EdgeKind.allCases.filter { $0 != .contains }),
        routes: try store.symbols(keys: try store.edges(to: symbol.key, kinds: [.routes]).map(\.source)).values
          .map(\.name).sorted(),
        blindSpots: try warnings(for: symbol),
        source: includeSource ? sourceText(of: symbol) : nil)
    }
  }

  public func statistics() throws -> IndexStatistics { try store.statistics() }

  public func partialFiles() throws -> [String] { try store.partialFiles() }

  /// Which relations a warning is about: who reaches the symbol (decorators may register or wrap
  /// it), what it reaches (reflection, dynamic imports and eval inside it hide its callees), or both.
  public enum WarningScope: Sendable { case incoming, outgoing, all }

  /// Plain-words warnings for answers about a symbol: its blind spots (decorators, reflection,
  /// dynamic imports, eval, a generated file) and a partial parse of its file.
  public func warnings(for symbol: Symbol, scope: WarningScope = .all) throws -> [String] {
    var spots = try store.blindSpots(of: symbol.key).filter { spot in
      switch scope {
      case .all: true
      case .incoming: spot.kind == .decorator
      case .outgoing: spot.kind != .decorator
      }
    }
    spots += try store.blindSpots(of: SymbolKey.file(symbol.file, language: symbol.language)).filter {
      $0.kind == .generated
    }
    var warnings = spots.map { spot -> String in
      spot.kind == .decorator
        ? "callers may be incomplete: decorated by \(spot.detail)"
        : "\(spot.kind.consequence): \(spot.detail) at line \(spot.line)"
    }
    if scope != .outgoing {
      let ambiguous = try store.ambiguousReferenceCount(name: symbol.name, candidate: symbol.key)
      if ambiguous > 0 {
        warnings.append(
          "callers may be incomplete: \(ambiguous) more \(ambiguous == 1 ? "site uses" : "sites use") the name "
            + "\(symbol.name), which is defined more than once; this definition is one of the candidates "
            + "(left unresolved, not guessed)")
      }
    }
    if try store.isPartial(symbol.file) {
      warnings.append("\(symbol.file) has syntax errors: its symbols may be incomplete")
    }
    var seen = Set<String>()
    return warnings.filter { seen.insert($0).inserted }
  }

  /// Every blind spot, for `lattice blind-spots`.
  public func blindSpots() throws -> [BlindSpot] { try store.allBlindSpots() }

  public func meta(_ key: String) throws -> String? { try store.meta(key) }

  /// Files the live index saw change and has not re-indexed yet (empty when the index is current).
  public func pendingPaths() throws -> [String] {
    guard let json = try store.meta("pending_paths") else { return [] }
    return (try? JSONDecoder().decode([String].self, from: Data(json.utf8))) ?? []
  }

  /// A note for answers given while the index is catching up with edits.
  func freshnessNotes() throws -> [String] {
    let pending = try pendingPaths()
    guard !pending.isEmpty else { return [] }
    let shown = pending.prefix(5).joined(separator: ", ")
    let more = pending.count > 5 ? " and \(pending.count - 5) more" : ""
    return ["index catching up: \(pending.count) changed files not yet re-indexed (\(shown)\(more))"]
  }

  /// The definition's source lines, read from disk now (the file may have changed since indexing).
  private func sourceText(of symbol: Symbol) -> String? {
    guard let text = try? String(contentsOf: root.appendingPathComponent(symbol.file), encoding: .utf8) else {
      return nil
    }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let start = max(symbol.span.start.line - 1, 0)
    let end = min(symbol.span.end.line, lines.count)
    guard start < end else { return nil }
    return lines[start..<end].joined(separator: "\n")
  }

  static func locationOrder(_ a: Symbol, _ b: Symbol) -> Bool {
    (a.file, a.span.start, a.key) < (b.file, b.span.start, b.key)
  }

  private func cut<T>(_ items: [T], _ limit: Int) -> ([T], Bool) {
    limit > 0 && items.count > limit ? (Array(items.prefix(limit)), true) : (items, false)
  }
}

/// Answer of `definition`: the definitions the name refers to, plus any reference at that site
/// that was left unresolved (with its candidates), so "nothing" is never silent.
public struct DefinitionAnswer: Codable, Sendable {
  public var results: [SymbolRecord]
  public var truncated: Bool
  public var unresolved: [UnresolvedRecord]
}

public struct UnresolvedRecord: Codable, Sendable {
  public var name: String
  public var reason: String
  public var line: Int
  public var column: Int
  public var candidates: [String]
}
