import Foundation
import LatticeModel

/// Reads `compilerOptions.baseUrl` and `paths` from tsconfig/jsconfig files (JSON with
/// comments and trailing commas). A config that does not parse contributes nothing.
enum ModuleConfigReader {
  static func read(_ paths: [String], root: URL) -> [ModuleAliases] {
    paths.compactMap { path in
      guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(path).path),
        let text = String(data: data, encoding: .utf8)
      else { return nil }
      switch RepoPath.fileName(of: path) {
      case "go.mod": return goModule(text, path: path)
      case "Package.swift": return swiftPackage(text, path: path)
      case "composer.json": return composer(text, path: path)
      default: break
      }
      guard let json = try? JSONSerialization.jsonObject(with: Data(stripJSONC(text).utf8)) as? [String: Any],
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

  /// `module example.com/shop` → the module path names the go.mod's folder.
  static func goModule(_ text: String, path: String) -> ModuleAliases? {
    for line in text.split(separator: "\n") {
      let words = line.split(whereSeparator: \.isWhitespace)
      guard words.first == "module", words.count >= 2 else { continue }
      let module = words[1].trimmingCharacters(in: CharacterSet(charactersIn: "\"`"))
      let directory = RepoPath.directory(of: path)
      return ModuleAliases(
        directory: directory, baseURL: nil, paths: [.init(pattern: module, targets: [directory])], scheme: .goModule)
    }
    return nil
  }

  /// `.target(name: "X", path: "P")` → X is the folder P; without `path:`, `Sources/X` (`Tests/X` for
  /// test targets). Read from the manifest's text: evaluating it would need the toolchain.
  static func swiftPackage(_ text: String, path: String) -> ModuleAliases? {
    let directory = RepoPath.directory(of: path)
    var aliases: [ModuleAliases.PathAlias] = []
    let pattern =
      #/\.(target|executableTarget|testTarget|macro|plugin)\s*\(\s*name:\s*"([^"]+)"([^()]*(\([^()]*\)[^()]*)*)\)/#
    for match in text.matches(of: pattern) {
      let kind = String(match.output.1)
      let name = String(match.output.2)
      let rest = String(match.output.3)
      var folder = (kind == "testTarget" ? "Tests/" : "Sources/") + name
      if let pathMatch = rest.firstMatch(of: #/path:\s*"([^"]+)"/#) { folder = String(pathMatch.output.1) }
      guard let target = RepoPath.normalize(RepoPath.join(directory, folder)) else { continue }
      aliases.append(.init(pattern: name, targets: [target]))
    }
    return aliases.isEmpty
      ? nil : ModuleAliases(directory: directory, baseURL: nil, paths: aliases, scheme: .swiftPackage)
  }

  /// `autoload.psr-4` (and `autoload-dev`): a namespace prefix → its folders.
  static func composer(_ text: String, path: String) -> ModuleAliases? {
    guard let json = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else { return nil }
    let directory = RepoPath.directory(of: path)
    var aliases: [ModuleAliases.PathAlias] = []
    for section in ["autoload", "autoload-dev"] {
      guard let psr4 = (json[section] as? [String: Any])?["psr-4"] as? [String: Any] else { continue }
      for (prefix, value) in psr4.sorted(by: { $0.key < $1.key }) {
        let folders = (value as? [String]) ?? [(value as? String) ?? ""]
        let targets = folders.compactMap { RepoPath.normalize(RepoPath.join(directory, $0)) }
        aliases.append(.init(pattern: prefix, targets: targets))
      }
    }
    return aliases.isEmpty ? nil : ModuleAliases(directory: directory, baseURL: nil, paths: aliases, scheme: .composer)
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
