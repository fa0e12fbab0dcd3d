/// A text predicate from a query pattern (`#eq?`, `#match?`, `#any-of?` and their `not-` forms).
/// The C API only reports predicates; Lattice evaluates them here.
struct TextPredicate: @unchecked Sendable {
  // @unchecked: `Regex` is immutable after construction and only read during matching.
  enum Test {
    case equalsString(String)
    case equalsCapture(UInt32)
    case matches(Regex<AnyRegexOutput>)
    case anyOf(Set<String>)
  }

  let captureID: UInt32
  let test: Test
  let negated: Bool

  /// Evaluates against the texts of a match's captures; a predicate on an absent capture holds.
  func holds(textOf: (UInt32) -> String?) -> Bool {
    guard let text = textOf(captureID) else { return true }
    let result: Bool
    switch test {
    case .equalsString(let value): result = text == value
    case .equalsCapture(let other): result = text == textOf(other)
    case .matches(let regex): result = (try? regex.firstMatch(in: text)) != nil
    case .anyOf(let values): result = values.contains(text)
    }
    return result != negated
  }
}

/// A step of a predicate as the C API reports it.
enum PredicateStep {
  case capture(UInt32)
  case string(String)
}

enum PredicateParseError: Error, CustomStringConvertible {
  case unsupported(String)
  case malformed(String)

  var description: String {
    switch self {
    case .unsupported(let name): "unsupported predicate #\(name)"
    case .malformed(let name): "malformed arguments to #\(name)"
    }
  }
}

extension TextPredicate {
  /// Builds a predicate from its steps: the operator string first, then its arguments.
  init(steps: [PredicateStep]) throws {
    guard case .string(let op)? = steps.first else { throw PredicateParseError.malformed("?") }
    let args = Array(steps.dropFirst())
    let negated = op.hasPrefix("not-")
    let base = negated ? String(op.dropFirst(4)) : op
    guard case .capture(let capture)? = args.first else { throw PredicateParseError.malformed(op) }
    switch (base, args.count) {
    case ("eq?", 2):
      switch args[1] {
      case .string(let value): self.init(captureID: capture, test: .equalsString(value), negated: negated)
      case .capture(let other): self.init(captureID: capture, test: .equalsCapture(other), negated: negated)
      }
    case ("match?", 2):
      guard case .string(let pattern) = args[1] else { throw PredicateParseError.malformed(op) }
      let regex = try Regex(pattern)
      self.init(captureID: capture, test: .matches(regex), negated: negated)
    case ("any-of?", _):
      var values = Set<String>()
      for arg in args.dropFirst() {
        guard case .string(let value) = arg else { throw PredicateParseError.malformed(op) }
        values.insert(value)
      }
      self.init(captureID: capture, test: .anyOf(values), negated: negated)
    default:
      throw PredicateParseError.unsupported(op)
    }
  }
}
