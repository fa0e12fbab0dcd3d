import Foundation
import Testing

/// `lattice install`, `uninstall` and `init` through the real binary, in a temporary HOME holding
/// realistic agent configurations (Tests/Fixtures/agent-home).
@Suite struct InstallCommandTests {
  struct Home {
    let root: URL
    var home: URL { root.appendingPathComponent("home") }
    var project: URL { root.appendingPathComponent("project") }
    /// HOME is the sandbox; PATH has no agent binaries, so agents are found by their folders.
    var environment: [String: String] { ["HOME": home.path, "PATH": "/usr/bin:/bin"] }

    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent("lattice-home-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: FixtureCopy.fixtures.appendingPathComponent("agent-home"), to: home)
      try FileManager.default.copyItem(at: FixtureCopy.fixtures.appendingPathComponent("agent-project"), to: project)
    }

    func text(_ path: String) throws -> String {
      try String(contentsOf: home.appendingPathComponent(path), encoding: .utf8)
    }
    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  @Test func userInstallThenUninstallRestoresTheConfigs() throws {
    let sandbox = try Home()
    defer { sandbox.remove() }
    let original = try sandbox.text(".codex/config.toml")
    let dryRun = try LatticeProcess.run(
      ["install", "--scope", "user", "--dry-run"], in: sandbox.project, environment: sandbox.environment)
    #expect(dryRun.status == 0, "\(dryRun.stderr)")
    #expect(dryRun.stdout.contains("+[mcp_servers.lattice]"))
    #expect(try sandbox.text(".codex/config.toml") == original, "a dry run writes nothing")

    let install = try LatticeProcess.run(
      ["install", "--scope", "user"], in: sandbox.project, environment: sandbox.environment)
    #expect(install.status == 0, "\(install.stderr)")
    #expect(install.stdout.contains("updated  ~/.codex/config.toml  (codex)"))
    // The server is this binary, by full path, since `lattice` is not on the sandbox's PATH.
    #expect(try sandbox.text(".codex/config.toml").contains("args = [\"serve\", \"--mcp\"]"))
    let again = try LatticeProcess.run(
      ["install", "--scope", "user"], in: sandbox.project, environment: sandbox.environment)
    #expect(again.stdout.contains("nothing to change"))

    let uninstall = try LatticeProcess.run(
      ["uninstall", "--scope", "user"], in: sandbox.project, environment: sandbox.environment)
    #expect(uninstall.status == 0, "\(uninstall.stderr)")
    #expect(try sandbox.text(".codex/config.toml") == original)
    #expect(!FileManager.default.fileExists(atPath: sandbox.home.appendingPathComponent(".lattice").path))
  }

  @Test func aCorruptConfigIsOneClearLineAndExitCodeTwo() throws {
    let sandbox = try Home()
    defer { sandbox.remove() }
    let settings = sandbox.home.appendingPathComponent(".gemini/settings.json")
    try "{ \"theme\": \"GitHub\", ".write(to: settings, atomically: true, encoding: .utf8)
    let output = try LatticeProcess.run(
      ["install", "--scope", "user"], in: sandbox.project, environment: sandbox.environment)
    #expect(output.status == 2)
    #expect(output.stderr.split(separator: "\n").count == 1)
    #expect(output.stderr.contains("~/.gemini/settings.json"))
    #expect(try sandbox.text(".codex/config.toml").contains("lattice") == false, "nothing was written")
  }

  @Test func printConfigShowsTheSnippetAndChangesNothing() throws {
    let sandbox = try Home()
    defer { sandbox.remove() }
    let output = try LatticeProcess.run(
      ["install", "--print-config", "zed", "--scope", "user"], in: sandbox.project, environment: sandbox.environment)
    #expect(output.status == 0)
    #expect(output.stdout.contains("\"context_servers\""))
    #expect(!(try sandbox.text(".config/zed/settings.json")).contains("lattice"))
  }

  @Test func initIndexesIgnoresAndInstallsForTheProject() throws {
    let sandbox = try Home()
    defer { sandbox.remove() }
    let output = try LatticeProcess.run(["init"], in: sandbox.project, environment: sandbox.environment)
    #expect(output.status == 0, "\(output.stderr)")
    #expect(output.stdout.contains("added .lattice/ to .gitignore"))
    let ignore = try String(contentsOf: sandbox.project.appendingPathComponent(".gitignore"), encoding: .utf8)
    #expect(ignore == ".lattice/*\n!.lattice/memory/\n")
    #expect(FileManager.default.fileExists(atPath: sandbox.project.appendingPathComponent(".lattice/index.db").path))
    let mcp = try String(contentsOf: sandbox.project.appendingPathComponent(".mcp.json"), encoding: .utf8)
    #expect(mcp.contains("\"lattice\""))
    #expect(mcp.contains("playwright"))
    let again = try LatticeProcess.run(["init"], in: sandbox.project, environment: sandbox.environment)
    #expect(!again.stdout.contains("added .lattice/"), "init is idempotent")
  }
}
