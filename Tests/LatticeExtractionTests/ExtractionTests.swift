import LatticeModel
import Testing

@testable import LatticeExtraction

/// What the shipped query files extract from small inline sources.
@Suite struct ExtractionTests {
  let extractor: Extractor

  init() throws { extractor = try Extractor() }

  func extract(_ source: String, path: String) -> FileFacts {
    let language = LanguageRegistry.language(forPath: path)!
    return extractor.extract(path: path, language: language, source: Array(source.utf8))
  }

  func symbol(_ facts: FileFacts, _ qualifiedName: String) -> Symbol? {
    facts.symbols.first { $0.qualifiedName == qualifiedName && $0.kind != .import }
  }

  @Test func keysDoNotDependOnLinesSoEditsAboveKeepIdentity() {
    let before = extract("class Repo {\n  find(id: number) { return id; }\n}\n", path: "src/repo.ts")
    let after = extract("// a new comment\n\nclass Repo {\n  find(id: number) { return id; }\n}\n", path: "src/repo.ts")
    #expect(before.symbols.map(\.key) == after.symbols.map(\.key))
    #expect(symbol(after, "Repo.find")?.key.rawValue == "typescript:src/repo.ts#method:Repo.find")
    #expect(symbol(after, "Repo.find")?.span.start.line == 4)
  }

  @Test func overloadsGetOrdinalsInSourceOrder() {
    let source =
      "export function f(a: string): string;\nexport function f(a: number): number;\nexport function f(a: any) { return a; }\n"
    let keys = extract(source, path: "f.ts").symbols.filter { $0.name == "f" }.map(\.key.rawValue)
    #expect(keys == ["typescript:f.ts#function:f", "typescript:f.ts#function:f~2", "typescript:f.ts#function:f~3"])
  }

  @Test func arrowFunctionConstsArePrivateMembersAndFieldArrowsAreMethods() {
    let source = """
      export const handler = (req: Request) => { return route(req); };
      class Widget {
        #secret() { return 1; }
        onClick = () => { this.#secret(); };
        get size(): number { return 2; }
      }
      """
    let facts = extract(source, path: "w.ts")
    #expect(symbol(facts, "handler")?.kind == .function)
    #expect(symbol(facts, "Widget.#secret")?.kind == .method)
    #expect(symbol(facts, "Widget.onClick")?.kind == .method)
    #expect(symbol(facts, "Widget.size")?.kind == .method)
    let call = facts.references.first { $0.name == "#secret" }
    #expect(call?.receiver == "this")
    #expect(call?.fromKey == symbol(facts, "Widget.onClick")?.key)
  }

  @Test func pythonNestedFunctionsDecoratorsAndDocstrings() {
    let source = """
      @app.route("/users")
      @login_required
      def users():
          \"\"\"List users.\"\"\"
          def page(n):
              return n
          return page(1)
      """
    let facts = extract(source, path: "views.py")
    let users = symbol(facts, "users")
    #expect(users?.decorators == ["@app.route(\"/users\")", "@login_required"])
    #expect(users?.docstring == "List users.")
    #expect(users?.signature == "def users()")
    #expect(symbol(facts, "users.page")?.kind == .function)
    #expect(facts.references.contains { $0.name == "page" && $0.fromKey == users?.key })
  }

  @Test func syntaxErrorsKeepTheSymbolsAroundThem() {
    let source =
      "def before():\n    pass\n\ndef broken(x):\n    return x +\n\nclass After:\n    def ok(self):\n        pass\n"
    let facts = extract(source, path: "b.py")
    #expect(facts.status == .partial)
    #expect(facts.syntaxErrorCount > 0)
    #expect(symbol(facts, "before") != nil)
    #expect(symbol(facts, "After.ok")?.kind == .method)
  }

  @Test func importsOfEveryShape() {
    let source = """
      import d from './d';
      import { a, b as c } from '../lib';
      import * as ns from '@lib/ns';
      import './side';
      export { x as y } from './x';
      export * from './all';
      """
    let imports = extract(source, path: "src/i.ts").imports.map {
      "\($0.kind.rawValue) \($0.source) \($0.importedName ?? "-") \($0.localName ?? "-")"
    }
    #expect(
      imports == [
        "default ./d default d", "named ../lib a a", "named ../lib b c", "namespace @lib/ns - ns",
        "side_effect ./side - -", "reexport ./x x y", "reexport_all ./all - -",
      ])
  }

  @Test func pythonImportsKeepRelativeDots() {
    let source =
      "import os.path\nimport app.utils as u\nfrom . import models\nfrom ..core import Repo as R\nfrom m import *\n"
    let imports = extract(source, path: "app/api/v.py").imports.map {
      "\($0.kind.rawValue) \($0.source) \($0.importedName ?? "-") \($0.localName ?? "-")"
    }
    #expect(
      imports == [
        "namespace os.path - os.path", "namespace app.utils - u", "named . models models", "named ..core Repo R",
        "wildcard m - -",
      ])
  }

  @Test func typeBindingsForReceivers() {
    let source = """
      class Service {
        constructor() { this.repo = new Repo(); }
        run(c: Context) { const x = new Parser(); x.parse(); c.next(); }
      }
      """
    let bindings = Set(extract(source, path: "s.ts").typeBindings.map { "\($0.variable):\($0.typeName)" })
    #expect(bindings.isSuperset(of: ["this.repo:Repo", "c:Context", "x:Parser"]))
  }
}
