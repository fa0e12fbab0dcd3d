import ArgumentParser
import LatticeQuery

/// Shared shape of `callers`, `callees` and `refs`.
protocol SitesCommand: ParsableCommand {
  var symbol: String { get }
  var options: QueryOptions { get }
  func answer(_ engine: QueryEngine) throws -> SitesAnswer
}

extension SitesCommand {
  func run() throws {
    let engine = try options.engine()
    let answer: SitesAnswer = try answering { try self.answer(engine) }
    if options.json {
      try printJSON(answer)
    } else {
      if answer.targets.count > 1 {
        print("'\(symbol)' is ambiguous: results for all \(answer.targets.count) matches:")
        for target in answer.targets {
          print("  \(target.kind) \(target.qualifiedName)  \(target.file):\(target.line)")
        }
        print("")
      }
      var table = TextTable()
      let names = Dictionary(answer.targets.map { ($0.key, $0.qualifiedName) }, uniquingKeysWith: { a, _ in a })
      for site in answer.results {
        let other = site.symbol.map { "\($0.qualifiedName)" } ?? "(top level)"
        let how = site.provenance == "syntax" ? "" : "\(site.provenance) \(site.confidence)"
        // With several targets, say which one each row is about.
        let about = answer.targets.count > 1 ? ["→ \(names[site.target] ?? site.target)"] : []
        table.add(["\(site.file):\(site.line):\(site.column)", site.kind, other] + about + [how])
      }
      if !answer.results.isEmpty { print(table.render()) }
      if answer.truncated { print("… more results cut; raise --limit (0 = no limit)") }
      for warning in answer.warnings { print("warning: \(warning)") }
    }
    if answer.results.isEmpty { throw ExitCode(1) }
  }
}

struct CallersCommand: SitesCommand {
  static let configuration = CommandConfiguration(
    commandName: "callers", abstract: "List the call and instantiation sites of a symbol, with their enclosing symbol.")
  @Argument(help: "A name, a qualified name (Class.method) or FILE:LINE.") var symbol: String
  @OptionGroup var options: QueryOptions
  func answer(_ engine: QueryEngine) throws -> SitesAnswer { try engine.callers(of: symbol, limit: options.limit) }
}

struct CalleesCommand: SitesCommand {
  static let configuration = CommandConfiguration(
    commandName: "callees", abstract: "List what a symbol calls or instantiates, by call site.")
  @Argument(help: "A name, a qualified name (Class.method) or FILE:LINE.") var symbol: String
  @OptionGroup var options: QueryOptions
  func answer(_ engine: QueryEngine) throws -> SitesAnswer { try engine.callees(of: symbol, limit: options.limit) }
}

struct RefsCommand: SitesCommand {
  static let configuration = CommandConfiguration(
    commandName: "refs",
    abstract: "List every reference to a symbol: calls, instantiations, type uses, imports, inheritance.")
  @Argument(help: "A name, a qualified name (Class.method) or FILE:LINE.") var symbol: String
  @OptionGroup var options: QueryOptions
  func answer(_ engine: QueryEngine) throws -> SitesAnswer { try engine.references(to: symbol, limit: options.limit) }
}
