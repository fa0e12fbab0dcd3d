import ArgumentParser
import Foundation
import LatticeMemory

/// `lattice memory …`: verbatim facts anchored to the code (docs/memory.md).
struct MemoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "memory", abstract: "Remember facts about the code; recall them; see which went stale.",
    subcommands: [
      MemoryAdd.self, MemoryList.self, MemoryShow.self, MemorySupersede.self, MemoryRetract.self, MemoryVerify.self,
      MemoryCheck.self, MemoryExport.self,
    ])
}

/// Options shared by the memory commands.
struct MemoryOptions: ParsableArguments {
  @Option(help: "Repository root (default: the nearest ancestor holding .lattice/).") var root: String?
  @Flag(help: "Print JSON.") var json = false

  func service() throws -> MemoryService {
    let url = try QueryOptions.locateRoot(root)
    do { return try MemoryService(root: url) } catch { throw CLIError("\(error)") }
  }
}

/// What a fact says and what it is about: shared by `add` and `supersede`.
struct FactOptions: ParsableArguments {
  @Argument(help: "The fact, verbatim (omit to read it from standard input).") var body: [String] = []
  @Option(help: "decision, option_considered, hypothesis, question or observation.") var modality: String
  @Option(help: "A symbol the fact is about (repeatable): a name, Class.method or a key.") var symbol: [String] = []
  @Option(help: "Lines the fact is about (repeatable): FILE:START-END.") var lines: [String] = []
  @Flag(help: "The fact is about nothing in particular in the code.") var unanchored = false
  @Option(help: "How sure the writer is, 0…1.") var confidence: Double?
  @Option(help: "Who states it.") var author: String = ProcessInfo.processInfo.environment["USER"] ?? "user"

  func request() throws -> RememberRequest {
    guard let modality = Modality(rawValue: modality) else {
      throw CLIError("unknown modality '\(modality)'; use \(Modality.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    var ranges: [(file: String, startLine: Int, endLine: Int)] = []
    for spec in lines {
      let parts = spec.split(separator: ":")
      let bounds = parts.last?.split(separator: "-").compactMap { Int($0) } ?? []
      guard parts.count == 2, bounds.count == 2 else { throw CLIError("--lines takes FILE:START-END, not '\(spec)'") }
      ranges.append((String(parts[0]), bounds[0], bounds[1]))
    }
    var text = body.joined(separator: " ")
    if text.isEmpty { text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self) }
    return RememberRequest(
      body: text, modality: modality, symbols: symbol, fileRanges: ranges, unanchored: unanchored,
      confidence: confidence, author: author)
  }
}

struct MemoryAdd: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "add", abstract: "Remember a fact.")
  @OptionGroup var fact: FactOptions
  @OptionGroup var options: MemoryOptions
  func run() throws {
    let service = try options.service()
    let stored = try memory { try service.remember(try fact.request()) }
    try printFacts([RecalledFact(fact: stored, status: stored.status)], json: options.json, bodies: false)
  }
}

struct MemoryList: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list", abstract: "Recall facts: by symbol, file or words; one line each, newest first.")
  @Option(help: "Facts anchored to this symbol.") var symbol: String?
  @Option(help: "Facts anchored in this file.") var file: String?
  @Option(help: "Facts whose body holds these words.") var text: String?
  @Flag(help: "Include superseded, retracted and expired facts.") var all = false
  @Flag(help: "Print the bodies.") var bodies = false
  @OptionGroup var options: MemoryOptions
  func run() throws {
    let service = try options.service()
    let facts = try memory {
      try service.recall(symbol: symbol, id: nil, file: file, text: text, includeInactive: all)
    }
    try printFacts(facts, json: options.json, bodies: bodies)
    if facts.isEmpty { throw ExitCode(1) }
  }
}

struct MemoryShow: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "show", abstract: "One fact, with its body and chain.")
  @Argument var id: String
  @OptionGroup var options: MemoryOptions
  func run() throws {
    let service = try options.service()
    let facts = try memory { try service.recall(symbol: nil, id: id, file: nil, text: nil, includeInactive: true) }
    guard !facts.isEmpty else { throw CLIError("no fact with id \(id)") }
    try printFacts(facts, json: options.json, bodies: true)
  }
}

struct MemorySupersede: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "supersede",
    abstract: "Replace a fact with a new one; the old one stays, linked, out of default recall.")
  @Argument(help: "The fact to supersede.") var id: String
  @OptionGroup var fact: FactOptions
  @OptionGroup var options: MemoryOptions
  func run() throws {
    let service = try options.service()
    let stored = try memory { try service.supersede(id: id, with: try fact.request()) }
    try printFacts([RecalledFact(fact: stored, status: stored.status)], json: options.json, bodies: false)
  }
}

struct MemoryRetract: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "retract", abstract: "Withdraw a fact.")
  @Argument var id: String
  @OptionGroup var options: MemoryOptions
  func run() throws {
    let service = try options.service()
    let fact = try memory { try service.retract(id: id) }
    try printFacts([RecalledFact(fact: fact, status: fact.status)], json: options.json, bodies: false)
  }
}

struct MemoryVerify: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify", abstract: "Confirm a stale fact still holds: re-record its anchors as the code is now.")
  @Argument var id: String
  @OptionGroup var options: MemoryOptions
  func run() throws {
    let service = try options.service()
    let fact = try memory { try service.verify(id: id) }
    try printFacts([RecalledFact(fact: fact, status: fact.status)], json: options.json, bodies: false)
  }
}

struct MemoryCheck: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "List facts whose anchored code changed (for CI: --strict exits 1 when any).")
  @Option(help: "Only anchors in files changed since this git revision.") var since: String?
  @Flag(help: "Exit with status 1 when a fact needs revalidation.") var strict = false
  @OptionGroup var options: MemoryOptions
  func run() throws {
    let service = try options.service()
    var files: Set<String>?
    if let since { files = Set(try gitChangedFiles(since: since, root: service.root)) }
    let result = try memory { try service.all(checkingFiles: files) }
    let stale = result.facts.filter { $0.status == .needsRevalidation }
    try printFacts(stale, json: options.json, bodies: false)
    for problem in result.problems { FileHandle.standardError.write(Data("lattice: \(problem)\n".utf8)) }
    if !options.json { print("\(stale.count) of \(result.facts.count) facts need revalidation") }
    if strict && (!stale.isEmpty || !result.problems.isEmpty) { throw ExitCode(1) }
  }
}

struct MemoryExport: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Every fact, all statuses, as JSON.")
  @OptionGroup var options: MemoryOptions
  func run() throws {
    let service = try options.service()
    let facts = try memory { try service.all().facts }
    try printFacts(facts, json: true, bodies: true)
  }
}

/// Memory errors are user errors: one line, exit code 2.
func memory<T>(_ body: () throws -> T) throws -> T {
  do { return try body() } catch let error as MemoryError { throw CLIError("\(error)") }
}

/// One line per fact (`id  modality  status  anchors  first line`), or JSON with every field.
func printFacts(_ facts: [RecalledFact], json: Bool, bodies: Bool) throws {
  if json {
    struct Row: Encodable {
      var fact: Fact
      var status: String
    }
    return try printJSON(facts.map { Row(fact: $0.fact, status: $0.status.rawValue) })
  }
  var table = TextTable()
  for recalled in facts {
    let fact = recalled.fact
    let anchors = fact.anchors.map(anchorLabel).joined(separator: ",")
    let first = fact.body.split(separator: "\n").first.map(String.init) ?? ""
    table.add([fact.id, fact.modality.rawValue, recalled.status.rawValue, anchors.isEmpty ? "-" : anchors, first])
  }
  print(table.render())
  for recalled in facts {
    if let note = recalled.fact.revalidation { print("  \(recalled.fact.id): \(note)") }
    if bodies {
      let links =
        (recalled.fact.supersedes.map { "supersedes \($0)" }
        + (recalled.fact.supersededBy.map { ["superseded by \($0)"] } ?? [])).joined(separator: "; ")
      print("\n\(recalled.fact.id)\(links.isEmpty ? "" : " (\(links))"):\n\(recalled.fact.body)")
    }
  }
}

func anchorLabel(_ anchor: Anchor) -> String {
  switch anchor {
  case .symbol(let key, _, _, _): return key.split(separator: ":", maxSplits: 2).last.map(String.init) ?? key
  case .fileRange(let file, let start, let end, _): return "\(file):\(start)-\(end)"
  }
}
