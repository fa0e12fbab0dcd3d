import GRDB
import LatticeModel

/// Decoding of `symbols` rows (the columns every symbol query selects).
enum SymbolRow {
  static let columns = """
    s.key, s.kind, s.name, s.qualified_name, s.language, f.path, s.start_line, s.start_col, s.end_line,
    s.end_col, s.start_byte, s.end_byte, s.signature, s.docstring, s.parent_key, s.decorators, s.body_hash,
    s.return_type
    """
  static let from = "symbols s JOIN files f ON f.id = s.file_id"

  static func decode(_ row: Row) -> Symbol {
    let decorators: String = row["decorators"]
    return Symbol(
      key: SymbolKey(rawValue: row["key"]), name: row["name"], qualifiedName: row["qualified_name"],
      kind: SymbolKind(rawValue: row["kind"]) ?? .variable,
      language: Language(rawValue: row["language"]) ?? .typescript, file: row["path"],
      span: SourceSpan(
        start: SourcePosition(line: row["start_line"], column: row["start_col"]),
        end: SourcePosition(line: row["end_line"], column: row["end_col"]),
        startByte: row["start_byte"], endByte: row["end_byte"]),
      signature: row["signature"], docstring: row["docstring"],
      parentKey: (row["parent_key"] as String?).map(SymbolKey.init(rawValue:)),
      decorators: decorators.isEmpty ? [] : decorators.components(separatedBy: "\n"),
      bodyHash: row["body_hash"], returnType: row["return_type"])
  }
}
