import Foundation
import LatticeModel
import LatticeStore
import Testing

/// An edit re-resolves only the edited files and the files that mention a name whose definition
/// changed, and the graph still equals a full index of the same tree.
@Suite struct ScopedResolutionTests {
  @Test func aBodyEditResolvesOnlyItsFile() async throws {
    let repo = try await Self.threeFileRepo()
    defer { repo.delete() }
    try repo.write("src/util.ts", "export function helper(): number { return 42; }\n")
    let edit = try await repo.index()
    #expect(edit.resolvedFiles == 1)
    #expect(try repo.graphDump() == (try await repo.freshIndexDump()))
  }

  @Test func aRenameAlsoResolvesTheFilesThatMentionTheName() async throws {
    let repo = try await Self.threeFileRepo()
    defer { repo.delete() }
    try repo.write("src/util.ts", "export function helper2(): number { return 1; }\n")
    let rename = try await repo.index(only: ["src/util.ts"])
    // util.ts itself and main.ts, which imports and calls `helper`; other.ts mentions neither name.
    #expect(rename.resolvedFiles == 2)
    #expect(try repo.graphDump() == (try await repo.freshIndexDump()))
    // The search index follows the edit without a rebuild.
    let store = try repo.store()
    #expect(try store.search("helper2", kinds: [], pathPrefix: nil, limit: 5).map(\.name) == ["helper2"])
    #expect(try store.search("helper", kinds: [], pathPrefix: nil, limit: 5).map(\.name).contains("helper") == false)
  }

  @Test func aChangedBaseResolvesEverything() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("a.py", "class A:\n    def run(self):\n        pass\n\nclass B:\n    def run(self):\n        pass\n")
    try repo.write("c.py", "from a import A\n\nclass C(A):\n    def go(self):\n        self.run()\n")
    try repo.write("d.py", "from c import C\n\nclass D(C):\n    def again(self):\n        self.run()\n")
    try await repo.index()
    try repo.write("c.py", "from a import B\n\nclass C(B):\n    def go(self):\n        self.run()\n")
    let edit = try await repo.index()
    #expect(edit.resolvedFiles == 3)
    // D's `self.run()` names neither C nor B: only a whole run rebinds it to B.run.
    #expect(
      try repo.graphDump().contains { $0.hasPrefix("E python:d.py#method:D.again calls python:a.py#method:B.run") })
    #expect(try repo.graphDump() == (try await repo.freshIndexDump()))
  }

  /// Deletes lines and renames definitions in files of every language fixture, through both
  /// the walk and the watcher's path list: whatever the plan, the result equals a fresh index.
  @Test(arguments: FixtureIndex.languageFixtures)
  func editsInEveryFixtureMatchAFullIndex(_ fixture: String) async throws {
    let repo = try ScratchRepo(copying: FixtureIndex.fixturesFolder.appendingPathComponent(fixture))
    defer { repo.delete() }
    try await repo.index()
    let files = try repo.store().allSymbols().filter { $0.kind == .file }.map(\.file).sorted()
    try #require(!files.isEmpty)
    for (step, path) in Set([files[0], files[files.count / 2], files[files.count - 1]]).sorted().enumerated() {
      var lines = try repo.read(path).components(separatedBy: "\n")
      let definition = try repo.store().symbols(inFile: path).first { $0.kind != .file && $0.kind != .import }
      if let definition, definition.span.start.line <= lines.count {
        let line = definition.span.start.line - 1
        lines[line] = lines[line].replacingOccurrences(of: definition.name, with: definition.name + "Edited")
      } else {
        lines.remove(at: lines.count / 2)
      }
      try repo.write(path, lines.joined(separator: "\n"))
      try await repo.index(only: step.isMultiple(of: 2) ? [path] : nil)
      let differenceEdit = try await repo.differenceFromFreshIndex()
      #expect(differenceEdit.isEmpty, "\(fixture): edit of \(path): \(differenceEdit)")

      lines.remove(at: lines.count / 2)
      try repo.write(path, lines.joined(separator: "\n"))
      try await repo.index(only: step.isMultiple(of: 2) ? nil : [path])
      let differenceDeletion = try await repo.differenceFromFreshIndex()
      #expect(differenceDeletion.isEmpty, "\(fixture): deletion in \(path): \(differenceDeletion)")
    }
  }

  private static func threeFileRepo() async throws -> ScratchRepo {
    let repo = try ScratchRepo()
    try repo.write("src/util.ts", "export function helper(): number { return 1; }\n")
    try repo.write("src/main.ts", "import { helper } from './util';\nexport function main() { return helper(); }\n")
    try repo.write("src/other.ts", "export function other() { return 0; }\n")
    try await repo.index()
    return repo
  }
}
