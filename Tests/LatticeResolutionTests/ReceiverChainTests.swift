import Testing

@testable import LatticeResolution

/// Receiver expressions reduce to a constructor and a name chain, or to nothing.
@Suite struct ReceiverChainTests {
  @Test func callsGenericsAndNonNullAssertionsAreDropped() {
    #expect(ReceiverChain("this.repo.find(id)") == chain(nil, ["this", "repo", "find"]))
    #expect(ReceiverChain("app.route('/a', sub).route") == chain(nil, ["app", "route", "route"]))
    #expect(ReceiverChain("this.map!.get<User>(key)") == chain(nil, ["this", "map", "get"]))
    #expect(ReceiverChain("maybe?.value") == chain(nil, ["maybe", "value"]))
    #expect(ReceiverChain("super(AppGroup, self)") == chain(nil, ["super"]))
  }

  @Test func constructionsNameTheirClass() {
    #expect(ReceiverChain("new Hono<Env>()") == chain("Hono", []))
    #expect(ReceiverChain("new ns.Hono().basePath('/v1')") == chain("ns.Hono", ["basePath"]))
    // Composite literals (Go, Rust), parenthesised or not.
    #expect(ReceiverChain("jsonBinding{}") == chain("jsonBinding", []))
    #expect(ReceiverChain("(render.JSON{Data: data})") == chain("render.JSON", []))
    #expect(ReceiverChain("Config { retries: 3 }.builder()") == chain("Config", ["builder"]))
  }

  @Test func otherExpressionsAreNotChains() {
    #expect(ReceiverChain("items[0]") == nil)
    #expect(ReceiverChain("(a || b)") == nil)
    #expect(ReceiverChain("'text'") == nil)
    #expect(ReceiverChain("a + b") == nil)
  }

  private func chain(_ constructed: String?, _ names: [String]) -> ReceiverChain? {
    var value = ReceiverChain("x")!
    value.constructed = constructed
    value.names = names
    return value
  }
}
