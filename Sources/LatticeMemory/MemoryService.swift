import Foundation
import LatticeModel
import LatticeStore

/// What a caller asks to remember: anchors are given as symbol specs (a key, `Class.method`, a
/// name, `FILE:LINE`) and file ranges, and resolved against the index here.
public struct RememberRequest: Sendable {
  public var body: String
  public var modality: Modality?
  public var symbols: [String]
  public var fileRanges: [(file: String, startLine: Int, endLine: Int)]
  public var unanchored: Bool
  public var confidence: Double?
  public var author: String
  public var session: String?
  public var toolCall: String?

  public init(
    body: String, modality: Modality?, symbols: [String] = [],
    fileRanges: [(file: String, startLine: Int, endLine: Int)] = [],
    unanchored: Bool = false, confidence: Double? = nil, author: String, session: String? = nil, toolCall: String? = nil
  ) {
    self.body = body
    self.modality = modality
    self.symbols = symbols
    self.fileRanges = fileRanges
    self.unanchored = unanchored
    self.confidence = confidence
    self.author = author
    self.session = session
    self.toolCall = toolCall
  }
}

/// A fact as recall shows it: with its status as of now (expiry and anchor checks applied).
public struct RecalledFact: Sendable {
  public var fact: Fact
  public var status: FactStatus

  public init(fact: Fact, status: FactStatus) {
    self.fact = fact
    self.status = status
  }
}

/// Remember, recall, revise: the fact files plus the index that anchors point into.
/// Anchors are checked whenever facts are read, and what changed is written to the fact's file.
public struct MemoryService: Sendable {
  public let root: URL
  let store: FactStore
  let index: IndexStore
  let checker: AnchorChecker
  let now: @Sendable () -> Date

  public init(root: URL, now: @escaping @Sendable () -> Date = { Date() }) throws {
    self.root = root
    self.now = now
    store = FactStore(folder: root.appendingPathComponent(".lattice/memory"))
    index = try IndexStore(path: root.appendingPathComponent(".lattice/index.db").path, create: false)
    checker = try AnchorChecker(root: root)
  }

  // MARK: Writing

  public func remember(_ request: RememberRequest) throws -> Fact {
    try store.add(try draft(request), now: now())
  }

  public func supersede(id: String, with request: RememberRequest) throws -> Fact {
    try store.supersede(id: id, with: try draft(request), now: now())
  }

  public func retract(id: String) throws -> Fact { try store.retract(id: id, now: now()) }

  /// Re-records the fact's anchors as the code is now and makes it active again.
  public func verify(id: String) throws -> Fact {
    let fact = try store.fact(id: id)
    var anchors: [Anchor] = []
    for anchor in fact.anchors {
      switch anchor {
      case .symbol(let key, _, _, _):
        let verdict = try checker.check(anchor)
        if let moved = verdict.moved {
          anchors.append(moved)
        } else if let symbol = try index.symbol(key: SymbolKey(rawValue: key)) {
          anchors.append(try checker.anchor(symbol: symbol))
        } else {
          throw MemoryError.invalidFact("\(key) no longer exists: supersede or retract the fact instead")
        }
      case .fileRange(let file, let start, let end, _):
        anchors.append(try checker.anchor(file: file, startLine: start, endLine: end))
      }
    }
    return try store.update(id: id, now: now()) {
      $0.anchors = anchors
      $0.status = .active
      $0.revalidation = nil
    }
  }

  private func draft(_ request: RememberRequest) throws -> FactDraft {
    var anchors: [Anchor] = []
    for spec in request.symbols { anchors.append(try checker.anchor(symbol: try symbol(spec))) }
    for range in request.fileRanges {
      anchors.append(try checker.anchor(file: range.file, startLine: range.startLine, endLine: range.endLine))
    }
    return FactDraft(
      body: request.body, modality: request.modality, confidence: request.confidence, author: request.author,
      session: request.session, toolCall: request.toolCall, gitHead: gitHead(), anchors: anchors,
      unanchored: request.unanchored)
  }

  /// The one symbol a spec names; an ambiguous or unknown name is an error listing the choices.
  func symbol(_ spec: String) throws -> Symbol {
    if let symbol = try index.symbol(key: SymbolKey(rawValue: spec)) { return symbol }
    var matches = spec.contains(".") ? try index.symbols(qualifiedName: spec) : []
    if matches.isEmpty { matches = try index.symbols(named: spec) }
    guard matches.count == 1 else {
      let choices = matches.prefix(8).map { "\($0.qualifiedName) (\($0.key.rawValue))" }.joined(separator: ", ")
      throw MemoryError.invalidFact(
        matches.isEmpty ? "no symbol named '\(spec)' in the index" : "'\(spec)' is ambiguous: \(choices); pass a key")
    }
    return matches[0]
  }

  private func gitHead() -> String? {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git", "-C", root.path, "rev-parse", "--short", "HEAD"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let head = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    return process.terminationStatus == 0 && !head.isEmpty ? head : nil
  }

  // MARK: Reading

  /// Every fact with its current status, after checking active facts' anchors (and writing down
  /// what changed). `onlyFiles`: check only anchors in these files (others keep their status).
  public func all(
    checkingFiles onlyFiles: Set<String>? = nil
  ) throws -> (facts: [RecalledFact], problems: [MemoryError]) {
    let scan = try store.all()
    var facts: [RecalledFact] = []
    for var fact in scan.facts {
      if fact.status == .active {
        fact = try revalidate(fact, onlyFiles: onlyFiles)
      }
      facts.append(RecalledFact(fact: fact, status: fact.effectiveStatus(now: now())))
    }
    return (facts, scan.problems)
  }

  private func revalidate(_ fact: Fact, onlyFiles: Set<String>?) throws -> Fact {
    var changes: [String] = []
    var anchors = fact.anchors
    for (position, anchor) in fact.anchors.enumerated() {
      if let onlyFiles, !onlyFiles.contains(Self.file(of: anchor)) { continue }
      let verdict = try checker.check(anchor)
      if let moved = verdict.moved {
        anchors[position] = moved
      } else {
        changes += verdict.changes
      }
    }
    if changes.isEmpty && anchors == fact.anchors { return fact }
    return try store.update(id: fact.id, now: now()) {
      $0.anchors = anchors
      if !changes.isEmpty {
        $0.status = .needsRevalidation
        $0.revalidation = changes.joined(separator: "; ")
      }
    }
  }

  static func file(of anchor: Anchor) -> String {
    switch anchor {
    case .symbol(let key, _, _, _):
      guard let colon = key.firstIndex(of: ":"), let hash = key.firstIndex(of: "#") else { return key }
      return String(key[key.index(after: colon)..<hash])
    case .fileRange(let file, _, _, _): return file
    }
  }

  /// Recall: exact matches first (a symbol the fact is anchored to, an id, a file), then facts whose
  /// body holds every word of `text`; newest first. Superseded, retracted and expired facts only
  /// with `includeInactive` (stale ones — needs_revalidation — are always shown, marked).
  public func recall(
    symbol: String?, id: String?, file: String?, text: String?, includeInactive: Bool
  ) throws
    -> [RecalledFact]
  {
    let everything = try all().facts
    let visible = everything.filter {
      includeInactive || $0.status == .active || $0.status == .needsRevalidation
    }
    var exact: [RecalledFact] = []
    if let id { exact += everything.filter { $0.fact.id == id } }
    if let symbol {
      let keys = Set((try? [self.symbol(symbol)])?.map(\.key.rawValue) ?? [symbol])
      exact += visible.filter { fact in
        fact.fact.anchors.contains { if case .symbol(let key, _, _, _) = $0 { keys.contains(key) } else { false } }
      }
    }
    if let file { exact += visible.filter { fact in fact.fact.anchors.contains { Self.file(of: $0) == file } } }
    var words: [RecalledFact] = []
    if let text, !text.isEmpty {
      let terms = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
      words = visible.filter { fact in
        let body = fact.fact.body.lowercased()
        return terms.allSatisfy { body.contains($0) }
      }
    }
    if symbol == nil && id == nil && file == nil && (text ?? "").isEmpty { return visible }
    var seen = Set<String>()
    return (exact + words).filter { seen.insert($0.fact.id).inserted }
  }
}
