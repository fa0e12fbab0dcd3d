import ArgumentParser
import Foundation
import LatticeQuery

/// `lattice context "TEXT"`: what the MCP `lattice_context` tool answers.
struct ContextCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "context", abstract: "The structural skeleton around what a task or question mentions.")

  @Argument(help: "The task or question, in words.") var task: [String]
  @Option(help: "Answer budget in approximate tokens.") var maxTokens = 2000
  @OptionGroup var options: QueryOptions

  func run() throws {
    let engine = try options.engine()
    let answer = try answering { try engine.context(task.joined(separator: " "), maxTokens: maxTokens) }
    try printAgentAnswer(answer, json: options.json)
    if answer.results.isEmpty { throw ExitCode(1) }
  }
}

/// `lattice explore A B C`
struct ExploreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explore", abstract: "Several symbols, files or folders in one answer, with the call paths among them."
  )

  @Argument(help: "Symbols, repository-relative files or folders.") var items: [String]
  @Option(help: "Answer budget in approximate tokens.") var maxTokens = 2000
  @OptionGroup var options: QueryOptions

  func run() throws {
    let engine = try options.engine()
    let answer = try answering { try engine.explore(items, maxTokens: maxTokens) }
    try printAgentAnswer(answer, json: options.json)
    if answer.results.isEmpty { throw ExitCode(1) }
  }
}

/// `lattice trace A B`
struct TraceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trace", abstract: "Call paths from symbol A to symbol B, shortest first, with call-site lines.")

  @Argument(help: "Start symbol.") var from: String
  @Argument(help: "End symbol.") var to: String
  @Option(help: "At most this many paths.") var maxPaths = 5
  @OptionGroup var options: QueryOptions

  func run() throws {
    let engine = try options.engine()
    let answer = try answering { try engine.trace(from: from, to: to, maxPaths: maxPaths) }
    if options.json {
      try printJSON(answer)
    } else {
      for (index, path) in answer.paths.enumerated() {
        print("path \(index + 1) (\(path.count - 1) calls):")
        for hop in path {
          print("  \(hop.site.map { "at \($0) → " } ?? "")\(hop.symbol)  \(hop.file):\(hop.line)")
        }
      }
      for note in answer.notes { print("note: \(note)") }
      if answer.truncated { print("… more paths cut; raise --max-paths") }
    }
    if answer.paths.isEmpty { throw ExitCode(1) }
  }
}

/// `lattice impact SYMBOL`
struct ImpactCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "impact", abstract: "Everything that uses a symbol, transitively, grouped by file; test files marked.")

  @Argument(help: "A name, a qualified name or FILE:LINE.") var symbol: String
  @Option(help: "Hops to follow.") var depth = 2
  @OptionGroup var options: QueryOptions

  func run() throws {
    let engine = try options.engine()
    let answer = try answering { try engine.impact(of: symbol, depth: depth, limit: options.limit) }
    try printImpact(answer, json: options.json)
    if answer.files.isEmpty { throw ExitCode(1) }
  }
}

/// `lattice affected [FILES…] [--stdin] [--git-diff REV]`
struct AffectedCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "affected", abstract: "Symbols and test files affected by changed files.")

  @Argument(help: "Changed files, relative to the repository root.") var files: [String] = []
  @Flag(help: "Read changed file paths from standard input, one per line.") var stdin = false
  @Option(help: "Use the files changed since this git revision (`git diff --name-only REV`).") var gitDiff: String?
  @Option(help: "Hops to follow from the changed symbols.") var depth = 2
  @OptionGroup var options: QueryOptions

  func validate() throws {
    if files.isEmpty && !stdin && gitDiff == nil {
      throw ValidationError("name changed files, or pass --stdin or --git-diff REV")
    }
  }

  func run() throws {
    let engine = try options.engine()
    var changed = files
    if stdin {
      while let line = readLine() { if !line.isEmpty { changed.append(line) } }
    }
    if let gitDiff { changed += try gitChangedFiles(since: gitDiff, root: engine.root) }
    let answer = try answering { try engine.affected(files: changed, depth: depth, limit: options.limit) }
    try printImpact(answer, json: options.json)
    if answer.files.isEmpty && answer.testFiles.isEmpty { throw ExitCode(1) }
  }

}

/// Files changed since a git revision (`git diff --name-only REV`), repository-relative.
func gitChangedFiles(since revision: String, root: URL) throws -> [String] {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["git", "-C", root.path, "diff", "--name-only", revision, "--"]
  let output = Pipe()
  process.standardOutput = output
  process.standardError = FileHandle.nullDevice
  try process.run()
  let data = output.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard process.terminationStatus == 0 else {
    throw CLIError("git diff --name-only \(revision) failed in \(root.path)")
  }
  return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
}

func printAgentAnswer(_ answer: AgentAnswer, json: Bool) throws {
  if json { return try printJSON(answer) }
  for record in answer.results {
    print("\(record.kind) \(record.symbol)  \(record.file):\(record.line)")
    print("  \(record.signature)")
    if let doc = record.doc { print("  \(doc)") }
    for note in record.notes ?? [] { print("  ! \(note)") }
    for related in record.related {
      let how = related.provenance.map { " [\($0) \(related.confidence ?? 0)]" } ?? ""
      print("  \(related.relation) \(related.symbol)  \(related.file):\(related.line)\(how)")
    }
    if let snippet = record.snippet {
      print(snippet.split(separator: "\n").map { "  | \($0)" }.joined(separator: "\n"))
    }
  }
  for (name, values) in (answer.extra ?? [:]).sorted(by: { $0.key < $1.key }) {
    print("\(name):")
    for value in values { print("  \(value)") }
  }
  for note in answer.notes { print("note: \(note)") }
  if let cut = answer.cut { print("cut: \(cut)") }
  print("(~\(answer.tokens) tokens)")
}

func printImpact(_ answer: ImpactAnswer, json: Bool) throws {
  if json { return try printJSON(answer) }
  for file in answer.files {
    print("\(file.file)\(file.isTest ? "  [test]" : "")")
    var table = TextTable()
    for symbol in file.symbols {
      table.add(["  \(symbol.depth)", symbol.via, symbol.symbol, "line \(symbol.line)"])
    }
    print(table.render())
  }
  print("\(answer.symbolCount) symbols in \(answer.files.count) files; test files: \(answer.testFiles.count)")
  for note in answer.notes { print("note: \(note)") }
  if answer.truncated { print("… more files cut; raise --limit (0 = no limit)") }
}
