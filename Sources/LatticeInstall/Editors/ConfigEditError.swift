/// Why an agent configuration file could not be edited.
///
/// Every case describes itself in one line that names the file position (1-based line and column)
/// when there is one, so `lattice install` can print it as is and the user can fix the file by hand.
public enum ConfigEditError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The JSON (with comments) text could not be read.
  case malformed(line: Int, column: Int, reason: String)
  /// The text given as a value to write is not one JSON value.
  case invalidValue(reason: String)
  /// A key on the path exists but holds something other than an object, so nothing can go inside it.
  case notAnObject(path: [String])
  /// An edit was asked for with an empty key path (the whole document cannot be replaced).
  case emptyPath
  /// A TOML table header naming our table could not be read.
  case malformedTableHeader(line: Int, text: String)
  /// The table name asked for is not a TOML dotted key.
  case invalidTableName(String)
  /// A marker-delimited block has a begin marker without an end marker, or the reverse.
  case unbalancedMarkers(line: Int, marker: String)
  /// An edit produced text that no longer reads back as intended; the file is left alone.
  case editFailed(reason: String)

  public var description: String {
    switch self {
    case .malformed(let line, let column, let reason):
      return "malformed JSON at line \(line), column \(column): \(reason)"
    case .invalidValue(let reason):
      return "the value to write is not valid JSON: \(reason)"
    case .notAnObject(let path):
      return "\(Self.render(path)) is not an object, so it cannot hold the entry to write"
    case .emptyPath:
      return "an empty key path names the whole document, which is never replaced"
    case .malformedTableHeader(let line, let text):
      return "malformed TOML table header at line \(line): \(text)"
    case .invalidTableName(let name):
      return "\"\(name)\" is not a TOML table name (expected dotted keys such as mcp_servers.lattice)"
    case .unbalancedMarkers(let line, let marker):
      return "unbalanced marker at line \(line): \(marker) has no partner"
    case .editFailed(let reason):
      return "the edit would damage the file, so it was not made: \(reason)"
    }
  }

  /// A key path as a reader would type it: `"mcpServers"."lattice"`.
  private static func render(_ path: [String]) -> String {
    path.map { "\"\($0)\"" }.joined(separator: ".")
  }
}
