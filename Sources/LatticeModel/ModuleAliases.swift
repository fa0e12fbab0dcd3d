/// Path aliases from a `tsconfig.json`/`jsconfig.json` (`compilerOptions.baseUrl` and `paths`),
/// already read by Indexing so that Resolution does no I/O.
public struct ModuleAliases: Codable, Sendable, Hashable {
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

  public init(directory: String, baseURL: String?, paths: [PathAlias]) {
    self.directory = directory
    self.baseURL = baseURL
    self.paths = paths
  }
}
