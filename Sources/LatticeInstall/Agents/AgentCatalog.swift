/// Every agent Lattice can install into, in a fixed order (formats: docs/agent-configs.md).
public enum AgentCatalog {
  public static let all: [AgentTarget] = [
    ClaudeCode.target, Codex.target, Cursor.target, GeminiCLI.target, VSCodeCopilot.target, OpenCode.target,
    Windsurf.target, Zed.target,
  ]

  public static func named(_ id: String) -> AgentTarget? { all.first { $0.id == id } }
}
