import LatticeModel
import Testing

@Suite struct RepoPathTests {
  @Test func normalizeResolvesDotsAndRefusesToClimbAboveTheRoot() {
    #expect(RepoPath.normalize("src/./lib/../util") == "src/util")
    #expect(RepoPath.normalize("../x") == nil)
    #expect(RepoPath.directory(of: "a/b/c.ts") == "a/b")
    #expect(RepoPath.directory(of: "c.ts") == "")
  }

  @Test func identifierWordsSplitCamelSnakeAcronymsAndDigits() {
    #expect(IdentifierWords.split("routerCursor12") == ["router", "cursor", "12"])
    #expect(IdentifierWords.split("HTTPServer") == ["http", "server"])
    #expect(IdentifierWords.split("snake_case_name") == ["snake", "case", "name"])
    #expect(IdentifierWords.split("#private") == ["private"])
    #expect(IdentifierWords.split("parseHTTP2Response") == ["parse", "http", "2", "response"])
    // Non-ASCII names take the Unicode path, with the same rules.
    #expect(IdentifierWords.split("größeBerechnen2") == ["größe", "berechnen", "2"])
  }
}
