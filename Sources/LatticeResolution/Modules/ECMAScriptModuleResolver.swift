import LatticeModel

/// Node/TypeScript module resolution for project files: relative specifiers with extension
/// and index-file probing (`./x.js` may name `x.ts`), then tsconfig `paths` and `baseUrl`.
struct ECMAScriptModuleResolver: ModuleResolver {
  let files: Set<String>
  /// tsconfig/jsconfig aliases, deepest folder first so the nearest config wins.
  let aliases: [ModuleAliases]

  private static let extensions = ["ts", "tsx", "d.ts", "js", "jsx", "mjs", "cjs", "mts", "cts"]
  private static let runtimeToSource = ["js": ["ts", "tsx"], "jsx": ["tsx"], "mjs": ["mts"], "cjs": ["cts"]]

  init(files: Set<String>, aliases: [ModuleAliases]) {
    self.files = files
    self.aliases = aliases.sorted { ($0.directory.count, $0.directory) > ($1.directory.count, $1.directory) }
  }

  func resolve(_ specifier: String, from file: String) -> String? {
    if specifier.hasPrefix("./") || specifier.hasPrefix("../") || specifier == "." || specifier == ".." {
      guard let base = RepoPath.normalize(RepoPath.join(RepoPath.directory(of: file), specifier)) else { return nil }
      return probe(base)
    }
    if specifier.hasPrefix("/") { return nil }
    guard let config = aliases.first(where: { isUnder(file, $0.directory) }) else { return nil }
    for alias in config.paths {
      guard let captured = match(alias.pattern, specifier) else { continue }
      for target in alias.targets {
        let path = target.split(separator: "*", omittingEmptySubsequences: false).joined(separator: captured)
        if let normalized = RepoPath.normalize(path), let found = probe(normalized) { return found }
      }
    }
    if let baseURL = config.baseURL, let normalized = RepoPath.normalize(RepoPath.join(baseURL, specifier)) {
      return probe(normalized)
    }
    return nil
  }

  func submoduleSpecifier(_ specifier: String, name: String) -> String? { nil }

  /// Tries the path as written, with each extension, the TypeScript source of a `.js` path,
  /// and an index file inside it.
  private func probe(_ base: String) -> String? {
    if files.contains(base) { return base }
    if let dot = base.lastIndex(of: "."), let sources = Self.runtimeToSource[String(base[base.index(after: dot)...])] {
      let stem = base[..<dot]
      for ext in sources where files.contains("\(stem).\(ext)") { return "\(stem).\(ext)" }
    }
    for ext in Self.extensions where files.contains("\(base).\(ext)") { return "\(base).\(ext)" }
    for ext in Self.extensions where files.contains(RepoPath.join(base, "index.\(ext)")) {
      return RepoPath.join(base, "index.\(ext)")
    }
    return nil
  }

  /// Matches a tsconfig `paths` pattern with at most one `*`; returns what the star matched.
  private func match(_ pattern: String, _ specifier: String) -> String? {
    guard let star = pattern.firstIndex(of: "*") else { return pattern == specifier ? "" : nil }
    let prefix = pattern[..<star]
    let suffix = pattern[pattern.index(after: star)...]
    guard specifier.hasPrefix(prefix), specifier.hasSuffix(suffix), specifier.count >= prefix.count + suffix.count
    else { return nil }
    return String(specifier.dropFirst(prefix.count).dropLast(suffix.count))
  }

  private func isUnder(_ file: String, _ directory: String) -> Bool {
    directory.isEmpty || file.hasPrefix(directory + "/")
  }
}
