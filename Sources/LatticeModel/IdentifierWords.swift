/// Splits identifiers into lowercase words (`routerCursor12` → `router cursor 12`,
/// `HTTPServer` → `http server`, `snake_case` → `snake case`) so full-text search finds
/// a symbol by any word of its name.
public enum IdentifierWords {
  public static func split(_ identifier: String) -> [String] {
    // Nearly every identifier is ASCII: classifying bytes skips the Unicode property tables,
    // which the single writer would otherwise consult for every character of every symbol.
    if identifier.utf8.allSatisfy({ $0 < 0x80 }) { return splitASCII(identifier) }
    var words: [String] = []
    var current = ""
    let chars = Array(identifier)
    func flush() {
      if !current.isEmpty { words.append(current.lowercased()) }
      current = ""
    }
    for (index, char) in chars.enumerated() {
      guard char.isLetter || char.isNumber else {
        flush()
        continue
      }
      if let last = current.last {
        let next = index + 1 < chars.count ? chars[index + 1] : nil
        let lowerToUpper = last.isLowercase && char.isUppercase
        let acronymEnd = last.isUppercase && char.isUppercase && (next?.isLowercase ?? false)
        let digitBoundary = last.isNumber != char.isNumber
        if lowerToUpper || acronymEnd || digitBoundary { flush() }
      }
      current.append(char)
    }
    flush()
    return words
  }

  /// The same rules over ASCII bytes.
  private static func splitASCII(_ identifier: String) -> [String] {
    func isUpper(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    func isLower(_ byte: UInt8) -> Bool { byte >= 0x61 && byte <= 0x7A }
    func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    let bytes = Array(identifier.utf8)
    var words: [String] = []
    var current: [UInt8] = []
    func flush() {
      if !current.isEmpty { words.append(String(decoding: current.map { isUpper($0) ? $0 + 32 : $0 }, as: UTF8.self)) }
      current.removeAll(keepingCapacity: true)
    }
    for (index, byte) in bytes.enumerated() {
      guard isUpper(byte) || isLower(byte) || isDigit(byte) else {
        flush()
        continue
      }
      if let last = current.last {
        let next = index + 1 < bytes.count ? bytes[index + 1] : nil
        let lowerToUpper = isLower(last) && isUpper(byte)
        let acronymEnd = isUpper(last) && isUpper(byte) && next.map(isLower) ?? false
        let digitBoundary = isDigit(last) != isDigit(byte)
        if lowerToUpper || acronymEnd || digitBoundary { flush() }
      }
      current.append(byte)
    }
    flush()
    return words
  }
}
