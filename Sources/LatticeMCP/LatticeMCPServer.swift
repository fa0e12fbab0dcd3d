import Foundation
import LatticeIndexing
import LatticeQuery
import MCP

/// `lattice serve --mcp`: the MCP server for one repository over stdio. Tools only read the index
/// (SQLite WAL readers never wait for the writer); an index run may update it in the background.
public struct LatticeMCPServer: Sendable {
  public let root: URL

  /// The tools, in the order they are listed. Why these and not more: docs/mcp.md.
  static var tools: [any LatticeTool.Type] {
    [
      ContextTool.self, SearchTool.self, NodeTool.self, ExploreTool.self, TraceTool.self, ImpactTool.self,
      RememberTool.self, RecallTool.self, ReviseTool.self,
    ]
  }

  static let instructions = """
    Lattice answers structural questions about this repository from a symbol graph built by \
    tree-sitter (definitions, calls, instantiations, references, imports, inheritance). \
    Start with lattice_context for 'how does X work' or 'where is Y handled': one call returns the \
    relevant symbols, their callers/callees and the key source. Use lattice_search to find a name, \
    lattice_node for one symbol (focus=callers before changing a signature), lattice_explore for \
    several symbols/files/folders at once, lattice_trace for how A reaches B, lattice_impact for \
    what a change breaks. Use grep instead for literal text: strings, log messages, comments, \
    config keys. Every edge has a provenance: syntax (bound through scopes, imports and types) or \
    name-match (a guess by unique name, confidence 0.5); answers also flag ambiguous names and \
    decorators whose runtime effects syntax cannot see, so an empty list is not always a proof. \
    Each answer stays under max_tokens (default 2000) and says what it cut.
    """

  public init(root: URL) { self.root = root }

  /// Serves until the client closes stdin. When the repository has no index yet, one is built in
  /// the background and tools answer `not_indexed` (retryable) until it is ready.
  public func run(indexFirst: Bool) async throws {
    let server = Server(
      name: "lattice", version: LatticeVersion.current, title: "Lattice code graph",
      instructions: Self.instructions, capabilities: .init(tools: .init(listChanged: false)))
    let hadIndex = FileManager.default.fileExists(atPath: root.appendingPathComponent(".lattice/index.db").path)
    // Without an index to serve, tools wait for the first run; with one, they serve it meanwhile.
    let state = ServerState(root: root, firstIndexRunning: indexFirst && !hadIndex)
    await server.withMethodHandler(ListTools.self) { _ in
      ListTools.Result(tools: Self.tools.map { $0.definition })
    }
    await server.withMethodHandler(CallTool.self) { params in
      try await Self.answer(params, state: state)
    }
    // One process per repository indexes and watches it; the others read (docs/live-index.md).
    let live = LiveIndex(options: IndexOptions(root: root)) { event in
      switch event {
      case .caughtUp: Task { await state.indexFinished() }
      case .waitingForOwner: Task { await state.anotherProcessOwnsTheIndex() }
      case .warning(let text), .failed(let text): FileHandle.standardError.write(Data("lattice: \(text)\n".utf8))
      default: break
      }
    }
    if indexFirst {
      // The same priority as answers: until the first run ends every answer is "not indexed yet",
      // so nothing is gained by running it behind them.
      Task.detached(priority: .medium) { await live.run() }
    }
    try await server.start(transport: BlockingStdioTransport())
    await server.waitUntilCompleted()
    await live.stop()
  }

  static func answer(_ params: CallTool.Parameters, state: ServerState) async throws -> CallTool.Result {
    guard let tool = tools.first(where: { $0.definition.name == params.name }) else {
      // An unknown tool is a protocol error (invalid params), not a tool result.
      throw MCPError.invalidParams("no tool named '\(params.name)'; call tools/list")
    }
    do {
      let engine = try await state.engine()
      let text = try tool.call(Arguments(params.arguments), engine: engine)
      return CallTool.Result(content: [.text(text: text, annotations: nil, _meta: nil)], isError: false)
    } catch {
      return failure(ToolError.from(error))
    }
  }

  static func failure(_ error: ToolError) -> CallTool.Result {
    CallTool.Result(
      content: [.text(text: (try? compactJSON(error)) ?? error.message, annotations: nil, _meta: nil)], isError: true)
  }
}

/// The query engine, opened once the index exists.
actor ServerState {
  let root: URL
  private var cached: QueryEngine?
  /// True while the first index of a repository that had none is being built: its database
  /// exists but is incomplete, so tools must not answer from it yet.
  private var firstIndexRunning: Bool
  /// True when another process owns the repository (`LiveIndex` waits for it): only then can the
  /// first index finish without this process being told, so only then is the database probed.
  /// Probing it while this process creates it made that creation fail ("database is locked").
  private var ownerIsElsewhere = false

  init(root: URL, firstIndexRunning: Bool) {
    self.root = root
    self.firstIndexRunning = firstIndexRunning
  }

  func indexFinished() { firstIndexRunning = false }

  func anotherProcessOwnsTheIndex() { ownerIsElsewhere = true }

  func engine() throws -> QueryEngine {
    if let cached { return cached }
    if firstIndexRunning, ownerIsElsewhere, (try? QueryEngine(root: root).meta("index_state")) == "complete" {
      // Another process (the repository's owner) finished the first index.
      firstIndexRunning = false
    }
    if firstIndexRunning {
      throw ToolError(
        errorType: .notIndexed, message: "\(root.path) is being indexed for the first time", retryable: true,
        hint: "retry in a few seconds")
    }
    guard FileManager.default.fileExists(atPath: root.appendingPathComponent(".lattice/index.db").path) else {
      throw ToolError(
        errorType: .notIndexed, message: "\(root.path) has no Lattice index", retryable: false,
        hint: "run `lattice index` in the repository, or start the server without --no-index")
    }
    let engine = try QueryEngine(root: root)
    cached = engine
    return engine
  }
}
