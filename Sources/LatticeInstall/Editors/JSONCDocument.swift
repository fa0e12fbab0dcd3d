import LatticeModel

/// A JSON-with-comments document (JSONC: `//` and `/* */` comments, trailing commas) read only far
/// enough to edit it in place: every object's braces and, for each member, the byte ranges of its
/// key, its value and the comma after it.
///
/// Invariants:
/// - Offsets are UTF-8 byte offsets into `text`; `bytes` is `Array(text.utf8)`. Working on bytes
///   keeps `\r\n` two bytes wide (a Swift `Character` would fuse it) so ranges and edits agree.
/// - `objects[0]` is the top-level object unless the text holds no value at all (empty, whitespace
///   or comments only), which reads as `{}` with no braces yet (`root == nil`).
/// - Edits return new text and never touch a byte outside the splice they describe: comments, key
///   order, whitespace and line endings elsewhere are kept exactly.
/// - `setting` then `removing` the same path restores the original bytes when the path was absent
///   (see `removing` for the one normalization: `{ }` written with inner whitespace comes back `{}`).
/// - A duplicated key reads as its last occurrence, as `JSON.parse` and most agents do.
public struct JSONCDocument: Sendable {
  /// One `{ … }` in the document.
  public struct Object: Sendable {
    /// Offset of `{`.
    public internal(set) var open: Int
    /// Offset of `}`.
    public internal(set) var close: Int
    public internal(set) var members: [Member]
  }

  /// One `"key": value` inside an object.
  public struct Member: Sendable {
    /// The decoded key (escapes resolved), which is what paths are matched against.
    public let key: String
    /// The key's quoted literal.
    public let keyRange: Range<Int>
    public let valueRange: Range<Int>
    /// Offset of the comma that follows the value, if any (a trailing comma counts).
    public let comma: Int?
    /// Index into `objects` when the value is an object.
    public let object: Int?

    /// The key through the value and its comma.
    public var range: Range<Int> { keyRange.lowerBound..<(comma.map { $0 + 1 } ?? valueRange.upperBound) }
  }

  public let text: String
  let bytes: [UInt8]
  /// Every object in the order its `{` appears; arrays are scanned but their objects are not addressable.
  public let objects: [Object]
  /// Index of the top-level object; nil when the text holds no value.
  public let root: Int?
  /// The line ending used for inserted text: the file's first one, `\n` when it has none.
  let newline: [UInt8]
  /// One level of indentation as the file writes it, two spaces when the file does not tell.
  let indentUnit: [UInt8]

  /// Reads `text`, throwing `ConfigEditError.malformed` with the position of the first problem.
  public init(text: String) throws {
    self.text = text
    bytes = Array(text.utf8)
    var scanner = Scanner(bytes: bytes)
    root = try scanner.scanDocument()
    objects = scanner.objects
    newline = Self.detectNewline(bytes)
    indentUnit = Self.detectIndentUnit(bytes, objects)
  }

  // MARK: - Reading

  /// The raw text of the value at `path`, exactly as written; nil when any key is missing.
  public func value(at path: [String]) -> String? {
    guard let (object, index) = locate(path) else { return nil }
    return string(objects[object].members[index].valueRange)
  }

  /// True when the top-level object has no members (or there is no top-level object yet).
  public var isEmpty: Bool { root.map { objects[$0].members.isEmpty } ?? true }

  /// The object and member index `path` names, following only object values.
  func locate(_ path: [String]) -> (object: Int, member: Int)? {
    guard var object = root, !path.isEmpty else { return nil }
    for (depth, key) in path.enumerated() {
      guard let index = memberIndex(key, in: object) else { return nil }
      if depth == path.count - 1 { return (object, index) }
      guard let child = objects[object].members[index].object else { return nil }
      object = child
    }
    return nil
  }

  private func memberIndex(_ key: String, in object: Int) -> Int? {
    objects[object].members.lastIndex { $0.key == key }
  }

  // MARK: - Setting

  /// The text with the value at `path` replaced by `valueJSON`, or inserted (creating missing
  /// intermediate objects) as the last member of its object.
  ///
  /// Inserted members are indented like their siblings (or one file indent unit deeper than their
  /// object's line when it is empty), get a comma after the previous member only when it lacks one,
  /// and carry a trailing comma only when the previous last member had one. `valueJSON` (compact or
  /// pretty) is re-indented to the depth it lands at, with the file's line ending.
  public func setting(_ path: [String], to valueJSON: String) throws -> String {
    guard !path.isEmpty else { throw ConfigEditError.emptyPath }
    try Self.validateValue(valueJSON)
    let edits = try settingEdits(path, valueJSON)
    let result = apply(edits)
    // Re-read the result so that a layout this editor did not foresee fails loudly, not silently.
    guard let check = try? JSONCDocument(text: result), check.value(at: path) != nil else {
      throw ConfigEditError.editFailed(reason: "the result does not read back with the new value in place")
    }
    return result
  }

  private func settingEdits(_ path: [String], _ valueJSON: String) throws -> [Edit] {
    guard var object = root else {
      // Nothing to edit yet: the text is `{}` in spirit; write the object after whatever is there.
      var insertion: [UInt8] = []
      if let last = bytes.last, last != UInt8(ascii: "\n") { insertion += newline }
      insertion += Array("{".utf8) + newline + indentUnit
      insertion += memberText(path[0], rest: path.dropFirst(), valueJSON, indent: indentUnit, colon: defaultColon)
      insertion += newline + Array("}".utf8) + newline
      return [Edit(range: bytes.count..<bytes.count, replacement: insertion)]
    }
    for (depth, key) in path.enumerated() {
      guard let index = memberIndex(key, in: object) else {
        return insertionEdits(into: object, key: key, rest: path.dropFirst(depth + 1), valueJSON)
      }
      let member = objects[object].members[index]
      if depth == path.count - 1 {
        let indent = lineIndent(at: member.keyRange.lowerBound)
        return [Edit(range: member.valueRange, replacement: render(valueJSON, indent: indent))]
      }
      guard let child = member.object else { throw ConfigEditError.notAnObject(path: Array(path[...depth])) }
      object = child
    }
    return []
  }

  private func insertionEdits(into index: Int, key: String, rest: ArraySlice<String>, _ valueJSON: String) -> [Edit] {
    let object = objects[index]
    guard let last = object.members.last else { return emptyObjectInsertion(object, key, rest, valueJSON) }
    let colon = colonStyle(last)
    let trailingComma = last.comma != nil
    if let indent = memberIndent(object) {
      // One member per line: the new line goes after the last member's line, past any comment on it,
      // or straight after the member when the line goes on with a comment spanning lines.
      var position = skipSameLineTrivia(from: last.range.upperBound)
      if position < bytes.count, !Self.isLineBreak(bytes[position]), bytes[position] != UInt8(ascii: "}") {
        position = last.range.upperBound
      }
      var text = newline + indent + memberText(key, rest: rest, valueJSON, indent: indent, colon: colon)
      if trailingComma { text += Array(",".utf8) }
      var edits = [Edit(range: position..<position, replacement: text)]
      if !trailingComma {
        edits.append(Edit(range: last.valueRange.upperBound..<last.valueRange.upperBound, replacement: Array(",".utf8)))
      }
      return edits
    }
    // Members share lines (`{"a": 1, "b": 2}`): continue on the same line with the file's separator.
    let gap = compactGap(object)
    let position = last.range.upperBound
    let indent = lineIndent(at: position)
    let member = memberText(key, rest: rest, valueJSON, indent: indent, colon: colon, compact: true)
    let text = trailingComma ? gap + member + Array(",".utf8) : Array(",".utf8) + gap + member
    return [Edit(range: position..<position, replacement: text)]
  }

  private func emptyObjectInsertion(
    _ object: Object, _ key: String, _ rest: ArraySlice<String>, _ valueJSON: String
  ) -> [Edit] {
    let outer = lineIndent(at: object.open)
    let indent = outer + indentUnit
    let member = memberText(key, rest: rest, valueJSON, indent: indent, colon: defaultColon)
    let interior = (object.open + 1)..<object.close
    if bytes[interior].allSatisfy(Self.isWhitespace) {
      // `{}` becomes a block; `removing` collapses it back to `{}`.
      return [Edit(range: interior, replacement: newline + indent + member + newline + outer)]
    }
    let closeLine = lineStart(of: object.close)
    if closeLine > object.open, bytes[closeLine..<object.close].allSatisfy(Self.isBlank) {
      // Only comments inside and `}` on its own line: the member goes on a line of its own above `}`.
      return [Edit(range: closeLine..<closeLine, replacement: indent + member + newline)]
    }
    // Comments and `}` share a line: open a line for the member and put `}` back on its own line.
    return [Edit(range: object.close..<object.close, replacement: newline + indent + member + newline + outer)]
  }

  /// `"key": value`, wrapping the value in new objects for each key of `rest`: one line each when
  /// `compact` (the object they join keeps its members on one line), else one member per line.
  private func memberText(
    _ key: String, rest: ArraySlice<String>, _ valueJSON: String, indent: [UInt8], colon: [UInt8],
    compact: Bool = false
  ) -> [UInt8] {
    var text = Array(Self.quote(key).utf8) + colon
    guard let next = rest.first else { return text + render(valueJSON, indent: indent) }
    if compact {
      let inner = memberText(next, rest: rest.dropFirst(), valueJSON, indent: indent, colon: colon, compact: true)
      return text + Array("{".utf8) + inner + Array("}".utf8)
    }
    let inner = indent + indentUnit
    text += Array("{".utf8) + newline + inner
    text += memberText(next, rest: rest.dropFirst(), valueJSON, indent: inner, colon: colon)
    text += newline + indent + Array("}".utf8)
    return text
  }

  // MARK: - Removing

  /// The text without the member at `path` (every occurrence of a duplicated key; unchanged when
  /// it is absent).
  ///
  /// Removes exactly what `setting` adds when it inserts: the member's line with its line break and
  /// any comment after it on that line, plus the comma it made the previous member take. An object
  /// left with only whitespace inside is written `{}`. Intermediate objects left empty stay, for the
  /// caller to judge.
  public func removing(_ path: [String]) throws -> String {
    guard !path.isEmpty else { throw ConfigEditError.emptyPath }
    var document = self
    // A duplicated key goes entirely: one occurrence per pass, last first, re-reading in between.
    while let (index, position) = document.locate(path) {
      let result = document.apply(document.removalEdits(document.objects[index], position))
      // Re-read the result so that a layout this editor did not foresee fails loudly, not silently.
      guard let next = try? JSONCDocument(text: result), next.text.utf8.count < document.text.utf8.count else {
        throw ConfigEditError.editFailed(reason: "the result does not read back without the removed entry")
      }
      document = next
    }
    return document.text
  }

  private func removalEdits(_ object: Object, _ index: Int) -> [Edit] {
    let members = object.members
    let member = members[index]
    let isLast = index == members.count - 1
    var edits: [Edit] = []
    let start = member.keyRange.lowerBound
    if beginsLine(start) {
      // Normally the whole line goes, with the line break before it and any comment after it. When
      // the line goes on (`}`, a comment running onto later lines, another member), only the member
      // goes, and its line break too unless the line above ends in a `//` comment that would
      // swallow what follows.
      let end = skipSameLineTrivia(from: member.range.upperBound)
      let joinable = !lineEndsInComment(before: lineStart(of: start))
      let from = joinable ? lineBreak(before: start) : start
      if end == bytes.count || Self.isLineBreak(bytes[end]) {
        edits.append(Edit(range: lineBreak(before: start)..<end, replacement: []))
      } else if bytes[end] == UInt8(ascii: "}") {
        edits.append(Edit(range: from..<end, replacement: []))
      } else if bytes[end] == UInt8(ascii: "/") {
        edits.append(Edit(range: from..<member.range.upperBound, replacement: []))
      } else {
        edits.append(Edit(range: start..<end, replacement: []))
      }
      if isLast, member.comma == nil, index > 0, let comma = members[index - 1].comma {
        edits.append(Edit(range: comma..<(comma + 1), replacement: []))
      }
    } else if members.count == 1 {
      edits.append(Edit(range: member.range, replacement: []))
    } else if !isLast {
      edits.append(Edit(range: start..<members[index + 1].keyRange.lowerBound, replacement: []))
    } else if let comma = member.comma, let previous = members[index - 1].comma {
      edits.append(Edit(range: (previous + 1)..<(comma + 1), replacement: []))
    } else {
      edits.append(
        Edit(range: members[index - 1].valueRange.upperBound..<member.valueRange.upperBound, replacement: []))
    }
    if members.count == 1 {
      // Collapse to `{}` when nothing but whitespace would remain inside.
      let interior = (object.open + 1)..<object.close
      let kept = interior.filter { offset in !edits.contains { $0.range.contains(offset) } }
      if kept.allSatisfy({ Self.isWhitespace(bytes[$0]) }) { return [Edit(range: interior, replacement: [])] }
    }
    return edits
  }

  // MARK: - Layout

  private struct Edit {
    let range: Range<Int>
    let replacement: [UInt8]
  }

  private func apply(_ edits: [Edit]) -> String {
    // Back to front so earlier offsets stay valid; at one offset, edits listed first end up last.
    let ordered = edits.enumerated().sorted {
      ($0.element.range.lowerBound, $1.offset) > ($1.element.range.lowerBound, $0.offset)
    }
    var result = bytes
    for (_, edit) in ordered {
      result.replaceSubrange(edit.range, with: edit.replacement)
    }
    return String(decoding: result, as: UTF8.self)
  }

  private func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  private var defaultColon: [UInt8] {
    for object in objects {
      if let member = object.members.first { return colonStyle(member) }
    }
    return Array(": ".utf8)
  }

  /// The text between a key and its value when it is plain (`:`, `: `, ` : `), else `: `.
  private func colonStyle(_ member: Member) -> [UInt8] {
    let between = Array(bytes[member.keyRange.upperBound..<member.valueRange.lowerBound])
    let plain = between.allSatisfy { $0 == UInt8(ascii: ":") || Self.isBlank($0) }
    return plain && between.count <= 4 ? between : Array(": ".utf8)
  }

  /// What separates members that share a line (`, ` or `,`), from the first such pair.
  private func compactGap(_ object: Object) -> [UInt8] {
    for (member, next) in zip(object.members, object.members.dropFirst()) {
      guard let comma = member.comma else { continue }
      let gap = bytes[(comma + 1)..<next.keyRange.lowerBound]
      if gap.allSatisfy(Self.isBlank) { return Array(gap) }
    }
    return Array(" ".utf8)
  }

  /// The indentation of the last member that starts its own line; nil when members share lines.
  private func memberIndent(_ object: Object) -> [UInt8]? {
    for member in object.members.reversed() where beginsLine(member.keyRange.lowerBound) {
      return lineIndent(at: member.keyRange.lowerBound)
    }
    return nil
  }

  private func beginsLine(_ offset: Int) -> Bool {
    let start = lineStart(of: offset)
    return start > 0 && bytes[start..<offset].allSatisfy(Self.isBlank)
  }

  private func lineStart(of offset: Int) -> Int {
    var start = offset
    while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
    return start
  }

  /// Offset of the line break (`\r\n` or `\n`) that ends the line before the one starting at `start`.
  private func lineBreak(before offset: Int) -> Int {
    let start = lineStart(of: offset)
    return start >= 2 && bytes[start - 2] == UInt8(ascii: "\r") ? start - 2 : start - 1
  }

  /// The spaces and tabs that open the line holding `offset`.
  private func lineIndent(at offset: Int) -> [UInt8] {
    let start = lineStart(of: offset)
    var end = start
    while end < bytes.count, Self.isBlank(bytes[end]) { end += 1 }
    return Array(bytes[start..<end])
  }

  /// Past blanks, block comments closed on the same line and a line comment, stopping at the line
  /// break (or at anything else), so text inserted there stays clear of the comment.
  private func skipSameLineTrivia(from offset: Int) -> Int {
    var position = offset
    while position < bytes.count {
      let byte = bytes[position]
      if Self.isBlank(byte) {
        position += 1
      } else if byte == UInt8(ascii: "/"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "*") {
        guard let end = blockCommentEnd(from: position),
          !bytes[position..<end].contains(UInt8(ascii: "\n"))
        else { return position }
        position = end
      } else if byte == UInt8(ascii: "/"), position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "/") {
        while position < bytes.count, !Self.isLineBreak(bytes[position]) { position += 1 }
        return position
      } else {
        return position
      }
    }
    return position
  }

  /// Whether the line ending just before `lineStart` closes with a `//` comment (outside strings).
  private func lineEndsInComment(before lineStart: Int) -> Bool {
    guard lineStart > 0 else { return false }
    let previous = self.lineStart(of: lineStart - 1)
    var position = previous
    var inString = false
    while position < lineStart {
      let byte = bytes[position]
      if inString {
        if byte == UInt8(ascii: "\\") { position += 1 } else if byte == UInt8(ascii: "\"") { inString = false }
      } else if byte == UInt8(ascii: "\"") {
        inString = true
      } else if byte == UInt8(ascii: "/"), position + 1 < lineStart, bytes[position + 1] == UInt8(ascii: "/") {
        return true
      } else if byte == UInt8(ascii: "/"), position + 1 < lineStart, bytes[position + 1] == UInt8(ascii: "*") {
        guard let end = blockCommentEnd(from: position) else { return false }
        position = end
        continue
      }
      position += 1
    }
    return false
  }

  private func blockCommentEnd(from offset: Int) -> Int? {
    var position = offset + 2
    while position + 1 < bytes.count {
      if bytes[position] == UInt8(ascii: "*"), bytes[position + 1] == UInt8(ascii: "/") { return position + 2 }
      position += 1
    }
    return nil
  }

  /// `valueJSON` trimmed, with continuation lines moved to `indent` plus the file's unit per level
  /// they had, and joined with the file's line ending.
  private func render(_ valueJSON: String, indent: [UInt8]) -> [UInt8] {
    let lines = Self.lines(of: Array(valueJSON.utf8))
    guard lines.count > 1 else { return lines.first ?? [] }
    let rest = lines.dropFirst()
    let leads = rest.filter { !$0.isEmpty }.map { $0.prefix(while: Self.isBlank).count }
    let base = leads.min() ?? 0
    let usesTabs = rest.contains { $0.dropFirst(base).first == UInt8(ascii: "\t") }
    let step = usesTabs ? 1 : max(1, leads.map { $0 - base }.filter { $0 > 0 }.min() ?? 1)
    var result = lines[0]
    for line in rest {
      result += newline
      guard !line.isEmpty else { continue }
      let lead = line.prefix(while: Self.isBlank).count - base
      let level = lead / step
      var text = indent
      for _ in 0..<level { text += indentUnit }
      text += Array(repeating: UInt8(ascii: " "), count: lead % step)
      result += text + line.dropFirst(base + lead)
    }
    return result
  }

  /// The lines of `text` without their line breaks, after trimming blank lines and whitespace at both ends.
  private static func lines(of text: [UInt8]) -> [[UInt8]] {
    var lines: [[UInt8]] = [[]]
    for byte in text {
      if byte == UInt8(ascii: "\n") { lines.append([]) } else { lines[lines.count - 1].append(byte) }
    }
    lines = lines.map { $0.last == UInt8(ascii: "\r") ? Array($0.dropLast()) : $0 }
    while let first = lines.first, first.allSatisfy(isWhitespace), lines.count > 1 { lines.removeFirst() }
    while let last = lines.last, last.allSatisfy(isWhitespace), lines.count > 1 { lines.removeLast() }
    lines = lines.map { line in
      var line = line
      while let last = line.last, isWhitespace(last) { line.removeLast() }
      return line
    }
    if let first = lines.first { lines[0] = Array(first.drop(while: isWhitespace)) }
    return lines
  }

  /// `key` as a JSON string literal.
  static func quote(_ key: String) -> String { JSONStringLiteral.quote(key) }

  private static func validateValue(_ valueJSON: String) throws {
    var scanner = Scanner(bytes: Array(valueJSON.utf8))
    do {
      try scanner.scanSingleValue()
    } catch let ConfigEditError.malformed(line, column, reason) {
      throw ConfigEditError.invalidValue(reason: "line \(line), column \(column): \(reason)")
    }
  }

  private static func detectNewline(_ bytes: [UInt8]) -> [UInt8] {
    guard let index = bytes.firstIndex(of: UInt8(ascii: "\n")) else { return [UInt8(ascii: "\n")] }
    return index > 0 && bytes[index - 1] == UInt8(ascii: "\r") ? Array("\r\n".utf8) : [UInt8(ascii: "\n")]
  }

  /// The first member indentation that extends its object's line indentation by something.
  private static func detectIndentUnit(_ bytes: [UInt8], _ objects: [Object]) -> [UInt8] {
    func indent(_ offset: Int) -> (lineStart: Int, indent: [UInt8]) {
      var start = offset
      while start > 0, bytes[start - 1] != UInt8(ascii: "\n") { start -= 1 }
      return (start, Array(bytes[start...].prefix(while: isBlank)))
    }
    for object in objects {
      let outer = indent(object.open).indent
      for member in object.members {
        let (start, inner) = indent(member.keyRange.lowerBound)
        guard start + inner.count == member.keyRange.lowerBound, inner.count > outer.count,
          inner.starts(with: outer)
        else { continue }
        return Array(inner.dropFirst(outer.count))
      }
    }
    return Array("  ".utf8)
  }

  static func isBlank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
  static func isLineBreak(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") }
  static func isWhitespace(_ byte: UInt8) -> Bool { isBlank(byte) || isLineBreak(byte) }
}

// MARK: - Scanner

extension JSONCDocument {
  /// A recursive-descent reader over UTF-8 bytes that records objects as it closes them.
  struct Scanner {
    let bytes: [UInt8]
    var position = 0
    var objects: [Object] = []
    /// Deep enough for any configuration file, shallow enough that hostile input cannot exhaust the stack.
    let maximumDepth = 256

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Scans a whole document; returns the index of the top-level object, nil when there is no value.
    mutating func scanDocument() throws -> Int? {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
      try skipTrivia()
      guard position < bytes.count else { return nil }
      guard bytes[position] == UInt8(ascii: "{") else {
        throw error("the top level must be an object starting with '{', found \(describe(position))")
      }
      _ = try scanObject(depth: 0)
      try skipTrivia()
      guard position == bytes.count else {
        let extra = bytes[position] == UInt8(ascii: "}") ? " (unbalanced braces?)" : ""
        throw error("unexpected \(describe(position)) after the top-level object\(extra)")
      }
      return 0
    }

    /// Scans text that must hold exactly one value of any kind.
    mutating func scanSingleValue() throws {
      try skipTrivia()
      guard position < bytes.count else { throw error("expected a value, found the end of the text") }
      _ = try scanValue(depth: 0)
      try skipTrivia()
      guard position == bytes.count else { throw error("unexpected \(describe(position)) after the value") }
    }

    /// Returns the value's range and, for an object, its index.
    private mutating func scanValue(depth: Int) throws -> (Range<Int>, Int?) {
      let start = position
      guard depth < maximumDepth else { throw error("nesting deeper than \(maximumDepth) levels") }
      switch bytes[position] {
      case UInt8(ascii: "{"):
        let index = try scanObject(depth: depth)
        return (start..<position, index)
      case UInt8(ascii: "["):
        try scanArray(depth: depth)
      case UInt8(ascii: "\""):
        _ = try scanString()
      default:
        try scanLiteral()
      }
      return (start..<position, nil)
    }

    private mutating func scanObject(depth: Int) throws -> Int {
      let open = position
      let index = objects.count
      objects.append(Object(open: open, close: open, members: []))
      position += 1
      var members: [Member] = []
      while true {
        try skipTrivia()
        guard position < bytes.count else { throw unclosed("object", "}", open) }
        if bytes[position] == UInt8(ascii: "}") { break }
        guard bytes[position] == UInt8(ascii: "\"") else {
          throw error("expected a quoted key or '}', found \(describe(position))")
        }
        let keyStart = position
        let key = try scanString()
        let keyRange = keyStart..<position
        try skipTrivia()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
          throw error("expected ':' after the key \(JSONCDocument.quote(key)), found \(describe(position))")
        }
        position += 1
        try skipTrivia()
        guard position < bytes.count else { throw unclosed("object", "}", open) }
        if bytes[position] == UInt8(ascii: "}") || bytes[position] == UInt8(ascii: ",") {
          throw error("expected a value for the key \(JSONCDocument.quote(key)), found \(describe(position))")
        }
        let (valueRange, child) = try scanValue(depth: depth + 1)
        try skipTrivia()
        var comma: Int?
        if position < bytes.count, bytes[position] == UInt8(ascii: ",") {
          comma = position
          position += 1
        }
        members.append(Member(key: key, keyRange: keyRange, valueRange: valueRange, comma: comma, object: child))
        if comma == nil {
          try skipTrivia()
          guard position < bytes.count else { throw unclosed("object", "}", open) }
          guard bytes[position] == UInt8(ascii: "}") else {
            throw error(
              "expected ',' or '}' after the value of \(JSONCDocument.quote(key)), found \(describe(position))")
          }
        }
      }
      objects[index].close = position
      objects[index].members = members
      position += 1
      return index
    }

    private mutating func scanArray(depth: Int) throws {
      let open = position
      position += 1
      while true {
        try skipTrivia()
        guard position < bytes.count else { throw unclosed("array", "]", open) }
        if bytes[position] == UInt8(ascii: "]") { break }
        if bytes[position] == UInt8(ascii: ",") { throw error("expected a value or ']', found ','") }
        _ = try scanValue(depth: depth + 1)
        try skipTrivia()
        guard position < bytes.count else { throw unclosed("array", "]", open) }
        if bytes[position] == UInt8(ascii: ",") {
          position += 1
        } else if bytes[position] != UInt8(ascii: "]") {
          throw error("expected ',' or ']' in the array, found \(describe(position))")
        }
      }
      position += 1
    }

    /// Scans a string literal and returns its decoded contents.
    private mutating func scanString() throws -> String {
      let start = position
      position += 1
      var decoded: [UInt8] = []
      var pendingHigh: UInt32?
      while true {
        guard position < bytes.count, !JSONCDocument.isLineBreak(bytes[position]) else {
          throw error("unterminated string", at: start)
        }
        let byte = bytes[position]
        if byte == UInt8(ascii: "\"") { break }
        if byte < 0x20 { throw error("control character inside a string") }
        guard byte == UInt8(ascii: "\\") else {
          decoded.append(byte)
          position += 1
          continue
        }
        guard position + 1 < bytes.count else { throw error("unterminated string", at: start) }
        let escape = bytes[position + 1]
        position += 2
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): decoded.append(escape)
        case UInt8(ascii: "b"): decoded.append(0x08)
        case UInt8(ascii: "f"): decoded.append(0x0C)
        case UInt8(ascii: "n"): decoded.append(0x0A)
        case UInt8(ascii: "r"): decoded.append(0x0D)
        case UInt8(ascii: "t"): decoded.append(0x09)
        case UInt8(ascii: "u"):
          guard position + 4 <= bytes.count,
            let code = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16)
          else { throw error("'\\u' must be followed by four hex digits", at: position - 2) }
          position += 4
          if (0xD800..<0xDC00).contains(code) {
            pendingHigh = code
            continue
          }
          var scalarValue = code
          if let high = pendingHigh, (0xDC00..<0xE000).contains(code) {
            scalarValue = 0x10000 + ((high - 0xD800) << 10) + (code - 0xDC00)
          }
          let scalar = Unicode.Scalar(scalarValue) ?? "\u{FFFD}"
          decoded += Array(String(Character(scalar)).utf8)
        default:
          throw error("invalid escape '\\\(String(decoding: [escape], as: UTF8.self))' in a string", at: position - 2)
        }
        pendingHigh = nil
      }
      position += 1
      return String(decoding: decoded, as: UTF8.self)
    }

    /// `true`, `false`, `null` or a number.
    private mutating func scanLiteral() throws {
      let start = position
      while position < bytes.count, Self.isLiteralByte(bytes[position]) { position += 1 }
      let word = String(decoding: bytes[start..<position], as: UTF8.self)
      guard !word.isEmpty else { throw error("expected a value, found \(describe(start))", at: start) }
      guard ["true", "false", "null"].contains(word) || Self.isNumber(word) else {
        throw error(
          "'\(word)' is not a value (expected a string, number, true, false, null, object or array)", at: start)
      }
    }

    private static func isLiteralByte(_ byte: UInt8) -> Bool {
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_")
    }

    /// JSON's number grammar: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private static func isNumber(_ word: String) -> Bool {
      var chars = Substring(word)
      func digits() -> Int {
        let count = chars.prefix(while: \.isASCIIDigit).count
        chars = chars.dropFirst(count)
        return count
      }
      if chars.first == "-" { chars = chars.dropFirst() }
      let integer = chars
      guard digits() > 0 else { return false }
      if integer.first == "0", integer.count > 1, integer.dropFirst().first?.isASCIIDigit == true { return false }
      if chars.first == "." {
        chars = chars.dropFirst()
        guard digits() > 0 else { return false }
      }
      if chars.first == "e" || chars.first == "E" {
        chars = chars.dropFirst()
        if chars.first == "+" || chars.first == "-" { chars = chars.dropFirst() }
        guard digits() > 0 else { return false }
      }
      return chars.isEmpty
    }

    /// Skips whitespace and comments.
    private mutating func skipTrivia() throws {
      while position < bytes.count {
        let byte = bytes[position]
        if JSONCDocument.isWhitespace(byte) {
          position += 1
          continue
        }
        guard byte == UInt8(ascii: "/") else { return }
        let next = position + 1 < bytes.count ? bytes[position + 1] : 0
        if next == UInt8(ascii: "/") {
          while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
        } else if next == UInt8(ascii: "*") {
          let start = position
          position += 2
          while position + 1 < bytes.count,
            !(bytes[position] == UInt8(ascii: "*") && bytes[position + 1] == UInt8(ascii: "/"))
          {
            position += 1
          }
          guard position + 1 < bytes.count else { throw error("unterminated /* comment", at: start) }
          position += 2
        } else {
          throw error("a single '/' (comments start with // or /*)")
        }
      }
    }

    /// How a byte is named in an error: the character in quotes, or "the end of the text".
    private func describe(_ offset: Int) -> String {
      guard offset < bytes.count else { return "the end of the text" }
      var end = offset + 1
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      let character = String(decoding: bytes[offset..<end], as: UTF8.self)
      switch character {
      case "\n", "\r\n", "\r": return "a line break"
      default: return "'\(character)'"
      }
    }

    private func unclosed(_ kind: String, _ closer: String, _ open: Int) -> ConfigEditError {
      let (line, column) = location(open)
      return error("missing '\(closer)' for the \(kind) opened at line \(line), column \(column)")
    }

    private func error(_ reason: String, at offset: Int? = nil) -> ConfigEditError {
      let (line, column) = location(offset ?? position)
      return .malformed(line: line, column: column, reason: reason)
    }

    /// 1-based line and column (in characters) of a byte offset.
    private func location(_ offset: Int) -> (line: Int, column: Int) {
      let offset = min(offset, bytes.count)
      var line = 1
      var lineStart = 0
      for index in 0..<offset where bytes[index] == UInt8(ascii: "\n") {
        line += 1
        lineStart = index + 1
      }
      let prefix = String(decoding: bytes[lineStart..<offset], as: UTF8.self)
      return (line, prefix.count + 1)
    }
  }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
