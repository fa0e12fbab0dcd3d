// A single `.gitignore` line: parsing (git's line rules) and a glob matcher (git's wildmatch rules).

/// One parsed line of a `.gitignore` file, compiled into a matcher.
///
/// Invariants:
/// - A value exists only for a line that can match something. Blank lines, comments, and malformed globs
///   (an unterminated `[` or a dangling `\`) yield `nil`, because git treats them as matching nothing.
/// - Paths handed to `matches` are relative to the directory holding the `.gitignore`, use `/` separators,
///   and carry no leading or trailing `/`.
/// - An unanchored pattern (no `/` except a trailing one) is tested against the last path component only;
///   an anchored one against the whole relative path, so it cannot match deeper than written.
/// - Matching is case-sensitive and bytewise over UTF-8, like git with `core.ignoreCase=false`: `?` and
///   bracket members stand for one byte, so a single `?` never matches a non-ASCII character, and paths
///   are not Unicode-normalized. Agreeing with git byte for byte keeps Lattice indexing exactly what the
///   repository tracks.
/// - Matching costs O(pattern length × path length): common shapes use byte comparisons and everything else
///   runs as a bit-parallel NFA, so no pattern can trigger exponential backtracking.
public struct IgnorePattern: Sendable, Equatable, CustomStringConvertible {
  /// The line as written in the file, kept so diagnostics can show which rule decided a path.
  public let source: String
  /// `!pattern`: a match re-includes the path instead of ignoring it.
  public let isNegated: Bool
  /// `pattern/`: only directories can match.
  public let isDirectoryOnly: Bool
  /// The pattern had a leading or inner `/`, so it is relative to the `.gitignore`'s directory.
  public let isAnchored: Bool

  private let matcher: Matcher

  public var description: String { source }

  /// Parses one line of a `.gitignore` (without its line terminator).
  ///
  /// Returns `nil` for lines that match nothing: blank, whitespace-only, comments, and malformed globs.
  public init?(line: String) {
    var bytes = Array(line.utf8)
    // Files written on Windows leave a `\r` behind when split on `\n` alone.
    if bytes.last == ASCII.carriageReturn { bytes.removeLast() }
    bytes.removeSubrange(IgnorePattern.trailingSpaceStart(bytes)...)
    guard let first = bytes.first, first != ASCII.hash else { return nil }

    var body = bytes[...]
    let negated = first == ASCII.bang
    if negated { body = body.dropFirst() }
    let directoryOnly = body.last == ASCII.slash
    if directoryOnly { body = body.dropLast() }
    // git decides anchoring before stripping the leading `/`, and ignores the trailing one.
    let anchored = body.contains(ASCII.slash)
    if body.first == ASCII.slash { body = body.dropFirst() }
    guard !body.isEmpty else { return nil }

    guard let tokens = Token.compile(Array(body), anchored: anchored) else { return nil }

    self.source = line
    self.isNegated = negated
    self.isDirectoryOnly = directoryOnly
    self.isAnchored = anchored
    self.matcher = Matcher(tokens: tokens, anchored: anchored)
  }

  /// Parses every line of a `.gitignore` (or `.git/info/exclude`) file, keeping file order.
  public static func patterns(inGitignore contents: String) -> [IgnorePattern] {
    var contents = Substring(contents)
    // git skips a UTF-8 byte-order mark; left in place it would glue itself onto the first pattern.
    if contents.unicodeScalars.first == "\u{FEFF}" {
      contents = Substring(contents.unicodeScalars.dropFirst())
    }
    // `isNewline` also splits `\r\n`, which Swift treats as a single Character.
    return contents.split(whereSeparator: \.isNewline).compactMap { IgnorePattern(line: String($0)) }
  }

  /// Whether this pattern matches `path`, relative to the directory holding the `.gitignore`.
  ///
  /// This says nothing about whether the path ends up ignored: check `isNegated`, and let later patterns
  /// override earlier ones (see `IgnoreRules`).
  public func matches(path: String, isDirectory: Bool) -> Bool {
    var path = path
    return path.withUTF8 { matches(utf8: $0, isDirectory: isDirectory) }
  }

  func matches(utf8 path: UnsafeBufferPointer<UInt8>, isDirectory: Bool) -> Bool {
    if isDirectoryOnly && !isDirectory { return false }
    guard !path.isEmpty else { return false }
    if isAnchored { return matcher.matches(path) }
    guard let slash = path.lastIndex(of: ASCII.slash) else { return matcher.matches(path) }
    return matcher.matches(UnsafeBufferPointer(rebasing: path[(slash + 1)...]))
  }

  /// Where the unescaped trailing spaces of a line begin; git drops them but keeps `\ `.
  private static func trailingSpaceStart(_ bytes: [UInt8]) -> Int {
    var end = 0
    var index = 0
    while index < bytes.count {
      if bytes[index] == ASCII.backslash {
        index = min(index + 2, bytes.count)
        end = index
      } else {
        if bytes[index] != ASCII.space { end = index + 1 }
        index += 1
      }
    }
    return end
  }
}

// MARK: - Glob compilation

extension IgnorePattern {
  /// One step of a compiled glob, over UTF-8 bytes as git's wildmatch is.
  enum Token: Sendable, Equatable {
    /// Exactly this byte.
    case byte(UInt8)
    /// `?`: any one byte except `/`.
    case anyByte
    /// `[...]`: one byte from the set, never `/`.
    case bracket(Bracket)
    /// `*` (and `**` not standing alone between slashes): any run of bytes except `/`.
    case star
    /// `**/`: zero or more whole directories, i.e. empty or anything ending in `/`. Always followed by
    /// `.insideDirectory`, the state for being partway through a directory name, where stopping is not
    /// allowed; one state for both would let `**/b` match `xb`.
    case anyDirectories
    /// The second state of `**/`; see `.anyDirectories`.
    case insideDirectory
    /// A trailing `**`: anything at all, `/` included.
    case anyPath

    /// How many states ahead the NFA may skip without consuming input: past a token that can match the
    /// empty string, or 0 when this token must consume.
    var emptyMatchSkip: Int {
      switch self {
      case .star, .anyPath: 1
      case .anyDirectories: 2
      case .byte, .anyByte, .bracket, .insideDirectory: 0
      }
    }

    /// Compiles a pattern body (negation, anchoring `/` and trailing `/` already removed).
    ///
    /// Returns `nil` for globs git would refuse to match: a dangling `\` or an unterminated `[`.
    static func compile(_ pattern: [UInt8], anchored: Bool) -> [Token]? {
      // git compares an anchored pattern's literal prefix separately and globs only the rest, so a `**`
      // that opens the rest counts as starting a segment: `/a**/x` matches `ab/c/x`. Replicated so
      // Lattice ignores exactly what git ignores.
      let wildcards = [ASCII.star, ASCII.question, ASCII.openBracket, ASCII.backslash]
      let globStart = anchored ? pattern.firstIndex(where: wildcards.contains) : nil
      var tokens: [Token] = []
      var index = 0
      while index < pattern.count {
        let byte = pattern[index]
        switch byte {
        case ASCII.backslash:
          guard index + 1 < pattern.count else { return nil }
          tokens.append(.byte(pattern[index + 1]))
          index += 2
        case ASCII.question:
          tokens.append(.anyByte)
          index += 1
        case ASCII.openBracket:
          guard let (bracket, next) = Bracket.parse(pattern, openingAt: index) else { return nil }
          tokens.append(.bracket(bracket))
          index = next
        case ASCII.star:
          var end = index
          while end < pattern.count && pattern[end] == ASCII.star { end += 1 }
          let startsSegment = index == 0 || pattern[index - 1] == ASCII.slash || index == globStart
          let endsSegment = end == pattern.count || pattern[end] == ASCII.slash
          // Only a `**` that is a whole path segment spans directories; git reads `a**b` as `a*b`.
          if end - index >= 2 && startsSegment && endsSegment {
            if end < pattern.count {
              tokens.append(contentsOf: [.anyDirectories, .insideDirectory])
              index = end + 1  // The `/` is part of what `.anyDirectories` matches.
            } else {
              tokens.append(.anyPath)
              index = end
            }
          } else {
            if tokens.last != .star { tokens.append(.star) }
            index = end
          }
        default:
          tokens.append(.byte(byte))
          index += 1
        }
      }
      return tokens
    }
  }

  /// A bracket expression: byte ranges plus POSIX classes, optionally negated.
  struct Bracket: Sendable, Equatable {
    var isNegated = false
    var ranges: [ClosedRange<UInt8>] = []
    var classes: [PosixClass] = []

    func contains(_ byte: UInt8) -> Bool {
      let member =
        ranges.contains { $0.contains(byte) } || classes.contains { $0.contains(byte) }
      return member != isNegated
    }

    /// Parses `[...]` starting at `open`; returns the bracket and the index just past `]`.
    static func parse(_ pattern: [UInt8], openingAt open: Int) -> (Bracket, Int)? {
      var bracket = Bracket()
      var index = open + 1
      if index < pattern.count
        && (pattern[index] == ASCII.bang || pattern[index] == ASCII.caret)
      {
        bracket.isNegated = true
        index += 1
      }
      var isFirst = true
      while index < pattern.count {
        var low = pattern[index]
        // A `]` right after `[` or `[!` is a member, which is how a pattern matches a literal `]`.
        if low == ASCII.closeBracket && !isFirst { return (bracket, index + 1) }
        isFirst = false
        if low == ASCII.openBracket, index + 1 < pattern.count,
          pattern[index + 1] == ASCII.colon
        {
          guard let (posix, next) = PosixClass.parse(pattern, at: index) else { return nil }
          if let posix { bracket.classes.append(posix) }
          index = next
          continue
        }
        if low == ASCII.backslash {
          index += 1
          guard index < pattern.count else { return nil }
          low = pattern[index]
        }
        index += 1
        var high = low
        if index + 1 < pattern.count && pattern[index] == ASCII.dash
          && pattern[index + 1] != ASCII.closeBracket
        {
          index += 1
          if pattern[index] == ASCII.backslash {
            index += 1
            guard index < pattern.count else { return nil }
          }
          high = pattern[index]
          index += 1
        }
        // A reversed range such as `[z-a]` is empty in git, not an error.
        if low <= high { bracket.ranges.append(low...high) }
      }
      return nil
    }
  }

  /// The POSIX character classes git's wildmatch accepts inside brackets, over ASCII.
  enum PosixClass: Sendable, Equatable {
    case alnum, alpha, blank, cntrl, digit, graph, lower, print, punct, space, upper, xdigit

    func contains(_ byte: UInt8) -> Bool {
      let c = byte
      let isDigit = (0x30...0x39).contains(c)
      let isUpper = (0x41...0x5A).contains(c)
      let isLower = (0x61...0x7A).contains(c)
      let isGraph = (0x21...0x7E).contains(c)
      switch self {
      case .alnum: return isDigit || isUpper || isLower
      case .alpha: return isUpper || isLower
      case .blank: return c == 0x20 || c == 0x09
      case .cntrl: return c < 0x20 || c == 0x7F
      case .digit: return isDigit
      case .graph: return isGraph
      case .lower: return isLower
      case .print: return isGraph || c == 0x20
      case .punct: return isGraph && !(isDigit || isUpper || isLower)
      case .space: return c == 0x20 || (0x09...0x0D).contains(c)
      case .upper: return isUpper
      case .xdigit: return isDigit || (0x41...0x46).contains(c) || (0x61...0x66).contains(c)
      }
    }

    /// Parses `[:name:]` at `index`. The inner optional is `nil` for an unknown name, which git treats as
    /// a member that never matches; the outer is `nil` when the class is unterminated.
    static func parse(_ pattern: [UInt8], at index: Int) -> (PosixClass?, Int)? {
      var end = index + 2
      while end + 1 < pattern.count
        && !(pattern[end] == ASCII.colon && pattern[end + 1] == ASCII.closeBracket)
      {
        end += 1
      }
      guard end + 1 < pattern.count else { return nil }
      let name = String(decoding: pattern[(index + 2)..<end], as: UTF8.self)
      let posix: PosixClass? =
        switch name {
        case "alnum": .alnum
        case "alpha": .alpha
        case "blank": .blank
        case "cntrl": .cntrl
        case "digit": .digit
        case "graph": .graph
        case "lower": .lower
        case "print": .print
        case "punct": .punct
        case "space": .space
        case "upper": .upper
        case "xdigit": .xdigit
        default: nil
        }
      return (posix, end + 2)
    }
  }
}

// MARK: - Matching

extension IgnorePattern {
  /// A compiled glob. The byte-comparison cases cover the overwhelmingly common `.gitignore` shapes
  /// (`name`, `*.ext`, `prefix*`, `dir/**`) so most checks never reach the NFA.
  enum Matcher: Sendable, Equatable {
    case exact([UInt8])
    case prefix([UInt8])
    case suffix([UInt8])
    case automaton([Token])

    init(tokens: [Token], anchored: Bool) {
      var literal: [UInt8] = []
      var leadingStar = false
      var trailing: Token?
      for (offset, token) in tokens.enumerated() {
        switch token {
        case .byte(let byte): literal.append(byte)
        case .star where offset == 0 && !anchored && tokens.count > 1: leadingStar = true
        case .star where offset == tokens.count - 1 && !anchored && !leadingStar: trailing = token
        case .anyPath where offset == tokens.count - 1 && !leadingStar: trailing = token
        default:
          self = .automaton(tokens)
          return
        }
      }
      // `*` equals "anything" only for unanchored patterns: those see a single component with no `/`.
      if leadingStar {
        self = .suffix(literal)
      } else if trailing != nil {
        self = .prefix(literal)
      } else {
        self = .exact(literal)
      }
    }

    func matches(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
      switch self {
      case .exact(let bytes):
        return text.count == bytes.count && text.elementsEqual(bytes)
      case .prefix(let bytes):
        return text.count >= bytes.count && text.prefix(bytes.count).elementsEqual(bytes)
      case .suffix(let bytes):
        return text.count >= bytes.count && text.suffix(bytes.count).elementsEqual(bytes)
      case .automaton(let tokens):
        return tokens.withUnsafeBufferPointer { IgnorePattern.runAutomaton($0, on: text) }
      }
    }
  }

  /// Simulates the glob as an NFA whose states are token positions, one bit each, advancing every live
  /// state together per byte. This bounds the work at O(tokens × bytes) whatever the pattern, where a
  /// backtracking matcher degrades exponentially on inputs such as `a*a*a*a*b`.
  static func runAutomaton(
    _ tokens: UnsafeBufferPointer<Token>, on text: UnsafeBufferPointer<UInt8>
  )
    -> Bool
  {
    let accepting = tokens.count
    let words = (accepting + 64) / 64
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: words * 2) { storage in
      storage.initialize(repeating: 0)
      var current = UnsafeMutableBufferPointer(rebasing: storage[0..<words])
      var next = UnsafeMutableBufferPointer(rebasing: storage[words...])

      // Adds a state plus every state reachable from it through tokens that may match nothing.
      func enter(_ state: Int, into set: UnsafeMutableBufferPointer<UInt64>) {
        var state = state
        while true {
          let bit = UInt64(1) << UInt64(state & 63)
          if set[state >> 6] & bit != 0 { return }  // Its closure is already in the set.
          set[state >> 6] |= bit
          guard state < accepting else { return }
          let skip = tokens[state].emptyMatchSkip
          guard skip > 0 else { return }
          state += skip
        }
      }

      enter(0, into: current)
      for byte in text {
        let isSlash = byte == ASCII.slash
        var alive = false
        for word in 0..<words { next[word] = 0 }
        for word in 0..<words {
          var bits = current[word]
          while bits != 0 {
            let state = word << 6 | bits.trailingZeroBitCount
            bits &= bits - 1
            guard state < accepting else { continue }
            alive = true
            switch tokens[state] {
            case .byte(let expected):
              if byte == expected { enter(state + 1, into: next) }
            case .anyByte:
              if !isSlash { enter(state + 1, into: next) }
            case .bracket(let bracket):
              if !isSlash && bracket.contains(byte) { enter(state + 1, into: next) }
            case .star:
              if !isSlash { enter(state, into: next) }
            case .anyPath:
              enter(state, into: next)
            case .anyDirectories:
              // Only a `/` returns here, where leaving is allowed, so what is skipped is whole directories.
              enter(isSlash ? state : state + 1, into: next)
            case .insideDirectory:
              enter(isSlash ? state - 1 : state, into: next)
            }
          }
        }
        guard alive else { return false }
        swap(&current, &next)
      }
      return current[accepting >> 6] & (UInt64(1) << UInt64(accepting & 63)) != 0
    }
  }
}

extension IgnorePattern {
  /// The ASCII bytes the `.gitignore` grammar gives meaning to; nested so it cannot clash with other files.
  enum ASCII {
    static let backslash = UInt8(ascii: "\\")
    static let bang = UInt8(ascii: "!")
    static let caret = UInt8(ascii: "^")
    static let carriageReturn = UInt8(ascii: "\r")
    static let closeBracket = UInt8(ascii: "]")
    static let colon = UInt8(ascii: ":")
    static let dash = UInt8(ascii: "-")
    static let hash = UInt8(ascii: "#")
    static let openBracket = UInt8(ascii: "[")
    static let question = UInt8(ascii: "?")
    static let slash = UInt8(ascii: "/")
    static let space = UInt8(ascii: " ")
    static let star = UInt8(ascii: "*")
  }
}
