import Foundation
import LatticeExtraction
import LatticeModel

/// A file the walk found: a source file Lattice indexes, or one it must skip with a reason.
struct DiscoveredFile: Sendable {
  var path: String
  var language: Language?
  var size: Int
  var mtime: Double
  /// Set when the file cannot be indexed whatever its content (symlink loop, unreadable).
  var skipReason: SkipReason?
}

/// What a walk of the repository found.
struct Discovery: Sendable {
  var files: [DiscoveredFile]
  /// `tsconfig.json`/`jsconfig.json` paths, for module aliases.
  var moduleConfigs: [String]
}

/// Walks a repository: honours `.gitignore` files (each applying to its folder), the
/// repository's `.git/info/exclude`, and Lattice's default ignores (VCS folders,
/// `node_modules`, build outputs, vendored code). Symlinked folders are not followed, as git
/// does not follow them; symlinked files are indexed by their link path.
enum FileDiscovery {
  static let moduleConfigNames: Set<String> = [
    "tsconfig.json", "jsconfig.json", "go.mod", "Package.swift", "composer.json",
  ]

  static func walk(root: URL) -> Discovery {
    var rules = IgnoreRules.defaults()
    if let exclude = try? String(contentsOf: root.appendingPathComponent(".git/info/exclude"), encoding: .utf8) {
      rules = rules.adding(excludeFileContents: exclude)
    }
    var result = Discovery(files: [], moduleConfigs: [])
    walk(directory: "", root: root.path, rules: rules, into: &result)
    result.files.sort { $0.path < $1.path }
    result.moduleConfigs.sort()
    return result
  }

  /// Looks at given paths only (a watcher's batch): which are indexable source files now, applying
  /// the same ignore rules as a walk (every `.gitignore` above each path). Paths that no longer
  /// exist, are ignored, or are not source files are simply absent from the result.
  static func inspect(_ paths: Set<String>, root: URL) -> Discovery {
    let oracle = IgnoreOracle(root: root)
    var result = Discovery(files: [], moduleConfigs: [])
    for path in paths.sorted() {
      guard !oracle.isIgnored(path, isDirectory: false) else { continue }
      let name = RepoPath.fileName(of: path)
      let full = root.appendingPathComponent(path).path
      var info = stat()
      guard lstat(full, &info) == 0, var language = LanguageRegistry.language(forPath: name) else { continue }
      if isHeader(name) {
        let siblings =
          (try? FileManager.default.contentsOfDirectory(atPath: (full as NSString).deletingLastPathComponent)) ?? []
        language = headerLanguage(siblings: siblings)
      }
      if let file = entry(path: path, full: full, language: language, info: info) { result.files.append(file) }
    }
    return result
  }

  /// A regular file, or a symlink to one (a loop or a dangling link is kept with its skip reason);
  /// nil for anything else.
  private static func entry(path: String, full: String, language: Language, info: stat) -> DiscoveredFile? {
    let type = info.st_mode & S_IFMT
    guard type == S_IFREG || type == S_IFLNK else { return nil }
    var file = DiscoveredFile(
      path: path, language: language, size: Int(info.st_size), mtime: modificationTime(info), skipReason: nil)
    if type == S_IFLNK {
      var target = stat()
      if stat(full, &target) != 0 {
        file.skipReason = errno == ELOOP ? .symlinkLoop : .unreadable
      } else if target.st_mode & S_IFMT != S_IFREG {
        return nil
      } else {
        file.size = Int(target.st_size)
        file.mtime = modificationTime(target)
      }
    }
    return file
  }

  private static func walk(directory: String, root: String, rules: IgnoreRules, into result: inout Discovery) {
    let absolute = directory.isEmpty ? root : "\(root)/\(directory)"
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: absolute) else { return }
    var rules = rules
    if let gitignore = try? String(contentsOfFile: "\(absolute)/.gitignore", encoding: .utf8) {
      rules = rules.adding(gitignoreContents: gitignore, directory: directory)
    }
    let headers = headerLanguage(siblings: names)
    for name in names.sorted() {
      let path = RepoPath.join(directory, name)
      let full = "\(absolute)/\(name)"
      var info = stat()
      guard lstat(full, &info) == 0 else { continue }
      let type = info.st_mode & S_IFMT
      if type == S_IFDIR {
        if !rules.isIgnored(path: path, isDirectory: true) {
          walk(directory: path, root: root, rules: rules, into: &result)
        }
        continue
      }
      guard type == S_IFREG || type == S_IFLNK, !rules.isIgnored(path: path, isDirectory: false) else { continue }
      if moduleConfigNames.contains(name) { result.moduleConfigs.append(path) }
      guard let language = isHeader(name) ? headers : LanguageRegistry.language(forPath: name),
        let file = entry(path: path, full: full, language: language, info: info)
      else { continue }
      result.files.append(file)
    }
  }

  private static func isHeader(_ name: String) -> Bool { name.lowercased().hasSuffix(".h") }

  /// The language of the `.h` files in a folder, judged by their siblings: C++ when the folder holds
  /// C++ sources and no C ones, Objective-C when it holds `.m` files and no C ones, else C. (A header
  /// folder with no sources at all stays C.) Walks and watcher batches judge alike.
  static func headerLanguage(siblings: [String]) -> Language {
    var seen: Set<Language> = []
    for name in siblings where !isHeader(name) {
      if let language = LanguageRegistry.language(forPath: name) { seen.insert(language) }
    }
    if seen.contains(.c) { return .c }
    if seen.contains(.cpp) { return .cpp }
    if seen.contains(.objc) { return .objc }
    return .c
  }

  private static func modificationTime(_ info: stat) -> Double {
    Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
  }
}
