/// Module names a project configuration maps to folders, already read by Indexing so that Resolution
/// does no I/O: `tsconfig.json`/`jsconfig.json` `baseUrl` and `paths`; a Go module path (`go.mod`:
/// `example.com/shop` → its folder); SwiftPM targets (`Package.swift`: target name → its path);
/// Composer PSR-4 prefixes (`composer.json`: `App\` → `src/`).
public struct ModuleAliases: Codable, Sendable, Hashable {
  /// Which configuration the aliases come from; nil for tsconfig/jsconfig.
  public enum Scheme: String, Codable, Sendable {
    case goModule = "go.mod"
    case swiftPackage = "Package.swift"
    case composer = "composer.json"
  }

  public var scheme: Scheme?
  /// Folder holding the config, repository-relative ("" for the root). The aliases apply to files under it.
  public var directory: String
  /// `baseUrl`, resolved against `directory`; nil when unset.
  public var baseURL: String?
  /// `paths` entries in file order: a pattern (`@lib/*`) and its targets, resolved against baseUrl
  /// (or the config's folder).
  public var paths: [PathAlias]

  public struct PathAlias: Codable, Sendable, Hashable {
    public var pattern: String
    public var targets: [String]

    public init(pattern: String, targets: [String]) {
      self.pattern = pattern
      self.targets = targets
    }
  }

  public init(directory: String, baseURL: String?, paths: [PathAlias], scheme: Scheme? = nil) {
    self.scheme = scheme
    self.directory = directory
    self.baseURL = baseURL
    self.paths = paths
  }
}
