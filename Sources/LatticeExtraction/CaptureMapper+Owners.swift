import LatticeModel

extension CaptureMapper {
  /// The key standing for an owner type declared in another file (a Go method's struct, a Swift
  /// extension's type): `…#class:Owner`. Resolution replaces it with the real type's key, or the
  /// file's when the type is not in the project (`extension String`).
  static func phantomKey(language: Language, file: String, owner: String) -> SymbolKey {
    SymbolKey(language: language, file: file, kind: .class, qualifiedName: owner)
  }

  /// The type name an `@owner` capture writes: `*Server` → `Server`, `Foo<T>` → `Foo`,
  /// `ns::Foo` → `Foo`, `&'a mut Foo` → `Foo`; nil when no name is left.
  func ownerTypeName(_ written: String) -> String? {
    var text = Substring(written)
    if let open = text.firstIndex(where: { $0 == "<" || $0 == "[" || $0 == "(" }) { text = text[..<open] }
    let segments = text.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "$") }
    let words = segments.filter { !["mut", "const", "dyn", "impl"].contains($0) && !$0.hasPrefix("'") }
    return words.last.map(String.init)
  }

  /// `(at:to:)` for Swift-style argument labels; empty when there are none. A parameter's label is
  /// its first word when another name or a `:` follows (`at index: Int` → `at`, `_ x: Int` → `_`);
  /// a call argument's label is the word before its `:` (`at: 3` → `at`, `x + 1` → `_`).
  func labelSuffix(_ nodes: [CapturedNode], inCall: Bool) -> String {
    guard !nodes.isEmpty else { return "" }
    let labels = nodes.map { node -> String in
      let text = Substring(self.textOf(node)).drop { $0.isWhitespace }
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
}
