import Foundation

/// Where an install looks and writes: the user's home, the repository, the executable search path.
/// Tests point it at temporary folders.
public struct InstallEnvironment: Sendable {
  public var home: URL
  public var projectRoot: URL
  public var searchPath: [String]

  public init(home: URL, projectRoot: URL, searchPath: [String]) {
    self.home = home
    self.projectRoot = projectRoot
    self.searchPath = searchPath
  }

  /// The current process's environment: `$HOME`, the given repository, `$PATH`.
  public static func current(projectRoot: URL) -> InstallEnvironment {
    let environment = ProcessInfo.processInfo.environment
    let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
    let path = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
    return InstallEnvironment(home: home, projectRoot: projectRoot, searchPath: path)
  }

  func base(for scope: InstallScope) -> URL { scope == .user ? home : projectRoot }

  /// Lattice's own state: the install manifest and the backups of edited files.
  var stateFolder: URL { home.appendingPathComponent(".lattice") }

  func isExecutableOnPath(_ name: String) -> Bool {
    searchPath.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(name)") }
  }

  /// Whether the agent appears to be installed: one of its home folders or binaries exists.
  public func detects(_ agent: AgentTarget) -> Bool {
    agent.homeMarkers.contains { FileManager.default.fileExists(atPath: home.appendingPathComponent($0).path) }
      || agent.binaries.contains(where: isExecutableOnPath)
  }
}
