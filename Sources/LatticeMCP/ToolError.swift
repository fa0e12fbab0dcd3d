import LatticeQuery

/// A structured tool error: what kind, in words, whether retrying may help, and what to do.
/// Agents get this instead of a stack trace.
struct ToolError: Error, Encodable {
  enum Kind: String, Encodable {
    case notIndexed = "not_indexed"
    case notFound = "not_found"
    case ambiguous
    case invalidArgument = "invalid_argument"
    case `internal`
  }

  let errorType: Kind
  let message: String
  let retryable: Bool
  let hint: String

  enum CodingKeys: String, CodingKey {
    case message, retryable, hint
    case errorType = "error_type"
  }

  static func invalid(_ message: String, hint: String) -> ToolError {
    ToolError(errorType: .invalidArgument, message: message, retryable: false, hint: hint)
  }

  /// Maps query-layer errors to tool errors.
  static func from(_ error: any Error) -> ToolError {
    switch error {
    case let error as ToolError: return error
    case QueryError.symbolNotFound(let spec):
      return ToolError(
        errorType: .notFound, message: "no symbol matches '\(spec)'", retryable: false,
        hint: "use lattice_search to find the name; for literal text use grep")
    case QueryError.ambiguous(let spec, let candidates):
      return ToolError(
        errorType: .ambiguous, message: "'\(spec)' names \(candidates.count) symbols", retryable: false,
        hint: "pass a qualified name (Class.method) or FILE:LINE")
    case QueryError.badLocation(let spec):
      return ToolError(
        errorType: .invalidArgument, message: spec, retryable: false,
        hint: "paths are relative to the repository root, without '..'")
    default:
      return ToolError(
        errorType: .internal, message: "\(error)", retryable: true, hint: "retry; if it persists, run `lattice index`")
    }
  }
}
