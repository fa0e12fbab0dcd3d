import Foundation
import LatticeIndexing
import LatticeModel
import Testing

/// The live index follows edits, and one process at a time owns a repository.
@Suite struct LiveIndexTests {
  /// Events of a live index as a stream, for waiting on them in a test.
  func start(_ repo: ScratchRepo) -> (LiveIndex, AsyncStream<LiveIndex.Event>) {
    let (events, continuation) = AsyncStream<LiveIndex.Event>.makeStream()
    let live = LiveIndex(options: IndexOptions(root: repo.root), retryInterval: .milliseconds(100)) {
      continuation.yield($0)
    }
    Task { await live.run() }
    return (live, events)
  }

  func waitFor(
    _ events: AsyncStream<LiveIndex.Event>, seconds: Double = 15, _ matches: (LiveIndex.Event) -> Bool
  )
    async -> Bool
  {
    await withTaskGroup(of: Bool.self) { group in
      group.addTask {
        try? await Task.sleep(for: .seconds(seconds))
        return false
      }
      var iterator = events.makeAsyncIterator()
      while let event = await iterator.next() {
        if matches(event) {
          group.cancelAll()
          return true
        }
      }
      return await group.next() ?? false
    }
  }

  @Test func aSavedFileIsReindexedAndItsCallersRebind() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("a.py", "from b import helper\n\n\ndef main():\n    return helper()\n")
    try repo.write("b.py", "def other():\n    return 1\n")
    let (live, events) = start(repo)
    #expect(await waitFor(events) { if case .caughtUp = $0 { true } else { false } })
    #expect(try repo.store().edges(atFile: "a.py", line: 5).isEmpty)
    try repo.write("b.py", "def helper():\n    return 2\n")
    #expect(await waitFor(events) { if case .applied = $0 { true } else { false } })
    #expect(try repo.store().edges(atFile: "a.py", line: 5).map(\.target.rawValue) == ["python:b.py#function:helper"])
    #expect(try repo.graphDump() == (try await repo.freshIndexDump()))
    await live.stop()
  }

  @Test func oneOwnerAtATimeAndTheSecondTakesOver() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("a.ts", "export const a = 1;\n")
    var first = RepositoryLock.tryAcquire(root: repo.root)
    #expect(first != nil)
    #expect(RepositoryLock.tryAcquire(root: repo.root) == nil, "a second owner while the first holds the lock")
    let (live, events) = start(repo)
    #expect(await waitFor(events) { if case .waitingForOwner = $0 { true } else { false } })
    #expect(await live.isOwner == false)
    first = nil  // the first owner exits
    #expect(await waitFor(events) { if case .becameOwner = $0 { true } else { false } })
    #expect(await live.isOwner)
    await live.stop()
  }
}
