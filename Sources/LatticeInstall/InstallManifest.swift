import Foundation

/// What `lattice install` changed, so `uninstall` can put every file back exactly.
/// Stored as JSON in `~/.lattice/installs.json`; keys are absolute file paths.
struct InstallManifest: Codable {
  struct Entry: Codable {
    var agent: String
    var scope: String
    /// Backup of the file as it was before the first install; nil when Lattice created the file.
    var backup: String?
    /// Folders Lattice created for the file, deepest first (removed again on uninstall if empty).
    var createdFolders: [String]
    /// Content hash right after the install: unchanged since means a byte-exact restore is safe.
    var installedHash: String
  }

  var files: [String: Entry] = [:]

  static func load(from url: URL) throws -> InstallManifest {
    guard let data = FileManager.default.contents(atPath: url.path) else { return InstallManifest() }
    do {
      return try JSONDecoder().decode(InstallManifest.self, from: data)
    } catch {
      throw InstallError("\(url.path) is not a Lattice install manifest (\(error)); move it aside and retry")
    }
  }

  func save(to url: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try encoder.encode(self).write(to: url, options: .atomic)
  }
}

/// An install problem a user can act on: one line, says what to do.
public struct InstallError: Error, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}
