import Foundation
import LatticeModel
import LatticeStore
import Testing

/// A `.h` file is C, C++ or Objective-C by the sources beside it, in a full walk and in a watcher's
/// path update alike.
@Suite struct HeaderLanguageTests {
  func languages(_ repo: ScratchRepo) throws -> [String: Language] {
    let store = try repo.store()
    return Dictionary(
      try store.allSymbols().filter { $0.kind == .file }.map { ($0.file, $0.language) }, uniquingKeysWith: { a, _ in a }
    )
  }

  @Test func headersFollowTheirFoldersSources() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("cpp/shape.h", "namespace geo { class Shape { public: double area() const; }; }\n")
    try repo.write("cpp/shape.cpp", "#include \"shape.h\"\ndouble geo::Shape::area() const { return 1; }\n")
    try repo.write("c/util.h", "int add(int a, int b);\n")
    try repo.write("c/util.c", "int add(int a, int b) { return a + b; }\n")
    try repo.write("mixed/a.h", "int f(void);\n")
    try repo.write("mixed/a.c", "int f(void) { return 0; }\n")
    try repo.write("mixed/b.cpp", "int g() { return 1; }\n")
    try repo.write("objc/Shape.h", "int area(void);\n")
    try repo.write("objc/Shape.m", "int area(void) { return 1; }\n")
    try repo.write("include/only.h", "int h(void);\n")
    try await repo.index()
    let found = try languages(repo)
    #expect(found["cpp/shape.h"] == .cpp)
    #expect(found["c/util.h"] == .c)
    #expect(found["mixed/a.h"] == .c)  // C sources win: a C++ file may include a C header, not the reverse
    #expect(found["objc/Shape.h"] == .objc)
    #expect(found["include/only.h"] == .c)

    // A watcher batch judges a new header the same way.
    try repo.write("cpp/more.h", "class More {};\n")
    try await repo.index(only: ["cpp/more.h"])
    #expect(try languages(repo)["cpp/more.h"] == .cpp)
  }
}
