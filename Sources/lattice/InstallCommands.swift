import ArgumentParser
import Foundation
import LatticeIndexing
import LatticeInstall

/// Options shared by `install` and `uninstall`.
struct AgentOptions: ParsableArguments {
  @Option(help: "user: every repository (files in your home); project: this repository only.")
  var scope: Scope = .project

  @Option(
    name: .customLong("agent"),
    help: "Only this agent (repeatable): \(AgentCatalog.all.map(\.id).joined(separator: ", ")).")
  var agents: [String] = []

  @Option(help: "Repository root for project scope (default: the current folder).")
  var root: String = "."

  @Flag(help: "Show the changes as a diff and write nothing.")
  var dryRun = false

  enum Scope: String, ExpressibleByArgument, CaseIterable {
    case user, project
    var installScope: InstallScope { self == .user ? .user : .project }
  }

  func validate() throws {
    for id in agents where AgentCatalog.named(id) == nil {
      throw ValidationError("unknown agent '\(id)'; agents: \(AgentCatalog.all.map(\.id).joined(separator: ", "))")
    }
  }

  var installer: Installer {
    Installer(environment: .current(projectRoot: URL(fileURLWithPath: root).standardizedFileURL))
  }

  /// The named agents, or those found on this machine.
  func chosenAgents(_ installer: Installer) -> [AgentTarget] {
    agents.isEmpty ? installer.detectedAgents() : agents.compactMap(AgentCatalog.named)
  }
}

/// The command agents run: `lattice` when it is this binary on PATH, else this binary's full path.
func serverCommand(_ installer: Installer) -> ServerCommand {
  let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
  let resolved = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
  let executable = FileManager.default.fileExists(atPath: resolved) ? resolved : own
  for folder in installer.environment.searchPath {
    let candidate = URL(fileURLWithPath: "\(folder)/lattice").resolvingSymlinksInPath().path
    if candidate == executable { return ServerCommand(executable: "lattice") }
  }
  return ServerCommand(executable: executable)
}

func printChanges(_ changes: [PlannedChange], dryRun: Bool, verb: String) {
  if changes.isEmpty {
    print("nothing to change: already \(verb)")
    return
  }
  for change in changes {
    if dryRun {
      print(change.diff, terminator: "")
    } else {
      let action = change.after == nil ? "removed" : change.before == nil ? "created" : "updated"
      print("\(action)  \(change.displayPath)  (\(change.agent))\(change.note.map { "  — \($0)" } ?? "")")
    }
  }
  if dryRun { print("(dry run: nothing written)") }
}

/// `lattice install`
struct InstallCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "install",
    abstract: "Register `lattice serve --mcp` and an instruction snippet with the coding agents found.")

  @OptionGroup var options: AgentOptions

  @Option(help: "Print the configuration for this agent, for manual setup, and change nothing.")
  var printConfig: String?

  func run() throws {
    let installer = options.installer
    let command = serverCommand(installer)
    if let id = printConfig {
      guard let agent = AgentCatalog.named(id) else { throw CLIError("unknown agent '\(id)'") }
      guard let files = agent.files(options.scope.installScope, command) else {
        throw CLIError("\(agent.name) has no \(options.scope.rawValue)-scope configuration; try --scope user")
      }
      print(
        "# \(agent.name), \(options.scope.rawValue) scope: add to these files (or run `lattice install --agent \(id)`)")
      for file in files { print("\n## \(file.path)\n\(PrintedConfig.describe(file.edit))") }
      return
    }
    let agents = options.chosenAgents(installer)
    guard !agents.isEmpty else {
      throw CLIError(
        "no coding agent found (looked for \(AgentCatalog.all.map(\.id).joined(separator: ", "))); name one with --agent"
      )
    }
    let changes = try wrap { try installer.planInstall(agents, scope: options.scope.installScope, command: command) }
    if !options.dryRun { try wrap { try installer.install(changes, scope: options.scope.installScope) } }
    printChanges(changes, dryRun: options.dryRun, verb: "installed")
    if !options.dryRun, !changes.isEmpty {
      print("agents: \(agents.map(\.name).joined(separator: ", ")); `lattice uninstall` restores the files")
      if options.scope == .project {
        print("note: some agents ask you to trust or approve a project's MCP server the first time")
      }
    }
  }
}

/// `lattice uninstall`
struct UninstallCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "uninstall", abstract: "Take Lattice out of the agents' configuration, restoring the files.")

  @OptionGroup var options: AgentOptions

  func run() throws {
    let installer = options.installer
    let agents = options.agents.isEmpty ? AgentCatalog.all : options.agents.compactMap(AgentCatalog.named)
    let changes = try wrap {
      try installer.planUninstall(agents, scope: options.scope.installScope, command: serverCommand(installer))
    }
    if !options.dryRun { try wrap { try installer.uninstall(changes) } }
    printChanges(changes, dryRun: options.dryRun, verb: "uninstalled")
  }
}

/// `lattice init [PATH]`: index, install for the agents found (project scope), ignore `.lattice/`.
struct InitCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init", abstract: "Set up a repository: index it, register Lattice with its agents, ignore .lattice/.")

  @Argument(help: "Repository root.") var path: String = "."
  @Flag(help: "Only index and update .gitignore; do not touch agent configuration.") var noInstall = false

  func run() async throws {
    let root = URL(fileURLWithPath: path).standardizedFileURL
    let summary = try await Indexer(options: IndexOptions(root: root)).run()
    print(
      "indexed \(summary.filesParsed) files: \(summary.symbols) symbols, \(summary.edges) edges (\(String(format: "%.2f", summary.seconds))s)"
    )
    // The index is local; remembered facts (.lattice/memory/) are meant to be committed and reviewed.
    let gitignore = root.appendingPathComponent(".gitignore")
    let existing = (try? String(contentsOf: gitignore, encoding: .utf8)) ?? ""
    let lines = Set(existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    if !lines.contains(".lattice/*") && !lines.contains(".lattice/") {
      let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
      try (existing + separator + ".lattice/*\n!.lattice/memory/\n").write(
        to: gitignore, atomically: true, encoding: .utf8)
      print("added .lattice/ to .gitignore (except .lattice/memory/, for remembered facts)")
    }
    if !noInstall {
      let installer = Installer(environment: .current(projectRoot: root))
      let agents = installer.detectedAgents()
      if agents.isEmpty {
        print(
          "no coding agent found; later: `lattice install --agent NAME` (\(AgentCatalog.all.map(\.id).joined(separator: ", ")))"
        )
      } else {
        let changes = try wrap { try installer.planInstall(agents, scope: .project, command: serverCommand(installer)) }
        try wrap { try installer.install(changes, scope: .project) }
        printChanges(changes, dryRun: false, verb: "installed")
      }
    }
    print("next: ask your agent a structural question, or try `lattice context how does <something> work`")
  }
}

/// Install errors are user errors: one line, exit code 2.
func wrap<T>(_ body: () throws -> T) throws -> T {
  do { return try body() } catch let error as InstallError { throw CLIError(error.description) }
}
