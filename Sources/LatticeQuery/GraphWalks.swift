import LatticeModel
import LatticeStore

/// One step of a call path: the symbol reached and the call site that reached it.
public struct PathHop: Codable, Sendable, Hashable {
  public var symbol: String
  public var kind: String
  public var file: String
  public var line: Int
  /// The call site in the previous hop (nil for the first hop).
  public var site: String?
}

public struct TraceAnswer: Codable, Sendable {
  public var from: [SymbolRecord]
  public var to: [SymbolRecord]
  /// Shortest first; each path starts at a `from` symbol and ends at a `to` symbol.
  public var paths: [[PathHop]]
  public var truncated: Bool
  public var notes: [String]
}

/// A symbol reached by walking references backwards from the changed one.
public struct ImpactedSymbol: Codable, Sendable, Hashable {
  public var symbol: String
  public var kind: String
  public var line: Int
  /// Hops from the target (1 = direct user).
  public var depth: Int
  /// How it uses the previous hop: calls, instantiates, references, extends, implements, imports.
  public var via: String
}

public struct ImpactedFile: Codable, Sendable, Hashable {
  public var file: String
  public var isTest: Bool
  public var symbols: [ImpactedSymbol]

  enum CodingKeys: String, CodingKey {
    case file, symbols
    case isTest = "is_test"
  }
}

public struct ImpactAnswer: Codable, Sendable {
  public var targets: [SymbolRecord]
  public var files: [ImpactedFile]
  public var symbolCount: Int
  public var testFiles: [String]
  public var truncated: Bool
  public var notes: [String]

  enum CodingKeys: String, CodingKey {
    case targets, files, truncated, notes
    case symbolCount = "symbol_count"
    case testFiles = "test_files"
  }
}

extension QueryEngine {
  static let callKinds: [EdgeKind] = [.calls, .instantiates]
  static let usageKinds: [EdgeKind] = [.calls, .instantiates, .references, .extends, .implements]

  /// Call paths from A to B, shortest first (breadth-first over calls and instantiations).
  public func trace(from a: String, to b: String, maxPaths: Int = 5, maxDepth: Int = 8) throws -> TraceAnswer {
    let sources = try resolve(a)
    let targets = try resolve(b)
    guard !sources.isEmpty else { throw QueryError.symbolNotFound(a) }
    guard !targets.isEmpty else { throw QueryError.symbolNotFound(b) }
    return try trace(sources: sources, targets: targets, maxPaths: maxPaths, maxDepth: maxDepth)
  }

  func trace(sources: [Symbol], targets: [Symbol], maxPaths: Int, maxDepth: Int) throws -> TraceAnswer {
    let goal = Set(targets.map(\.key))
    // Breadth-first: every shortest-path predecessor of each node, then enumerate.
    var depthOf: [SymbolKey: Int] = [:]
    var predecessors: [SymbolKey: [(SymbolKey, Edge)]] = [:]
    var frontier = sources.map(\.key).sorted()
    for key in frontier { depthOf[key] = 0 }
    var depth = 0
    var reached: [SymbolKey] = []
    while !frontier.isEmpty, reached.isEmpty, depth < maxDepth {
      depth += 1
      var next: [SymbolKey] = []
      for key in frontier {
        for edge in try store.edges(from: key, kinds: Self.callKinds) {
          if let known = depthOf[edge.target], known < depth { continue }
          if depthOf[edge.target] == nil {
            depthOf[edge.target] = depth
            next.append(edge.target)
          }
          predecessors[edge.target, default: []].append((key, edge))
        }
      }
      reached = next.filter(goal.contains)
      frontier = next.sorted()
    }
    var paths: [[(SymbolKey, Edge?)]] = []
    func unwind(_ key: SymbolKey, _ suffix: [(SymbolKey, Edge?)]) {
      guard paths.count < maxPaths + 1 else { return }
      if depthOf[key] == 0 {
        paths.append([(key, nil)] + suffix)
        return
      }
      let steps = (predecessors[key] ?? []).sorted {
        ($0.1.file, $0.1.position, $0.0) < ($1.1.file, $1.1.position, $1.0)
      }
      for (previous, edge) in steps { unwind(previous, [(key, edge)] + suffix) }
    }
    for key in reached.sorted() { unwind(key, []) }
    let truncated = paths.count > maxPaths
    paths = Array(paths.prefix(maxPaths))
    let symbols = try store.symbols(keys: Array(Set(paths.flatMap { $0.map(\.0) })))
    let hops = paths.map { path in
      path.compactMap { key, edge -> PathHop? in
        guard let symbol = symbols[key] else { return nil }
        return PathHop(
          symbol: symbol.qualifiedName, kind: symbol.kind.rawValue, file: symbol.file, line: symbol.span.start.line,
          site: edge.map { "\($0.file):\($0.position.line)" })
      }
    }
    var notes: [String] = []
    if hops.isEmpty {
      notes.append(
        "no call path within \(maxDepth) calls; calls through callbacks, events or dynamic dispatch are not seen")
    }
    if sources.count > 1 || targets.count > 1 { notes.append("ambiguous name: paths cover every match") }
    notes = try freshnessNotes() + notes
    return TraceAnswer(
      from: sources.map(SymbolRecord.init), to: targets.map(SymbolRecord.init), paths: hops, truncated: truncated,
      notes: notes)
  }

  /// Everything that uses the symbol, transitively up to `depth` hops, grouped by file.
  public func impact(of spec: String, depth: Int, limit: Int) throws -> ImpactAnswer {
    let targets = try resolve(spec)
    guard !targets.isEmpty else { throw QueryError.symbolNotFound(spec) }
    return try impact(of: targets, depth: depth, limit: limit)
  }

  func impact(of targets: [Symbol], depth: Int, limit: Int) throws -> ImpactAnswer {
    var seen = Set(targets.map(\.key))
    var found: [(key: SymbolKey, depth: Int, via: String)] = []
    var frontier = targets.map(\.key).sorted()
    for level in 1...max(depth, 1) {
      var next: [SymbolKey] = []
      for key in frontier {
        for edge in try store.edges(to: key, kinds: Self.usageKinds) where seen.insert(edge.source).inserted {
          found.append((edge.source, level, edge.kind.rawValue))
          next.append(edge.source)
        }
      }
      frontier = next.sorted()
      if frontier.isEmpty { break }
    }
    let symbols = try store.symbols(keys: found.map(\.key))
    var byFile: [String: [ImpactedSymbol]] = [:]
    for item in found {
      guard let symbol = symbols[item.key] else { continue }
      byFile[symbol.file, default: []].append(
        ImpactedSymbol(
          symbol: symbol.kind == .file ? "(top level)" : symbol.qualifiedName, kind: symbol.kind.rawValue,
          line: symbol.span.start.line, depth: item.depth, via: item.via))
    }
    var files = byFile.keys.sorted().map { file in
      ImpactedFile(
        file: file, isTest: PathRules.isTest(file),
        symbols: byFile[file]!.sorted { ($0.depth, $0.line, $0.symbol) < ($1.depth, $1.line, $1.symbol) })
    }
    // Closest users first; ties by path.
    files.sort { (($0.symbols.map(\.depth).min() ?? 0), $0.file) < (($1.symbols.map(\.depth).min() ?? 0), $1.file) }
    let truncated = limit > 0 && files.count > limit
    let kept = truncated ? Array(files.prefix(limit)) : files
    return ImpactAnswer(
      targets: targets.map(SymbolRecord.init), files: kept, symbolCount: found.count,
      testFiles: files.filter(\.isTest).map(\.file), truncated: truncated,
      notes: try freshnessNotes() + [
        "users reached through dynamic dispatch, reflection or framework wiring are not seen"
      ])
  }

  /// Symbols defined in the changed files, everything that uses them (2 hops), and the test files
  /// among those: what to re-check and re-test after a change.
  public func affected(files: [String], depth: Int, limit: Int) throws -> ImpactAnswer {
    var changed: [Symbol] = []
    var notes: [String] = []
    for file in files {
      guard let path = PathRules.confined(file) else {
        throw QueryError.badLocation("\(file) is outside the repository")
      }
      let symbols = try store.symbols(inFile: path)
      if symbols.isEmpty { notes.append("\(path): not indexed or defines nothing") }
      changed += symbols
    }
    var answer = try impact(of: changed, depth: depth, limit: limit)
    answer.notes = notes + answer.notes
    let changedTests = files.compactMap(PathRules.confined).filter(PathRules.isTest)
    answer.testFiles = Array(Set(answer.testFiles + changedTests)).sorted()
    return answer
  }
}

/// A framework route and the handler that serves it.
public struct RouteRecord: Codable, Sendable {
  public var method: String
  public var path: String
  public var file: String
  public var line: Int
  public var handler: SymbolRecord?
  /// Middleware named in the registration, in order.
  public var middleware: [String]

  enum CodingKeys: String, CodingKey { case method, path, file, line, handler, middleware }

  /// `handler` is always present, null for an inline or unresolved handler.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(method, forKey: .method)
    try container.encode(path, forKey: .path)
    try container.encode(file, forKey: .file)
    try container.encode(line, forKey: .line)
    try container.encode(handler, forKey: .handler)
    try container.encode(middleware, forKey: .middleware)
  }
}

extension QueryEngine {
  /// Every route registration the framework adapters found, in file and line order.
  public func routes(limit: Int) throws -> (routes: [RouteRecord], truncated: Bool) {
    let routes = try store.symbols(ofKind: .route)
    var records: [RouteRecord] = []
    for route in routes {
      let parts = route.name.split(separator: " ", maxSplits: 1).map(String.init)
      let out = try store.edges(from: route.key, kinds: [.routes, .references])
      let targets = try store.symbols(keys: out.map(\.target))
      let handler = out.first { $0.kind == .routes }.flatMap { targets[$0.target] }
      records.append(
        RouteRecord(
          method: parts.first ?? route.name, path: parts.count > 1 ? parts[1] : "", file: route.file,
          line: route.span.start.line, handler: handler.map(SymbolRecord.init),
          middleware: out.filter { $0.kind == .references }.compactMap { targets[$0.target]?.qualifiedName }))
    }
    let truncated = limit > 0 && records.count > limit
    return (truncated ? Array(records.prefix(limit)) : records, truncated)
  }
}
