import ArgumentParser
import Foundation
import LatticeMCP

/// `lattice serve --mcp`: the MCP server over stdio.
struct ServeCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve", abstract: "Serve the repository's index to coding agents (MCP over stdio).")

  @Flag(help: "Speak the Model Context Protocol on stdin/stdout (the only mode for now).")
  var mcp = false

  @Option(help: "Repository root (default: the current folder).")
  var root: String = "."

  @Flag(help: "Do not bring the index up to date when the server starts.")
  var noIndex = false

  func validate() throws {
    if !mcp { throw ValidationError("pass --mcp: `lattice serve --mcp`") }
  }

  func run() async throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CLIError("\(root) is not a directory")
    }
    let url = URL(fileURLWithPath: root).standardizedFileURL
    try await LatticeMCPServer(root: url).run(indexFirst: !noIndex)
  }
}
