import LatticeModel

/// C-family macros lost to a broken parse. tree-sitter's C grammars do not expand macros, so a
/// header full of attribute macros (`__printf(3, 4) __cold void f(…);`) can turn the rest of the file
/// into one error node, and every `#define` after that point with it: the kernel's
/// `include/linux/dev_printk.h` loses `dev_err`, its most-called macro. Preprocessor directives are
/// lines of their own, so when a file parses with errors its `#define` lines are parsed again alone
/// (every other byte blanked, so positions stay true) and the macros found there are added.
enum PreprocessorRecovery {
  static let languages: Set<Language> = [.c, .cpp, .objc]

  /// Whether a parse that found the macros named `found` lost some: a `#define` names another.
  /// Most files with errors lose none (on the kernel, 2% of `#define`s were lost), and a second
  /// parse of every such file cost 71 s there.
  static func mayHaveLostDefines(_ source: [UInt8], found: Set<String>) -> Bool {
    var lost = false
    forEachLine(of: source) { start, end in
      guard let nameStart = defineNameStart(source, from: start, to: end) else { return false }
      var nameEnd = nameStart
      while nameEnd < end, isIdentifierByte(source[nameEnd]) { nameEnd += 1 }
      lost = !found.contains(String(decoding: source[nameStart..<nameEnd], as: UTF8.self))
      return lost
    }
    return lost
  }

  private static func isIdentifierByte(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
      || byte >= 0x80
  }

  /// Calls `body` with each line's bounds (end excluded, before the newline) until it returns true.
  private static func forEachLine(of source: [UInt8], _ body: (Int, Int) -> Bool) {
    var lineStart = 0
    while lineStart < source.count {
      var lineEnd = lineStart
      while lineEnd < source.count, source[lineEnd] != 0x0A { lineEnd += 1 }
      if body(lineStart, lineEnd) { return }
      lineStart = lineEnd + 1
    }
  }

  /// The source with every byte outside a `#define` directive (continuation lines included)
  /// replaced by a space, newlines kept; nil when the file has no `#define`.
  static func defineLinesOnly(_ source: [UInt8]) -> [UInt8]? {
    var masked = [UInt8](repeating: 0x20, count: source.count)
    var found = false
    var continuing = false
    forEachLine(of: source) { start, end in
      let keep = continuing || isDefine(source, from: start, to: end)
      if keep {
        found = true
        for index in start..<end { masked[index] = source[index] }
      }
      // A directive goes on while its line ends with a backslash (before any `\r`).
      var last = end - 1
      if last >= start, source[last] == 0x0D { last -= 1 }
      continuing = keep && last >= start && source[last] == 0x5C
      if end < source.count { masked[end] = 0x0A }
      return false
    }
    return found ? masked : nil
  }

  private static let directive = Array("define".utf8)

  /// Whether the line is `#define …` (spaces allowed around the `#`).
  private static func isDefine(_ source: [UInt8], from start: Int, to end: Int) -> Bool {
    defineNameStart(source, from: start, to: end) != nil
  }

  /// Where the macro's name starts when the line is `#define …`.
  private static func defineNameStart(_ source: [UInt8], from start: Int, to end: Int) -> Int? {
    var index = start
    while index < end, source[index] == 0x20 || source[index] == 0x09 { index += 1 }
    guard index < end, source[index] == 0x23 else { return nil }  // #
    index += 1
    while index < end, source[index] == 0x20 || source[index] == 0x09 { index += 1 }
    guard end - index > directive.count, source[index..<index + directive.count].elementsEqual(directive) else {
      return nil
    }
    index += directive.count
    guard source[index] == 0x20 || source[index] == 0x09 else { return nil }
    while index < end, source[index] == 0x20 || source[index] == 0x09 { index += 1 }
    return index
  }
}
