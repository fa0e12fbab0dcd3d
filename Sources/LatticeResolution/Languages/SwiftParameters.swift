/// The parameters of a Swift function or initializer, read from its signature text
/// (`func f(_ a: Int, by compare: (Int, Int) -> Bool = (<)) -> T`): which a call must pass, and
/// which can take a trailing closure. Used to choose among definitions whose labels all contain a
/// call's (`SwiftLabels`).
struct SwiftParameter: Equatable {
  var label: String
  /// No default value and not variadic: every call passes it.
  var required: Bool
  /// A function type (not `@autoclosure`): a trailing closure can fill it.
  var takesClosure: Bool

  /// The parameters of the declaration named `base` in `signature`, and whether that is all of
  /// them: a long signature is stored cut (`…`), and the parameters after the cut are unknown
  /// (the last one seen may be cut too, so it counts as optional). Nil when it cannot be read.
  static func parse(_ signature: String, base: String) -> (parameters: [SwiftParameter], complete: Bool)? {
    let text = Array(signature.utf8)
    guard let open = parameterClause(in: text, base: Array(base.utf8)) else { return nil }
    let close = matching(text, from: open)
    let cut = close == nil && signature.hasSuffix("…")
    guard close != nil || cut else { return nil }
    let inside = Array(text[(open + 1)..<(close ?? text.count - "…".utf8.count)])
    if inside.allSatisfy({ $0 == UInt8(ascii: " ") }) { return ([], !cut) }
    var parameters = split(inside, at: UInt8(ascii: ",")).map { parameter($0) }
    if cut { parameters[parameters.count - 1].required = false }
    return (parameters, !cut)
  }

  /// Whether a call with these labels (and a trailing closure or not) can call a declaration with
  /// these parameters: labels in order, every required parameter named, the trailing closure
  /// filling the first closure parameter after the last label. With parameters unknown after a
  /// cut (`complete: false`), leftover labels or closure may be theirs.
  static func fits(
    labels: [String], trailingClosure: Bool, _ parameters: [SwiftParameter], complete: Bool = true
  ) -> Bool {
    var next = 0
    var closurePending = trailingClosure
    for parameter in parameters {
      if next < labels.count, labels[next] == parameter.label {
        next += 1
      } else if next == labels.count, closurePending, parameter.takesClosure {
        closurePending = false
      } else if parameter.required {
        return false
      }
    }
    return !complete || (next == labels.count && !closurePending)
  }

  // MARK: Reading the text

  private static func parameter(_ bytes: [UInt8]) -> SwiftParameter {
    let colon = topLevelIndex(of: UInt8(ascii: ":"), in: bytes) ?? bytes.count
    let names = String(decoding: bytes[..<colon], as: UTF8.self).split(separator: " ")
    let label = names.first.map { String($0.filter { $0 != "`" }) } ?? "_"
    let rest = colon < bytes.count ? Array(bytes[(colon + 1)...]) : []
    let defaultValue = defaultValueIndex(in: rest)
    let type = String(decoding: rest[..<(defaultValue ?? rest.count)], as: UTF8.self)
    let hasDefault = defaultValue != nil
    let variadic = type.trimmingSpaces.hasSuffix("...")
    return SwiftParameter(
      label: label, required: !hasDefault && !variadic,
      takesClosure: type.contains("->") && !type.contains("@autoclosure"))
  }

  /// The `(` that opens the parameter clause: after the name (`func f<T>(`, `init?(`).
  private static func parameterClause(in text: [UInt8], base: [UInt8]) -> Int? {
    var index = 0
    while index + base.count <= text.count {
      let before = index == 0 ? UInt8(ascii: " ") : text[index - 1]
      if Array(text[index..<(index + base.count)]) == base, before == UInt8(ascii: " ") || before == UInt8(ascii: "`") {
        var cursor = index + base.count
        if cursor < text.count, text[cursor] == UInt8(ascii: "`") { cursor += 1 }
        if cursor < text.count, text[cursor] == UInt8(ascii: "?") || text[cursor] == UInt8(ascii: "!") { cursor += 1 }
        if cursor < text.count, text[cursor] == UInt8(ascii: "<"), let end = matching(text, from: cursor) {
          cursor = end + 1
        }
        while cursor < text.count, text[cursor] == UInt8(ascii: " ") { cursor += 1 }
        if cursor < text.count, text[cursor] == UInt8(ascii: "(") { return cursor }
      }
      index += 1
    }
    return nil
  }

  /// The index of the bracket closing the one at `start` (`(`, `<`, `[`, `{`), counting only
  /// brackets of its kind and skipping strings and the `>` of `->`.
  private static func matching(_ text: [UInt8], from start: Int) -> Int? {
    let open = text[start]
    let close: UInt8 =
      switch open {
      case UInt8(ascii: "("): UInt8(ascii: ")")
      case UInt8(ascii: "["): UInt8(ascii: "]")
      case UInt8(ascii: "{"): UInt8(ascii: "}")
      default: UInt8(ascii: ">")
      }
    var depth = 0
    var index = start
    while index < text.count {
      let byte = text[index]
      if byte == UInt8(ascii: "\"") {
        index = stringEnd(text, from: index)
      } else if byte == open {
        depth += 1
      } else if byte == close, !(close == UInt8(ascii: ">") && index > 0 && text[index - 1] == UInt8(ascii: "-")) {
        depth -= 1
        if depth == 0 { return index }
      }
      index += 1
    }
    return nil
  }

  private static func stringEnd(_ text: [UInt8], from quote: Int) -> Int {
    var index = quote + 1
    while index < text.count, text[index] != UInt8(ascii: "\"") {
      if text[index] == UInt8(ascii: "\\") { index += 1 }
      index += 1
    }
    return index
  }

  /// Splits at `separator` outside brackets and strings.
  private static func split(_ bytes: [UInt8], at separator: UInt8) -> [[UInt8]] {
    var parts: [[UInt8]] = []
    var start = 0
    var index = 0
    while index < bytes.count {
      if bytes[index] == separator {
        parts.append(Array(bytes[start..<index]))
        start = index + 1
      } else if let end = skipNested(bytes, at: index) {
        index = end
      }
      index += 1
    }
    parts.append(Array(bytes[start...]))
    return parts.map { Array(String(decoding: $0, as: UTF8.self).trimmingSpaces.utf8) }
  }

  /// The end of a bracketed group or string starting at `index`, if one starts there.
  private static func skipNested(_ bytes: [UInt8], at index: Int) -> Int? {
    switch bytes[index] {
    case UInt8(ascii: "\""): return stringEnd(bytes, from: index)
    case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "<"):
      return matching(bytes, from: index) ?? bytes.count
    default: return nil
    }
  }

  private static func topLevelIndex(of target: UInt8, in bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      if bytes[index] == target { return index }
      if let end = skipNested(bytes, at: index) { index = end }
      index += 1
    }
    return nil
  }

  /// A top-level `=` that starts a default value (not `==`, `<=`, `>=`, `!=`).
  private static func defaultValueIndex(in bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "=") {
        let before = index > 0 ? bytes[index - 1] : UInt8(ascii: " ")
        let after = index + 1 < bytes.count ? bytes[index + 1] : UInt8(ascii: " ")
        if !"=<>!".utf8.contains(before), after != UInt8(ascii: "=") { return index }
      } else if let end = skipNested(bytes, at: index) {
        index = end
      }
      index += 1
    }
    return nil
  }
}

extension String {
  fileprivate var trimmingSpaces: String {
    String(self.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
