import LatticeModel
import Testing

@testable import LatticeResolution

/// Import paths of the families resolved by path conventions and project configuration.
@Suite struct PathModuleResolverTests {
  func resolver(
    _ family: LanguageFamily, _ files: Set<String>, _ aliases: [ModuleAliases] = []
  )
    -> PathModuleResolver
  {
    PathModuleResolver(family: family, files: files, aliases: aliases) { path in
      let ext = path.split(separator: ".").last.map(String.init) ?? ""
      return [
        "go": .go, "rs": .rust, "java": .java, "swift": .swift, "php": .php, "c": .c, "h": .c, "rb": .ruby,
      ][ext]
    }
  }

  @Test func goImportPathsFollowTheModulePathThenDirectorySuffixes() {
    let files: Set<String> = ["go.mod", "internal/store/store.go", "internal/store/store_test.go", "cmd/app/main.go"]
    let module = ModuleAliases(
      directory: "", baseURL: nil, paths: [.init(pattern: "example.com/shop", targets: [""])], scheme: .goModule)
    let go = resolver(.go, files, [module])
    #expect(go.resolve("example.com/shop/internal/store", from: "cmd/app/main.go") == "internal/store/store.go")
    #expect(go.resolve("example.com/shop/missing", from: "cmd/app/main.go") == nil)
    // Without go.mod: two trailing components must match; a one-word stdlib path never binds.
    #expect(resolver(.go, files).resolve("github.com/x/internal/store", from: "cmd/app/main.go") != nil)
    #expect(resolver(.go, files).resolve("store", from: "cmd/app/main.go") == nil)
    #expect(go.package(of: "internal/store/store.go") == "internal/store")
  }

  @Test func rustPathsClimbFromTheCrateRoot() {
    let files: Set<String> = ["src/lib.rs", "src/model.rs", "src/store/mod.rs", "src/store/memory.rs"]
    let rust = resolver(.rust, files)
    #expect(rust.resolve("crate::store::memory", from: "src/model.rs") == "src/store/memory.rs")
    #expect(rust.resolve("crate::store", from: "src/model.rs") == "src/store/mod.rs")
    #expect(rust.resolve("super", from: "src/store/memory.rs") == "src/store/mod.rs")
    #expect(rust.resolve("super", from: "src/model.rs") == "src/lib.rs")
    #expect(rust.resolve("self", from: "src/store/mod.rs") == "src/store/mod.rs")
    #expect(rust.resolve("serde::de", from: "src/model.rs") == nil)
  }

  @Test func packagesAndNamespacesNameDirectories() {
    let files: Set<String> = ["src/main/java/com/acme/model/User.java", "src/main/java/com/acme/app/App.java"]
    let java = resolver(.jvm, files)
    #expect(java.resolve("com.acme.model", from: "src/main/java/com/acme/app/App.java")?.hasSuffix("User.java") == true)
    #expect(java.resolve("org.junit", from: "src/main/java/com/acme/app/App.java") == nil)
  }

  @Test func composerPrefixesAndSwiftTargetsComeFromConfiguration() {
    let php = resolver(
      .php, ["src/Models/User.php", "lib/Models/Other.php"],
      [
        ModuleAliases(
          directory: "", baseURL: nil, paths: [.init(pattern: "App\\", targets: ["src"])], scheme: .composer)
      ])
    #expect(php.resolve("App\\Models", from: "src/x.php") == "src/Models/User.php")
    let swift = resolver(
      .swift, ["Code/Core/A.swift", "Code/Core/Sub/B.swift", "Sources/Tool/main.swift"],
      [
        ModuleAliases(
          directory: "", baseURL: nil, paths: [.init(pattern: "Core", targets: ["Code/Core"])], scheme: .swiftPackage)
      ])
    #expect(swift.resolve("Core", from: "Sources/Tool/main.swift") == "Code/Core/A.swift")
    #expect(swift.package(of: "Code/Core/Sub/B.swift") == "Code/Core")
    #expect(swift.package(of: "Sources/Tool/main.swift") == "Sources/Tool")
  }

  @Test func includesAreRelativeThenUniqueBySuffix() {
    let files: Set<String> = ["src/a.c", "src/a.h", "include/lib/util.h", "other/util.h"]
    let c = resolver(.c, files)
    #expect(c.resolve("a.h", from: "src/a.c") == "src/a.h")
    #expect(c.resolve("lib/util.h", from: "src/a.c") == "include/lib/util.h")
    #expect(c.resolve("util.h", from: "src/a.c") == nil)  // two candidates: not guessed
    #expect(c.package(of: "src/a.c") == "")
  }
}
