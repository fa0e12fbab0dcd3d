/// Gemini CLI: `.gemini/settings.json` / `~/.gemini/settings.json`, key `mcpServers`; `GEMINI.md`.
enum GeminiCLI {
  static let target = AgentTarget(id: "gemini", name: "Gemini CLI", homeMarkers: [".gemini"], binaries: ["gemini"]) {
    scope, command in
    let server = #"{"command": \#(command.jsonExecutable), "args": [\#(command.jsonArguments)]}"#
    return [
      ConfigFile(".gemini/settings.json", .json(keyPath: ["mcpServers", "lattice"], value: server)),
      ConfigFile(scope == .project ? "GEMINI.md" : ".gemini/GEMINI.md", .markdownBlock(body: InstructionSnippet.text)),
    ]
  }
}
