import Foundation

/// The configuration of one file as a person would paste it, for `install --print-config`.
public enum PrintedConfig {
  public static func describe(_ edit: ConfigEdit) -> String {
    switch edit {
    case .json(let keyPath, let value):
      // Nest the value under its key path, pretty-printed.
      var object: Any = (try? JSONSerialization.jsonObject(with: Data(value.utf8))) ?? value
      for key in keyPath.reversed() { object = [key: object] }
      let data = try? JSONSerialization.data(
        withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
      return data.map { String(decoding: $0, as: UTF8.self) } ?? value
    case .tomlTable(let header, let body):
      return "[\(header)]\n\(body)"
    case .markdownBlock(let body):
      return MarkdownBlockEditor.settingBlock(body, in: "")
    case .wholeFile(let contents):
      return contents
    }
  }
}
