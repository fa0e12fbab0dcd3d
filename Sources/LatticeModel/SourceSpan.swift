/// A location in a file. Lines and columns are 1-based; columns count UTF-8 bytes, as tree-sitter does.
public struct SourcePosition: Codable, Sendable, Hashable, Comparable {
  public var line: Int
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

/// The extent of a definition: positions for people, byte offsets for containment tests.
public struct SourceSpan: Codable, Sendable, Hashable {
  public var start: SourcePosition
  public var end: SourcePosition
  public var startByte: Int
  public var endByte: Int

  public init(start: SourcePosition, end: SourcePosition, startByte: Int, endByte: Int) {
    self.start = start
    self.end = end
    self.startByte = startByte
    self.endByte = endByte
  }

  /// True when `other` lies within this span (an equal span counts as contained).
  public func contains(_ other: SourceSpan) -> Bool {
    startByte <= other.startByte && other.endByte <= endByte
  }

  public func contains(byte: Int) -> Bool { startByte <= byte && byte < endByte }
}
