/// Keeps one marker-delimited block in an instruction file (CLAUDE.md, AGENTS.md, GEMINI.md,
/// Cursor `.mdc` rules) and leaves every other byte alone:
///
///     <!-- lattice:begin -->
///     …body…
///     <!-- lattice:end -->
///
/// Invariants:
/// - Markers are whole lines (surrounding blanks allowed); lines inside fenced code blocks
///   (``` or ~~~) never count, so documentation quoting the markers is safe.
/// - Setting replaces the first block's lines (removing any later duplicates) or appends the block
///   after one blank line, keeping the file's line ending and whether it ends with one; an empty file
///   gets just the block and a line break.
/// - Removing an appended block restores the original bytes.
/// - Markers pair leniently and never cost the user text: a begin marker without an end marker, or
///   an end marker without a begin marker, is left as text (so a block is appended after it), and a
///   begin marker followed by another begin marker pairs the second with the next end marker.
///   `unbalancedMarker(in:)` reports such a stray marker for the caller to show.
public enum MarkdownBlockEditor {
  public static let beginMarker = "<!-- lattice:begin -->"
  public static let endMarker = "<!-- lattice:end -->"

  /// `text` with the block holding exactly `body` (trailing blank lines dropped).
  public static func settingBlock(_ body: String, in text: String) -> String {
    var text = text
    // Duplicates (a block pasted twice) collapse into the first one.
    var found = blocks(in: TextLines(text))
    while let last = found.last, found.count > 1 {
      text = TextLines(text).removing(lineRange: last)
      found = blocks(in: TextLines(text))
    }
    let lines = TextLines(text)
    let block = [Array(beginMarker.utf8)] + TextLines.lines(of: body) + [Array(endMarker.utf8)]
    guard let range = blocks(in: lines).first else { return lines.appending(block) }
    var replacement: [UInt8] = []
    for (index, line) in block.enumerated() {
      if index > 0 { replacement += lines.newline }
      replacement += line
    }
    // From the begin line's start to the end marker's last byte: the end line keeps its line break.
    let start = lines.lines[range.lowerBound].start
    return lines.replacing(start..<lines.lines[range.upperBound - 1].contentEnd, with: replacement)
  }

  /// `text` without the block (every block, if it was pasted more than once); unchanged when there is none.
  public static func removingBlock(in text: String) -> String {
    var text = text
    while true {
      let lines = TextLines(text)
      guard let range = blocks(in: lines).last else { return text }
      text = lines.removing(lineRange: range)
    }
  }

  /// The first marker left without a partner, as an error to show (the editors themselves go on).
  public static func unbalancedMarker(in text: String) -> ConfigEditError? {
    scan(TextLines(text)).stray
  }

  /// The line ranges of the blocks, begin marker through end marker, in order.
  static func blocks(in lines: TextLines) -> [Range<Int>] { scan(lines).blocks }

  private static func scan(_ lines: TextLines) -> (blocks: [Range<Int>], stray: ConfigEditError?) {
    var blocks: [Range<Int>] = []
    var stray: ConfigEditError?
    var begin: Int?
    var fence: UInt8?
    let beginBytes = Array(beginMarker.utf8)
    let endBytes = Array(endMarker.utf8)
    for index in lines.lines.indices {
      let trimmed = Self.trimmed(lines.content(index))
      if let mark = trimmed.first, mark == UInt8(ascii: "`") || mark == UInt8(ascii: "~"),
        trimmed.prefix(3).elementsEqual(repeatElement(mark, count: 3))
      {
        // A fence closes only with the same character it opened with.
        if fence == nil { fence = mark } else if fence == mark { fence = nil }
        continue
      }
      guard fence == nil else { continue }
      if trimmed.elementsEqual(beginBytes) {
        if let open = begin, stray == nil { stray = .unbalancedMarkers(line: open + 1, marker: beginMarker) }
        begin = index
      } else if trimmed.elementsEqual(endBytes) {
        if let open = begin {
          blocks.append(open..<(index + 1))
          begin = nil
        } else if stray == nil {
          stray = .unbalancedMarkers(line: index + 1, marker: endMarker)
        }
      }
    }
    if let open = begin, stray == nil { stray = .unbalancedMarkers(line: open + 1, marker: beginMarker) }
    return (blocks, stray)
  }

  private static func trimmed(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    var line = line.drop(while: TextLines.isBlank)
    while let last = line.last, TextLines.isBlank(last) { line = line.dropLast() }
    return line
  }
}
