/// Reduces a written type to the one name a receiver's members can be looked up in:
/// `Promise<User>` → `User`, `User | undefined` → `User`, `Optional[User]` → `User`,
/// `"User"` → `User`, `Map<K, V>` → `Map`. Anything else (`A | B`, `() => void`, `{ x: T }`) → nil.
enum TypeText {
  /// Types whose members are reached through their (first) type argument: a value that will be, or
  /// may be, or points to a `T` (Rust `Result<T, E>` is read as its success type).
  private static let wrappers: Set<String> = [
    "Promise", "PromiseLike", "Awaitable", "Optional", "Readonly", "Awaited", "Option", "Box", "Rc", "Arc",
    "Result", "Ref", "RefMut", "Mutex", "RwLock", "Future", "Task", "Lazy",
  ]
  private static let nothing: Set<String> = ["undefined", "null", "None", "void", "never"]

  static func simplify(_ written: String) -> String? {
    var text = written.trimmingWhitespace()
    if let first = text.first, first == "\"" || first == "'", text.last == first, text.count >= 2 {
      text = String(text.dropFirst().dropLast()).trimmingWhitespace()
    }
    text = stripReferenceMarks(text)
    let members = splitTopLevel(text, on: "|").map { $0.trimmingWhitespace() }.filter {
      !$0.isEmpty && !nothing.contains($0)
    }
    guard members.count == 1 else { return nil }
    text = members[0]
    // Unwrap `Promise<T>` / `Optional[T]`, then drop other generic arguments.
    while let open = text.firstIndex(where: { $0 == "<" || $0 == "[" }), text.last == ">" || text.last == "]" {
      let head = String(text[..<open])
      let inner = text[text.index(after: open)..<text.index(before: text.endIndex)]
      // `T[]` is an array: its members are not T's.
      if inner.allSatisfy(\.isWhitespace) { return nil }
      if wrappers.contains(head) {
        text = (splitTopLevel(String(inner), on: ",").first ?? String(inner)).trimmingWhitespace()
      } else {
        text = head
      }
    }
    return isNameChain(text) ? text : nil
  }

  /// Pointers, references and optionals hold the type's members: `*Server`, `&mut Repo`,
  /// `const Repo&`, `Repo*`, `User?`, `User!`, `ns::Repo` → `Repo`-style names.
  private static func stripReferenceMarks(_ written: String) -> String {
    var text = Substring(written)
    while true {
      let before = text.count
      for prefix in ["*", "&", "mut ", "const ", "ref ", "in ", "out ", "inout ", "?"] where text.hasPrefix(prefix) {
        text = text.dropFirst(prefix.count).drop { $0 == " " }
      }
      while let last = text.last, "*&?! ".contains(last) { text = text.dropLast() }
      if text.count == before { break }
    }
    var result = String(text)
    while let range = result.firstRange(of: "::") { result.replaceSubrange(range, with: ".") }
    return result
  }

  private static func isNameChain(_ text: String) -> Bool {
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    return !parts.isEmpty
      && parts.allSatisfy { part in
        guard let first = part.first, first.isLetter || first == "_" || first == "$" else { return false }
        return part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" }
      }
  }

  /// Splits on a separator outside `<>`, `[]`, `()` and `{}`.
  private static func splitTopLevel(_ text: String, on separator: Character) -> [String] {
    var parts: [String] = []
    var current = ""
    var depth = 0
    for char in text {
      switch char {
      case "<", "[", "(", "{": depth += 1
      case ">", "]", ")", "}": depth -= 1
      default: break
      }
      if char == separator && depth == 0 {
        parts.append(current)
        current = ""
      } else {
        current.append(char)
      }
    }
    parts.append(current)
    return parts
  }
}

extension String {
  func trimmingWhitespace() -> String {
    var slice = Substring(self)
    while slice.first?.isWhitespace == true { slice.removeFirst() }
    while slice.last?.isWhitespace == true { slice.removeLast() }
    return String(slice)
  }
}
