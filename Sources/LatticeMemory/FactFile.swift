import Foundation
import LatticeModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The on-disk form of a fact: Markdown with a YAML-style front matter, readable and diffable by people.
///
/// ```
/// ---
/// id: 20261127T151300Z-3f9a1c
/// modality: decision
/// status: active
/// …
/// anchors:                                    (or `unanchored: true`)
///   - symbol: "typescript:src/context.ts#method:Context.header"
///     signature_hash: 1a2b
///     body_hash: 3c4d
///     callers: ["…"]
///   - file: src/x.ts
///     lines: 10-20
///     content_hash: 5e6f
/// ---
/// <body, byte for byte>
/// ```
///
/// Only this subset of YAML is written or read — not YAML in general. Invariants: `parse(render(f)) == f` for
/// every valid fact, and the body is the bytes after the first closing `---` line, untouched (it may contain
/// `---` lines itself: the front matter never does, because every value sits on a `key: ` line and strings
/// with anything outside a plain set of characters are quoted with JSON escapes, so no value spans lines).
/// Keys are always written in the same order; optional fields are omitted when absent.
enum FactFile {
  // MARK: Rendering

  static func render(_ fact: Fact) -> Data {
    var lines = ["---"]
    func add(_ key: String, _ value: String) { lines.append("\(key): \(value)") }
    add("id", scalar(fact.id))
    add("modality", fact.modality.rawValue)
    add("status", fact.status.rawValue)
    // Swift's description is the shortest text that reads back to the same Double, so this round-trips.
    if let confidence = fact.confidence { add("confidence", "\(confidence)") }
    add("author", scalar(fact.provenance.author))
    if let session = fact.provenance.session { add("session", scalar(session)) }
    if let toolCall = fact.provenance.toolCall { add("tool_call", scalar(toolCall)) }
    add("created", Timestamp.iso(fact.provenance.created))
    if let gitHead = fact.provenance.gitHead { add("git_head", scalar(gitHead)) }
    add("expires", fact.expires.map(Timestamp.iso) ?? "never")
    if let updated = fact.updated { add("updated", Timestamp.iso(updated)) }
    if !fact.supersedes.isEmpty { add("supersedes", list(fact.supersedes)) }
    if let supersededBy = fact.supersededBy { add("superseded_by", scalar(supersededBy)) }
    if let revalidation = fact.revalidation { add("revalidation", scalar(revalidation)) }
    if fact.anchors.isEmpty {
      add("unanchored", "true")
    } else {
      lines.append("anchors:")
      for anchor in fact.anchors {
        switch anchor {
        case .symbol(let key, let signatureHash, let bodyHash, let callers):
          lines.append("  - symbol: \(scalar(key))")
          lines.append("    signature_hash: \(scalar(signatureHash))")
          lines.append("    body_hash: \(scalar(bodyHash))")
          lines.append("    callers: \(list(callers))")
        case .fileRange(let file, let startLine, let endLine, let contentHash):
          lines.append("  - file: \(scalar(file))")
          lines.append("    lines: \(startLine)-\(endLine)")
          lines.append("    content_hash: \(scalar(contentHash))")
        }
      }
    }
    lines.append("---")
    var data = Data((lines.joined(separator: "\n") + "\n").utf8)
    data.append(contentsOf: fact.body.utf8)
    return data
  }

  /// Bare when every character is in a plain set that cannot be mistaken for syntax; otherwise a JSON string.
  static func scalar(_ value: String) -> String {
    let plain =
      !value.isEmpty
      && value.unicodeScalars.allSatisfy { scalar in
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", ".", "_", "/", "-", "+", "@", ":", "=", "~": return true
        default: return false
        }
      }
    return plain ? value : quoted(value)
  }

  static func quoted(_ value: String) -> String { JSONStringLiteral.quote(value) }

  static func list(_ values: [String]) -> String {
    "[" + values.map(scalar).joined(separator: ", ") + "]"
  }

  // MARK: Parsing

  /// Parses a fact file; `path` is only used in error messages.
  static func parse(_ data: Data, path: String) throws -> Fact {
    let bytes = [UInt8](data)
    func fail(_ line: Int, _ reason: String) -> MemoryError { .malformedFact(path: path, line: line, reason: reason) }

    // Split off the front matter at the byte level so the body is never decoded-and-re-encoded line by line.
    var lines: [(number: Int, text: String)] = []
    var position = 0
    var lineNumber = 0
    var bodyStart: Int?
    while position < bytes.count {
      lineNumber += 1
      let newline = bytes[position...].firstIndex(of: 0x0A)
      var end = newline ?? bytes.count
      if end > position, bytes[end - 1] == 0x0D { end -= 1 }  // tolerate hand-edited CRLF front matter
      guard let text = String(validating: bytes[position..<end], as: UTF8.self) else {
        throw fail(lineNumber, "front matter is not valid UTF-8")
      }
      position = newline.map { $0 + 1 } ?? bytes.count
      if lineNumber == 1 {
        guard text == "---" else { throw fail(1, "a fact file starts with a `---` line") }
        continue
      }
      if text == "---" {
        bodyStart = position
        break
      }
      lines.append((lineNumber, text))
    }
    guard let bodyStart else { throw fail(lineNumber, "no closing `---` line after the front matter") }
    guard let body = String(validating: bytes[bodyStart...], as: UTF8.self) else {
      throw fail(lineNumber + 1, "body is not valid UTF-8")
    }

    var fields = FrontMatter()
    var anchorItems: [[String: (line: Int, value: String)]] = []
    var inAnchors = false
    for (number, text) in lines {
      if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
      if text.hasPrefix("  - ") || text.hasPrefix("    ") {
        guard inAnchors else { throw fail(number, "indented line outside `anchors:`") }
        let isNewItem = text.hasPrefix("  - ")
        guard isNewItem || !anchorItems.isEmpty else { throw fail(number, "anchor field before any `- ` item") }
        let (key, value) = try splitKey(text.dropFirst(4), line: number, fail: fail)
        if isNewItem { anchorItems.append([:]) }
        guard anchorItems[anchorItems.count - 1][key] == nil else { throw fail(number, "duplicate anchor key \(key)") }
        anchorItems[anchorItems.count - 1][key] = (number, value)
        continue
      }
      guard !text.hasPrefix(" ") else { throw fail(number, "unexpected indentation") }
      let (key, value) = try splitKey(Substring(text), line: number, fail: fail)
      inAnchors = key == "anchors"
      if inAnchors {
        guard value.isEmpty else { throw fail(number, "`anchors:` takes its items on the following lines") }
      }
      guard fields.values[key] == nil else { throw fail(number, "duplicate key \(key)") }
      fields.values[key] = (number, value)
    }

    let reader = FieldReader(fail: fail, endLine: lineNumber)
    let known: Set<String> = [
      "id", "modality", "status", "confidence", "author", "session", "tool_call", "created", "git_head", "expires",
      "updated", "supersedes", "superseded_by", "revalidation", "anchors", "unanchored",
    ]
    if let unknown = fields.values.filter({ !known.contains($0.key) }).min(by: { $0.value.line < $1.value.line }) {
      throw fail(unknown.value.line, "unknown key \(unknown.key)")
    }

    let id = try reader.string(fields, "id")
    guard FactStore.isValidID(id) else { throw fail(fields.values["id"]!.line, "not a valid fact id: \(id)") }
    let modality = try reader.enumValue(fields, "modality", Modality.self)
    let status = try reader.enumValue(fields, "status", FactStatus.self)
    let confidence = try reader.optional(fields, "confidence") { value, line in
      guard let number = Double(value), number.isFinite else { throw fail(line, "confidence is not a number") }
      return number
    }
    let provenance = Provenance(
      author: try reader.string(fields, "author"),
      session: try reader.optional(fields, "session", reader.parseString),
      toolCall: try reader.optional(fields, "tool_call", reader.parseString),
      created: try reader.date(fields, "created"),
      gitHead: try reader.optional(fields, "git_head", reader.parseString)
    )
    let expires = try reader.required(fields, "expires") { value, line in
      value == "never" ? nil : try reader.parseDate(value, line)
    }
    let updated = try reader.optional(fields, "updated", reader.parseDate)
    let supersedes = try reader.optional(fields, "supersedes", reader.parseList) ?? []
    let supersededBy = try reader.optional(fields, "superseded_by", reader.parseString)
    let revalidation = try reader.optional(fields, "revalidation", reader.parseString)
    let unanchored = try reader.optional(fields, "unanchored") { value, line in
      guard value == "true" else { throw fail(line, "unanchored can only be `true` (omit it when anchored)") }
      return true
    }

    var anchors: [Anchor] = []
    for item in anchorItems {
      anchors.append(try anchor(from: item, reader: reader))
    }
    if let anchorsLine = fields.values["anchors"]?.line {
      guard !anchors.isEmpty else { throw fail(anchorsLine, "`anchors:` has no items (write `unanchored: true`)") }
      guard unanchored == nil else { throw fail(anchorsLine, "a fact cannot have anchors and be unanchored") }
    } else if unanchored == nil {
      throw fail(lineNumber, "a fact needs `anchors:` or `unanchored: true`")
    }

    let fact = Fact(
      id: id, body: body, modality: modality, status: status, confidence: confidence, provenance: provenance,
      expires: expires, supersedes: supersedes, supersededBy: supersededBy, revalidation: revalidation,
      anchors: anchors, updated: updated
    )
    do {
      try fact.validate()
    } catch let error as MemoryError {
      throw fail(0, "\(error)")
    }
    return fact
  }

  private static func anchor(from item: [String: (line: Int, value: String)], reader: FieldReader) throws -> Anchor {
    let firstLine = item.values.map(\.line).min() ?? 0
    var fields = FrontMatter()
    fields.values = item
    let symbolKeys: Set = ["symbol", "signature_hash", "body_hash", "callers"]
    let fileKeys: Set = ["file", "lines", "content_hash"]
    let keys = Set(item.keys)
    switch (item["symbol"] != nil, item["file"] != nil) {
    case (true, false):
      if let extra = keys.subtracting(symbolKeys).first {
        throw reader.fail(item[extra]!.line, "unknown key \(extra) in a symbol anchor")
      }
      return .symbol(
        key: try reader.string(fields, "symbol"),
        signatureHash: try reader.string(fields, "signature_hash"),
        bodyHash: try reader.string(fields, "body_hash"),
        callers: try reader.optional(fields, "callers", reader.parseList) ?? []
      )
    case (false, true):
      if let extra = keys.subtracting(fileKeys).first {
        throw reader.fail(item[extra]!.line, "unknown key \(extra) in a file anchor")
      }
      let (start, end) = try reader.required(fields, "lines") { value, line -> (Int, Int) in
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let start = Int(parts[0]), let end = Int(parts.last!) else {
          throw reader.fail(line, "lines must look like 10-20")
        }
        return (start, end)
      }
      return .fileRange(
        file: try reader.string(fields, "file"), startLine: start, endLine: end,
        contentHash: try reader.string(fields, "content_hash")
      )
    default:
      throw reader.fail(firstLine, "an anchor item needs exactly one of `symbol:` or `file:`")
    }
  }

  private static func splitKey(
    _ text: Substring, line: Int, fail: (Int, String) -> MemoryError
  ) throws -> (String, String) {
    guard let colon = text.firstIndex(of: ":") else { throw fail(line, "expected `key: value`") }
    let key = String(text[..<colon])
    guard !key.isEmpty, key.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) || $0 == "_" }) else {
      throw fail(line, "bad key \(String(reflecting: key))")
    }
    let rest = text[text.index(after: colon)...]
    guard rest.isEmpty || rest.first == " " else { throw fail(line, "expected a space after `\(key):`") }
    return (key, rest.trimmingCharacters(in: .whitespaces))
  }
}

/// Raw `key → (line, text)` pairs of one front matter or one anchor item.
private struct FrontMatter {
  var values: [String: (line: Int, value: String)] = [:]
}

/// Typed reads of raw front-matter values, each failing with the line of the offending key.
private struct FieldReader {
  let fail: (Int, String) -> MemoryError
  /// Where to point when a required key is missing altogether: the closing `---`.
  let endLine: Int

  func required<T>(_ fields: FrontMatter, _ key: String, _ parse: (String, Int) throws -> T) throws -> T {
    guard let (line, value) = fields.values[key] else { throw fail(endLine, "missing required key \(key)") }
    return try parse(value, line)
  }

  func optional<T>(_ fields: FrontMatter, _ key: String, _ parse: (String, Int) throws -> T) throws -> T? {
    guard let (line, value) = fields.values[key] else { return nil }
    return try parse(value, line)
  }

  func string(_ fields: FrontMatter, _ key: String) throws -> String {
    try required(fields, key, parseString)
  }

  func date(_ fields: FrontMatter, _ key: String) throws -> Date {
    try required(fields, key, parseDate)
  }

  func enumValue<E: RawRepresentable & CaseIterable>(
    _ fields: FrontMatter, _ key: String, _ type: E.Type
  ) throws -> E where E.RawValue == String {
    try required(fields, key) { value, line in
      guard let parsed = E(rawValue: value) else {
        let allowed = E.allCases.map(\.rawValue).joined(separator: ", ")
        throw fail(line, "\(key) \(String(reflecting: value)) is not one of \(allowed)")
      }
      return parsed
    }
  }

  func parseDate(_ value: String, _ line: Int) throws -> Date {
    guard let date = Timestamp.parseISO(value) else {
      throw fail(line, "\(String(reflecting: value)) is not a UTC timestamp like 2026-11-27T15:13:00Z")
    }
    return date
  }

  /// A whole value that is one string: quoted (JSON escapes) or bare (the trimmed text as is).
  func parseString(_ value: String, _ line: Int) throws -> String {
    guard value.hasPrefix("\"") else {
      guard !value.isEmpty else { throw fail(line, "empty value (write \"\" for an empty string)") }
      return value
    }
    var scanner = ValueScanner(Array(value.unicodeScalars))
    let parsed = try scanner.quoted(line: line, fail: fail)
    guard scanner.atEnd else { throw fail(line, "text after the closing quote") }
    return parsed
  }

  /// `[a, "b c"]`; `[]` is empty.
  func parseList(_ value: String, _ line: Int) throws -> [String] {
    var scanner = ValueScanner(Array(value.unicodeScalars))
    guard scanner.take("[") else { throw fail(line, "expected a list like [a, b]") }
    var items: [String] = []
    scanner.skipSpaces()
    if scanner.take("]") {
      guard scanner.atEnd else { throw fail(line, "text after the closing ]") }
      return items
    }
    while true {
      scanner.skipSpaces()
      if scanner.peek == "\"" {
        items.append(try scanner.quoted(line: line, fail: fail))
      } else {
        let bare = scanner.bare().trimmingCharacters(in: .whitespaces)
        guard !bare.isEmpty else { throw fail(line, "empty list item") }
        items.append(bare)
      }
      scanner.skipSpaces()
      if scanner.take(",") { continue }
      guard scanner.take("]") else { throw fail(line, "expected , or ] in list") }
      guard scanner.atEnd else { throw fail(line, "text after the closing ]") }
      return items
    }
  }
}

/// A cursor over the scalars of one value.
private struct ValueScanner {
  let scalars: [Unicode.Scalar]
  var index = 0

  init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

  var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
  var atEnd: Bool {
    mutating get {
      skipSpaces()
      return index == scalars.count
    }
  }

  mutating func take(_ scalar: Unicode.Scalar) -> Bool {
    guard peek == scalar else { return false }
    index += 1
    return true
  }

  mutating func skipSpaces() {
    while peek == " " || peek == "\t" { index += 1 }
  }

  /// Up to the next `,` or `]`.
  mutating func bare() -> String {
    var out = String.UnicodeScalarView()
    while let scalar = peek, scalar != ",", scalar != "]" {
      out.append(scalar)
      index += 1
    }
    return String(out)
  }

  /// A JSON string literal starting at the cursor.
  mutating func quoted(line: Int, fail: (Int, String) -> MemoryError) throws -> String {
    guard take("\"") else { throw fail(line, "expected a quoted string") }
    var out = String.UnicodeScalarView()
    while let scalar = peek {
      index += 1
      switch scalar {
      case "\"":
        return String(out)
      case "\\":
        guard let escaped = peek else { break }
        index += 1
        switch escaped {
        case "\"", "\\", "/": out.append(escaped)
        case "n": out.append("\n")
        case "r": out.append("\r")
        case "t": out.append("\t")
        case "b": out.append("\u{08}")
        case "f": out.append("\u{0C}")
        case "u":
          let high = try hex4(line: line, fail: fail)
          if (0xD800..<0xDC00).contains(high) {
            guard take("\\"), take("u") else { throw fail(line, "unpaired surrogate \\u\(String(high, radix: 16))") }
            let low = try hex4(line: line, fail: fail)
            guard (0xDC00..<0xE000).contains(low) else { throw fail(line, "bad surrogate pair") }
            out.append(Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!)
          } else {
            guard let decoded = Unicode.Scalar(high) else { throw fail(line, "unpaired surrogate") }
            out.append(decoded)
          }
        default:
          throw fail(line, "unknown escape \\\(escaped)")
        }
      default:
        out.append(scalar)
      }
    }
    throw fail(line, "unterminated quoted string")
  }

  private mutating func hex4(line: Int, fail: (Int, String) -> MemoryError) throws -> UInt32 {
    guard index + 4 <= scalars.count,
      let value = UInt32(String(String.UnicodeScalarView(scalars[index..<index + 4])), radix: 16)
    else { throw fail(line, "\\u needs four hex digits") }
    index += 4
    return value
  }
}

/// Whole-second UTC timestamps, formatted with the C library so the text is identical on every platform.
enum Timestamp {
  /// Drops sub-second precision: what the file can hold, so a fact compares equal after a round trip.
  static func truncated(_ date: Date) -> Date {
    Date(timeIntervalSince1970: (date.timeIntervalSince1970).rounded(.down))
  }

  static func iso(_ date: Date) -> String { format(date, "%04d-%02d-%02dT%02d:%02d:%02dZ") }

  /// `yyyyMMdd'T'HHmmss'Z'`, the sortable prefix of fact ids.
  static func compact(_ date: Date) -> String { format(date, "%04d%02d%02dT%02d%02d%02dZ") }

  private static func format(_ date: Date, _ pattern: String) -> String {
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return String(
      format: pattern, Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour),
      Int(parts.tm_min), Int(parts.tm_sec)
    )
  }

  /// Exactly `YYYY-MM-DDTHH:MM:SSZ`; anything else is nil (no offsets, no fractions: the writer never emits them).
  static func parseISO(_ text: String) -> Date? {
    let chars = Array(text.utf8)
    guard chars.count == 20, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
      chars[10] == UInt8(ascii: "T"), chars[13] == UInt8(ascii: ":"), chars[16] == UInt8(ascii: ":"),
      chars[19] == UInt8(ascii: "Z")
    else { return nil }
    func number(_ range: Range<Int>) -> Int? {
      guard chars[range].allSatisfy({ (48...57).contains($0) }) else { return nil }
      return chars[range].reduce(0) { $0 * 10 + Int($1 - 48) }
    }
    guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
      let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
      (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
    else { return nil }
    var parts = tm()
    parts.tm_year = Int32(year - 1900)
    parts.tm_mon = Int32(month - 1)
    parts.tm_mday = Int32(day)
    parts.tm_hour = Int32(hour)
    parts.tm_min = Int32(minute)
    parts.tm_sec = Int32(second)
    let date = Date(timeIntervalSince1970: TimeInterval(timegm(&parts)))
    // timegm normalizes e.g. Feb 31 to Mar 3; reject instead of silently moving the date.
    return iso(date) == text ? date : nil
  }
}
