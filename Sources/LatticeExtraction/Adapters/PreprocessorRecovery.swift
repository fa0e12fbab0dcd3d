import LatticeModel

/// C-family macros lost to a broken parse. tree-sitter's C grammars do not expand macros, so a
/// header full of attribute macros (`__printf(3, 4) __cold void f(…);`) can turn the rest of the file
/// into one error node, and every `#define` after that point with it: the kernel's
/// `include/linux/dev_printk.h` loses `dev_err`, its most-called macro. Preprocessor directives are
/// lines of their own, so when a file parses with errors its `#define` lines are parsed again alone
/// (every other byte blanked, so positions stay true) and the macros found there are added.
enum PreprocessorRecovery {
  static let languages: Set<Language> = [.c, .cpp, .objc]

  /// The source with every byte outside a `#define` directive (continuation lines included)
  /// replaced by a space, newlines kept; nil when the file has no `#define`.
  static func defineLinesOnly(_ source: [UInt8]) -> [UInt8]? {
    var masked = [UInt8](repeating: 0x20, count: source.count)
    var found = false
    var lineStart = 0
    var continuing = false
    while lineStart < source.count {
      var lineEnd = lineStart
      while lineEnd < source.count, source[lineEnd] != 0x0A { lineEnd += 1 }
      let keep = continuing || isDefine(source, from: lineStart, to: lineEnd)
      if keep {
        found = true
        for index in lineStart..<lineEnd { masked[index] = source[index] }
      }
      // A directive goes on while its line ends with a backslash (before any `\r`).
      var last = lineEnd - 1
      if last >= lineStart, source[last] == 0x0D { last -= 1 }
      continuing = keep && last >= lineStart && source[last] == 0x5C
      if lineEnd < source.count { masked[lineEnd] = 0x0A }
      lineStart = lineEnd + 1
    }
    return found ? masked : nil
  }

  private static let directive = Array("define".utf8)

  /// Whether the line is `#define …` (spaces allowed around the `#`).
  private static func isDefine(_ source: [UInt8], from start: Int, to end: Int) -> Bool {
    var index = start
    while index < end, source[index] == 0x20 || source[index] == 0x09 { index += 1 }
    guard index < end, source[index] == 0x23 else { return false }  // #
    index += 1
    while index < end, source[index] == 0x20 || source[index] == 0x09 { index += 1 }
    guard end - index > directive.count, source[index..<index + directive.count].elementsEqual(directive) else {
      return false
    }
    let next = source[index + directive.count]
    return next == 0x20 || next == 0x09
  }
}
