/// Splits identifiers into lowercase words (`routerCursor12` → `router cursor 12`,
/// `HTTPServer` → `http server`, `snake_case` → `snake case`) so full-text search finds
/// a symbol by any word of its name.
public enum IdentifierWords {
  public static func split(_ identifier: String) -> [String] {
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
}
