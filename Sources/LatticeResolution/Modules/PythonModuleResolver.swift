import LatticeModel

/// Python import resolution for project files. A file's dotted module name is counted from its
/// source root: the nearest ancestor folder that is not a package (has no `__init__.py`), so both
/// flat layouts and `src/` layouts work. Relative imports (`..pkg.mod`) climb from the importing
/// file's package.
struct PythonModuleResolver: ModuleResolver {
  /// Dotted module name → file; a package's name maps to its `__init__.py`.
  let modules: [String: String]
  let files: Set<String>

  init(files: Set<String>) {
    self.files = files
    let packages = Set(
      files.filter { $0.hasSuffix("/__init__.py") || $0 == "__init__.py" }.map { RepoPath.directory(of: $0) })
    var modules: [String: String] = [:]
    for file in files.sorted() where file.hasSuffix(".py") || file.hasSuffix(".pyi") {
      var parts = file.split(separator: "/").map(String.init)
      let last = parts.removeLast()
      let stem = String(last[..<last.lastIndex(of: ".")!])
      var names: [String] = stem == "__init__" ? [] : [stem]
      var directory = parts
      // Climb while the folder is a package.
      while !directory.isEmpty, packages.contains(directory.joined(separator: "/")) {
        names.insert(directory.removeLast(), at: 0)
      }
      guard !names.isEmpty else { continue }
      let name = names.joined(separator: ".")
      // A `.py` file wins over a `.pyi` stub of the same module.
      if modules[name] == nil || file.hasSuffix(".py") { modules[name] = file }
    }
    self.modules = modules
  }

  func resolve(_ specifier: String, from file: String) -> String? {
    guard specifier.hasPrefix(".") else { return modules[specifier] }
    let dots = specifier.prefix { $0 == "." }.count
    var directory = RepoPath.directory(of: file)
    for _ in 1..<max(dots, 1) {
      guard !directory.isEmpty else { return nil }
      directory = RepoPath.directory(of: directory)
    }
    let rest = specifier.dropFirst(dots).split(separator: ".").joined(separator: "/")
    let base = RepoPath.join(directory, rest)
    let packageFiles = [RepoPath.join(base, "__init__.py"), RepoPath.join(base, "__init__.pyi")]
    // `from . import x` names the package itself; `from .mod import x` a module or a package.
    let candidates = rest.isEmpty ? packageFiles : ["\(base).py", "\(base).pyi"] + packageFiles
    for candidate in candidates where files.contains(candidate) {
      return candidate
    }
    return nil
  }

  func submoduleSpecifier(_ specifier: String, name: String) -> String? {
    specifier.hasSuffix(".") ? specifier + name : "\(specifier).\(name)"
  }
}
