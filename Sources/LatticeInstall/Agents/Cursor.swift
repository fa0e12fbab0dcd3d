/// Cursor: `.cursor/mcp.json` / `~/.cursor/mcp.json`, key `mcpServers`; a project rule file
/// `.cursor/rules/lattice.mdc` (Cursor keeps user rules in its settings, not in a file).
enum Cursor {
  static let rule = """
    ---
    description: Use the Lattice code graph for structural questions
    globs:
    alwaysApply: true
    ---
    \(InstructionSnippet.text)

    """

  static let target = AgentTarget(id: "cursor", name: "Cursor", homeMarkers: [".cursor"], binaries: ["cursor"]) {
    scope, command in
    let server = #"{"command": \#(command.jsonExecutable), "args": [\#(command.jsonArguments)]}"#
    let config = ConfigFile(".cursor/mcp.json", .json(keyPath: ["mcpServers", "lattice"], value: server))
    switch scope {
    case .project: return [config, ConfigFile(".cursor/rules/lattice.mdc", .wholeFile(contents: rule))]
    case .user: return [config]
    }
  }
}
