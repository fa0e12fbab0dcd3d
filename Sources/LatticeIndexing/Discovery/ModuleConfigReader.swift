import Foundation
import LatticeModel

/// Reads `compilerOptions.baseUrl` and `paths` from tsconfig/jsconfig files (JSON with
/// comments and trailing commas). A config that does not parse contributes nothing.
enum ModuleConfigReader {
  static func read(_ paths: [String], root: URL) -> [ModuleAliases] {
    paths.compactMap { path in
      guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
        let text = String(data: data, encoding: .utf8),
        let json = try? JSONSerialization.jsonObject(with: Data(stripJSONC(text).utf8)) as? [String: Any],
        let options = json["compilerOptions"] as? [String: Any]
      else { return nil }
      let directory = RepoPath.directory(of: path)
      let baseURL = (options["baseUrl"] as? String).flatMap { RepoPath.normalize(RepoPath.join(directory, $0)) }
      let base = baseURL ?? directory
      var aliases: [ModuleAliases.PathAlias] = []
      if let entries = options["paths"] as? [String: Any] {
        for (pattern, value) in entries.sorted(by: { $0.key < $1.key }) {
          let targets = (value as? [String] ?? []).compactMap { RepoPath.normalize(RepoPath.join(base, $0)) }
          aliases.append(.init(pattern: pattern, targets: targets))
        }
      }
      // Longer (more specific) patterns first, as TypeScript prefers the longest prefix match.
      aliases.sort { ($0.pattern.count, $0.pattern) > ($1.pattern.count, $1.pattern) }
      return ModuleAliases(directory: directory, baseURL: baseURL, paths: aliases)
    }
  }

  /// Removes `//` and `/* */` comments outside strings and trailing commas before `}` or `]`.
  static func stripJSONC(_ text: String) -> String {
    var output: [Character] = []
    let chars = Array(text)
    var index = 0
    var inString = false
    while index < chars.count {
      let char = chars[index]
      let next = index + 1 < chars.count ? chars[index + 1] : nil
      if inString {
        output.append(char)
        if char == "\\", let next {
          output.append(next)
          index += 1
        } else if char == "\"" {
          inString = false
        }
      } else if char == "\"" {
        inString = true
        output.append(char)
      } else if char == "/", next == "/" {
        while index < chars.count, chars[index] != "\n" { index += 1 }
        continue
      } else if char == "/", next == "*" {
        index += 2
        while index + 1 < chars.count, !(chars[index] == "*" && chars[index + 1] == "/") { index += 1 }
        index += 2
        continue
      } else if char == "," {
        var look = index + 1
        while look < chars.count, chars[look].isWhitespace { look += 1 }
        if look < chars.count, chars[look] == "}" || chars[look] == "]" {
          index += 1
          continue
        }
        output.append(char)
      } else {
        output.append(char)
      }
      index += 1
    }
    return String(output)
  }
}
