import Foundation
import Testing

/// Exit codes, error messages and crash safety of the real binary.
@Suite struct CommandLineBehaviourTests {
  @Test func nothingFoundExitsOneWithOneLineOnStderr() throws {
    let fixture = try FixtureCopy("python")
    defer { fixture.remove() }
    _ = try LatticeProcess.run(["index", "."], in: fixture.root)
    let output = try LatticeProcess.run(["callers", "noSuchSymbol"], in: fixture.root)
    #expect(output.status == 1)
    #expect(output.stdout.isEmpty)
    #expect(output.stderr.split(separator: "\n").count == 1)
    #expect(output.stderr.contains("lattice query noSuchSymbol"))
  }

  @Test func queryWithoutAnIndexExitsTwoAndSaysWhatToDo() throws {
    let empty = try FixtureCopy(empty: ())
    defer { empty.remove() }
    let output = try LatticeProcess.run(["callers", "x"], in: empty.root)
    #expect(output.status == 2)
    #expect(output.stderr.contains("run `lattice index`"))
  }

  @Test func usageErrorsExitTwo() throws {
    let empty = try FixtureCopy(empty: ())
    defer { empty.remove() }
    #expect(try LatticeProcess.run(["callers"], in: empty.root).status == 2)
    #expect(try LatticeProcess.run(["query", "x", "--limit", "-3"], in: empty.root).status == 2)
    #expect(try LatticeProcess.run(["frobnicate"], in: empty.root).status == 2)
    #expect(try LatticeProcess.run(["index", "/no/such/dir"], in: empty.root).status == 2)
  }

  @Test func rootIsFoundFromASubfolderAndLimitSaysItCut() throws {
    let fixture = try FixtureCopy("typescript")
    defer { fixture.remove() }
    _ = try LatticeProcess.run(["index", "."], in: fixture.root)
    let output = try LatticeProcess.run(
      ["refs", "User", "--limit", "1", "--json"], in: fixture.root.appendingPathComponent("src/services"))
    #expect(output.status == 0)
    let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
    #expect((json?["results"] as? [Any])?.count == 1)
    #expect(json?["truncated"] as? Bool == true)
  }

  /// A run killed midway leaves a database that opens, and the next run repairs it to exactly
  /// what an uninterrupted index produces.
  @Test func killedIndexIsRepairedByTheNextRun() throws {
    let repo = try FixtureCopy(empty: ())
    let reference = try FixtureCopy(empty: ())
    defer {
      repo.remove()
      reference.remove()
    }
    for root in [repo.root, reference.root] {
      for module in 0..<1500 {
        let text =
          "from m\((module + 1) % 1500) import f\((module + 1) % 1500)\n\n\ndef f\(module)():\n    return f\((module + 1) % 1500)()\n"
        try text.write(to: root.appendingPathComponent("m\(module).py"), atomically: false, encoding: .utf8)
      }
    }
    let process = try LatticeProcess.start(["index", "."], in: repo.root)
    Thread.sleep(forTimeInterval: 0.4)
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()

    let status = try LatticeProcess.run(["status", "--json"], in: repo.root)
    // Killed before the database existed is fine too; a database that exists must open.
    if FileManager.default.fileExists(atPath: repo.root.appendingPathComponent(".lattice/index.db").path) {
      #expect(status.status == 0, "status after kill: \(status.stderr)")
    }
    #expect(try LatticeProcess.run(["index", "."], in: repo.root).status == 0)
    #expect(try LatticeProcess.run(["index", "."], in: reference.root).status == 0)
    for arguments in [["callers", "f7", "--json"], ["callees", "f0", "--json"], ["status", "--json"]] {
      let repaired = try LatticeProcess.run(arguments, in: repo.root)
      let fresh = try LatticeProcess.run(arguments, in: reference.root)
      if arguments[0] == "status" {
        let strip = { (text: String) in
          text.split(separator: "\n").filter { !$0.contains("\"root\"") && !$0.contains("indexed_at") }
        }
        #expect(strip(repaired.stdout) == strip(fresh.stdout))
      } else {
        #expect(repaired.stdout == fresh.stdout)
        #expect(!repaired.stdout.isEmpty)
      }
    }
  }
}

/// Answers that find nothing still say why, and status names the files parsed with errors.
@Suite struct ExplainedEmptyAnswerTests {
  @Test func definitionWithNothingBoundSaysWhy() throws {
    let fixture = try FixtureCopy("python")
    defer { fixture.remove() }
    _ = try LatticeProcess.run(["index", "."], in: fixture.root)
    let output = try LatticeProcess.run(["definition", "app/pets.py:2"], in: fixture.root)
    #expect(output.status == 1)
    #expect(output.stderr.contains("nothing bound at app/pets.py:2"))
  }

  @Test func statusListsFilesWithSyntaxErrors() throws {
    let fixture = try FixtureCopy("python")
    defer { fixture.remove() }
    _ = try LatticeProcess.run(["index", "."], in: fixture.root)
    let output = try LatticeProcess.run(["status", "--json"], in: fixture.root)
    let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
    #expect(json?["partial_files"] as? [String] == ["app/broken.py"])
  }
}

/// `affected` takes changed files from arguments, standard input or git.
@Suite struct AffectedInputTests {
  @Test func standardInputAndArgumentsGiveTheSameAnswer() throws {
    let fixture = try FixtureCopy("typescript")
    defer { fixture.remove() }
    _ = try LatticeProcess.run(["index", "."], in: fixture.root)
    let fromArguments = try LatticeProcess.run(["affected", "src/services/repo.ts", "--json"], in: fixture.root)
    let fromStdin = try LatticeProcess.run(
      ["affected", "--stdin", "--json"], in: fixture.root, input: "src/services/repo.ts\n")
    #expect(fromArguments.status == 0)
    #expect(fromStdin.stdout == fromArguments.stdout)
  }

  @Test func gitDiffNamesTheChangedFiles() throws {
    let fixture = try FixtureCopy("typescript")
    defer { fixture.remove() }
    func git(_ arguments: [String]) throws {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"] + arguments
      process.currentDirectoryURL = fixture.root
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
    }
    try git(["init", "-q"])
    try git(["add", "."])
    try git(["commit", "-q", "-m", "base"])
    let repo = fixture.root.appendingPathComponent("src/services/repo.ts")
    try (try String(contentsOf: repo, encoding: .utf8) + "\n// changed\n").write(
      to: repo, atomically: true, encoding: .utf8)
    _ = try LatticeProcess.run(["index", "."], in: fixture.root)
    let viaGit = try LatticeProcess.run(["affected", "--git-diff", "HEAD", "--json"], in: fixture.root)
    let direct = try LatticeProcess.run(["affected", "src/services/repo.ts", "--json"], in: fixture.root)
    #expect(viaGit.status == 0, "\(viaGit.stderr)")
    #expect(viaGit.stdout == direct.stdout)
  }
}

/// `Class.member` finds a member the class inherits.
@Suite struct InheritedMemberLookupTests {
  @Test func qualifiedNameThroughABaseClass() throws {
    let fixture = try FixtureCopy("python")
    defer { fixture.remove() }
    _ = try LatticeProcess.run(["index", "."], in: fixture.root)
    let output = try LatticeProcess.run(["callers", "Cat.introduce", "--json"], in: fixture.root)
    let json = try JSONSerialization.jsonObject(with: Data(output.stdout.utf8)) as? [String: Any]
    let targets = (json?["targets"] as? [[String: Any]])?.compactMap { $0["qualified_name"] as? String }
    #expect(targets == ["Animal.introduce"])
  }
}
