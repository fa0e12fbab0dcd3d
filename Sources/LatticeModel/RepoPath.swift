/// Repository-relative path arithmetic with `/` separators (no file-system access).
public enum RepoPath {
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
  }

  public static func fileName(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  public static func join(_ base: String, _ relative: String) -> String {
    base.isEmpty ? relative : relative.isEmpty ? base : "\(base)/\(relative)"
  }

  /// Resolves `.` and `..` segments; nil when the path climbs above the repository root.
  public static func normalize(_ path: String) -> String? {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      switch part {
      case ".": continue
      case "..":
        guard !parts.isEmpty else { return nil }
        parts.removeLast()
      default: parts.append(part)
      }
    }
    return parts.joined(separator: "/")
  }
}
