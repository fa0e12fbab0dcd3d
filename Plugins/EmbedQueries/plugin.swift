import Foundation
import PackagePlugin

/// Embeds a target's tree-sitter query files (`*.scm`) into its code as string constants, so the
/// `lattice` binary carries its language knowledge and installs as one file. The `.scm` files stay
/// the source of truth; the generated Swift lives only in the build folder.
@main
struct EmbedQueries: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    guard let target = target as? SourceModuleTarget else { return [] }
    // The folder is excluded from the target's sources (it is data, not code), so list it here.
    let folder = target.directoryURL.appendingPathComponent("Languages/Queries")
    let queries = (try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil))
      .filter { $0.pathExtension == "scm" }.sorted { $0.path < $1.path }
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("EmbeddedQueries.swift")
    return [
      .buildCommand(
        displayName: "Embedding \(queries.count) query files",
        executable: try context.tool(named: "EmbedQueriesTool").url,
        arguments: [output.path] + queries.map(\.path),
        inputFiles: queries,
        outputFiles: [output])
    ]
  }
}
