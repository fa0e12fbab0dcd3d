import Foundation
import LatticeModel
import LatticeStore

/// Answers shaped for agents: compact records under a token budget, most relevant first, with a
/// note on what was cut and how to get it.
extension QueryEngine {
  static let defaultMaxTokens = 2000

  /// Adds the live index's freshness note (files changed but not yet re-indexed) to an answer.
  func withFreshness(_ answer: AgentAnswer) throws -> AgentAnswer {
    let notes = try freshnessNotes()
    guard !notes.isEmpty else { return answer }
    return AgentAnswer(results: answer.results, extra: answer.extra, notes: notes + answer.notes, cut: answer.cut)
  }

  // MARK: search

  public func agentSearch(
    _ text: String, kinds: [SymbolKind], path: String?, limit: Int, maxTokens: Int
  ) throws
    -> AgentAnswer
  {
    var prefix: String?
    if let path {
      guard let confined = PathRules.confined(path) else {
        throw QueryError.badLocation("\(path) is outside the repository")
      }
      prefix = confined
    }
    var budget = TokenBudget(limit: maxTokens)
    let found = try store.search(text, kinds: kinds, pathPrefix: prefix, limit: limit + 1)
    var records: [AgentRecord] = []
    if found.count > limit { budget.omit("more matches beyond limit \(limit)") }
    for symbol in found.prefix(limit) {
      let record = AgentRecord(symbol)
      guard budget.spend(record, label: "more matches") else { continue }
      records.append(record)
    }
    var notes: [String] = []
    if found.isEmpty { notes.append("no symbol matches; for literal text (strings, comments, config) use grep") }
    return try withFreshness(
      AgentAnswer(
        results: records, notes: notes,
        cut: budget.cutDescription(howToGetMore: "Narrow with kind/path, or raise limit or max_tokens.")))
  }

  // MARK: node

  /// `focus`: `overview` (callers, callees, members, bases), or all budget on `callers`,
  /// `callees` or `refs`.
  public func agentNode(_ spec: String, focus: String, includeSource: Bool, maxTokens: Int) throws -> AgentAnswer {
    let matches = try resolve(spec)
    guard !matches.isEmpty else { throw QueryError.symbolNotFound(spec) }
    // A name that is a symbol's whole qualified name (`dev_err`, the kernel's macro) names that one
    // before the members that only share it (`hp_i8042_sdc.dev_err`, a field): it is answered first.
    let symbols = matches.filter { $0.qualifiedName == spec } + matches.filter { $0.qualifiedName != spec }
    var budget = TokenBudget(limit: maxTokens)
    var notes: [String] = []
    if symbols.count > 1 {
      notes.append("'\(spec)' is ambiguous: \(symbols.count) symbols match; pass a qualified name or FILE:LINE")
    }
    var records: [AgentRecord] = []
    for symbol in symbols {
      var related: [Related] = []
      let caps: [String: Int] =
        focus == "overview"
        ? ["called_by": 15, "calls": 15, "member": 25, "base": 5, "implemented_by": 10, "referenced_by": 0]
        // A relation is never under 10 tokens: more than remaining / 10 of them cannot fit.
        : [focus == "callers" ? "called_by" : focus == "callees" ? "calls" : "referenced_by": budget.remaining / 10 + 1]
      related += try relations(of: symbol, caps: caps, budget: &budget)
      var record = AgentRecord(symbol, related: related)
      if includeSource { record.snippet = source(of: symbol, maxLines: 120) }
      record.notes = try recordNotes(symbol)
      if !budget.fits(record) {
        // Every symbol is answered as far as the budget goes (the first always): without its
        // source, then with fewer relations.
        if record.snippet != nil {
          record.snippet = nil
          budget.omit("lines of source (include_source)")
        }
        // The longest prefix of the relations that fits, by bisection: each try encodes the record,
        // and a symbol may have thousands of callers.
        let all = record.related
        var fitting = 0
        // A relation is never under 10 tokens (`{"file":…,"line":…,"relation":…,"symbol":…}`), so
        // more than remaining / 10 of them cannot fit: the search starts below that.
        var tooMany = min(all.count, budget.remaining / 10) + 1
        while tooMany - fitting > 1 {
          let middle = (fitting + tooMany) / 2
          record.related = Array(all.prefix(middle))
          if budget.fits(record) { fitting = middle } else { tooMany = middle }
        }
        record.related = Array(all.prefix(fitting))
        if fitting < all.count { budget.omit("relations of \(symbol.qualifiedName)", count: all.count - fitting) }
      }
      if budget.spend(record, label: "more matching symbols") { records.append(record) }
    }
    return try withFreshness(
      AgentAnswer(
        results: records, notes: notes,
        cut: budget.cutDescription(howToGetMore: "Ask with focus callers/callees/refs, or raise max_tokens.")))
  }

  // MARK: context

  /// The structural skeleton around the symbols a task mentions: entry symbols with their
  /// callers, callees, members and bases; source for the two most relevant; a second hop of
  /// callers; the files involved.
  public func context(_ task: String, maxTokens: Int) throws -> AgentAnswer {
    var budget = TokenBudget(limit: maxTokens)
    // Quoted text is literal (a message, a config value): the index holds symbols, not strings.
    let (literals, words) = Self.splitQuoted(task)
    var leadNotes: [String] = []
    if !literals.isEmpty {
      let quoted = literals.map { "'\($0)'" }.joined(separator: ", ")
      leadNotes.append("\(quoted) is literal text: grep for it; the index holds symbols, not strings")
    }
    let entries = try entrySymbols(for: words, limit: 6, namesOnly: !literals.isEmpty)
    guard !entries.isEmpty else {
      return try withFreshness(
        AgentAnswer(
          results: [],
          notes: leadNotes + [
            "no symbol matches the task's names; try lattice_search with other words, or grep for literal text"
          ],
          cut: nil))
    }
    var notes =
      leadNotes + [
        "entry symbols chosen from the task's words: \(entries.map(\.qualifiedName).joined(separator: ", "))"
      ]
    budget.reserve(for: notes)
    var records: [AgentRecord] = []
    var seen = Set(entries.map(\.key))
    var secondHop: [Symbol] = []
    for (rank, symbol) in entries.enumerated() {
      let caps = ["called_by": 6, "calls": 8, "member": 12, "base": 3, "implemented_by": 5, "referenced_by": 0]
      var record = AgentRecord(symbol, related: try relations(of: symbol, caps: caps, budget: &budget))
      record.notes = try recordNotes(symbol)
      // Source for the two most relevant callables; a class is better shown by its members.
      if rank < 2, symbol.kind.isCallable,
        let snippet = source(of: symbol, maxLines: 40),
        TokenBudget.estimate(snippet) < budget.remaining / 3
      {
        record.snippet = snippet
      }
      guard budget.spend(record, label: "entry symbols") else { continue }
      records.append(record)
      if rank < 3 {
        // Callers of the callers, library code only: tests rarely explain how something works.
        // The first few hundred library sites hold eight distinct callers in practice; a symbol
        // may have tens of thousands.
        let sites = try store.edges(to: symbol.key, kinds: Self.callKinds, testsLast: true, limit: 512).edges
        for edge in sites where !PathRules.isTest(edge.file) {
          guard secondHop.count < 8, seen.insert(edge.source).inserted else { continue }
          if let caller = try store.symbol(key: edge.source), caller.kind != .file { secondHop.append(caller) }
        }
      }
    }
    for symbol in secondHop {
      var record = AgentRecord(symbol, related: try relations(of: symbol, caps: ["called_by": 3], budget: &budget))
      record.doc = nil
      guard budget.spend(record, label: "second-hop callers") else { continue }
      records.append(record)
    }
    var files: [String] = []
    for file in (records.map(\.file) + records.flatMap { $0.related.map(\.file) }) where !files.contains(file) {
      if budget.spend(file, label: "files involved") { files.append(file) }
    }
    if records.contains(where: { $0.related.contains { $0.provenance != nil } }) {
      // Short enough to fit in the reserve kept for the cut sentence.
      notes.append("name-match relations are guesses by unique name (confidence 0.5)")
    }
    return try withFreshness(
      AgentAnswer(
        results: records, extra: ["files": files], notes: notes,
        cut: budget.cutDescription(
          howToGetMore: "Use lattice_node on a symbol for its full relations, or raise max_tokens.")))
  }

  /// Symbols a natural-language task names: identifiers written as code (`Hono.fetch`,
  /// `add_url_rule`, `RouterCursor`) first, then a word search.
  /// Splits quoted segments ('…', "…", `…`) from the rest of a task.
  static func splitQuoted(_ task: String) -> (literals: [String], rest: String) {
    var literals: [String] = []
    var rest = ""
    var current = ""
    var quote: Character?
    for char in task {
      if let open = quote {
        if char == open {
          if !current.isEmpty { literals.append(current) }
          current = ""
          quote = nil
        } else {
          current.append(char)
        }
      } else if char == "'" || char == "\"" || char == "`" {
        quote = char
      } else {
        rest.append(char)
      }
    }
    rest += current
    return (literals, rest)
  }

  /// `namesOnly`: use only tokens written as code (when the task is about literal text, its other
  /// words describe the text, not the code).
  func entrySymbols(for task: String, limit: Int, namesOnly: Bool = false) throws -> [Symbol] {
    let tokens = task.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "." || $0 == "#" || $0 == "$") }
      .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) }
      .filter { !$0.isEmpty }
    var result: [Symbol] = []
    func add(_ symbols: [Symbol]) {
      for symbol in symbols where result.count < limit {
        // Overloads and redefinitions of one name stand as one entry: the last, which the resolver
        // binds uses to (the implementation after its signatures).
        if let same = result.firstIndex(where: { $0.qualifiedName == symbol.qualifiedName && $0.file == symbol.file }) {
          if symbol.span.startByte > result[same].span.startByte {
            result[same] = symbol
          }
          continue
        }
        result.append(symbol)
      }
    }
    for token in tokens where looksLikeCode(token) {
      let found = try resolve(token)
      add(
        Array(
          found.sorted {
            PathRules.isTest($0.file) == PathRules.isTest($1.file) ? $0.key < $1.key : !PathRules.isTest($0.file)
          }.prefix(2)))
    }
    let words = tokens.filter { !Self.stopWords.contains($0.lowercased()) }
    if result.count < limit, !namesOnly { add(try rankedByTask(try store.searchAny(words, limit: 300), words: words)) }
    return result
  }

  /// Orders word-search candidates for a task: names that contain more of the task's words,
  /// central symbols (many callers), callables and library code first; the search rank breaks ties.
  private func rankedByTask(_ candidates: [Symbol], words: [String]) throws -> [Symbol] {
    let taskWords = Set(words.flatMap { IdentifierWords.split($0) }.map(Self.stem))
    let callers = try store.callerCounts(candidates.map(\.key))
    let scored = candidates.enumerated().map { rank, symbol -> (Symbol, Double) in
      let nameWords = Set(IdentifierWords.split(symbol.name).map(Self.stem))
      let docWords = Set((symbol.docstring ?? "").split { !$0.isLetter }.map { Self.stem($0.lowercased()) })
      var score = Double(nameWords.intersection(taskWords).count) * 3 - Double(rank) * 0.15
      score += Double(docWords.intersection(taskWords).count)
      score += log2(1 + Double(callers[symbol.key] ?? 0))
      if symbol.kind.isCallable || symbol.kind == .class { score += 1 }
      if PathRules.isTest(symbol.file) { score -= 4 }
      return (symbol, score)
    }
    return scored.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.key < $1.0.key }.map(\.0)
  }

  /// A light plural stem, so `requests` meets `request`.
  private static func stem(_ word: String) -> String {
    word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
  }

  private func looksLikeCode(_ token: String) -> Bool {
    token.contains(".") || token.contains("_") || token.dropFirst().contains(where: \.isUppercase)
  }

  static let stopWords: Set<String> = [
    "a", "an", "the", "how", "does", "do", "did", "what", "which", "who", "whom", "where", "when", "why", "is",
    "are", "was", "be", "been", "to", "of", "in", "on", "for", "and", "or", "not", "with", "by", "from", "at",
    "it", "its", "this", "that", "these", "those", "work", "works", "get", "gets", "happen", "happens", "i",
    "we", "you", "can", "should", "would", "if", "then", "there", "into", "about", "as", "all", "any", "my",
    "our", "code", "function", "class", "method", "find", "show", "explain",
  ]

  // MARK: explore

  /// Several symbols, files or folders in one capped call: outlines, members, relations, and the
  /// call paths among the named symbols.
  public func explore(_ specs: [String], maxTokens: Int) throws -> AgentAnswer {
    var budget = TokenBudget(limit: maxTokens)
    var records: [AgentRecord] = []
    var notes: [String] = []
    var named: [Symbol] = []
    for spec in specs {
      if let path = PathRules.confined(spec), try store.fileExists(path) {
        for symbol in try store.symbols(inFile: path)
        where symbol.parentKey == SymbolKey.file(path, language: symbol.language) {
          let record = AgentRecord(symbol, related: try relations(of: symbol, caps: ["member": 20], budget: &budget))
          if budget.spend(record, label: "outline entries") { records.append(record) }
        }
        continue
      }
      if let folder = PathRules.confined(spec), !(try store.files(under: folder)).isEmpty {
        for file in try store.files(under: folder) {
          let top = try store.symbols(inFile: file).filter {
            $0.parentKey == SymbolKey.file(file, language: $0.language)
          }
          for symbol in top {
            let record = AgentRecord(symbol)
            if budget.spend(record, label: "outline entries") { records.append(record) }
          }
        }
        continue
      }
      if spec.contains("..") || spec.hasPrefix("/") {
        throw QueryError.badLocation("\(spec) is outside the repository")
      }
      let symbols = try resolve(spec)
      if symbols.isEmpty {
        notes.append("'\(spec)' names no symbol, file or folder")
        continue
      }
      if symbols.count > 1 { notes.append("'\(spec)' is ambiguous: \(symbols.count) matches shown") }
      for symbol in symbols {
        named.append(symbol)
        let caps = ["called_by": 8, "calls": 10, "member": 20, "base": 3, "implemented_by": 5]
        var record = AgentRecord(symbol, related: try relations(of: symbol, caps: caps, budget: &budget))
        record.notes = try recordNotes(symbol)
        if budget.spend(record, label: "symbols") { records.append(record) }
      }
    }
    var paths: [String] = []
    for a in named {
      for b in named where a.key != b.key {
        let answer = try trace(sources: [a], targets: [b], maxPaths: 1, maxDepth: 4)
        for path in answer.paths {
          let line = path.map { hop in hop.site.map { "→ \(hop.symbol) (\($0))" } ?? hop.symbol }.joined(separator: " ")
          if budget.spend(line, label: "call paths") { paths.append(line) }
        }
      }
    }
    return try withFreshness(
      AgentAnswer(
        results: records, extra: paths.isEmpty ? nil : ["paths": paths], notes: notes,
        cut: budget.cutDescription(howToGetMore: "Explore fewer items at once, or raise max_tokens.")
      ))
  }

  // MARK: Shared pieces

  /// Relations of one symbol, each kind capped, in a fixed order; spends nothing (the record does).
  func relations(of symbol: Symbol, caps: [String: Int], budget: inout TokenBudget) throws -> [Related] {
    func wanted(_ label: String) -> Bool { (caps[label] ?? 0) > 0 }
    // Only the edges some section shows are read: a symbol may have thousands of callers, and
    // an answer about its callees should not pay for them.
    let baseKinds: [EdgeKind] = [.extends, .implements]
    var incomingKinds: Set<EdgeKind> = [.routes]
    if wanted("implemented_by") { incomingKinds.formUnion(baseKinds) }
    // Callers and references are read already capped, library code first: a symbol may have
    // tens of thousands (the kernel's `dev_err`).
    func capped(_ label: String, _ kinds: [EdgeKind]) throws -> (edges: [Edge], total: Int) {
      guard let cap = caps[label], cap > 0 else { return ([], 0) }
      return try store.edges(to: symbol.key, kinds: kinds, testsLast: true, limit: cap)
    }
    let callers = try capped("called_by", Self.callKinds)
    let references = try capped("referenced_by", EdgeKind.allCases.filter { $0 != .contains })
    var outgoingKinds: Set<EdgeKind> = []
    if wanted("calls") { outgoingKinds.formUnion(Self.callKinds) }
    if wanted("base") { outgoingKinds.formUnion(baseKinds) }
    let incoming = try store.edges(to: symbol.key, kinds: EdgeKind.allCases.filter(incomingKinds.contains))
    let outgoing =
      outgoingKinds.isEmpty
      ? [] : try store.edges(from: symbol.key, kinds: EdgeKind.allCases.filter(outgoingKinds.contains))

    // Each section: its items, library code before tests (so a cap keeps what explains the code),
    // cut to the cap; the other end of each kept edge is named afterwards, in one read.
    enum Item {
      case edge(relation: String, edge: Edge, other: SymbolKey)
      case member(Symbol)
      var file: String {
        switch self {
        case .edge(_, let edge, _): edge.file
        case .member(let symbol): symbol.file
        }
      }
    }
    var kept: [Item] = []
    // Many edges share a file: each path is classified once.
    var testFiles: [String: Bool] = [:]
    func isTest(_ file: String) -> Bool {
      if let known = testFiles[file] { return known }
      let test = PathRules.isTest(file)
      testFiles[file] = test
      return test
    }
    func take(_ label: String, _ items: [Item]) {
      guard let cap = caps[label], cap > 0 else { return }
      let tests = items.map { isTest($0.file) }
      let ordered = zip(items, tests).filter { !$0.1 }.map(\.0) + zip(items, tests).filter { $0.1 }.map(\.0)
      kept += ordered.prefix(cap)
      if ordered.count > cap { budget.omit("\(label) of \(symbol.qualifiedName)", count: ordered.count - cap) }
    }
    func edges(_ list: [Edge], _ relation: (Edge) -> String, other: (Edge) -> SymbolKey) -> [Item] {
      list.map { .edge(relation: relation($0), edge: $0, other: other($0)) }
    }
    /// A section read already ordered and capped (`capped`).
    func takeCapped(_ label: String, _ read: (edges: [Edge], total: Int), _ relation: (Edge) -> String) {
      kept += edges(read.edges, relation, other: \.source)
      if read.total > read.edges.count {
        budget.omit("\(label) of \(symbol.qualifiedName)", count: read.total - read.edges.count)
      }
    }
    takeCapped("called_by", callers) { _ in "called_by" }
    take("calls", edges(outgoing.filter { Self.callKinds.contains($0.kind) }, { $0.kind.rawValue }, other: \.target))
    if wanted("member") { take("member", try store.children(of: symbol.key).map(Item.member)) }
    take("base", edges(outgoing.filter { baseKinds.contains($0.kind) }, { $0.kind.rawValue }, other: \.target))
    take(
      "implemented_by",
      edges(incoming.filter { baseKinds.contains($0.kind) }, { _ in "implemented_by" }, other: \.source))
    // Routes a framework serves through this handler, whatever the caps: they are how it is reached.
    kept += edges(Array(incoming.filter { $0.kind == .routes }.prefix(10)), { _ in "route" }, other: \.source)
    takeCapped("referenced_by", references) { "\($0.kind.rawValue)_by" }

    let others = try store.symbols(
      keys: Array(
        Set(
          kept.compactMap {
            guard case .edge(_, _, let other) = $0 else { return nil }
            return other
          })))
    return kept.map { item in
      switch item {
      case .member(let member):
        return Related(
          relation: "member", symbol: member.qualifiedName, file: member.file, line: member.span.start.line)
      case .edge(let relation, let edge, let key):
        let other = others[key]
        let name = other.map { $0.kind == .file ? "(top level of \($0.file))" : $0.qualifiedName } ?? key.rawValue
        return Related(relation: relation, symbol: name, file: edge.file, line: edge.position.line, edge: edge)
      }
    }
  }

  /// Plain-words warnings for a record: blind spots and syntax errors.
  func recordNotes(_ symbol: Symbol) throws -> [String]? {
    let notes = try warnings(for: symbol)
    return notes.isEmpty ? nil : notes
  }

  /// Source lines of a symbol, capped; read from disk now and only for indexed files inside the root.
  func source(of symbol: Symbol, maxLines: Int) -> String? {
    let url = root.appendingPathComponent(symbol.file).resolvingSymlinksInPath()
    guard url.path.hasPrefix(root.resolvingSymlinksInPath().path + "/"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let start = max(symbol.span.start.line - 1, 0)
    let end = min(symbol.span.end.line, lines.count, start + maxLines)
    guard start < end else { return nil }
    var body = lines[start..<end].joined(separator: "\n")
    if symbol.span.end.line > end { body += "\n… (\(symbol.span.end.line - end) more lines)" }
    return body
  }
}
