import Foundation
import LatticeIndexing
import LatticeModel
import Testing

/// A long-lived indexer (`lattice watch`) keeps its resolution session between runs and replaces an
/// edited file's definitions in it instead of reading every definition back: after any sequence of
/// edits the graph must still equal a fresh index of the same tree.
@Suite struct ResidentSessionTests {
  /// Shifts every definition after the first line, renames one, adds a function, deletes lines,
  /// in three files of every language fixture, one run each, through one kept session.
  @Test(arguments: FixtureIndex.languageFixtures)
  func editsThroughAKeptSessionMatchAFreshIndex(_ fixture: String) async throws {
    let repo = try ScratchRepo(copying: FixtureIndex.fixturesFolder.appendingPathComponent(fixture))
    defer { repo.delete() }
    let resident = ResidentResolution()
    try await repo.index(resident: resident)
    let files = try repo.store().allSymbols().filter { $0.kind == .file }.map(\.file).sorted()
    try #require(!files.isEmpty)
    var kept = 0
    for path in Set([files[0], files[files.count / 2], files[files.count - 1]]).sorted() {
      let original = try repo.read(path)
      var lines = original.components(separatedBy: "\n")
      let definition = try repo.store().symbols(inFile: path).first { $0.kind != .file && $0.kind != .import }
      var edits: [(String, String)] = [("blank line on top", "\n" + original)]
      if let definition, definition.span.start.line <= lines.count {
        let line = definition.span.start.line - 1
        lines[line] = lines[line].replacingOccurrences(of: definition.name, with: definition.name + "Edited")
        edits.append(("rename of \(definition.name)", lines.joined(separator: "\n")))
      }
      lines.remove(at: lines.count / 2)
      edits.append(("deletion", lines.joined(separator: "\n")))
      edits.append(("original", original))
      for (label, text) in edits {
        try repo.write(path, text)
        let summary = try await repo.index(only: [path], resident: resident)
        if summary.keptSession { kept += 1 }
        let difference = try await repo.differenceFromFreshIndex()
        #expect(difference.isEmpty, "\(fixture): \(label) in \(path): \(difference)")
      }
    }
    #expect(kept > 0, "\(fixture): no edit used the kept session")
  }

  /// A whole pass finds each file's bases seeing only the bases of the files before it; a base
  /// found again after an edit must see the same (`Mid.Inner` needs `Mid`'s base, from `b.py`).
  @Test func basesFoundAgainSeeOnlyTheFilesBeforeThem() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("a.py", "class Base:\n    class Inner:\n        pass\n")
    try repo.write("b.py", "from a import Base\n\n\nclass Mid(Base):\n    pass\n")
    try repo.write("0.py", "from b import Mid\n\n\nclass Early(Mid.Inner):\n    pass\n")
    try repo.write("c.py", "from b import Mid\n\n\nclass Late(Mid.Inner):\n    pass\n")
    let resident = ResidentResolution()
    try await repo.index(resident: resident)
    for path in ["0.py", "c.py", "b.py"] {
      try repo.write(path, "\n" + (try repo.read(path)))
      #expect(try await repo.index(only: [path], resident: resident).keptSession)
      let difference = try await repo.differenceFromFreshIndex()
      #expect(difference.isEmpty, "\(path): \(difference)")
    }
  }

  @Test func anotherProcessIndexingDiscardsTheKeptSession() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("a.py", "def helper():\n    return 1\n")
    try repo.write("b.py", "from a import helper\n\nhelper()\n")
    let resident = ResidentResolution()
    try await repo.index(resident: resident)
    try repo.write("a.py", "def helper():\n    return 2\n")
    #expect(try await repo.index(only: ["a.py"], resident: resident).keptSession)
    // A run without the kept session (another process) writes new facts…
    try repo.write("a.py", "def helper():\n    return 3\n\n\ndef other():\n    pass\n")
    try await repo.index()
    try repo.write("a.py", "def helper():\n    return 4\n\n\ndef other():\n    pass\n")
    // …so the kept session no longer matches them and is rebuilt.
    #expect(try await repo.index(only: ["a.py"], resident: resident).keptSession == false)
    #expect(try await repo.differenceFromFreshIndex().isEmpty)
  }
}
