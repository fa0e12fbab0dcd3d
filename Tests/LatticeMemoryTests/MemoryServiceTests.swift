import Foundation
import LatticeIndexing
import Testing

@testable import LatticeMemory

/// Facts anchored to code go stale when the code changes, follow a rename, and are renewed by verify.
@Suite struct MemoryServiceTests {
  /// A temporary repository with an index; `reindex` after every edit, as the watcher would.
  struct Repo {
    let root: URL

    init(_ files: [String: String]) async throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent("lattice-memory-\(UUID().uuidString)")
      for (path, text) in files { try write(path, text) }
      try await reindex()
    }

    func write(_ path: String, _ text: String) throws {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func reindex() async throws { _ = try await Indexer(options: IndexOptions(root: root)).run() }
    func service() throws -> MemoryService { try MemoryService(root: root) }
    func delete() { try? FileManager.default.removeItem(at: root) }
  }

  static let source = """
    class Cache:
        def get(self, key):
            return key


    def load(cache: Cache):
        return cache.get(1)


    def warm(cache: Cache):
        return cache.get(2)
    """

  func decision(_ body: String, symbols: [String] = [], lines: [(String, Int, Int)] = []) -> RememberRequest {
    RememberRequest(
      body: body, modality: .decision, symbols: symbols, fileRanges: lines.map { ($0.0, $0.1, $0.2) }, author: "test")
  }

  @Test func anEditedBodyMakesTheFactNeedRevalidationAndVerifyRenewsIt() async throws {
    let repo = try await Repo(["cache.py": Self.source])
    defer { repo.delete() }
    let fact = try repo.service().remember(decision("get must stay O(1)", symbols: ["Cache.get"]))
    #expect(
      try repo.service().recall(symbol: "Cache.get", id: nil, file: nil, text: nil, includeInactive: false)
        .map(\.status) == [.active])
    try repo.write("cache.py", Self.source.replacingOccurrences(of: "return key", with: "return sorted(key)"))
    try await repo.reindex()
    let stale = try repo.service().recall(symbol: nil, id: fact.id, file: nil, text: nil, includeInactive: true)
    #expect(stale.map(\.status) == [.needsRevalidation])
    #expect(stale.first?.fact.revalidation == "body of Cache.get changed")
    _ = try repo.service().verify(id: fact.id)
    #expect(
      try repo.service().recall(symbol: nil, id: fact.id, file: nil, text: nil, includeInactive: true)
        .map(\.status) == [.active])
  }

  @Test func aRenameSeenThroughTheGraphMovesTheAnchor() async throws {
    let repo = try await Repo(["cache.py": Self.source])
    defer { repo.delete() }
    let fact = try repo.service().remember(decision("get must stay O(1)", symbols: ["Cache.get"]))
    // An IDE-style rename: the definition and every call site.
    try repo.write("cache.py", Self.source.replacingOccurrences(of: "get(", with: "fetch("))
    try await repo.reindex()
    let recalled = try repo.service().recall(symbol: nil, id: fact.id, file: nil, text: nil, includeInactive: true)
    #expect(recalled.map(\.status) == [.active])
    #expect(recalled.first?.fact.anchors.map(MemoryService.file(of:)) == ["cache.py"])
    #expect(
      try repo.service().recall(symbol: "Cache.fetch", id: nil, file: nil, text: nil, includeInactive: false)
        .map(\.fact.id) == [fact.id])
  }

  @Test func aDeletedSymbolAndChangedLinesAreSaidPlainly() async throws {
    let repo = try await Repo(["cache.py": Self.source, "notes.py": "A = 1\nB = 2\nC = 3\n"])
    defer { repo.delete() }
    let bySymbol = try repo.service().remember(decision("warm runs at boot", symbols: ["warm"]))
    let byLines = try repo.service().remember(decision("B is the default", lines: [("notes.py", 2, 2)]))
    try repo.write("cache.py", String(Self.source.prefix { $0 != "\n" }) + "\n    pass\n")
    try repo.write("notes.py", "A = 1\nB = 5\nC = 3\n")
    try await repo.reindex()
    let facts = try repo.service().all().facts
    let notes = Dictionary(uniqueKeysWithValues: facts.map { ($0.fact.id, $0.fact.revalidation ?? "") })
    #expect(notes[bySymbol.id] == "warm was deleted")
    #expect(notes[byLines.id] == "lines 2-2 of notes.py changed")
  }

  @Test func checkLimitedToChangedFilesLeavesOthersAlone() async throws {
    let repo = try await Repo(["cache.py": Self.source, "other.py": "def helper():\n    return 1\n"])
    defer { repo.delete() }
    let cache = try repo.service().remember(decision("about get", symbols: ["Cache.get"]))
    let other = try repo.service().remember(decision("about helper", symbols: ["helper"]))
    try repo.write("cache.py", Self.source.replacingOccurrences(of: "return key", with: "return None"))
    try repo.write("other.py", "def helper():\n    return 2\n")
    try await repo.reindex()
    let checked = try repo.service().all(checkingFiles: ["cache.py"]).facts
    let status = Dictionary(uniqueKeysWithValues: checked.map { ($0.fact.id, $0.status) })
    #expect(status[cache.id] == .needsRevalidation)
    #expect(status[other.id] == .active)
  }

  @Test func anAmbiguousOrUnknownAnchorIsRefusedWithTheChoices() async throws {
    let repo = try await Repo(["a.py": "def run():\n    pass\n", "b.py": "def run():\n    pass\n"])
    defer { repo.delete() }
    #expect {
      try repo.service().remember(decision("x", symbols: ["run"]))
    } throws: { "\($0)".contains("ambiguous") && "\($0)".contains("python:a.py#function:run") }
    #expect {
      try repo.service().remember(decision("x", symbols: ["nothing"]))
    } throws: { "\($0)".contains("no symbol named 'nothing'") }
  }
}
