import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Everything that can go wrong when writing, reading or changing agent memory.
///
/// Every case carries enough to act on without a debugger: the fact id or file path, and for parse errors the
/// 1-based line of the file (0 when the problem is the file as a whole).
public enum MemoryError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A write did not say what kind of fact it is.
  case missingModality
  /// A write named neither anchors nor `unanchored: true`: memory must say what it is about, or say that it is
  /// about nothing in particular.
  case missingAnchorChoice
  /// A write named anchors and also said it is unanchored.
  case conflictingAnchorChoice
  /// A write (or an update) broke a rule on a field; the reason names the field.
  case invalidFact(String)
  /// A fact file could not be parsed.
  case malformedFact(path: String, line: Int, reason: String)
  /// No fact file with this id.
  case notFound(id: String)
  /// The id cannot name a fact file (empty, or characters outside `A-Z a-z 0-9 . _ -`, or a leading `.`).
  case invalidID(String)
  /// Only active or needs-revalidation facts can be superseded; this one already ended.
  case notSupersedable(id: String, status: FactStatus)
  /// `needs_revalidation` without a note saying what changed.
  case missingRevalidationNote(id: String)
  /// Every generated id for this second was taken (`attempts` tries).
  case idSpaceExhausted(attempts: Int)
  /// A system call failed; `code` is the errno.
  case io(path: String, operation: String, code: Int32)

  public var description: String {
    switch self {
    case .missingModality:
      return "a fact needs a modality: one of \(Modality.allCases.map(\.rawValue).joined(separator: ", "))"
    case .missingAnchorChoice:
      return "a fact needs anchors (symbols and/or file ranges) or an explicit `unanchored: true`"
    case .conflictingAnchorChoice:
      return "a fact cannot have anchors and also be `unanchored: true`"
    case .invalidFact(let reason):
      return "invalid fact: \(reason)"
    case .malformedFact(let path, let line, let reason):
      return line > 0 ? "\(path):\(line): malformed fact: \(reason)" : "\(path): malformed fact: \(reason)"
    case .notFound(let id):
      return "no fact with id \(id)"
    case .invalidID(let id):
      return "not a fact id: \(String(reflecting: id))"
    case .notSupersedable(let id, let status):
      return "fact \(id) is \(status.rawValue); only active or needs_revalidation facts can be superseded"
    case .missingRevalidationNote(let id):
      return "fact \(id): needs_revalidation requires a revalidation note saying what changed"
    case .idSpaceExhausted(let attempts):
      return "could not find a free fact id after \(attempts) attempts"
    case .io(let path, let operation, let code):
      return "\(operation) \(path): \(String(cString: strerror(code)))"
    }
  }
}
