/// Applies a `ConfigEdit` to a file's text with the format-preserving editors, and takes it out.
enum EditApplier {
  /// The file's text with Lattice's entry set (`text` nil: the file does not exist yet).
  static func apply(_ edit: ConfigEdit, to text: String?) throws -> String {
    switch edit {
    case .json(let keyPath, let value):
      return try JSONCDocument(text: text ?? "").setting(keyPath, to: value)
    case .tomlTable(let header, let body):
      return try TOMLTableEditor.settingTable(header, body: body, in: text ?? "")
    case .markdownBlock(let body):
      return MarkdownBlockEditor.settingBlock(body, in: text ?? "")
    case .wholeFile(let contents):
      return contents
    }
  }

  /// The file's text without Lattice's entry; nil when the file should be removed.
  static func revert(_ edit: ConfigEdit, in text: String) throws -> String? {
    switch edit {
    case .json(let keyPath, _):
      let document = try JSONCDocument(text: text)
      return document.value(at: keyPath) == nil ? text : try document.removing(keyPath)
    case .tomlTable(let header, _):
      return try TOMLTableEditor.removingTable(header, in: text)
    case .markdownBlock:
      return MarkdownBlockEditor.removingBlock(in: text)
    case .wholeFile(let contents):
      return text == contents ? nil : text
    }
  }
}
