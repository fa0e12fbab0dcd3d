import ArgumentParser
import Foundation
import LatticeIndexing

/// `lattice index [PATH]`: build or update the index of a repository.
struct IndexCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index",
    abstract: "Index a repository into PATH/.lattice/index.db (only changed files are parsed again).")

  @Argument(help: "Repository to index.")
  var path: String = "."

  @Option(help: "Skip files larger than this many bytes.")
  var maxFileSize: Int = 2 * 1024 * 1024

  @Flag(help: "Print the summary as JSON.")
  var json = false

  /// Tuning and tests: how many files a whole-graph resolution takes at once (memory ~ one chunk's
  /// references plus every definition).
  @Option(help: .hidden)
  var resolutionChunkFiles = 1000

  func run() async throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CLIError("\(path) is not a directory")
    }
    let indexer = Indexer(
      options: IndexOptions(
        root: URL(fileURLWithPath: path), maxFileSize: maxFileSize, resolutionChunkFiles: resolutionChunkFiles))
    let showProgress = isatty(STDERR_FILENO) == 1
    let summary: IndexSummary
    do {
      summary = try await indexer.run(progress: showProgress ? Self.report : nil)
    } catch {
      throw CLIError("indexing failed: \(error)")
    }
    if showProgress { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    if json { return try printJSON(summary) }
    print(Self.describe(summary))
  }

  @Sendable static func report(_ progress: IndexProgress) {
    guard progress.phase == "parsing" else {
      FileHandle.standardError.write(Data("\r\u{1B}[K\(progress.phase) references…".utf8))
      return
    }
    let rate = progress.elapsed > 0 ? Double(progress.done) / progress.elapsed : 0
    let remaining = rate > 0 ? Double(progress.total - progress.done) / rate : 0
    let line = String(
      format: "\r\u{1B}[Kindexing %d/%d files  %.0f files/s  ETA %.0fs", progress.done, progress.total, rate, remaining)
    FileHandle.standardError.write(Data(line.utf8))
  }

  static func describe(_ summary: IndexSummary) -> String {
    var table = TextTable()
    table.add([
      "files",
      "\(summary.filesDiscovered) discovered, \(summary.filesParsed) parsed, \(summary.filesUnchanged) unchanged, \(summary.filesRemoved) removed",
    ])
    if summary.filesWithSyntaxErrors > 0 {
      table.add(["syntax errors", "\(summary.filesWithSyntaxErrors) files (partial symbols kept)"])
    }
    if !summary.skipped.isEmpty {
      table.add([
        "skipped", summary.skipped.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "),
      ])
    }
    table.add(["symbols", "\(summary.symbols)"])
    table.add(["edges", "\(summary.edges) (calls, instantiates, references, imports, inheritance)"])
    table.add(["unresolved", "\(summary.unresolved) references left unbound (never guessed)"])
    table.add(["time", String(format: "%.2fs", summary.seconds)])
    return table.render()
  }
}
