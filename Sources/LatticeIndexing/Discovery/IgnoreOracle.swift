import Foundation
import LatticeModel

/// Answers "is this path ignored?" for any repository path, with the same rules a walk applies
/// (defaults, `.git/info/exclude`, every `.gitignore` above the path). Rules per folder are read
/// once and cached; thread-safe, so a file watcher can call it from its own task.
public final class IgnoreOracle: @unchecked Sendable {
  // @unchecked: the cache is only touched under `lock`.
  private let root: URL
  private let lock = NSLock()
  private var rulesByFolder: [String: IgnoreRules] = [:]

  public init(root: URL) { self.root = root }

  public func isIgnored(_ path: String, isDirectory: Bool) -> Bool {
    lock.lock()
    defer { lock.unlock() }
    return rules(for: RepoPath.directory(of: path)).isIgnoredConsideringAncestors(path: path, isDirectory: isDirectory)
  }

  private func rules(for folder: String) -> IgnoreRules {
    if let cached = rulesByFolder[folder] { return cached }
    var rules: IgnoreRules
    if folder.isEmpty {
      rules = IgnoreRules.defaults()
      if let exclude = try? String(contentsOf: root.appendingPathComponent(".git/info/exclude"), encoding: .utf8) {
        rules = rules.adding(excludeFileContents: exclude)
      }
    } else {
      rules = self.rules(for: RepoPath.directory(of: folder))
    }
    let gitignore = root.appendingPathComponent(folder).appendingPathComponent(".gitignore")
    if let text = try? String(contentsOf: gitignore, encoding: .utf8) {
      rules = rules.adding(gitignoreContents: text, directory: folder)
    }
    rulesByFolder[folder] = rules
    return rules
  }
}
