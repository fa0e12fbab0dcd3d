/// VS Code with GitHub Copilot: `.vscode/mcp.json` (or the user folder's `mcp.json`), key
/// `servers`; `.github/copilot-instructions.md`, or a user instructions file with `applyTo`.
enum VSCodeCopilot {
  static let userInstructions = """
    ---
    applyTo: "**"
    ---
    \(InstructionSnippet.text)

    """

  static let target = AgentTarget(
    id: "vscode", name: "VS Code (GitHub Copilot)", homeMarkers: [".config/Code", ".vscode"], binaries: ["code"]
  ) { scope, command in
    let server = #"{"type": "stdio", "command": \#(command.jsonExecutable), "args": [\#(command.jsonArguments)]}"#
    switch scope {
    case .project:
      return [
        ConfigFile(".vscode/mcp.json", .json(keyPath: ["servers", "lattice"], value: server)),
        ConfigFile(".github/copilot-instructions.md", .markdownBlock(body: InstructionSnippet.text)),
      ]
    case .user:
      return [
        ConfigFile(".config/Code/User/mcp.json", .json(keyPath: ["servers", "lattice"], value: server)),
        ConfigFile(".copilot/instructions/lattice.instructions.md", .wholeFile(contents: userInstructions)),
      ]
    }
  }
}
