import Foundation
import Testing

@testable import LatticeInstall

/// `lattice install`/`uninstall` against realistic existing configurations (with comments, other
/// servers, other settings) in a temporary HOME and repository: golden files after install, exact
/// restoration after uninstall, nothing changed when a file is corrupt.
@Suite(.serialized) struct InstallerTests {
  let command = ServerCommand(executable: "lattice")

  /// A temporary HOME and repository, copied from Tests/Fixtures/agent-home and agent-project.
  struct Sandbox {
    let root: URL
    var home: URL { root.appendingPathComponent("home") }
    var project: URL { root.appendingPathComponent("project") }
    var installer: Installer {
      Installer(environment: InstallEnvironment(home: home, projectRoot: project, searchPath: []))
    }

    init() throws {
      root = FileManager.default.temporaryDirectory.appendingPathComponent("lattice-install-\(UUID().uuidString)")
      let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
      try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
      try FileManager.default.copyItem(at: fixtures.appendingPathComponent("agent-home"), to: home)
      try FileManager.default.copyItem(at: fixtures.appendingPathComponent("agent-project"), to: project)
    }

    /// Every file and folder under the sandbox, with file bytes.
    func snapshot() throws -> [String: Data?] {
      var result: [String: Data?] = [:]
      let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isDirectoryKey])!
      for case let url as URL in enumerator {
        let relative = String(url.path.dropFirst(root.path.count))
        let isDirectory = (try url.resourceValues(forKeys: [.isDirectoryKey])).isDirectory ?? false
        result[relative] = isDirectory ? .some(nil) : FileManager.default.contents(atPath: url.path)
      }
      return result
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
  }

  static var goldenFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  }

  @Test func everyAgentIsDetectedFromItsHomeFolder() throws {
    let sandbox = try Sandbox()
    defer { sandbox.remove() }
    #expect(sandbox.installer.detectedAgents().map(\.id) == AgentCatalog.all.map(\.id))
  }

  @Test(arguments: InstallScope.allCases)
  func installedFilesMatchGoldens(scope: InstallScope) throws {
    let sandbox = try Sandbox()
    defer { sandbox.remove() }
    let installer = sandbox.installer
    let changes = try installer.planInstall(installer.detectedAgents(), scope: scope, command: command)
    try installer.install(changes, scope: scope)
    let base = scope == .user ? sandbox.home : sandbox.project
    for change in changes {
      let relative = String(change.file.path.dropFirst(base.path.count + 1))
      let golden = Self.goldenFolder.appendingPathComponent(scope.rawValue).appendingPathComponent(relative + ".golden")
      let written = try String(contentsOf: change.file, encoding: .utf8)
      if ProcessInfo.processInfo.environment["LATTICE_RECORD_GOLDEN"] != nil {
        try FileManager.default.createDirectory(
          at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
        try written.write(to: golden, atomically: true, encoding: .utf8)
        continue
      }
      #expect(
        written == (try String(contentsOf: golden, encoding: .utf8)), "\(scope) \(relative) differs from its golden")
    }
    #expect(!changes.isEmpty)
  }

  @Test(arguments: InstallScope.allCases)
  func installIsIdempotentAndUninstallRestoresEveryByte(scope: InstallScope) throws {
    let sandbox = try Sandbox()
    defer { sandbox.remove() }
    let installer = sandbox.installer
    let before = try sandbox.snapshot()
    let agents = installer.detectedAgents()
    try installer.install(try installer.planInstall(agents, scope: scope, command: command), scope: scope)
    #expect(try sandbox.snapshot() != before)
    #expect(
      try installer.planInstall(agents, scope: scope, command: command).isEmpty, "a second install changes nothing")
    try installer.uninstall(try installer.planUninstall(agents, scope: scope, command: command))
    let after = try sandbox.snapshot()
    #expect(Set(after.keys) == Set(before.keys), "files or folders left behind or lost")
    for (path, data) in before { #expect(after[path] == data, "\(path) was not restored byte for byte") }
  }

  @Test func aCorruptConfigStopsTheInstallAndChangesNothing() throws {
    let sandbox = try Sandbox()
    defer { sandbox.remove() }
    let cursor = sandbox.home.appendingPathComponent(".cursor/mcp.json")
    try "{\n  \"mcpServers\": {\n    \"x\": { \"command\": \"y\" \n}\n".write(
      to: cursor, atomically: true, encoding: .utf8)
    let before = try sandbox.snapshot()
    let installer = sandbox.installer
    #expect {
      try installer.planInstall(installer.detectedAgents(), scope: .user, command: command)
    } throws: { error in
      let message = "\(error)"
      return message.contains("~/.cursor/mcp.json") && message.contains("line")
        && message.contains("--print-config cursor")
    }
    #expect(try sandbox.snapshot() == before)
  }

  @Test func aFileEditedAfterInstallLosesOnlyLatticesEntry() throws {
    let sandbox = try Sandbox()
    defer { sandbox.remove() }
    let installer = sandbox.installer
    let claude = [AgentCatalog.named("claude")!]
    try installer.install(try installer.planInstall(claude, scope: .project, command: command), scope: .project)
    let config = sandbox.project.appendingPathComponent(".mcp.json")
    let edited = try String(contentsOf: config, encoding: .utf8).replacingOccurrences(
      of: "\"playwright\"", with: "\"sqlite\": { \"command\": \"sqlite-mcp\" },\n    \"playwright\"")
    try edited.write(to: config, atomically: true, encoding: .utf8)
    let changes = try installer.planUninstall(claude, scope: .project, command: command)
    try installer.uninstall(changes)
    let final = try String(contentsOf: config, encoding: .utf8)
    #expect(final.contains("sqlite-mcp"))
    #expect(!final.contains("lattice"))
    #expect(changes.contains { $0.note?.contains("edited since install") == true })
  }

  @Test func dryRunDiffShowsTheAddedServer() throws {
    let sandbox = try Sandbox()
    defer { sandbox.remove() }
    let changes = try sandbox.installer.planInstall([AgentCatalog.named("codex")!], scope: .user, command: command)
    let diff = changes.map(\.diff).joined()
    #expect(diff.contains("+++ b/~/.codex/config.toml"))
    #expect(diff.contains("+[mcp_servers.lattice]"))
    #expect(diff.contains("+command = \"lattice\""))
  }
}
