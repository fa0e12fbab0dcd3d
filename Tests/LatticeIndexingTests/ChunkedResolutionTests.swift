import Foundation
import LatticeModel
import LatticeStore
import Testing

/// A whole-graph resolution takes a chunk of files at a time and writes into shadow tables that
/// replace the live graph in one commit: the result must not depend on the chunk size, readers see
/// the old graph until the commit, and a rebuild left half-done by a killed run is discarded.
@Suite struct ChunkedResolutionTests {
  /// One file per chunk is the hardest split: every reference is resolved without its own file's
  /// neighbours in memory, and phantom owners (`@owner`) are first seen chunk by chunk.
  @Test(arguments: FixtureIndex.languageFixtures)
  func oneFilePerChunkEqualsOneChunk(_ fixture: String) async throws {
    let repo = try ScratchRepo(copying: FixtureIndex.fixturesFolder.appendingPathComponent(fixture))
    defer { repo.delete() }
    let chunked = try await repo.index(resolutionChunkFiles: 1)
    #expect(chunked.resolvedFiles > 1)
    let dump = try repo.graphDump()
    // Markdown's headings refer to nothing: its graph is symbols alone.
    #expect(dump.contains { $0.hasPrefix("E ") } || fixture == "markdown")
    #expect(dump == (try await repo.freshIndexDump()))
  }

  @Test func readersSeeTheOldGraphUntilTheRebuildCommits() async throws {
    let repo = try Self.twoFileRepo()
    defer { repo.delete() }
    try await repo.index()
    let store = try repo.store()
    let before = try store.allEdges()
    #expect(before.contains { $0.kind == .calls && $0.target.rawValue.hasSuffix("helper") })
    try store.beginGraphRebuild()
    try store.appendToGraphRebuild(edges: [], unresolved: [])
    #expect(try store.allEdges() == before)
    try store.commitGraphRebuild()
    #expect(try store.allEdges().isEmpty)
    // Search answers from the new search index as soon as the rebuild is in.
    #expect(try store.search("helper", kinds: [], pathPrefix: nil, limit: 5).map(\.name) == ["helper"])
  }

  @Test func aRebuildLeftByAKilledRunIsDiscarded() async throws {
    let repo = try Self.twoFileRepo()
    defer { repo.delete() }
    try await repo.index()
    let expected = try repo.graphDump()
    let store = try repo.store()
    // A killed run: the rebuild began, got some edges, never committed; the index says so.
    try store.beginGraphRebuild()
    try store.appendToGraphRebuild(edges: try store.allEdges(), unresolved: [])
    try store.setMeta(["index_state": "in_progress"])
    #expect(try repo.graphDump() == expected)
    let rerun = try await repo.index()
    #expect(rerun.resolved)
    #expect(try repo.graphDump() == expected)
    // Two whole rebuilds in a row: the second's indexes take the names the first one freed.
    try store.setMeta(["index_state": "in_progress"])
    try await repo.index()
    #expect(try repo.graphDump() == expected)
  }

  private static func twoFileRepo() throws -> ScratchRepo {
    let repo = try ScratchRepo()
    try repo.write("util.py", "def helper():\n    return 1\n")
    try repo.write("main.py", "from util import helper\n\ndef main():\n    return helper()\n")
    return repo
  }
}
