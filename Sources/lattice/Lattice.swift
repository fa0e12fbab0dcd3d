import ArgumentParser
import Foundation
import LatticeMCP

/// The `lattice` command: index a repository, then ask it structural questions.
@main
struct Lattice: AsyncParsableCommand {

  static let configuration = CommandConfiguration(
    commandName: "lattice",
    abstract: "A code-intelligence engine for coding agents: a symbol graph of your repository.",
    version: LatticeVersion.current,
    subcommands: [
      IndexCommand.self, StatusCommand.self, QueryCommand.self, NodeCommand.self, CallersCommand.self,
      CalleesCommand.self, RefsCommand.self, ImplementationsCommand.self, DefinitionCommand.self,
      ContextCommand.self, ExploreCommand.self, TraceCommand.self, ImpactCommand.self, AffectedCommand.self,
      ServeCommand.self, WatchCommand.self, InstallCommand.self, UninstallCommand.self, InitCommand.self,
      MemoryCommand.self, RoutesCommand.self, BlindSpotsCommand.self, LanguagesCommand.self,
    ])

  /// Exit codes are part of the interface: 0 found, 1 nothing found, 2 usage or index error.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var asyncCommand = command as? any AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch let exit as ExitCode {
      Foundation.exit(exit.rawValue)
    } catch let error as CLIError {
      FileHandle.standardError.write(Data("lattice: \(error.message)\n".utf8))
      Foundation.exit(2)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        print(fullMessage(for: error))
        Foundation.exit(0)
      }
      FileHandle.standardError.write(Data("lattice: \(message(for: error))\n".utf8))
      if code == .validationFailure || code.rawValue == 64 {
        FileHandle.standardError.write(Data("Run `lattice help` for usage.\n".utf8))
      }
      Foundation.exit(2)
    }
  }
}

/// An error the user can fix; printed as one line on stderr, exit code 2.
struct CLIError: Error {
  let message: String
  init(_ message: String) { self.message = message }
}
