import Foundation
import LatticeModel

/// Where an install applies: the user's home (every repository) or one repository.
public enum InstallScope: String, Sendable, CaseIterable {
  case user
  case project
}

/// How Lattice's server entry is written into one configuration file.
public enum ConfigEdit: Sendable {
  /// A JSON/JSONC file: the value at `keyPath` (e.g. `["mcpServers", "lattice"]`) is set.
  case json(keyPath: [String], value: String)
  /// A TOML file: the table `[header]` is set to `body`.
  case tomlTable(header: String, body: String)
  /// A Markdown (or `.mdc`) instruction file: a block between Lattice's markers.
  case markdownBlock(body: String)
  /// A file Lattice owns outright (e.g. a Cursor rule file): created, and removed on uninstall.
  case wholeFile(contents: String)
}

/// One file an install touches, relative to the scope's base folder (home or repository).
public struct ConfigFile: Sendable {
  public var path: String
  public var edit: ConfigEdit

  public init(_ path: String, _ edit: ConfigEdit) {
    self.path = path
    self.edit = edit
  }
}

/// What Lattice writes for one agent.
public struct AgentTarget: Sendable {
  public var id: String
  public var name: String
  /// Folders (relative to home) or binaries on PATH whose presence means the agent is installed.
  public var homeMarkers: [String]
  public var binaries: [String]
  /// Files to write, per scope; an agent without a scope has no entry for it.
  public var files: @Sendable (InstallScope, ServerCommand) -> [ConfigFile]?
}

/// The command an agent runs to start Lattice's MCP server.
public struct ServerCommand: Sendable {
  public var executable: String
  public var arguments: [String]

  public init(executable: String, arguments: [String] = ["serve", "--mcp"]) {
    self.executable = executable
    self.arguments = arguments
  }

  /// `"a", "b"` with JSON escaping.
  var jsonArguments: String { arguments.map(jsonString).joined(separator: ", ") }
  var jsonExecutable: String { jsonString(executable) }
}

/// A JSON string literal for `text`.
func jsonString(_ text: String) -> String { JSONStringLiteral.quote(text) }

/// The instruction snippet every agent gets, between markers in its instruction file.
public enum InstructionSnippet {
  public static let text = """
    ## Lattice code graph
    This repository is indexed by Lattice (MCP server `lattice`). For structure, prefer its tools over \
    repeated grep/read:
    - `lattice_context` first for "how does X work" / "where is Y handled";
    - `lattice_node` for one symbol (`focus: callers` before changing a signature), `lattice_trace` for \
    how A reaches B, `lattice_impact` for what a change breaks, `lattice_explore` and `lattice_search`.
    Use grep for literal text (strings, messages, config). Edges marked `name-match` are guesses.
    """
}
