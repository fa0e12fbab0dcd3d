// Which repository paths discovery skips: git's ignore semantics plus Lattice's built-in defaults.

/// The ignore rules in effect for a repository walk, as an immutable stack of pattern layers.
///
/// Invariants:
/// - Layers run from lowest to highest precedence: Lattice's default ignores, then `.git/info/exclude`,
///   then each `.gitignore` ordered by directory depth (root first). Insertion keeps this order whatever
///   order files are added in, so a deeper `.gitignore` always overrides its ancestors, as in git.
/// - Within and across layers the last matching pattern decides, and a negated pattern re-includes. Only
///   layers whose directory contains the path take part, so sibling `.gitignore` files never interact.
/// - The always-ignored names (`alwaysIgnoredNames`) are checked before every layer and no negation can
///   re-include them: a whitelist-style `.gitignore` (`*` then `!*/`) would otherwise drag `.git` and
///   Lattice's own store into the index. The other defaults can be re-included like any git rule.
/// - Evaluation is per path: `isIgnored` does not look at ancestors, so a file inside an ignored directory
///   reports `false` on its own. Git never re-includes anything below an excluded directory, and the walker
///   gets that for free by not descending into ignored directories. Callers holding an arbitrary path
///   (file-watcher events, explicit arguments) use `isIgnoredConsideringAncestors` instead.
/// - Paths are repository-relative with `/` separators and no leading `/`, trailing `/`, or `./`.
public struct IgnoreRules: Sendable {
  /// Where a deciding pattern came from, for diagnostics in the spirit of `git check-ignore -v`.
  public enum Origin: Sendable, Hashable {
    /// Lattice's built-in defaults.
    case builtIn
    /// `.git/info/exclude` or another repository-wide exclude list.
    case excludeFile
    /// The `.gitignore` in this repository-relative directory (`""` for the root).
    case gitignore(directory: String)
  }

  /// The last pattern that matched a path, which decides whether it is ignored.
  public struct Match: Sendable, Equatable {
    public let pattern: IgnorePattern
    public let origin: Origin
    /// A negated pattern deciding means the path was explicitly re-included.
    public var isIgnored: Bool { !pattern.isNegated }
  }

  /// Names ignored at any depth, whether file or directory, that no `.gitignore` can re-include: version
  /// control metadata (a submodule's `.git` is a file) and Lattice's own index.
  public static let alwaysIgnoredNames: [String] = [".git", ".hg", ".svn", ".lattice"]

  /// Directory names ignored at any depth unless a `.gitignore` re-includes them: dependencies, build
  /// output, caches, virtual environments and editor state, which are large and not the project's code.
  public static let defaultIgnoredDirectoryNames: [String] = [
    "node_modules", ".build", "build", "dist", "out", "target", "coverage", "__pycache__", ".venv", "venv",
    ".tox", ".mypy_cache", ".pytest_cache", ".next", ".nuxt", "vendor", "third_party", ".idea", ".vscode",
  ]

  /// The patterns of one ignore file, scoped to the directory it applies to.
  private struct Layer: Sendable {
    let origin: Origin
    /// Orders layers by precedence: built-ins and exclude files sit below the root `.gitignore` (depth 0).
    let depth: Int
    /// The directory plus `/` as UTF-8 (empty for repository-wide layers), compared bytewise per path.
    let prefix: [UInt8]
    let patterns: [IgnorePattern]
  }

  private var alwaysIgnored: [IgnorePattern]
  private var layers: [Layer]

  /// Rules that ignore nothing, not even `.git`; mostly useful for tests and tools that want pure git
  /// semantics. Discovery starts from `defaults()`.
  public init() {
    alwaysIgnored = []
    layers = []
  }

  /// Lattice's built-in ignores, which apply even in a repository without any `.gitignore`.
  public static func defaults() -> IgnoreRules {
    var rules = IgnoreRules()
    rules.alwaysIgnored = alwaysIgnoredNames.compactMap { IgnorePattern(line: $0) }
    rules.insert(
      Layer(
        origin: .builtIn, depth: -2, prefix: [],
        patterns: defaultIgnoredDirectoryNames.compactMap { IgnorePattern(line: $0 + "/") }))
    return rules
  }

  /// These rules plus the `.gitignore` found in `directory` (repository-relative, `""` for the root).
  ///
  /// Its patterns apply only to paths below `directory` and are matched relative to it. A file without
  /// patterns returns the rules unchanged, so the walker can call this for every directory cheaply.
  public func adding(gitignoreContents: String, directory: String) -> IgnoreRules {
    let directory = Self.normalizedDirectory(directory)
    let depth = directory.isEmpty ? 0 : directory.utf8.count(where: { $0 == IgnorePattern.ASCII.slash }) + 1
    let prefix = directory.isEmpty ? [] : Array(directory.utf8) + [IgnorePattern.ASCII.slash]
    return adding(
      contents: gitignoreContents, origin: .gitignore(directory: directory), depth: depth, prefix: prefix)
  }

  /// These rules plus a repository-wide exclude list such as `.git/info/exclude`, whose patterns are
  /// relative to the root and rank below every `.gitignore`, as in git.
  public func adding(excludeFileContents: String) -> IgnoreRules {
    adding(contents: excludeFileContents, origin: .excludeFile, depth: -1, prefix: [])
  }

  /// Whether `path` itself is ignored, without considering its ancestors (see the type's invariants).
  public func isIgnored(path: String, isDirectory: Bool) -> Bool {
    match(path: path, isDirectory: isDirectory)?.isIgnored ?? false
  }

  /// Whether `path` or any directory above it is ignored, for paths that did not come from a pruned walk.
  public func isIgnoredConsideringAncestors(path: String, isDirectory: Bool) -> Bool {
    var path = path
    return path.withUTF8 { bytes in
      for index in bytes.indices where index > 0 && bytes[index] == IgnorePattern.ASCII.slash {
        let ancestor = UnsafeBufferPointer(rebasing: bytes[..<index])
        if match(utf8: ancestor, isDirectory: true)?.isIgnored == true { return true }
      }
      return match(utf8: bytes, isDirectory: isDirectory)?.isIgnored == true
    }
  }

  /// The pattern deciding `path`'s fate, or `nil` when none matches (the path is not ignored).
  public func match(path: String, isDirectory: Bool) -> Match? {
    var path = path
    return path.withUTF8 { match(utf8: $0, isDirectory: isDirectory) }
  }

  private func match(utf8 path: UnsafeBufferPointer<UInt8>, isDirectory: Bool) -> Match? {
    for pattern in alwaysIgnored where pattern.matches(utf8: path, isDirectory: isDirectory) {
      return Match(pattern: pattern, origin: .builtIn)
    }
    for layer in layers.reversed() {
      // The directory itself is outside its own `.gitignore`'s scope; only paths strictly below it count.
      guard path.count > layer.prefix.count, path.starts(with: layer.prefix) else { continue }
      let relative = UnsafeBufferPointer(rebasing: path[layer.prefix.count...])
      for pattern in layer.patterns.reversed()
      where pattern.matches(utf8: relative, isDirectory: isDirectory) {
        return Match(pattern: pattern, origin: layer.origin)
      }
    }
    return nil
  }

  private func adding(contents: String, origin: Origin, depth: Int, prefix: [UInt8]) -> IgnoreRules {
    let patterns = IgnorePattern.patterns(inGitignore: contents)
    guard !patterns.isEmpty else { return self }
    var rules = self
    rules.insert(Layer(origin: origin, depth: depth, prefix: prefix, patterns: patterns))
    return rules
  }

  /// Inserts after every layer of equal or lower depth, so ties keep the order files were added in.
  private mutating func insert(_ layer: Layer) {
    let index = layers.lastIndex { $0.depth <= layer.depth }.map { $0 + 1 } ?? 0
    layers.insert(layer, at: index)
  }

  /// Accepts the spellings callers naturally produce for a directory (`"."`, `"./src"`, `"src/"`).
  private static func normalizedDirectory(_ directory: String) -> String {
    var trimmed = Substring(directory)
    while trimmed.hasPrefix("./") { trimmed = trimmed.dropFirst(2) }
    while trimmed.first == "/" { trimmed = trimmed.dropFirst() }
    while trimmed.last == "/" { trimmed = trimmed.dropLast() }
    return trimmed == "." ? "" : String(trimmed)
  }
}
