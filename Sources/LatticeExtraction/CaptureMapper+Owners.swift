import Foundation
import LatticeModel

extension CaptureMapper {
  /// The key standing for an owner type declared in another file (a Go method's struct, a Swift
  /// extension's type): `…#class:Owner`. Resolution replaces it with the real type's key, or the
  /// file's when the type is not in the project (`extension String`).
  static func phantomKey(language: Language, file: String, owner: String) -> SymbolKey {
    SymbolKey(language: language, file: file, kind: .class, qualifiedName: owner)
  }

  /// The definitions an `@owner` may name, by simple name: the first type of that name in the file,
  /// else the first module or namespace.
  static func ownersByName(_ symbols: [Symbol]) -> [String: Symbol] {
    var owners: [String: Symbol] = [:]
    for symbol in symbols where symbol.kind.isTypeLike && owners[symbol.name] == nil { owners[symbol.name] = symbol }
    for symbol in symbols where symbol.kind.isNamespaceLike && owners[symbol.name] == nil {
      owners[symbol.name] = symbol
    }
    return owners
  }

  /// The type path an `@owner` capture writes, dotted: `*Server` → `Server`, `Foo<T>` → `Foo`,
  /// `geo::Circle` → `geo.Circle`, `&'a mut Foo` → `Foo`; nil when no name is left.
  func ownerTypePath(_ written: String) -> String? {
    var text = Substring(written)
    if let open = text.firstIndex(where: { $0 == "<" || $0 == "[" || $0 == "(" }) { text = text[..<open] }
    let words = text.split { $0.isWhitespace || $0 == "&" || $0 == "*" }
      .filter { !$0.hasPrefix("'") && !["mut", "const", "dyn", "impl"].contains($0) }
    guard let last = words.last else { return nil }
    let segments = last.replacingOccurrences(of: "::", with: ".").split(separator: ".").filter { !$0.isEmpty }
    guard !segments.isEmpty,
      segments.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" } })
    else { return nil }
    return segments.joined(separator: ".")
  }

  /// `(at:to:)` for Swift-style argument labels; empty when there are none. A parameter's label is
  /// its first word when another name or a `:` follows (`at index: Int` → `at`, `_ x: Int` → `_`);
  /// a call argument's label is the word before its `:` (`at: 3` → `at`, `x + 1` → `_`).
  func labelSuffix(_ nodes: [CapturedNode], inCall: Bool) -> String {
    guard !nodes.isEmpty else { return "" }
    let labels = nodes.map { node -> String in
      let text = Substring(self.text(node)).drop { $0.isWhitespace }
      let word = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "`" }
      let rest = text.dropFirst(word.count).drop { $0 == " " || $0 == "\t" }
      guard !word.isEmpty else { return "_" }
      if rest.first == ":" { return word.replacingOccurrences(of: "`", with: "") }
      if !inCall, let next = rest.first, next.isLetter || next == "_" {
        return word.replacingOccurrences(of: "`", with: "")
      }
      return "_"
    }
    return "(" + labels.map { "\($0):" }.joined() + ")"
  }

  /// An owner's text with the scopes written before it: `geo::Circle` when the capture is `Circle`
  /// in `geo::Circle::area` (grammars nest qualified names, so a query reaches only the innermost).
  func qualifiedOwnerText(_ node: CapturedNode) -> String {
    let bytes = source
    var start = node.startByte
    func isName(_ byte: UInt8) -> Bool {
      (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
    }
    while start >= 3, bytes[start - 1] == 0x3A, bytes[start - 2] == 0x3A, isName(bytes[start - 3]) {
      var index = start - 3
      while index > 0, isName(bytes[index - 1]) { index -= 1 }
      start = index
    }
    return String(decoding: bytes[start..<node.endByte], as: UTF8.self)
  }

  /// The HTTP method a registration's written name stands for: `get`/`GET` → `GET`, Spring
  /// `GetMapping` → `GET`, ASP.NET `HttpPost` → `POST`, `MapGet` → `GET`; `route`/`api_route` without methods → `GET`;
  /// catch-all registrations (`RequestMapping`, `HandleFunc`, `Handle`, `Any`, `match`) → `ANY`.
  static func httpMethod(_ written: String) -> String {
    var method = written.uppercased()
    if method.hasPrefix("HTTP"), method.count > 4 { method.removeFirst(4) }
    if method.hasPrefix("MAP"), method.count > 3 { method.removeFirst(3) }  // ASP.NET MapGet
    if method.hasSuffix("MAPPING"), method.count > 7 { method.removeLast(7) }
    switch method {
    case "ROUTE", "API_ROUTE": return "GET"
    case "REQUEST", "HANDLEFUNC", "HANDLE", "ANY", "MATCH": return "ANY"
    default: return method
    }
  }

  /// `/api` + `users/{id}` → `/api/users/{id}`: one slash between prefix and path.
  static func joinRoutePath(_ prefix: String, _ path: String) -> String {
    var head = prefix
    while head.hasSuffix("/") { head.removeLast() }
    let tail = path.drop { $0 == "/" }
    if !head.hasPrefix("/") { head = "/" + head }
    return tail.isEmpty ? (head.isEmpty ? "/" : head) : "\(head)/\(tail)"
  }

  /// A Markdown heading's title: without HTML comments (`<!-- omit in toc -->`) or a closing `##`.
  func headingTitle(_ written: String) -> String {
    var text = written
    while let open = text.range(of: "<!--") {
      let close = text.range(of: "-->", range: open.upperBound..<text.endIndex)?.upperBound ?? text.endIndex
      text.removeSubrange(open.lowerBound..<close)
    }
    text = text.trimmingCharacters(in: .whitespaces)
    while text.hasSuffix("#") { text.removeLast() }
    return collapse(text, limit: 200)
  }
}
