import LatticeModel

/// Paths accepted from agents and users stay inside the repository: repository-relative, no `..`
/// segments, no absolute paths. (Returned paths come from the index, which holds only such paths.)
enum PathRules {
  static func confined(_ path: String) -> String? {
    var trimmed = path
    while trimmed.hasPrefix("./") { trimmed.removeFirst(2) }
    while trimmed.hasSuffix("/") { trimmed.removeLast() }
    if trimmed == "." { return "" }
    guard !trimmed.hasPrefix("/"), !trimmed.hasPrefix("~"),
      !trimmed.split(separator: "/").contains(where: { $0 == ".." || $0 == "." })
    else { return nil }
    return trimmed
  }

  static func isTest(_ path: String) -> Bool { TestPaths.isTest(path) }
}
