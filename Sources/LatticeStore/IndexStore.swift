import Foundation
import GRDB
import LatticeModel

/// Errors a user can act on; the message says what to do.
public struct StoreError: Error, CustomStringConvertible {
  public let description: String
  public init(_ description: String) { self.description = description }
}

/// The index database: one WAL-mode pool per file. Writes are serialized by the pool's single
/// writer; readers see the last committed state and are never blocked by an index run.
public final class IndexStore: Sendable {
  public static let schemaVersion = "2"
  let pool: DatabasePool
  public let path: String

  /// Opens (and migrates) the database at `path`, creating its folder when `create` is true.
  public init(path: String, create: Bool) throws {
    let fileManager = FileManager.default
    if !fileManager.fileExists(atPath: path) {
      guard create else {
        throw StoreError("no index at \(path); run `lattice index` in the repository first")
      }
      try fileManager.createDirectory(
        atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
    }
    var config = Configuration()
    config.busyMode = .timeout(10)
    config.prepareDatabase { db in
      db.add(function: Self.isTestPathFunction)
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // Bound the write-ahead log: checkpoint and truncate it after large write bursts.
      try db.execute(sql: "PRAGMA journal_size_limit = 67108864")
    }
    do {
      pool = try DatabasePool(path: path, configuration: config)
      try Schema.migrator.migrate(pool)
    } catch let error as DatabaseError {
      throw StoreError(
        "cannot open index \(path): \(error.message ?? "\(error)"); delete it and re-run `lattice index`")
    }
    self.path = path
  }

  /// `lattice_is_test(path)`: the path is test code (`TestPaths`); fills `files.is_test` of an
  /// index made before the column (migration v8).
  static let isTestFunction = "lattice_is_test"
  private static let isTestPathFunction = DatabaseFunction(isTestFunction, argumentCount: 1, pure: true) { values in
    TestPaths.isTest(String.fromDatabaseValue(values[0]) ?? "")
  }

  // MARK: Metadata

  public func meta(_ key: String) throws -> String? {
    try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]) }
  }

  public func setMeta(_ values: [String: String?]) throws {
    try pool.write { db in
      for (key, value) in values.sorted(by: { $0.key < $1.key }) {
        if let value {
          try db.execute(
            sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
        } else {
          try db.execute(sql: "DELETE FROM meta WHERE key = ?", arguments: [key])
        }
      }
    }
  }

  /// Truncates the write-ahead log so it never outgrows one burst of work.
  public func checkpoint() throws {
    try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
  }
}
