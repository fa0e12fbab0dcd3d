import GRDB
import LatticeModel

/// Decoding of `symbols` rows (the columns every symbol query selects).
enum SymbolRow {
  static let columns = """
    s.key, s.kind, s.name, s.qualified_name, s.language, f.path, s.start_line, s.start_col, s.end_line,
    s.end_col, s.start_byte, s.end_byte, s.signature, s.docstring, s.parent_key, s.decorators, s.body_hash,
    s.return_type
    """
  /// `columns` without the texts resolution never reads (docstring, decorators, body hash, and the
  /// signature except of Swift definitions named with labels, whose parameters' default values
  /// decide which overload a call fits), which are most of a row's bytes: the symbols it decodes
  /// leave them empty.
  static let resolutionColumns = """
    s.key, s.kind, s.name, s.qualified_name, s.language, f.path, s.start_line, s.start_col, s.end_line,
    s.end_col, s.start_byte, s.end_byte,
    CASE WHEN s.language = 'swift' AND s.name GLOB '*)' THEN s.signature ELSE '' END, NULL, s.parent_key, '', '',
    s.return_type
    """
  static let from = "symbols s JOIN files f ON f.id = s.file_id"
  /// How many columns `columns` selects; a query may append more after them.
  static let columnCount = 18

  /// Decodes the leading `columns` of a row by position (in the order `columns` lists them).
  /// `file`, `parentKey`: values to use instead of decoding new copies of the same strings (each
  /// decoded string is its own allocation; millions of symbols share a few thousand paths).
  static func decode(_ row: Row) -> Symbol { decode(row, file: nil, parentKey: nil) }

  static func decode(_ row: Row, file: String?, parentKey: ((String) -> SymbolKey)?) -> Symbol {
    let decorators: String = row[15]
    let path: String = file ?? row[5]
    let language: String = row[4]
    // A parent in the symbol's own file is stored relative to it: only then is the prefix built.
    let parent = (row[14] as String?).map { stored in
      FileRelativeKey.isRelative(stored)
        ? FileRelativeKey(path: path, languageName: language).key(stored).rawValue : stored
    }
    return Symbol(
      key: SymbolKey(rawValue: row[0]), name: row[2], qualifiedName: row[3],
      kind: SymbolKind(rawValue: row[1]) ?? .variable,
      language: Language(rawValue: language) ?? .typescript, file: path,
      span: SourceSpan(
        start: SourcePosition(line: row[6], column: row[7]), end: SourcePosition(line: row[8], column: row[9]),
        startByte: row[10], endByte: row[11]),
      signature: row[12], docstring: row[13],
      parentKey: parent.map { parentKey?($0) ?? SymbolKey(rawValue: $0) },
      decorators: decorators.isEmpty ? [] : decorators.components(separatedBy: "\n"),
      bodyHash: row[16], returnType: row[17])
  }
}
