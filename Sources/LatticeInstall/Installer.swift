import Foundation
import LatticeModel

/// One file change an install or uninstall would make.
public struct PlannedChange: Sendable {
  public var agent: String
  public var file: URL
  /// Path as shown to the user (`~/.codex/config.toml`, `.mcp.json`).
  public var displayPath: String
  public var before: String?
  /// nil: the file is removed.
  public var after: String?
  /// Why an uninstall could not restore the file byte for byte.
  public var note: String?

  public var diff: String {
    UnifiedDiff.make(
      old: before ?? "", new: after ?? "", oldName: before == nil ? "/dev/null" : "a/\(displayPath)",
      newName: after == nil ? "/dev/null" : "b/\(displayPath)")
  }
}

/// Registers Lattice's MCP server and instruction snippet with coding agents, and takes them out
/// again. Plans are computed in full before anything is written, so a file that cannot be edited
/// (malformed JSON, say) stops the whole install with nothing changed.
public struct Installer: Sendable {
  public let environment: InstallEnvironment

  public init(environment: InstallEnvironment) { self.environment = environment }

  private var manifestURL: URL { environment.stateFolder.appendingPathComponent("installs.json") }

  public func detectedAgents() -> [AgentTarget] { AgentCatalog.all.filter(environment.detects) }

  // MARK: Install

  public func planInstall(
    _ agents: [AgentTarget], scope: InstallScope, command: ServerCommand
  ) throws
    -> [PlannedChange]
  {
    var changes: [PlannedChange] = []
    for agent in agents {
      guard let files = agent.files(scope, command) else { continue }
      for file in files {
        let url = environment.base(for: scope).appendingPathComponent(file.path)
        let before = try read(url, scope)
        let after: String
        do {
          after = try EditApplier.apply(file.edit, to: before)
        } catch {
          throw InstallError(
            "cannot edit \(display(url, scope)) for \(agent.name): \(error); fix the file, or set it up by hand with "
              + "`lattice install --print-config \(agent.id)`")
        }
        if after != before {
          changes.append(
            PlannedChange(agent: agent.id, file: url, displayPath: display(url, scope), before: before, after: after))
        }
      }
    }
    return changes
  }

  public func install(_ changes: [PlannedChange], scope: InstallScope) throws {
    var manifest = try InstallManifest.load(from: manifestURL)
    for change in changes {
      guard let after = change.after else { continue }
      let key = change.file.path
      if manifest.files[key] == nil {
        // First install into this file: keep what was there, to restore it exactly later.
        var backup: String?
        if let before = change.before {
          let url = backupURL(for: change.file)
          try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
          try Data(before.utf8).write(to: url, options: .atomic)
          backup = url.path
        }
        manifest.files[key] = InstallManifest.Entry(
          agent: change.agent, scope: scope.rawValue, backup: backup,
          createdFolders: missingFolders(above: change.file), installedHash: "")
      }
      try FileManager.default.createDirectory(
        at: change.file.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(after.utf8).write(to: change.file, options: .atomic)
      manifest.files[key]?.installedHash = ContentHash.of(after)
      // Save after every file, so an interrupted install can still be undone.
      try manifest.save(to: manifestURL)
    }
  }

  // MARK: Uninstall

  public func planUninstall(
    _ agents: [AgentTarget], scope: InstallScope, command: ServerCommand
  ) throws
    -> [PlannedChange]
  {
    let manifest = try InstallManifest.load(from: manifestURL)
    var changes: [PlannedChange] = []
    for agent in agents {
      guard let files = agent.files(scope, command) else { continue }
      for file in files {
        let url = environment.base(for: scope).appendingPathComponent(file.path)
        guard let current = try read(url, scope) else { continue }
        if let entry = manifest.files[url.path], entry.installedHash == ContentHash.of(current) {
          // Untouched since the install: put back exactly what was there.
          let original = try entry.backup.map { try read(URL(fileURLWithPath: $0)) ?? "" }
          changes.append(
            PlannedChange(
              agent: agent.id, file: url, displayPath: display(url, scope), before: current, after: original))
          continue
        }
        // Edited since (or installed by hand): take out only Lattice's part.
        let reverted: String?
        do {
          reverted = try EditApplier.revert(file.edit, in: current)
        } catch {
          throw InstallError(
            "cannot edit \(display(url, scope)) for \(agent.name): \(error); remove Lattice's entry by hand")
        }
        if reverted != current {
          changes.append(
            PlannedChange(
              agent: agent.id, file: url, displayPath: display(url, scope), before: current, after: reverted,
              note: manifest.files[url.path] == nil ? nil : "edited since install: only Lattice's entry removed"))
        }
      }
    }
    return changes
  }

  public func uninstall(_ changes: [PlannedChange]) throws {
    var manifest = try InstallManifest.load(from: manifestURL)
    var createdFolders: [String] = []
    for change in changes {
      let entry = manifest.files[change.file.path]
      if let after = change.after {
        try Data(after.utf8).write(to: change.file, options: .atomic)
      } else {
        try FileManager.default.removeItem(at: change.file)
        createdFolders += entry?.createdFolders ?? []
      }
      if let backup = entry?.backup { try? FileManager.default.removeItem(atPath: backup) }
      manifest.files[change.file.path] = nil
      try manifest.save(to: manifestURL)
    }
    // Only folders Lattice created, deepest first, and only when nothing else has been put in them.
    for folder in Set(createdFolders).sorted(by: { ($0.count, $0) > ($1.count, $1) })
    where (try? FileManager.default.contentsOfDirectory(atPath: folder))?.isEmpty == true {
      try? FileManager.default.removeItem(atPath: folder)
    }
    if manifest.files.isEmpty { removeEmptyState() }
  }

  /// With nothing installed, Lattice's state folder goes too (when nothing else is in it).
  private func removeEmptyState() {
    let fileManager = FileManager.default
    try? fileManager.removeItem(at: manifestURL)
    for folder in [environment.stateFolder.appendingPathComponent("backups"), environment.stateFolder]
    where (try? fileManager.contentsOfDirectory(atPath: folder.path))?.isEmpty == true {
      try? fileManager.removeItem(at: folder)
    }
  }

  // MARK: Helpers

  private func read(_ url: URL, _ scope: InstallScope = .user) throws -> String? {
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw InstallError("cannot read \(display(url, scope)); check its permissions")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw InstallError("\(display(url, scope)) is not UTF-8 text; Lattice will not edit it")
    }
    return text
  }

  private func backupURL(for file: URL) -> URL {
    let name = file.path.replacingOccurrences(of: "/", with: "%")
    return environment.stateFolder.appendingPathComponent("backups").appendingPathComponent(name)
  }

  /// Folders between the file and the nearest existing ancestor, deepest first.
  private func missingFolders(above file: URL) -> [String] {
    var folders: [String] = []
    var folder = file.deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.path), folder.path != "/" {
      folders.append(folder.path)
      folder = folder.deletingLastPathComponent()
    }
    return folders
  }

  /// `~/…` for user-scope files, repository-relative for project-scope ones.
  func display(_ url: URL, _ scope: InstallScope) -> String {
    let base = environment.base(for: scope).path
    guard url.path.hasPrefix(base + "/") else { return url.path }
    let relative = String(url.path.dropFirst(base.count + 1))
    return scope == .user ? "~/" + relative : relative
  }

}
