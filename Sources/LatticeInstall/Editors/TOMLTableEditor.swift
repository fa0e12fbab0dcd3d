/// Replaces, appends or removes one `[table]` of a TOML file (Codex's `config.toml`) and leaves every
/// other byte alone.
///
/// Invariants:
/// - A table runs from its header line to the next table header (`[x]` or `[[x]]` at a line start,
///   outside multi-line strings and arrays) or the end of the file, minus the blank lines before that
///   header and the comment lines directly above it, which belong to the next table.
/// - Headers match by their keys, so `[ mcp_servers.lattice ]` and `[mcp_servers."lattice"]` are the
///   table `mcp_servers.lattice`; `[[mcp_servers.lattice]]` (an array of tables) never is.
/// - Replacing keeps the existing header line as written and swaps the lines below it.
/// - Appending adds one blank line and the table, and keeps the file's line ending and whether it
///   ends with one; `removingTable` undoes exactly that, so install then uninstall restores the bytes.
public enum TOMLTableEditor {

  /// `text` with the table `header` (dotted keys, e.g. `mcp_servers.lattice`) holding exactly `body`
  /// (TOML lines, without the header), replacing the table or appending it.
  public static func settingTable(_ header: String, body: String, in text: String) throws -> String {
    let keys = try Self.tableKeys(header)
    let lines = TextLines(text)
    let layout = try Layout(lines, keys)
    let bodyLines = TextLines.lines(of: body)
    guard let table = layout.tables.first(where: { $0.keys == keys && !$0.isArray }) else {
      return lines.appending([Array("[\(header)]".utf8)] + bodyLines)
    }
    let header = lines.lines[table.header]
    let regionEnd = lines.lines[table.contentEnd - 1].end
    var replacement: [UInt8] = []
    if header.end == header.contentEnd, !bodyLines.isEmpty { replacement += lines.newline }
    for (index, line) in bodyLines.enumerated() {
      replacement += line
      // The last line keeps the file's choice of ending with or without a line break.
      if index < bodyLines.count - 1 || lines.bytes[regionEnd - 1] == UInt8(ascii: "\n") {
        replacement += lines.newline
      }
    }
    return lines.replacing(header.end..<regionEnd, with: replacement)
  }

  /// `text` without the table `header` and its sub-tables (`[header.env]`…), which would otherwise
  /// define the table again on their own; unchanged when there is none.
  public static func removingTable(_ header: String, in text: String) throws -> String {
    let keys = try Self.tableKeys(header)
    var text = text
    // One table per pass, re-reading in between, so each removal sees current offsets.
    while true {
      let lines = TextLines(text)
      let layout = try Layout(lines, keys)
      let owned = layout.tables.last { table in
        table.keys == keys && !table.isArray || table.keys.count > keys.count && table.keys.starts(with: keys)
      }
      guard let table = owned else { return text }
      text = lines.removing(lineRange: table.header..<table.contentEnd)
    }
  }

  // MARK: - Reading the file

  /// One table header and where the table's own lines stop.
  struct Table {
    let keys: [String]
    let isArray: Bool
    /// Line index of the header.
    let header: Int
    /// Line index just past the table's last own line.
    let contentEnd: Int
  }

  /// The tables of a file, found by classifying lines with a small lexer that knows where values
  /// (multi-line strings, arrays and inline tables spanning lines) hide `[` at a line start.
  struct Layout {
    enum Kind: Equatable {
      case blank, comment, content
      case header(keys: [String]?, isArray: Bool)
    }

    let kinds: [Kind]
    let tables: [Table]

    init(_ lines: TextLines, _ ours: [String]) throws {
      var kinds: [Kind] = []
      var state = ValueState()
      for index in lines.lines.indices {
        let content = Array(lines.content(index))
        let trimmed = content.drop(while: TextLines.isBlank)
        if state.isOpen {
          state.scan(content)
          kinds.append(.content)
        } else if trimmed.isEmpty {
          kinds.append(.blank)
        } else if trimmed.first == UInt8(ascii: "#") {
          kinds.append(.comment)
        } else if trimmed.first == UInt8(ascii: "[") {
          let parsed = TOMLTableEditor.parseHeader(Array(trimmed))
          if parsed == nil, TOMLTableEditor.loosely(Array(trimmed)) == TOMLTableEditor.loosely(ours) {
            throw ConfigEditError.malformedTableHeader(line: index + 1, text: String(decoding: content, as: UTF8.self))
          }
          kinds.append(.header(keys: parsed?.keys, isArray: parsed?.isArray ?? false))
        } else {
          state.scan(content)
          kinds.append(.content)
        }
      }
      self.kinds = kinds
      var tables: [Table] = []
      let headers = kinds.indices.filter { if case .header = kinds[$0] { true } else { false } }
      for (position, header) in headers.enumerated() {
        guard case .header(let keys?, let isArray) = kinds[header] else { continue }
        let next = position + 1 < headers.count ? headers[position + 1] : kinds.count
        tables.append(
          Table(keys: keys, isArray: isArray, header: header, contentEnd: Self.contentEnd(kinds, header, next)))
      }
      self.tables = tables
    }

    /// Past the last key line and the comments written right under it, unless those comments run
    /// straight into the next header (then they introduce it).
    private static func contentEnd(_ kinds: [Kind], _ header: Int, _ next: Int) -> Int {
      let lastContent = (header..<next).last { $0 == header || kinds[$0] == .content } ?? header
      var end = lastContent + 1
      while end < next, kinds[end] == .comment { end += 1 }
      return end == next && next < kinds.count ? lastContent + 1 : end
    }
  }

  /// Whether a line ends inside a value that continues on the next line.
  struct ValueState {
    var depth = 0
    var multilineDelimiter: UInt8?

    var isOpen: Bool { depth > 0 || multilineDelimiter != nil }

    mutating func scan(_ line: [UInt8]) {
      var index = 0
      func at(_ offset: Int) -> UInt8? { offset < line.count ? line[offset] : nil }
      while index < line.count {
        if let delimiter = multilineDelimiter {
          if line[index] == UInt8(ascii: "\\"), delimiter == UInt8(ascii: "\"") {
            index += 2
          } else if line[index] == delimiter, at(index + 1) == delimiter, at(index + 2) == delimiter {
            multilineDelimiter = nil
            index += 3
            // A closing delimiter may carry up to two more quotes that belong to the string.
            while at(index) == delimiter { index += 1 }
          } else {
            index += 1
          }
          continue
        }
        let byte = line[index]
        switch byte {
        case UInt8(ascii: "#"):
          return
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
          if at(index + 1) == byte, at(index + 2) == byte {
            multilineDelimiter = byte
            index += 3
            continue
          }
          index += 1
          while index < line.count, line[index] != byte {
            index += byte == UInt8(ascii: "\"") && line[index] == UInt8(ascii: "\\") ? 2 : 1
          }
          index += 1
          continue
        case UInt8(ascii: "["), UInt8(ascii: "{"):
          depth += 1
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
          depth = max(0, depth - 1)
        default:
          break
        }
        index += 1
      }
    }
  }

  // MARK: - Headers

  /// The dotted keys of a header line (`[a.b]`, `[[a."b c"]] # note`), nil when it is malformed.
  static func parseHeader(_ line: [UInt8]) -> (keys: [String], isArray: Bool)? {
    var index = 0
    func at(_ offset: Int) -> UInt8? { offset < line.count ? line[offset] : nil }
    func skipBlanks() { while let byte = at(index), TextLines.isBlank(byte) { index += 1 } }
    guard at(0) == UInt8(ascii: "[") else { return nil }
    let isArray = at(1) == UInt8(ascii: "[")
    index = isArray ? 2 : 1
    var keys: [String] = []
    while true {
      skipBlanks()
      guard let key = parseKey(line, &index) else { return nil }
      keys.append(key)
      skipBlanks()
      if at(index) == UInt8(ascii: ".") {
        index += 1
        continue
      }
      guard at(index) == UInt8(ascii: "]") else { return nil }
      index += 1
      if isArray {
        guard at(index) == UInt8(ascii: "]") else { return nil }
        index += 1
      }
      skipBlanks()
      guard index == line.count || at(index) == UInt8(ascii: "#") else { return nil }
      return (keys, isArray)
    }
  }

  /// A bare key (`A-Za-z0-9_-`), a basic string key or a literal string key.
  private static func parseKey(_ line: [UInt8], _ index: inout Int) -> String? {
    guard index < line.count else { return nil }
    let quote = line[index]
    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
      var key: [UInt8] = []
      index += 1
      while index < line.count, line[index] != quote {
        if quote == UInt8(ascii: "\""), line[index] == UInt8(ascii: "\\"), index + 1 < line.count {
          let escaped = line[index + 1]
          switch escaped {
          case UInt8(ascii: "n"): key.append(0x0A)
          case UInt8(ascii: "t"): key.append(0x09)
          default: key.append(escaped)
          }
          index += 2
          continue
        }
        key.append(line[index])
        index += 1
      }
      guard index < line.count else { return nil }
      index += 1
      return String(decoding: key, as: UTF8.self)
    }
    let start = index
    while index < line.count, isBareKeyByte(line[index]) { index += 1 }
    return index > start ? String(decoding: line[start..<index], as: UTF8.self) : nil
  }

  private static func isBareKeyByte(_ byte: UInt8) -> Bool {
    (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
      || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
      || byte == UInt8(ascii: "-")
  }

  private static func tableKeys(_ header: String) throws -> [String] {
    guard let (keys, _) = parseHeader(Array("[\(header)]".utf8)) else {
      throw ConfigEditError.invalidTableName(header)
    }
    return keys
  }

  /// A header with brackets, quotes, blanks and any comment dropped, to recognize a broken
  /// header that was meant to name our table.
  fileprivate static func loosely(_ line: [UInt8]) -> [UInt8] {
    let code = line.prefix { $0 != UInt8(ascii: "#") }
    return code.filter { !"[]\"' \t".utf8.contains($0) }
  }

  fileprivate static func loosely(_ keys: [String]) -> [UInt8] {
    loosely(Array(keys.joined(separator: ".").utf8))
  }
}

// MARK: - Lines

/// A text split into lines over its UTF-8 bytes, with the edits the line-based editors share:
/// appending a block after one blank line, and removing lines so that an appended block leaves
/// no trace.
///
/// Invariants: `lines` cover `bytes` exactly, in order; a line's `end` includes its `\n` or `\r\n`
/// (only the last line may lack one); `newline` is the file's first line ending (`\n` without one).
struct TextLines {
  struct Line {
    let start: Int
    /// Before the line break.
    let contentEnd: Int
    /// After the line break.
    let end: Int
  }

  let bytes: [UInt8]
  let lines: [Line]
  let newline: [UInt8]

  init(_ text: String) {
    bytes = Array(text.utf8)
    var lines: [Line] = []
    var start = 0
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      let contentEnd = index > start && bytes[index - 1] == UInt8(ascii: "\r") ? index - 1 : index
      lines.append(Line(start: start, contentEnd: contentEnd, end: index + 1))
      start = index + 1
    }
    if start < bytes.count { lines.append(Line(start: start, contentEnd: bytes.count, end: bytes.count)) }
    self.lines = lines
    newline =
      lines.first.map { $0.end > $0.contentEnd + 1 ? Array("\r\n".utf8) : Array("\n".utf8) }
      ?? Array("\n".utf8)
  }

  func content(_ index: Int) -> ArraySlice<UInt8> { bytes[lines[index].start..<lines[index].contentEnd] }

  func isBlankLine(_ index: Int) -> Bool { content(index).allSatisfy(Self.isBlank) }

  var endsWithLineBreak: Bool { bytes.last == UInt8(ascii: "\n") }

  /// `block` after one blank line, keeping whether the text ends with a line break (an empty text
  /// gets the block and a line break).
  func appending(_ block: [[UInt8]]) -> String {
    var joined: [UInt8] = []
    for (index, line) in block.enumerated() {
      if index > 0 { joined += newline }
      joined += line
    }
    let result: [UInt8]
    if bytes.isEmpty {
      result = joined + newline
    } else if endsWithLineBreak {
      result = bytes + newline + joined + newline
    } else {
      result = bytes + newline + newline + joined
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The text without the lines `lineRange`. At the end of the text this also drops the blank line
  /// `appending` put before them (and the line break it added to a text that lacked one); elsewhere
  /// it drops the blank lines after them when a blank line (or the start) precedes, so paragraphs
  /// and tables stay one blank line apart and never merge.
  func removing(lineRange: Range<Int>) -> String {
    let start = lines[lineRange.lowerBound].start
    var after = lineRange.upperBound
    while after < lines.count, isBlankLine(after) { after += 1 }
    if after == lines.count {
      var prefix = Array(bytes[..<start])
      if Self.dropLineBreak(&prefix, onlyAfterBlankLine: true), !endsWithLineBreak {
        Self.dropLineBreak(&prefix, onlyAfterBlankLine: false)
      }
      return String(decoding: prefix, as: UTF8.self)
    }
    let precededByBlank = lineRange.lowerBound == 0 || isBlankLine(lineRange.lowerBound - 1)
    let end = precededByBlank ? lines[after].start : lines[lineRange.upperBound - 1].end
    return replacing(start..<end, with: [])
  }

  func replacing(_ range: Range<Int>, with replacement: [UInt8]) -> String {
    var result = bytes
    result.replaceSubrange(range, with: replacement)
    return String(decoding: result, as: UTF8.self)
  }

  /// Drops the final line break of `text`; with `onlyAfterBlankLine`, only when the line it ends
  /// is blank (so a separator goes, never the end of a content line).
  @discardableResult
  private static func dropLineBreak(_ text: inout [UInt8], onlyAfterBlankLine: Bool) -> Bool {
    guard text.last == UInt8(ascii: "\n") else { return false }
    let width = text.count >= 2 && text[text.count - 2] == UInt8(ascii: "\r") ? 2 : 1
    let rest = text.dropLast(width)
    if onlyAfterBlankLine, !(rest.isEmpty || rest.last == UInt8(ascii: "\n")) { return false }
    text.removeLast(width)
    return true
  }

  /// The lines of a body to write: line breaks removed, blank lines at the end dropped.
  static func lines(of body: String) -> [[UInt8]] {
    let text = TextLines(body)
    var lines = text.lines.indices.map { Array(text.content($0)) }
    while let last = lines.last, last.allSatisfy(isBlank) { lines.removeLast() }
    return lines
  }

  static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
}
