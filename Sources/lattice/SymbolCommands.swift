import ArgumentParser
import Foundation
import LatticeModel
import LatticeQuery

/// `lattice query TEXT`: ranked full-text search over symbols.
struct QueryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "query", abstract: "Search symbols by words of their names, qualified names, signatures and docs.")

  @Argument(help: "Words to search for (camelCase and snake_case names match by word).")
  var text: [String]

  @Option(help: "Only these kinds (comma-separated: class,function,method,…).")
  var kind: String?

  @Option(help: "Only files under this path prefix.")
  var path: String?

  @OptionGroup var options: QueryOptions

  func run() throws {
    var kinds: [SymbolKind] = []
    for name in (kind ?? "").split(separator: ",") {
      guard let kind = SymbolKind(rawValue: String(name)) else {
        throw CLIError(
          "unknown kind '\(name)'; kinds are \(SymbolKind.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      kinds.append(kind)
    }
    let answer = try options.engine().search(
      text.joined(separator: " "), kinds: kinds, path: path, limit: options.limit)
    if options.json { try printJSON(answer) } else { printSymbols(answer.results, truncated: answer.truncated) }
    if answer.results.isEmpty { throw ExitCode(1) }
  }
}

/// `lattice node SYMBOL`: one symbol in detail.
struct NodeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "node", abstract: "Show a symbol: signature, doc, location, parent, members, caller and callee counts."
  )

  @Argument(help: "A name, a qualified name (Class.method) or FILE:LINE.")
  var symbol: String

  @Flag(help: "Print the symbol's source.")
  var source = false

  @OptionGroup var options: QueryOptions

  func run() throws {
    let engine = try options.engine()
    let nodes = try answering { try engine.node(symbol, includeSource: source, limit: options.limit) }
    if options.json { return try printJSON(["results": nodes]) }
    if nodes.count > 1 { print("'\(symbol)' is ambiguous: \(nodes.count) symbols match\n") }
    for (index, node) in nodes.enumerated() {
      if index > 0 { print("") }
      let s = node.symbol
      var table = TextTable()
      table.add([s.kind, s.qualifiedName])
      table.add(["at", "\(s.file):\(s.line)-\(s.endLine)"])
      table.add(["signature", s.signature])
      if let parent = node.parent { table.add(["parent", "\(parent.kind) \(parent.qualifiedName)"]) }
      if !node.decorators.isEmpty { table.add(["decorators", node.decorators.joined(separator: " ")]) }
      table.add(["callers", "\(node.callerCount)"])
      table.add(["callees", "\(node.calleeCount)"])
      table.add(["references", "\(node.referenceCount)"])
      if !node.routes.isEmpty { table.add(["routes", node.routes.joined(separator: ", ")]) }
      for warning in node.blindSpots { table.add(["warning", warning]) }
      print(table.render())
      if let doc = node.docstring { print("\n" + doc) }
      if !node.members.isEmpty {
        print("\nmembers:")
        var members = TextTable()
        for member in node.members { members.add(["  \(member.kind)", member.name, "\(member.file):\(member.line)"]) }
        print(members.render())
      }
      if let text = node.source { print("\n" + text) }
    }
  }
}

/// `lattice implementations SYMBOL`
struct ImplementationsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "implementations", abstract: "List subclasses and implementers of a class or interface, transitively.")

  @Argument(help: "A name, a qualified name or FILE:LINE.")
  var symbol: String

  @OptionGroup var options: QueryOptions

  func run() throws {
    let engine = try options.engine()
    let answer = try answering { try engine.implementations(of: symbol, limit: options.limit) }
    if options.json { try printJSON(answer) } else { printSymbols(answer.results, truncated: answer.truncated) }
    if answer.results.isEmpty { throw ExitCode(1) }
  }
}

/// `lattice definition FILE:LINE[:COL]`
struct DefinitionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "definition", abstract: "Show what a name used at FILE:LINE[:COL] refers to.")

  @Argument(help: "The use site, FILE:LINE or FILE:LINE:COL (1-based).")
  var location: String

  @Option(help: "Only the use of this name on the line.")
  var name: String?

  @OptionGroup var options: QueryOptions

  func run() throws {
    let engine = try options.engine()
    let answer = try answering { try engine.definition(at: location, name: name, limit: options.limit) }
    if options.json {
      try printJSON(answer)
    } else {
      printSymbols(answer.results, truncated: answer.truncated)
      for reference in answer.unresolved {
        print(
          "unresolved \(reference.name) at column \(reference.column): \(reference.reason), \(reference.candidates.count) candidates"
        )
        for candidate in reference.candidates.prefix(10) { print("  \(candidate)") }
      }
    }
    if answer.results.isEmpty {
      let reason = answer.unresolved.isEmpty ? "no reference is recorded there" : "the reference there is unresolved"
      FileHandle.standardError.write(Data("lattice: nothing bound at \(location): \(reason)\n".utf8))
      throw ExitCode(1)
    }
  }
}

func printSymbols(_ symbols: [SymbolRecord], truncated: Bool) {
  var table = TextTable()
  for symbol in symbols {
    table.add([symbol.kind, symbol.qualifiedName, "\(symbol.file):\(symbol.line)", symbol.signature])
  }
  if !symbols.isEmpty { print(table.render()) }
  if truncated { print("… more results cut; raise --limit (0 = no limit)") }
}
