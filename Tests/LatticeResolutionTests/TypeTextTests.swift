import Testing

@testable import LatticeResolution

/// Written types reduce to the one name whose members a receiver has.
@Suite struct TypeTextTests {
  @Test(arguments: [
    ("User", "User"), ("Promise<User>", "User"), ("User | undefined", "User"), ("null | ns.User", "ns.User"),
    ("Optional[User]", "User"), ("\"User\"", "User"), ("Map<string, User>", "Map"), ("Awaited<Promise<Repo>>", "Repo"),
    ("list[User]", "list"),
    // Pointers, references, optionals, smart pointers and results of other languages.
    ("*Server", "Server"), ("&mut Repo", "Repo"), ("const geo::Shape &", "geo.Shape"), ("User?", "User"),
    ("Option<Box<Repo>>", "Repo"), ("Result<Config, Error>", "Config"), ("Arc<Mutex<Pool>>", "Pool"),
  ])
  func reducesToOneName(written: String, expected: String) {
    #expect(TypeText.simplify(written) == expected)
  }

  @Test(arguments: ["A | B", "() => void", "{ x: number }", "string[]", "", "typeof x"])
  func givesUpOnTypesWithoutOneName(written: String) {
    #expect(TypeText.simplify(written) == nil)
  }
}
