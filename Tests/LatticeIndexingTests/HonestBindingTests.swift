import Foundation
import LatticeModel
import Testing

/// What Lattice binds when syntax does not show a receiver's type, and what it refuses to guess.
@Suite struct HonestBindingTests {
  func edges(_ files: [String: String]) async throws -> (edges: [String], unresolved: [String]) {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    for (path, text) in files { try repo.write(path, text) }
    try await repo.index()
    let store = try repo.store()
    let edges = try store.allEdges().filter { $0.kind == .calls }.map {
      "\($0.file):\($0.position.line) \($0.target.rawValue.split(separator: "#").last!) \($0.provenance.rawValue) \($0.confidence)"
    }
    let unresolved = try store.allUnresolved().map {
      "\($0.reference.file):\($0.reference.position.line) \($0.reference.name) \($0.reason.rawValue) \($0.candidates.count)"
    }
    return (edges, unresolved)
  }

  /// A local or parameter named like a package-level definition is that local, not the definition
  /// (gin's `route := New()` was bound to its test type `route`).
  @Test(arguments: [
    (
      "a.go",
      "package p\n\ntype route struct{ path string }\n\nfunc New() *route { return &route{} }\n\n"
        + "func use(r *route) string { return r.path }\n",
      "b.go", "package p\n\nfunc f() string {\n\troute := New()\n\treturn use(route)\n}\n"
    ),
    (
      "a.py", "class route:\n    path = ''\n\ndef use(r):\n    return r.path\n",
      "b.py", "from a import route, use\n\ndef f(route: route):\n    return use(route)\n"
    ),
  ])
  func aLocalNamedLikeADefinitionIsNotIt(
    _ first: String, _ firstText: String, _ second: String, _ secondText: String
  )
    async throws
  {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write(first, firstText)
    try repo.write(second, secondText)
    try await repo.index()
    let useLine =
      secondText.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("use(route)") }! + 1
    let wrong = try repo.store().allEdges().filter {
      $0.file == second && $0.position.line == useLine && $0.target.rawValue.hasSuffix(":route")
    }
    #expect(wrong.isEmpty, "\(wrong)")
  }

  /// A local's scope starts after its declaration: in `stack := stack(3)` the call is the function.
  @Test func aLocalDoesNotShadowTheCallThatInitializesIt() async throws {
    let result = try await edges([
      "a.go": "package p\n\nfunc stack(skip int) []byte { return nil }\n",
      "b.go": "package p\n\nfunc f() int {\n\tstack := stack(3)\n\treturn len(stack)\n}\n",
    ])
    #expect(result.edges == ["b.go:4 function:stack syntax 1.0"])
  }

  @Test func aUniqueMethodNameOnAnUntypedReceiverIsANameMatchAtHalfConfidence() async throws {
    let result = try await edges([
      "a.ts": "export class Mailer { deliver(m: string) {} }\n",
      "b.ts": "export function send(x: any) {\n  x.deliver('hi');\n}\n",
    ])
    #expect(result.edges == ["b.ts:2 method:Mailer.deliver name-match 0.5"])
  }

  @Test func aMethodNameOnSeveralTypesStaysUnresolvedWithItsCandidates() async throws {
    let result = try await edges([
      "a.ts": "export class Cat { speak() {} }\nexport class Dog { speak() {} }\n",
      "b.ts": "export function f(pet: any) {\n  pet.speak();\n}\n",
    ])
    #expect(result.edges.isEmpty)
    #expect(result.unresolved.contains("b.ts:2 speak unknown_receiver 2"))
  }

  @Test func runtimeNamesAreNeverBoundToTheProjectMethodThatSharesThem() async throws {
    let result = try await edges([
      "a.ts": "export class Stack { push(x: number) {} log() {} }\n",
      "b.ts": "export function f(items: number[]) {\n  items.push(1);\n  console.log(items);\n}\n",
    ])
    #expect(result.edges.isEmpty)
    // The runtime's own calls are not project references left unresolved either.
    #expect(!result.unresolved.contains { $0.contains(" log ") })
  }

  @Test func aLocalTypedInOneCallbackDoesNotTypeItsNameInAnother() async throws {
    let source = """
      class A { run() {} }
      class B { run() {} }
      export function suite(each: (f: () => void) => void) {
        each(() => { const x = new A(); x.run(); });
        each(() => { const x = new B(); x.run(); });
      }
      """
    let result = try await edges(["t.ts": source])
    #expect(result.edges == ["t.ts:4 method:A.run syntax 1.0", "t.ts:5 method:B.run syntax 1.0"])
  }

  @Test func pythonReturnAnnotationsTypeCallResults() async throws {
    let source = """
      class Session:
          def close(self):
              pass


      class Factory:
          def open(self) -> "Session":
              return Session()


      def use(factory: Factory):
          s = factory.open()
          s.close()
      """
    let result = try await edges(["m.py": source])
    #expect(result.edges == ["m.py:12 method:Factory.open syntax 1.0", "m.py:13 method:Session.close syntax 1.0"])
  }
}
