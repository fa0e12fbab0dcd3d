import ArgumentParser
import LatticeQuery

/// `lattice routes`: the framework routes found, with their handlers.
struct RoutesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "routes",
    abstract: "List framework routes (Flask, FastAPI, Django, Express-style): method, path, handler, location.")

  @OptionGroup var options: QueryOptions

  func run() throws {
    let engine = try options.engine()
    let (routes, truncated) = try engine.routes(limit: options.limit)
    if options.json {
      struct Answer: Encodable {
        var results: [RouteRecord]
        var truncated: Bool
      }
      try printJSON(Answer(results: routes, truncated: truncated))
    } else {
      var table = TextTable()
      for route in routes {
        let handler = route.handler.map { "\($0.qualifiedName)  \($0.file):\($0.line)" } ?? "(inline or unresolved)"
        let middleware = route.middleware.isEmpty ? "" : "  via \(route.middleware.joined(separator: ", "))"
        table.add([route.method, route.path, "\(route.file):\(route.line)", handler + middleware])
      }
      if !routes.isEmpty { print(table.render()) }
      if truncated { print("… more routes cut; raise --limit (0 = no limit)") }
    }
    if routes.isEmpty { throw ExitCode(1) }
  }
}
