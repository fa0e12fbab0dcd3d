import Foundation
import LatticeModel

/// Go's `//go:build` line (go.dev/cl/build-constraints): a file whose constraint is false in the
/// default configuration — no custom tags, linux/amd64 with cgo, a current toolchain (every
/// `go1.N` release tag) — is compiled only in other builds. Such files often define the same names
/// as their default twin (`binding.go` with `!nomsgpack`, `binding_nomsgpack.go` with `nomsgpack`);
/// resolution prefers the default build's definition instead of calling the name ambiguous.
enum GoBuildConstraint {
  /// Tags satisfied by the default configuration, besides `go1.N`.
  static let defaultTags: Set<String> = ["linux", "amd64", "unix", "cgo", "gc"]

  /// Whether the file's constraint excludes it from the default build. A file without a
  /// constraint, or with one this evaluator cannot read, is included.
  static func excludesDefaultBuild(_ source: [UInt8]) -> Bool { constraint(of: source) == .excludesDefault }

  /// Which builds compile the file: all (no constraint, or one this evaluator cannot read), or the
  /// constraint holds or fails in the default configuration.
  static func constraint(of source: [UInt8]) -> BuildConstraint {
    guard let expression = constraintLine(source) else { return .none }
    var parser = Parser(tokens: tokenize(expression))
    guard let value = parser.expression(), parser.atEnd else { return .none }
    return value ? .includesDefault : .excludesDefault
  }

  /// The text after `//go:build` in the file's header (comments and blank lines before `package`).
  private static func constraintLine(_ source: [UInt8]) -> String? {
    let header = String(decoding: source.prefix(4096), as: UTF8.self)
    for line in header.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.hasPrefix("//go:build ") { return String(trimmed.dropFirst("//go:build ".count)) }
      if !trimmed.isEmpty && !trimmed.hasPrefix("//") { return nil }  // `package`, or a block comment
    }
    return nil
  }

  private static func tokenize(_ text: String) -> [String] {
    var tokens: [String] = []
    var word = ""
    for char in text {
      if char.isLetter || char.isNumber || char == "_" || char == "." {
        word.append(char)
        continue
      }
      if !word.isEmpty { tokens.append(word) }
      word = ""
      if char == "(" || char == ")" || char == "!" { tokens.append(String(char)) }
      if char == "&" || char == "|" {
        if tokens.last == String(char) {
          tokens[tokens.count - 1] = String(repeating: char, count: 2)
        } else {
          tokens.append(String(char))
        }
      }
    }
    if !word.isEmpty { tokens.append(word) }
    return tokens
  }

  /// `expr := and ("||" and)*; and := unary ("&&" unary)*; unary := "!" unary | "(" expr ")" | tag`.
  private struct Parser {
    var tokens: [String]
    var position = 0
    var atEnd: Bool { position == tokens.count }

    mutating func expression() -> Bool? {
      guard var value = conjunction() else { return nil }
      while position < tokens.count, tokens[position] == "||" {
        position += 1
        guard let right = conjunction() else { return nil }
        value = value || right
      }
      return value
    }

    mutating func conjunction() -> Bool? {
      guard var value = unary() else { return nil }
      while position < tokens.count, tokens[position] == "&&" {
        position += 1
        guard let right = unary() else { return nil }
        value = value && right
      }
      return value
    }

    mutating func unary() -> Bool? {
      guard position < tokens.count else { return nil }
      let token = tokens[position]
      position += 1
      switch token {
      case "!": return unary().map { !$0 }
      case "(":
        guard let value = expression(), position < tokens.count, tokens[position] == ")" else { return nil }
        position += 1
        return value
      case ")", "&&", "||", "&", "|": return nil
      default: return GoBuildConstraint.defaultTags.contains(token) || token.hasPrefix("go1.")
      }
    }
  }
}
