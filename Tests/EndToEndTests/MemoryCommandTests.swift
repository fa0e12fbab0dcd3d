import Foundation
import Testing

/// Agent memory used headless, through the CLI only.
@Suite struct MemoryCommandTests {
  func lattice(_ arguments: [String], _ root: URL, input: String? = nil) throws -> LatticeProcess.Output {
    try LatticeProcess.run(["memory"] + arguments, in: root, input: input)
  }

  @Test func rememberRecallSupersedeAndCheckForCI() throws {
    let fixture = try FixtureCopy("python")
    defer { fixture.remove() }
    _ = try LatticeProcess.run(["index", "."], in: fixture.root)
    let added = try lattice(
      ["add", "--modality", "hypothesis", "--symbol", "Cat.speak", "--json"], fixture.root,
      input: "speak is only called from tests?\n")
    #expect(added.status == 0, "\(added.stderr)")
    let rows = try JSONSerialization.jsonObject(with: Data(added.stdout.utf8)) as? [[String: Any]]
    let fact = rows?.first?["fact"] as? [String: Any]
    let id = try #require(fact?["id"] as? String)
    #expect(fact?["body"] as? String == "speak is only called from tests?\n", "the body is kept verbatim")
    #expect(try lattice(["add", "--modality", "decision", "no anchor given"], fixture.root).status == 2)

    let listed = try lattice(["list", "--symbol", "Cat.speak"], fixture.root)
    #expect(listed.stdout.contains("\(id)  hypothesis  active"))
    let replaced = try lattice(
      ["supersede", id, "--modality", "observation", "--symbol", "Cat.speak", "speak is called by greet"], fixture.root)
    #expect(replaced.status == 0, "\(replaced.stderr)")
    #expect(!(try lattice(["list"], fixture.root)).stdout.contains(id), "superseded facts leave default recall")
    let all = try lattice(["list", "--all"], fixture.root).stdout.split(separator: "\n")
    let row = all.first { $0.hasPrefix(id) }.map { $0.split(separator: " ").map(String.init) }
    #expect(row?.prefix(3) == [id, "hypothesis", "superseded"])

    #expect(try lattice(["check", "--strict"], fixture.root).status == 0)
    let pets = fixture.root.appendingPathComponent("app/pets.py")
    try (try String(contentsOf: pets, encoding: .utf8)).replacingOccurrences(
      of: "return \"meow\"", with: "return \"purr\""
    )
    .write(to: pets, atomically: true, encoding: .utf8)
    _ = try LatticeProcess.run(["index", "."], in: fixture.root)
    let check = try lattice(["check", "--strict"], fixture.root)
    #expect(check.status == 1)
    #expect(check.stdout.contains("body of Cat.speak changed"))
    let files = try FileManager.default.contentsOfDirectory(
      atPath: fixture.root.appendingPathComponent(".lattice/memory").path)
    #expect(files.filter { $0.hasSuffix(".md") }.count == 2, "one Markdown file per fact")
  }

  @Test func twoProcessesWritingAtOnceLoseNothing() throws {
    let fixture = try FixtureCopy("python")
    defer { fixture.remove() }
    _ = try LatticeProcess.run(["index", "."], in: fixture.root)
    let script = """
      for i in $(seq 1 15); do "$0" memory add --modality observation --unanchored "writer $1 fact $i" >/dev/null || exit 1; done
      """
    let writers = try (1...2).map { writer -> Process in
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/bin/sh")
      process.arguments = ["-c", script, LatticeProcess.binary.path, "\(writer)"]
      process.currentDirectoryURL = fixture.root
      try process.run()
      return process
    }
    for writer in writers { writer.waitUntilExit() }
    #expect(writers.allSatisfy { $0.terminationStatus == 0 })
    let export = try lattice(["export"], fixture.root)
    let facts = try JSONSerialization.jsonObject(with: Data(export.stdout.utf8)) as? [[String: Any]] ?? []
    let bodies = Set(facts.compactMap { ($0["fact"] as? [String: Any])?["body"] as? String })
    #expect(bodies.count == 30)
  }
}
