import Foundation
import LatticeModel

/// Reads one discovered file and decides whether it can be parsed: too large, binary, minified
/// and non-UTF-8 files are skipped with a reason instead of failing the run.
enum SourceFileReader {
  enum Outcome {
    case source([UInt8], hash: String)
    case skipped(SkipReason, hash: String)
  }

  /// Files above this size are not parsed (generated bundles, data dumps).
  static let defaultMaxFileSize = 2 * 1024 * 1024

  static func read(_ file: DiscoveredFile, root: URL, maxFileSize: Int) -> Outcome {
    if let reason = file.skipReason { return .skipped(reason, hash: "") }
    if file.size > maxFileSize { return .skipped(.tooLarge, hash: "") }
    guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file.path).path) else {
      return .skipped(.unreadable, hash: "")
    }
    let bytes = [UInt8](data)
    let hash = ContentHash.of(bytes)
    if bytes.prefix(8192).contains(0) { return .skipped(.binary, hash: hash) }
    if isMinified(bytes, path: file.path) { return .skipped(.minified, hash: hash) }
    if String(validating: bytes, as: UTF8.self) == nil { return .skipped(.notUTF8, hash: hash) }
    return .source(bytes, hash: hash)
  }

  /// `*.min.js`, or long files whose lines average hundreds of characters.
  static func isMinified(_ bytes: [UInt8], path: String) -> Bool {
    if path.contains(".min.") { return true }
    guard bytes.count > 16 * 1024 else { return false }
    let lines = bytes.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    return bytes.count / lines > 300
  }
}
