import ArgumentParser
import Foundation
import LatticeQuery

/// `lattice status`: what the index holds.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "status", abstract: "Show what the index holds.")

  @OptionGroup var options: QueryOptions

  struct Status: Codable {
    var root: String
    var indexedAt: String?
    var state: String?
    var files: [String: Int]
    var languages: [String: Int]
    var skipped: [String: Int]
    var symbols: Int
    var edges: [String: Int]
    var provenance: [String: Int]
    var unresolved: [String: Int]
    var partialFiles: [String]
    var pendingFiles: [String]

    enum CodingKeys: String, CodingKey {
      case root, state, files, languages, skipped, symbols, edges, provenance, unresolved
      case indexedAt = "indexed_at"
      case partialFiles = "partial_files"
      case pendingFiles = "pending_files"
    }
  }

  func run() throws {
    let engine = try options.engine()
    let stats = try engine.statistics()
    let status = Status(
      root: engine.root.path, indexedAt: try engine.meta("indexed_at"), state: try engine.meta("index_state"),
      files: stats.filesByStatus, languages: stats.filesByLanguage, skipped: stats.skippedByReason,
      symbols: stats.symbols, edges: stats.edgesByKind, provenance: stats.edgesByProvenance,
      unresolved: stats.unresolvedByReason, partialFiles: try engine.partialFiles(),
      pendingFiles: try engine.pendingPaths())
    if options.json { return try printJSON(status) }
    func list(_ counts: [String: Int]) -> String {
      counts.isEmpty
        ? "none" : counts.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
    }
    var table = TextTable()
    table.add(["root", status.root])
    table.add([
      "indexed",
      "\(status.indexedAt ?? "never")\(status.state == "complete" ? "" : " (interrupted; run `lattice index`)")",
    ])
    table.add(["files", list(status.files)])
    table.add(["languages", list(status.languages)])
    table.add(["skipped", list(status.skipped)])
    table.add(["symbols", "\(status.symbols)"])
    table.add(["edges", list(status.edges)])
    table.add(["provenance", list(status.provenance)])
    table.add(["unresolved", list(status.unresolved)])
    if !status.pendingFiles.isEmpty {
      table.add(["catching up", "\(status.pendingFiles.count) changed files not yet re-indexed"])
    }
    if !status.partialFiles.isEmpty {
      let shown = status.partialFiles.prefix(5).joined(separator: ", ")
      let more = status.partialFiles.count > 5 ? " and \(status.partialFiles.count - 5) more (--json lists all)" : ""
      table.add(["syntax errors", "\(shown)\(more)"])
    }
    print(table.render())
  }
}
