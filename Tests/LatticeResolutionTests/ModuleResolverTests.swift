import LatticeModel
import Testing

@testable import LatticeResolution

/// How import specifiers map to project files, per language family.
@Suite struct ECMAScriptModuleResolverTests {
  let files: Set<String> = [
    "src/app.ts", "src/lib/index.ts", "src/lib/format.ts", "src/util.js", "src/ui/Button.tsx",
    "packages/core/src/main.ts", "types/global.d.ts",
  ]

  func resolver(_ aliases: [ModuleAliases] = []) -> ECMAScriptModuleResolver {
    ECMAScriptModuleResolver(files: files, aliases: aliases)
  }

  @Test func relativeSpecifiersProbeExtensionsAndIndexFiles() {
    #expect(resolver().resolve("./lib/format", from: "src/app.ts") == "src/lib/format.ts")
    #expect(resolver().resolve("./lib", from: "src/app.ts") == "src/lib/index.ts")
    #expect(resolver().resolve("../util", from: "src/lib/format.ts") == "src/util.js")
    #expect(resolver().resolve("./ui/Button", from: "src/app.ts") == "src/ui/Button.tsx")
  }

  @Test func aJsSpecifierInTypeScriptNamesTheTsSource() {
    #expect(resolver().resolve("./lib/format.js", from: "src/app.ts") == "src/lib/format.ts")
  }

  @Test func packagesAndPathsAboveTheRootAreExternal() {
    #expect(resolver().resolve("react", from: "src/app.ts") == nil)
    #expect(resolver().resolve("../../outside", from: "src/app.ts") == nil)
  }

  @Test func tsconfigPathsThenBaseUrlNearestConfigWins() {
    let root = ModuleAliases(
      directory: "", baseURL: "src", paths: [.init(pattern: "@lib/*", targets: ["src/lib/*"])])
    let package = ModuleAliases(
      directory: "packages/core", baseURL: nil, paths: [.init(pattern: "@lib/*", targets: ["packages/core/src/*"])])
    let resolver = resolver([root, package])
    #expect(resolver.resolve("@lib/format", from: "src/app.ts") == "src/lib/format.ts")
    #expect(resolver.resolve("lib/format", from: "src/app.ts") == "src/lib/format.ts")
    #expect(resolver.resolve("@lib/main", from: "packages/core/src/x.ts") == "packages/core/src/main.ts")
  }
}

@Suite struct PythonModuleResolverTests {
  let files: Set<String> = [
    "app/__init__.py", "app/models.py", "app/core/__init__.py", "app/core/repo.py", "main.py",
    "src/pkg/__init__.py", "src/pkg/mod.py", "scripts/tool.py",
  ]

  @Test func dottedNamesCountFromTheNearestNonPackageFolder() {
    let resolver = PythonModuleResolver(files: files)
    #expect(resolver.resolve("app.models", from: "main.py") == "app/models.py")
    #expect(resolver.resolve("app.core", from: "main.py") == "app/core/__init__.py")
    #expect(resolver.resolve("pkg.mod", from: "main.py") == "src/pkg/mod.py")
    #expect(resolver.resolve("tool", from: "scripts/other.py") == "scripts/tool.py")
    #expect(resolver.resolve("os.path", from: "main.py") == nil)
  }

  @Test func relativeImportsClimbFromTheImportingPackage() {
    let resolver = PythonModuleResolver(files: files)
    #expect(resolver.resolve(".repo", from: "app/core/__init__.py") == "app/core/repo.py")
    #expect(resolver.resolve("..models", from: "app/core/repo.py") == "app/models.py")
    #expect(resolver.resolve(".", from: "app/models.py") == "app/__init__.py")
    #expect(resolver.resolve("..", from: "app/core/repo.py") == "app/__init__.py")
    #expect(resolver.submoduleSpecifier(".", name: "models") == ".models")
    #expect(resolver.submoduleSpecifier("app", name: "models") == "app.models")
  }
}
