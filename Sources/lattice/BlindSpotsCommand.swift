import ArgumentParser
import LatticeModel
import LatticeQuery

/// `lattice blind-spots`: where syntax cannot see the runtime, by kind and file.
struct BlindSpotsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "blind-spots",
    abstract: "Summarise what the index cannot see: decorators, reflection, dynamic imports, eval, generated files.")

  @OptionGroup var options: QueryOptions

  struct Summary: Encodable {
    struct FileEntry: Encodable {
      var file: String
      var kinds: [String: Int]
      var spots: [Spot]
    }
    struct Spot: Encodable {
      var kind: String
      var detail: String
      var line: Int
      var symbol: String
    }
    var byKind: [String: Int]
    var files: [FileEntry]
    var truncated: Bool

    enum CodingKeys: String, CodingKey {
      case files, truncated
      case byKind = "by_kind"
    }
  }

  func run() throws {
    let spots = try options.engine().blindSpots()
    var byKind: [String: Int] = [:]
    var byFile: [String: [BlindSpot]] = [:]
    for spot in spots {
      byKind[spot.kind.rawValue, default: 0] += 1
      byFile[spot.file, default: []].append(spot)
    }
    var files = byFile.keys.sorted().map { file in
      Summary.FileEntry(
        file: file, kinds: byFile[file]!.reduce(into: [:]) { $0[$1.kind.rawValue, default: 0] += 1 },
        spots: byFile[file]!.map {
          Summary.Spot(
            kind: $0.kind.rawValue, detail: $0.detail, line: $0.line,
            symbol: $0.symbolKey.rawValue.split(separator: ":", maxSplits: 2).last.map(String.init) ?? "")
        })
    }
    let truncated = options.limit > 0 && files.count > options.limit
    if truncated { files = Array(files.prefix(options.limit)) }
    if options.json { return try printJSON(Summary(byKind: byKind, files: files, truncated: truncated)) }
    print(byKind.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", "))
    for entry in files {
      print("\n\(entry.file)")
      var table = TextTable()
      for spot in entry.spots { table.add(["  \(spot.line)", spot.kind, spot.symbol, spot.detail]) }
      print(table.render())
    }
    if truncated { print("… more files cut; raise --limit (0 = no limit)") }
    if spots.isEmpty { throw ExitCode(1) }
  }
}
