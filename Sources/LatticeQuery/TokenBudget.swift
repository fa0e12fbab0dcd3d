import Foundation

/// Approximate token accounting: about four bytes of compact JSON per token, which is close to
/// what current tokenizers produce for code and paths. Keeps answers under a caller's budget.
public struct TokenBudget: Sendable {
  public let limit: Int
  public private(set) var used = 0
  /// Counts of what did not fit, by kind (`records`, `callers of X`…), for the answer's `cut` note.
  private(set) var omitted: [String: Int] = [:]
  private var omittedOrder: [String] = []

  /// `limit` is the whole answer's budget; part of it is kept back for the answer's notes and its
  /// `cut` sentence, which are written after the records.
  public init(limit: Int) {
    self.limit = max(limit, 200) - Self.reserve
  }

  static let reserve = 80

  public static func estimate(_ text: String) -> Int { (text.utf8.count + 3) / 4 }

  public static func estimate<T: Encodable>(_ value: T) -> Int {
    estimate(String(decoding: (try? compactEncoder.encode(value)) ?? Data(), as: UTF8.self))
  }

  static let compactEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()

  public var remaining: Int { limit - used }

  public func fits<T: Encodable>(_ value: T) -> Bool { Self.estimate(value) <= remaining }

  /// Spends the cost of `value` if it fits; otherwise records it as omitted under `label`.
  public mutating func spend<T: Encodable>(_ value: T, label: String) -> Bool {
    let cost = Self.estimate(value)
    guard cost <= remaining else {
      omit(label)
      return false
    }
    used += cost
    return true
  }

  public mutating func omit(_ label: String, count: Int = 1) {
    if omitted[label] == nil { omittedOrder.append(label) }
    omitted[label, default: 0] += count
  }

  /// A sentence saying what was cut, or nil.
  public func cutDescription(howToGetMore: String) -> String? {
    guard !omittedOrder.isEmpty else { return nil }
    let parts = omittedOrder.map { "\(omitted[$0]!) \($0)" }.joined(separator: ", ")
    return "cut to fit \(limit + Self.reserve) tokens: \(parts). \(howToGetMore)"
  }
}
