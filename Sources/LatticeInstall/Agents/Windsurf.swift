/// Windsurf: only a user-level MCP file, `~/.codeium/windsurf/mcp_config.json`, key `mcpServers`;
/// a project rule file `.windsurf/rules/lattice.md` (always on).
enum Windsurf {
  static let rule = """
    ---
    trigger: always_on
    ---
    \(InstructionSnippet.text)

    """

  static let target = AgentTarget(
    id: "windsurf", name: "Windsurf", homeMarkers: [".codeium/windsurf"], binaries: ["windsurf"]
  ) { scope, command in
    let server = #"{"command": \#(command.jsonExecutable), "args": [\#(command.jsonArguments)]}"#
    switch scope {
    case .user:
      return [
        ConfigFile(".codeium/windsurf/mcp_config.json", .json(keyPath: ["mcpServers", "lattice"], value: server))
      ]
    case .project:
      // No project-level MCP file is documented: the server is registered at user scope only.
      return [ConfigFile(".windsurf/rules/lattice.md", .wholeFile(contents: rule))]
    }
  }
}
