import ArgumentParser
import Foundation
import LatticeIndexing

/// `lattice watch [PATH]`: keep the index current while files are edited.
struct WatchCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "watch",
    abstract: "Index the repository, then re-index every saved file within moments (until interrupted).")

  @Argument(help: "Repository root.") var path: String = "."

  func run() async throws {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
      throw CLIError("\(path) is not a directory")
    }
    let live = LiveIndex(options: IndexOptions(root: URL(fileURLWithPath: path))) { event in
      let line: String
      switch event {
      case .waitingForOwner: line = "another lattice process owns this index; waiting to take over"
      case .becameOwner: line = "watching \(path)"
      case .caughtUp(let summary):
        line =
          "indexed: \(summary.filesParsed) files parsed, \(summary.symbols) symbols (\(String(format: "%.2f", summary.seconds))s)"
      case .watching: line = "watching for changes"
      case .applied(let paths, let seconds):
        line = "re-indexed \(paths) changed files in \(String(format: "%.3f", seconds))s"
      case .warning(let text): line = "warning: \(text)"
      case .failed(let text): line = "error: \(text)"
      }
      FileHandle.standardError.write(Data("\(line)\n".utf8))
    }
    await live.run()
  }
}
