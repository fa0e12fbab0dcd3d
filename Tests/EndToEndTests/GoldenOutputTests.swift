import Foundation
import Testing

/// Runs the real binary on the fixtures and compares its output with checked-in golden files
/// (Tests/EndToEndTests/Golden). To re-record after an intended change:
/// `LATTICE_RECORD_GOLDEN=1 swift test --filter GoldenOutputTests`, then review the diff.
@Suite(.serialized) struct GoldenOutputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var fixture: String
    var arguments: [String]
    var golden: String
    var testDescription: String { "\(fixture): lattice \(arguments.joined(separator: " "))" }
  }

  static let cases: [Case] = [
    Case(fixture: "typescript", arguments: ["callers", "Greeter.greet", "--json"], golden: "ts-callers-greet.json"),
    Case(fixture: "typescript", arguments: ["callees", "Greeter.lookup", "--json"], golden: "ts-callees-lookup.json"),
    Case(fixture: "typescript", arguments: ["callers", "speak", "--json"], golden: "ts-callers-speak-ambiguous.json"),
    Case(fixture: "typescript", arguments: ["refs", "UserRepo", "--json"], golden: "ts-refs-userrepo.json"),
    Case(
      fixture: "typescript", arguments: ["implementations", "Animal", "--json"],
      golden: "ts-implementations-animal.json"),
    Case(
      fixture: "typescript", arguments: ["definition", "src/services/greeter.ts:30", "--json"],
      golden: "ts-definition.json"),
    Case(
      fixture: "typescript", arguments: ["query", "format", "name", "--json", "--limit", "5"], golden: "ts-query.json"),
    Case(fixture: "typescript", arguments: ["node", "src/services/greeter.ts:20", "--json"], golden: "ts-node.json"),
    Case(fixture: "python", arguments: ["callers", "Cat.speak", "--json"], golden: "py-callers-cat-speak.json"),
    Case(fixture: "python", arguments: ["refs", "User", "--json"], golden: "py-refs-user.json"),
    Case(
      fixture: "python", arguments: ["implementations", "Animal", "--json"], golden: "py-implementations-animal.json"),
    Case(fixture: "python", arguments: ["definition", "app/pets.py:42", "--json"], golden: "py-definition.json"),
    Case(fixture: "python", arguments: ["node", "Cat", "--json"], golden: "py-node-cat.json"),
    Case(fixture: "python", arguments: ["callees", "Owner.play"], golden: "py-callees-human.txt"),
    Case(fixture: "python", arguments: ["callers", "speak"], golden: "py-callers-ambiguous-human.txt"),
    Case(fixture: "javascript", arguments: ["callers", "Circle", "--json"], golden: "js-callers-circle.json"),
    Case(fixture: "python", arguments: ["routes", "--json"], golden: "py-routes.json"),
    Case(fixture: "javascript", arguments: ["routes"], golden: "js-routes-human.txt"),
    Case(fixture: "typescript", arguments: ["trace", "main", "Greeter.lookup", "--json"], golden: "ts-trace.json"),
    Case(fixture: "typescript", arguments: ["impact", "UserRepo", "--json"], golden: "ts-impact.json"),
    Case(fixture: "typescript", arguments: ["affected", "src/services/repo.ts", "--json"], golden: "ts-affected.json"),
    Case(
      fixture: "typescript", arguments: ["context", "how", "does", "the", "greeter", "format", "a", "user", "name"],
      golden: "ts-context-human.txt"),
    Case(
      fixture: "python", arguments: ["explore", "app/pets.py", "Owner", "Cat.speak", "--json"],
      golden: "py-explore.json"),
    Case(
      fixture: "python", arguments: ["context", "how", "does", "the", "shelter", "adopt", "--json"],
      golden: "py-context.json"),
    // The languages added after the first three: one question each that needs their own structure.
    Case(fixture: "go", arguments: ["implementations", "Store", "--json"], golden: "go-implementations-store.json"),
    Case(fixture: "go", arguments: ["callers", "Base.Touch", "--json"], golden: "go-callers-touch.json"),
    Case(fixture: "rust", arguments: ["callers", "util.slug", "--json"], golden: "rust-callers-slug.json"),
    Case(fixture: "java", arguments: ["callers", "UserRepository.save", "--json"], golden: "java-callers-save.json"),
    Case(fixture: "kotlin", arguments: ["callers", "User.badge", "--json"], golden: "kotlin-callers-badge.json"),
    Case(fixture: "scala", arguments: ["callees", "UserService.register"], golden: "scala-callees-human.txt"),
    Case(fixture: "c", arguments: ["callers", "shape_new", "--json"], golden: "c-callers-shape-new.json"),
    // main.c's call is ambiguous between the two static functions: each answer says so.
    Case(fixture: "c", arguments: ["callers", "src/util.c:7", "--json"], golden: "c-callers-log-msg-ambiguous.json"),
    Case(fixture: "cpp", arguments: ["callers", "geo.Shape.area", "--json"], golden: "cpp-callers-area.json"),
    Case(fixture: "csharp", arguments: ["callers", "Shop.Models.User.Greet"], golden: "cs-callers-human.txt"),
    Case(
      fixture: "swift", arguments: ["callers", "UserStore.remove(at:)", "--json"],
      golden: "swift-callers-remove-at.json"),
    Case(fixture: "swift", arguments: ["callers", "UserStore.remove(_:)"], golden: "swift-callers-remove-human.txt"),
    Case(
      fixture: "ruby", arguments: ["callers", "Shop.Store.register", "--json"], golden: "ruby-callers-register.json"),
    Case(fixture: "php", arguments: ["refs", "User", "--json"], golden: "php-refs-user.json"),
    Case(fixture: "markdown", arguments: ["query", "install", "--json"], golden: "md-query-install.json"),
    Case(fixture: "go", arguments: ["languages", "--json"], golden: "languages.json"),
  ]

  static var goldenFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
  }

  @Test(arguments: cases)
  func outputMatchesGolden(_ testCase: Case) throws {
    let fixture = try FixtureCopy(testCase.fixture)
    defer { fixture.remove() }
    let index = try LatticeProcess.run(["index", "."], in: fixture.root)
    #expect(index.status == 0, "index failed: \(index.stderr)")
    let output = try LatticeProcess.run(testCase.arguments, in: fixture.root)
    #expect(output.status == 0, "exit \(output.status): \(output.stderr)")
    let goldenURL = Self.goldenFolder.appendingPathComponent(testCase.golden)
    if ProcessInfo.processInfo.environment["LATTICE_RECORD_GOLDEN"] != nil {
      try output.stdout.write(to: goldenURL, atomically: true, encoding: .utf8)
      return
    }
    let golden = try String(contentsOf: goldenURL, encoding: .utf8)
    #expect(output.stdout == golden, "output differs from \(testCase.golden); re-record if intended")
  }
}
