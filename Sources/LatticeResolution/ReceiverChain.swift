/// A receiver expression reduced to what member lookup needs: an optional `new` constructor and a
/// chain of names, with call arguments, generic arguments and `!`/`?` dropped
/// (`new Hono<E>().basePath('/v1')` → new `Hono`, [`basePath`]; `this.repo.find(id)` → [`this`,
/// `repo`, `find`]). A call step stands for the callee's result, which the binder reads from the
/// callee's declared return type. Anything else (indexing, literals, operators) is not a chain.
struct ReceiverChain: Equatable {
  var constructed: String?
  var names: [String]

  init?(_ text: String) {
    var chars = Substring(text.trimmingWhitespace())
    constructed = nil
    names = []
    // `(JSON{data}).Render(w)`: a parenthesised receiver is the expression inside.
    if chars.first == "(" {
      var rest = chars
      if Self.skipBalanced(&rest), rest.isEmpty { chars = chars.dropFirst().dropLast() }
    }
    if chars.hasPrefix("new ") {
      chars = chars.dropFirst(4)
      var callee = ""
      while let char = chars.first, char.isLetter || char.isNumber || char == "_" || char == "$" || char == "." {
        callee.append(char)
        chars.removeFirst()
      }
      guard !callee.isEmpty, Self.skipGroups(&chars) else { return nil }
      constructed = callee
      guard chars.isEmpty || chars.first == "." || chars.hasPrefix("?.") else { return nil }
      if chars.hasPrefix("?.") { chars.removeFirst() }
      if chars.first == "." { chars.removeFirst() }
      if chars.isEmpty { return }
    }
    while !chars.isEmpty {
      var name = ""
      while let char = chars.first, char.isLetter || char.isNumber || char == "_" || char == "$" || char == "#" {
        name.append(char)
        chars.removeFirst()
      }
      guard let first = name.first, !first.isNumber else { return nil }
      names.append(name)
      // A composite literal (`jsonBinding{}`, `render.JSON{Data: x}`, Rust `Config { .. }`)
      // constructs the type it names, like `new`. A trailing closure (`items.map { }`) reads the same
      // way, but names no type, so the binder finds no instance in it.
      let literal = chars.drop { $0 == " " }
      if literal.first == "{", constructed == nil {
        chars = literal
        guard Self.skipBalanced(&chars) else { return nil }
        constructed = names.joined(separator: ".")
        names = []
        if chars.isEmpty { break }
        if chars.hasPrefix("?.") { chars.removeFirst() }
        guard chars.first == "." else { return nil }
        chars.removeFirst()
        continue
      }
      guard Self.skipGroups(&chars) else { return nil }
      if chars.isEmpty { break }
      if chars.hasPrefix("?.") { chars.removeFirst() }
      guard chars.first == "." else { return nil }
      chars.removeFirst()
    }
    guard !names.isEmpty || constructed != nil else { return nil }
  }

  /// Skips `!`, `?` (not `?.`), generic `<…>` and call `(…)` groups after a name.
  private static func skipGroups(_ chars: inout Substring) -> Bool {
    while let char = chars.first {
      switch char {
      case "!": chars.removeFirst()
      case "?" where !chars.hasPrefix("?."): chars.removeFirst()
      case "(", "<":
        guard skipBalanced(&chars) else { return false }
      default: return true
      }
    }
    return true
  }

  private static func skipBalanced(_ chars: inout Substring) -> Bool {
    var depth = 0
    var quote: Character?
    while let char = chars.first {
      chars.removeFirst()
      if let open = quote {
        if char == open { quote = nil }
        continue
      }
      switch char {
      case "'", "\"", "`": quote = char
      case "(", "<", "[", "{": depth += 1
      case ")", ">", "]", "}":
        depth -= 1
        if depth == 0 { return true }
      default: break
      }
    }
    return false
  }
}
