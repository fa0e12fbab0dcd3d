/// Zed: `.zed/settings.json` / `~/.config/zed/settings.json`, key `context_servers`; Zed reads the
/// first instruction file it finds, `AGENTS.md` among them.
enum Zed {
  static let target = AgentTarget(id: "zed", name: "Zed", homeMarkers: [".config/zed"], binaries: ["zed", "zeditor"]) {
    scope, command in
    let server = #"{"command": \#(command.jsonExecutable), "args": [\#(command.jsonArguments)], "env": {}}"#
    switch scope {
    case .project:
      return [
        ConfigFile(".zed/settings.json", .json(keyPath: ["context_servers", "lattice"], value: server)),
        ConfigFile("AGENTS.md", .markdownBlock(body: InstructionSnippet.text)),
      ]
    case .user:
      return [
        ConfigFile(".config/zed/settings.json", .json(keyPath: ["context_servers", "lattice"], value: server)),
        ConfigFile(".config/zed/AGENTS.md", .markdownBlock(body: InstructionSnippet.text)),
      ]
    }
  }
}
