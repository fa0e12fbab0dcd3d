import ArgumentParser
import Foundation
import LatticeQuery

/// Options every query command takes.
struct QueryOptions: ParsableArguments {
  @Option(help: "Repository root (default: the nearest ancestor holding .lattice/).")
  var root: String?

  @Option(help: "Maximum number of results; 0 means no limit.")
  var limit: Int = 100

  @Flag(help: "Print JSON (see docs/json.md).")
  var json = false

  func validate() throws {
    if limit < 0 { throw ValidationError("--limit must be 0 (no limit) or a positive number") }
  }

  /// Opens the index of the chosen or nearest repository.
  func engine() throws -> QueryEngine {
    let rootURL = try resolvedRoot()
    do {
      return try QueryEngine(root: rootURL)
    } catch {
      throw CLIError("\(error)")
    }
  }

  func resolvedRoot() throws -> URL { try Self.locateRoot(root) }

  /// The given repository (which must be indexed), or the nearest ancestor holding `.lattice/`.
  static func locateRoot(_ root: String?) throws -> URL {
    if let root {
      let url = URL(fileURLWithPath: root).standardizedFileURL
      guard FileManager.default.fileExists(atPath: url.appendingPathComponent(".lattice/index.db").path) else {
        throw CLIError("no index in \(url.path); run `lattice index \(root)` first")
      }
      return url
    }
    var directory = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL
    while true {
      if FileManager.default.fileExists(atPath: directory.appendingPathComponent(".lattice/index.db").path) {
        return directory
      }
      let parent = directory.deletingLastPathComponent()
      if parent.path == directory.path {
        throw CLIError("no index found here or in any parent folder; run `lattice index` in the repository first")
      }
      directory = parent
    }
  }
}

/// Prints a value as stable, pretty JSON (sorted keys) on stdout.
func printJSON<T: Encodable>(_ value: T) throws {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  print(String(decoding: try encoder.encode(value), as: UTF8.self))
}

/// Runs a query, turning "not found" into exit code 1 and other query errors into exit code 2.
func answering<T>(_ body: () throws -> T) throws -> T {
  do {
    return try body()
  } catch let error as QueryError {
    if case .symbolNotFound = error {
      FileHandle.standardError.write(Data("lattice: \(error)\n".utf8))
      throw ExitCode(1)
    }
    throw CLIError("\(error)")
  }
}
