/// Codex CLI: `[mcp_servers.lattice]` in `config.toml` (`~/.codex/`, or `.codex/` in a trusted
/// project); `AGENTS.md`.
enum Codex {
  static let target = AgentTarget(id: "codex", name: "Codex CLI", homeMarkers: [".codex"], binaries: ["codex"]) {
    scope, command in
    let table = "command = \(command.jsonExecutable)\nargs = [\(command.jsonArguments)]\n"
    switch scope {
    case .project:
      return [
        ConfigFile(".codex/config.toml", .tomlTable(header: "mcp_servers.lattice", body: table)),
        ConfigFile("AGENTS.md", .markdownBlock(body: InstructionSnippet.text)),
      ]
    case .user:
      return [
        ConfigFile(".codex/config.toml", .tomlTable(header: "mcp_servers.lattice", body: table)),
        ConfigFile(".codex/AGENTS.md", .markdownBlock(body: InstructionSnippet.text)),
      ]
    }
  }
}
