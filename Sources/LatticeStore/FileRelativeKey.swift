import LatticeModel

/// Keys stored relative to their row's file. Most of a file's references come from its own symbols
/// (`c:drivers/net/foo.c#function:bar`), and on the Linux kernel the repeated `language:path` prefix
/// was about a gigabyte of `raw_refs`. A key that starts with its file's prefix is stored from its
/// `#` on; no full key starts with `#`, so reading it back is unambiguous.
struct FileRelativeKey {
  /// `language:path`, the prefix of every key of the file's own symbols.
  let prefix: String

  init(path: String, language: Language) { self.init(path: path, languageName: language.rawValue) }

  /// With the language as the store spells it (`symbols.language`).
  init(path: String, languageName: String) { prefix = "\(languageName):\(path)" }

  /// The stored form of `key`.
  func stored(_ key: SymbolKey) -> String {
    let raw = key.rawValue
    guard raw.utf8.count > prefix.utf8.count, raw.hasPrefix(prefix) else { return raw }
    let rest = raw.utf8.dropFirst(prefix.utf8.count)
    return rest.first == UInt8(ascii: "#") ? String(rest)! : raw
  }

  /// The key a stored form stands for.
  func key(_ stored: String) -> SymbolKey { SymbolKey(rawValue: Self.isRelative(stored) ? prefix + stored : stored) }

  /// Whether a stored form leaves out its file's prefix (a reader may skip building the prefix).
  static func isRelative(_ stored: String) -> Bool { stored.utf8.first == UInt8(ascii: "#") }
}
