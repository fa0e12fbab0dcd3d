import Foundation
import LatticeModel
import Testing

/// Re-indexing parses only what changed, and always ends equal to a full index of the same tree.
@Suite struct IncrementalIndexTests {
  @Test func secondRunParsesNothingAndKeepsTheGraph() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("a.py", "from b import helper\n\ndef main():\n    helper()\n")
    try repo.write("b.py", "def helper():\n    return 1\n")
    let first = try await repo.index()
    #expect(first.filesParsed == 2)
    let before = try repo.graphDump()
    let second = try await repo.index()
    #expect(second.filesParsed == 0)
    #expect(second.filesUnchanged == 2)
    #expect(try repo.graphDump() == before)
  }

  @Test func editsRenamesAndDeletesEqualAFullIndex() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("src/util.ts", "export function helper(): number { return 1; }\n")
    try repo.write("src/main.ts", "import { helper } from './util';\nexport function main() { return helper(); }\n")
    try repo.write("src/other.ts", "import { main } from './main';\nmain();\n")
    try await repo.index()

    // Rename the callee: the caller in another, unchanged file must stop pointing at it.
    try repo.write("src/util.ts", "// moved down\n\nexport function helper2(): number { return 2; }\n")
    let edit = try await repo.index()
    #expect(edit.filesParsed == 1)
    #expect(try repo.graphDump() == (try await repo.freshIndexDump()))
    #expect(!(try repo.graphDump().contains { $0.contains("calls typescript:src/util.ts#function:helper ") }))

    // Restore the name: the unchanged caller binds again.
    try repo.write("src/util.ts", "export function helper(): number { return 3; }\n")
    try await repo.index()
    #expect(try repo.graphDump().contains { $0.contains("calls typescript:src/util.ts#function:helper ") })
    #expect(try repo.graphDump() == (try await repo.freshIndexDump()))

    // Rename a file and delete another.
    try repo.move("src/util.ts", "src/helpers.ts")
    try repo.remove("src/other.ts")
    let moved = try await repo.index()
    #expect(moved.filesRemoved == 2)
    #expect(try repo.graphDump() == (try await repo.freshIndexDump()))
    #expect(!(try repo.graphDump().contains { $0.contains("src/other.ts") }))
  }

  @Test func randomEditSequencesMatchAFullIndex() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    var generator = SplitMix64(seed: 0x1a77_1ce)
    let names = ["alpha", "beta", "gamma", "delta"]
    func module(_ index: Int) -> String {
      // Each module defines one function and calls one defined in another module.
      let own = names[Int(generator.next() % UInt64(names.count))]
      let other = Int(generator.next() % 4)
      let callee = names[Int(generator.next() % UInt64(names.count))]
      return "from m\(other) import \(callee)\n\n\ndef \(own)():\n    return \(callee)()\n"
    }
    for index in 0..<4 { try repo.write("m\(index).py", module(index)) }
    try await repo.index()
    for _ in 0..<12 {
      let target = Int(generator.next() % 5)
      switch generator.next() % 3 {
      case 0 where target < 4: try repo.write("m\(target).py", module(target))
      case 1 where FileManager.default.fileExists(atPath: repo.root.appendingPathComponent("m\(target).py").path):
        try repo.remove("m\(target).py")
      default: try repo.write("m\(target).py", module(target))
      }
      try await repo.index()
      #expect(try repo.graphDump() == (try await repo.freshIndexDump()))
    }
  }

  /// What a watcher does: tell the indexer only which paths changed.
  @Test func updatesOfOnlyTheChangedPathsMatchAFullIndex() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    var generator = SplitMix64(seed: 0x5eed)
    let names = ["alpha", "beta", "gamma"]
    func module() -> String {
      let callee = names[Int(generator.next() % 3)]
      let own = names[Int(generator.next() % 3)]
      return
        "import { \(callee) } from './m\(generator.next() % 4)';\nexport function \(own)() { return \(callee)(); }\n"
    }
    for index in 0..<4 { try repo.write("src/m\(index).ts", module()) }
    try repo.write(".gitignore", "gen/\n")
    try await repo.index()
    for _ in 0..<15 {
      var touched: Set<String> = []
      for _ in 0..<(1 + generator.next() % 3) {
        let path = "src/m\(generator.next() % 5).ts"
        touched.insert(path)
        let exists = FileManager.default.fileExists(atPath: repo.root.appendingPathComponent(path).path)
        switch generator.next() % 4 {
        case 0 where exists: try repo.remove(path)
        case 1 where exists:
          let target = "src/m\(generator.next() % 5).ts"
          if !FileManager.default.fileExists(atPath: repo.root.appendingPathComponent(target).path) {
            try repo.move(path, target)
            touched.insert(target)
          }
        default: try repo.write(path, module())
        }
      }
      // An ignored path reported by a watcher is not indexed.
      try repo.write("gen/out.ts", "export const generated = 1;\n")
      touched.insert("gen/out.ts")
      try await repo.index(only: touched)
      #expect(try repo.graphDump() == (try await repo.freshIndexDump()))
    }
  }

  @Test func newQueryFilesReextractUnchangedFiles() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("a.py", "def f():\n    pass\n")
    try await repo.index()
    #expect(try await repo.index().filesParsed == 0)
    // An index built by an older Lattice, whose query files extracted different facts.
    try repo.store().setMeta(["extraction_fingerprint": "older-queries"])
    #expect(try await repo.index().filesParsed == 1)
  }

  @Test func aChangedTsconfigTriggersAFullWalk() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("src/lib/util.ts", "export function help() { return 1; }\n")
    try repo.write("src/app.ts", "import { help } from '@lib/util';\nexport const x = help();\n")
    try await repo.index()
    #expect(!(try repo.graphDump().contains { $0.contains("calls typescript:src/lib/util.ts#function:help") }))
    try repo.write("tsconfig.json", #"{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["src/lib/*"] } } }"#)
    try await repo.index(only: ["tsconfig.json"])
    #expect(try repo.graphDump().contains { $0.contains("calls typescript:src/lib/util.ts#function:help") })
  }

  /// A file parsed again keeps the ids of the symbols it still defines and gives new ones the next
  /// ids, so ids no longer follow source order; resolution must still see the file's definitions in
  /// source order (of two `helper`s, a bare name means the last one).
  @Test func aDefinitionAddedAboveAnOlderOneKeepsSourceOrder() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("a.py", "def helper():\n    return 1\n")
    try repo.write("b.py", "from a import helper\n\nhelper()\n")
    try await repo.index()
    try repo.write("a.py", "class helper:\n    pass\n\n\ndef helper():\n    return 1\n")
    try await repo.index()
    let edges = try repo.store().allEdges().filter { $0.file == "b.py" && $0.kind == .calls }
    #expect(edges.map(\.target.rawValue) == ["python:a.py#function:helper"])
    #expect(try repo.graphDump() == (try await repo.freshIndexDump()))
  }

  @Test func indexingTwiceFromNothingIsDeterministic() async throws {
    let first = try await FixtureIndex.build("typescript")
    let second = try await FixtureIndex.build("typescript")
    defer {
      first.remove()
      second.remove()
    }
    #expect(try first.store.allEdges() == second.store.allEdges())
    #expect(try first.store.allSymbols() == second.store.allSymbols())
  }
}

/// A small deterministic random generator, so failures reproduce.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
