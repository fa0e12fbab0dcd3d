/// Claude Code: `.mcp.json` (project) or `~/.claude.json` (user), key `mcpServers`; `CLAUDE.md`.
enum ClaudeCode {
  static let target = AgentTarget(
    id: "claude", name: "Claude Code", homeMarkers: [".claude", ".claude.json"], binaries: ["claude"]
  ) { scope, command in
    let server = #"{"type": "stdio", "command": \#(command.jsonExecutable), "args": [\#(command.jsonArguments)]}"#
    switch scope {
    case .project:
      return [
        ConfigFile(".mcp.json", .json(keyPath: ["mcpServers", "lattice"], value: server)),
        ConfigFile("CLAUDE.md", .markdownBlock(body: InstructionSnippet.text)),
      ]
    case .user:
      return [
        ConfigFile(".claude.json", .json(keyPath: ["mcpServers", "lattice"], value: server)),
        ConfigFile(".claude/CLAUDE.md", .markdownBlock(body: InstructionSnippet.text)),
      ]
    }
  }
}
