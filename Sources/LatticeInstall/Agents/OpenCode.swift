/// opencode: `opencode.json` / `~/.config/opencode/opencode.json`, key `mcp` (a local server takes
/// its command and arguments as one list); `AGENTS.md`.
enum OpenCode {
  static let target = AgentTarget(
    id: "opencode", name: "opencode", homeMarkers: [".config/opencode"], binaries: ["opencode"]
  ) { scope, command in
    let commandList = ([command.jsonExecutable] + command.arguments.map(jsonString)).joined(separator: ", ")
    let server = #"{"type": "local", "command": [\#(commandList)], "enabled": true}"#
    switch scope {
    case .project:
      return [
        ConfigFile("opencode.json", .json(keyPath: ["mcp", "lattice"], value: server)),
        ConfigFile("AGENTS.md", .markdownBlock(body: InstructionSnippet.text)),
      ]
    case .user:
      return [
        ConfigFile(".config/opencode/opencode.json", .json(keyPath: ["mcp", "lattice"], value: server)),
        ConfigFile(".config/opencode/AGENTS.md", .markdownBlock(body: InstructionSnippet.text)),
      ]
    }
  }
}
