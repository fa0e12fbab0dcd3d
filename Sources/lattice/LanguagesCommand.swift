import ArgumentParser
import LatticeIndexing
import LatticeModel

/// `lattice languages`: each language, its file extensions, grammar, and what Lattice extracts.
struct LanguagesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "languages",
    abstract: "List the languages Lattice indexes: extensions, grammar, symbol and edge kinds.")

  @Flag(name: .long, help: "Print JSON (docs/json.md).")
  var json = false

  func run() throws {
    let languages = LanguageCatalog.all
    if json { return try printJSON(languages) }
    var table = TextTable()
    table.add(["language", "depth", "extensions", "grammar", "symbols", "edges"])
    for entry in languages {
      table.add([
        entry.language.rawValue, entry.depth.rawValue, entry.extensions.map { ".\($0)" }.joined(separator: " "),
        entry.grammar ?? "-", entry.symbolKinds.filter { $0 != .file }.map(\.rawValue).joined(separator: ","),
        entry.edgeKinds.map(\.rawValue).joined(separator: ","),
      ])
    }
    print(table.render())
    let counts = Dictionary(grouping: languages, by: \.depth).mapValues(\.count)
    print(
      "\n\(languages.count) languages: \(counts[.full] ?? 0) full depth, \(counts[.breadth] ?? 0) breadth, "
        + "\(counts[.files] ?? 0) indexed as files")
  }
}
