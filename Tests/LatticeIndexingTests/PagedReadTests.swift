import LatticeModel
import LatticeStore
import Testing

/// A page of a symbol's callers (`IndexStore.edges(to:kinds:testsLast:limit:)`) is read file by
/// file; it must be exactly the first `limit` of all of them in site order, library code first
/// when asked, whatever the limit and however the callers are spread over files.
@Suite struct CallerPagesTests {
  @Test func everyPageIsThePrefixOfAllCallersInOrder() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("lib/__init__.py", "")
    try repo.write("lib/core.py", "def helper():\n    return 1\n")
    // Callers spread unevenly over library and test files whose path order interleaves them.
    let callers = [
      "a.py": 3, "b/c.py": 2, "b/test_c.py": 2, "tests/test_core.py": 4, "z.py": 1, "test_top.py": 1,
    ]
    for (path, count) in callers {
      let calls = (0..<count).map { "    helper()  # call \($0)\n" }.joined()
      try repo.write(path, "from lib.core import helper\n\n\ndef use():\n\(calls)")
    }
    try await repo.index()
    // A library file added by a later run: its `is_test` is written by the scoped run too.
    try repo.write("m.py", "from lib.core import helper\n\n\ndef late():\n    helper()\n    helper()\n")
    try await repo.index()

    let store = try repo.store()
    let target = SymbolKey(rawValue: "python:lib/core.py#function:helper")
    let all = try store.edges(to: target, kinds: [.calls, .instantiates])
    #expect(all.count == 15)
    let libraryFirst = all.filter { !TestPaths.isTest($0.file) } + all.filter { TestPaths.isTest($0.file) }
    #expect(libraryFirst.prefix(6).map(\.file) == ["a.py", "a.py", "a.py", "b/c.py", "b/c.py", "m.py"])
    for limit in 1...(all.count + 1) {
      let inSiteOrder = try store.edges(to: target, kinds: [.calls, .instantiates], testsLast: false, limit: limit)
      #expect(inSiteOrder.edges == Array(all.prefix(limit)))
      #expect(inSiteOrder.total == all.count)
      let testsLast = try store.edges(to: target, kinds: [.calls, .instantiates], testsLast: true, limit: limit)
      #expect(testsLast.edges == Array(libraryFirst.prefix(limit)))
      #expect(testsLast.total == all.count)
    }
  }
}

/// Search answers in tiers, each read only when the closer ones give too few: an identifier's words
/// as a phrase, then the words anywhere, then words starting with them.
@Suite struct SearchTierTests {
  @Test func phraseMatchesComeBeforeScatteredWordsAndPrefixes() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write(
      "log.py",
      """
      def dbg_for_dev():
          pass


      def dev_dbg_once():
          pass


      def dev_dbg():
          pass


      def device_dbg():
          pass

      """)
    try await repo.index()
    let store = try repo.store()
    func names(_ limit: Int) throws -> [String] {
      try store.search("dev_dbg", kinds: [], pathPrefix: nil, limit: limit).map(\.name)
    }
    // The exact name ranks first within its tier; the phrase tier alone fills a page of two.
    #expect(try names(2) == ["dev_dbg", "dev_dbg_once"])
    #expect(try names(3) == ["dev_dbg", "dev_dbg_once", "dbg_for_dev"])
    #expect(try names(10) == ["dev_dbg", "dev_dbg_once", "dbg_for_dev", "device_dbg"])
  }
}
