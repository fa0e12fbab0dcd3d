import Foundation

/// Approximate token accounting: about four bytes of compact JSON per token, which is close to
/// what current tokenizers produce for code and paths. Keeps answers under a caller's budget.
public struct TokenBudget: Sendable {
  public let limit: Int
  public private(set) var used = 0
  /// Counts of what did not fit, by kind (`records`, `callers of X`…), for the answer's `cut` note.
  private(set) var omitted: [String: Int] = [:]
  private var omittedOrder: [String] = []
  private var closed: Set<String> = []

  /// `limit` is the whole answer's budget; part of it is kept back for the answer's notes and its
  /// `cut` sentence, which are written after the records.
  public init(limit: Int) {
    self.limit = max(limit, 200) - Self.reserve
  }

  static let reserve = 100

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

  /// Sets aside room for parts written after the records (notes that are known up front).
  public mutating func reserve<T: Encodable>(for value: T) { used += Self.estimate(value) }

  /// Spends the cost of `value` if it fits; otherwise records it as omitted under `label`.
  /// Once an item of a section (`label`) does not fit, later items of that section are left out
  /// too, so each section is a prefix of its priority order, never a reshuffle.
  public mutating func spend<T: Encodable>(_ value: T, label: String) -> Bool {
    let cost = Self.estimate(value)
    guard cost <= remaining, !closed.contains(label) else {
      closed.insert(label)
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
    // At most four kinds are named, so the sentence itself stays small.
    var parts = omittedOrder.prefix(4).map { "\(omitted[$0]!) \($0)" }.joined(separator: ", ")
    if omittedOrder.count > 4 { parts += " and \(omittedOrder.count - 4) more kinds" }
    return "cut to fit \(limit + Self.reserve) tokens: \(parts). \(howToGetMore)"
  }
}
