import LatticeModel

/// Module resolution for the families whose imports name files or directories by path conventions:
/// Go import paths, JVM/.NET/PHP packages and namespaces (directory suffixes), Swift modules (SwiftPM
/// targets), Rust `crate::`/`self::`/`super::` paths, C includes, Ruby/Lua/Dart/Haskell requires and
/// relative includes (Zig, Solidity, Julia, R, shell). A package resolves to one file of its
/// directory; lookups in it reach every file of the package (Binder.lookupExport).
struct PathModuleResolver: ModuleResolver {
  let family: LanguageFamily
  /// Project files of this family.
  let files: Set<String>
  /// Directory → its files of this family, sorted.
  let directories: [String: [String]]
  /// Directories by their last component, for suffix matching.
  let directoriesByName: [String: [String]]
  /// File name → the files with that name, for suffix matching of includes.
  let filesByName: [String: [String]]
  /// Directory → the file standing for its package: the first non-test file.
  private let representatives: [String: String]
  /// Module names the project's configuration maps to folders (go.mod, Package.swift, composer.json).
  private let configured: [ModuleAliases.PathAlias]

  init(
    family: LanguageFamily, files allFiles: Set<String>, aliases: [ModuleAliases] = [],
    languageOf: (String) -> Language?
  ) {
    self.family = family
    let scheme: ModuleAliases.Scheme? =
      switch family {
      case .go: .goModule
      case .swift: .swiftPackage
      case .php: .composer
      default: nil
      }
    // Longest module names first: the most specific configuration wins.
    self.configured = aliases.filter { $0.scheme != nil && $0.scheme == scheme }.flatMap(\.paths)
      .sorted { ($0.pattern.count, $0.pattern) > ($1.pattern.count, $1.pattern) }
    let files = allFiles.filter { languageOf($0)?.family == family }
    self.files = files
    var directories: [String: [String]] = [:]
    var byName: [String: [String]] = [:]
    for file in files.sorted() {
      directories[RepoPath.directory(of: file), default: []].append(file)
      byName[RepoPath.fileName(of: file), default: []].append(file)
    }
    self.directories = directories
    self.filesByName = byName
    self.representatives = directories.compactMapValues { members in
      members.first { !TestPaths.isTest($0) } ?? members.first
    }
    var directoriesByName: [String: [String]] = [:]
    for directory in directories.keys.sorted() {
      directoriesByName[RepoPath.fileName(of: directory).lowercased(), default: []].append(directory)
    }
    self.directoriesByName = directoriesByName
  }

  func package(of file: String) -> String? {
    switch family.packageScope {
    case .none: return nil
    case .global: return ""
    case .directory: return RepoPath.directory(of: file)
    case .swiftTarget:
      // The target (from Package.swift) whose folder holds the file, else the `Sources/<T>` convention.
      if let target = configured.flatMap(\.targets).filter({ file.hasPrefix($0 + "/") }).max(by: { $0.count < $1.count }
      ) {
        return target
      }
      let parts = file.split(separator: "/")
      if let index = parts.firstIndex(where: { $0 == "Sources" || $0 == "Tests" }), index + 2 < parts.count {
        return parts[...(index + 1)].joined(separator: "/")
      }
      return RepoPath.directory(of: file)
    }
  }

  func submoduleSpecifier(_ specifier: String, name: String) -> String? {
    switch family {
    case .rust: specifier.isEmpty ? name : "\(specifier)::\(name)"
    default: nil
    }
  }

  func resolve(_ specifier: String, from file: String) -> String? {
    switch family {
    case .go:
      // Under the go.mod's module path: the folder it names. Otherwise an import path ends with
      // the package's directory; at least two components must match (or the whole path), so
      // `"strings"` does not bind a project folder named `strings`.
      for alias in configured where specifier == alias.pattern || specifier.hasPrefix(alias.pattern + "/") {
        let rest = String(specifier.dropFirst(alias.pattern.count)).drop { $0 == "/" }
        return alias.targets.lazy.compactMap { self.representative(RepoPath.join($0, String(rest))) }.first
      }
      let components = specifier.split(separator: "/").map(String.init)
      if components.count == 1 { return representative(specifier) }
      return packageDirectory(components, minimumMatch: 2).flatMap(representative)
    case .jvm, .dotnet, .php, .haskell:
      let components = specifier.split { $0 == "." || $0 == "\\" }.map(String.init)
      // PSR-4: a namespace prefix names a folder, the rest of the namespace its subfolders.
      for alias in configured {
        let prefix = alias.pattern.split(separator: "\\").map(String.init)
        guard !prefix.isEmpty, components.starts(with: prefix) else { continue }
        let rest = components.dropFirst(prefix.count).joined(separator: "/")
        if let file = alias.targets.lazy.compactMap({ self.representative(RepoPath.join($0, rest)) }).first {
          return file
        }
      }
      if family == .haskell {
        return suffixFile(components.joined(separator: "/") + ".hs")
      }
      return packageDirectory(components, minimumMatch: 1).flatMap(representative)
    case .swift:
      if let alias = configured.first(where: { $0.pattern == specifier }) {
        let files = self.files.filter { file in alias.targets.contains { file.hasPrefix($0 + "/") } }.sorted()
        return files.first { !TestPaths.isTest($0) } ?? files.first
      }
      return (directoriesByName[specifier.lowercased()] ?? []).lazy.compactMap(representative).first
    case .rust:
      return rustModule(specifier, from: file)
    case .c:
      return relative(specifier, from: file) ?? suffixFile(specifier)
    case .ruby:
      let name = specifier.hasSuffix(".rb") ? specifier : specifier + ".rb"
      return relative(name, from: file) ?? suffixFile(name)
    case .lua:
      let path = String(specifier.map { $0 == "." ? "/" : $0 })
      return suffixFile(path + ".lua") ?? suffixFile(path + "/init.lua")
    case .dart:
      if specifier.hasPrefix("package:") {
        let rest = specifier.dropFirst("package:".count).split(separator: "/").dropFirst().joined(separator: "/")
        return suffixFile("lib/" + rest)
      }
      return relative(specifier, from: file)
    case .shell, .r, .julia, .zig, .solidity, .erlang:
      // `"$DIR/lib.sh"`, `file.path(root, "x.R")`: the path after any variable prefix.
      let path = specifier.split(separator: "/").drop { $0.contains("$") || $0.contains("(") }.joined(separator: "/")
      return relative(path, from: file) ?? suffixFile(path)
    default:
      return nil
    }
  }

  // MARK: Strategies

  /// A file of a directory, standing for its package: the first non-test file.
  private func representative(_ directory: String) -> String? { representatives[directory] }

  /// The directory whose path ends with the longest tail of `components` (at least `minimumMatch`
  /// of them), compared without case (PHP namespaces, C# namespaces vs folders).
  private func packageDirectory(_ components: [String], minimumMatch: Int) -> String? {
    guard let last = components.last, minimumMatch >= 1 else { return nil }
    let candidates = directoriesByName[last.lowercased()] ?? []
    var best: (directory: String, matched: Int)?
    for directory in candidates {
      let parts = directory.split(separator: "/").map { $0.lowercased() }
      var matched = 0
      while matched < min(parts.count, components.count),
        parts[parts.count - 1 - matched] == components[components.count - 1 - matched].lowercased()
      {
        matched += 1
      }
      if matched >= minimumMatch, matched > (best?.matched ?? 0) { best = (directory, matched) }
    }
    return best?.directory
  }

  private func relative(_ path: String, from file: String) -> String? {
    guard !path.isEmpty, !path.hasPrefix("/") else { return nil }
    guard let joined = RepoPath.normalize(RepoPath.join(RepoPath.directory(of: file), path)) else { return nil }
    return files.contains(joined) ? joined : nil
  }

  /// The project file whose path ends with `path` (an include directory or load path in front);
  /// nil when none or several do.
  private func suffixFile(_ path: String) -> String? {
    let trimmed = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
    guard !trimmed.isEmpty else { return nil }
    let matches = (filesByName[RepoPath.fileName(of: trimmed)] ?? []).filter {
      $0 == trimmed || $0.hasSuffix("/" + trimmed)
    }
    return matches.count == 1 ? matches[0] : nil
  }

  /// `crate::a::b`, `self::x`, `super::x`, `a::b`: module files under the crate root (the nearest
  /// folder above `file` holding `lib.rs` or `main.rs`), as `a/b.rs` or `a/b/mod.rs`.
  private func rustModule(_ specifier: String, from file: String) -> String? {
    var parts = specifier.split(separator: ":").map(String.init)
    var directory: String
    if parts.first == "crate" {
      guard let root = crateRoot(of: file) else { return nil }
      directory = root
      parts.removeFirst()
      if parts.isEmpty { return rootFile(root) }
    } else if parts.first == "self" || parts.first == "super" {
      directory = moduleDirectory(of: file)
      while parts.first == "self" || parts.first == "super" {
        if parts.removeFirst() == "super" { directory = RepoPath.directory(of: directory) }
      }
      if parts.isEmpty { return moduleFile(directory) }
    } else {
      guard let root = crateRoot(of: file) else { return nil }
      directory = root
    }
    // The longest prefix of the path that names a module file (the rest are items inside it).
    var found: String?
    for part in parts {
      directory = RepoPath.join(directory, part)
      guard let module = moduleFile(directory) else { break }
      found = module
    }
    return found
  }

  private func crateRoot(of file: String) -> String? {
    var directory = RepoPath.directory(of: file)
    while true {
      if rootFile(directory) != nil { return directory }
      if directory.isEmpty { return nil }
      directory = RepoPath.directory(of: directory)
    }
  }

  private func rootFile(_ directory: String) -> String? {
    ["lib.rs", "main.rs"].map { RepoPath.join(directory, $0) }.first(where: files.contains)
  }

  /// The folder holding a module's submodules: `src/a.rs` → `src/a`; `src/a/mod.rs`, `src/lib.rs` → their folder.
  private func moduleDirectory(of file: String) -> String {
    let name = RepoPath.fileName(of: file)
    if ["mod.rs", "lib.rs", "main.rs"].contains(name) { return RepoPath.directory(of: file) }
    return String(file.dropLast(3))
  }

  /// The file of the module at `path` (`a/b` → `a/b.rs` or `a/b/mod.rs`).
  private func moduleFile(_ path: String) -> String? {
    ["\(path).rs", RepoPath.join(path, "mod.rs")].first(where: files.contains) ?? rootFile(path)
  }
}
