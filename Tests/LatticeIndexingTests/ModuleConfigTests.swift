import LatticeModel
import Testing

@testable import LatticeIndexing

/// Project configuration that names modules: go.mod, Package.swift, composer.json.
@Suite struct ModuleConfigTests {
  @Test func goModReadsTheModulePath() {
    let aliases = ModuleConfigReader.goModule("// x\nmodule example.com/shop\n\ngo 1.21\n", path: "svc/go.mod")
    #expect(aliases?.scheme == .goModule)
    #expect(aliases?.paths == [.init(pattern: "example.com/shop", targets: ["svc"])])
  }

  @Test func packageSwiftTargetsWithAndWithoutPaths() {
    let manifest = """
      let package = Package(name: "X", targets: [
        .target(name: "Core", dependencies: [.product(name: "NIO", package: "swift-nio")], path: "Code/Core"),
        .executableTarget(name: "Tool", dependencies: ["Core"]),
        .testTarget(name: "CoreTests", dependencies: ["Core"]),
      ])
      """
    let aliases = ModuleConfigReader.swiftPackage(manifest, path: "Package.swift")
    #expect(
      aliases?.paths == [
        .init(pattern: "Core", targets: ["Code/Core"]), .init(pattern: "Tool", targets: ["Sources/Tool"]),
        .init(pattern: "CoreTests", targets: ["Tests/CoreTests"]),
      ])
  }

  @Test func composerPsr4Prefixes() {
    let json = #"{"autoload": {"psr-4": {"App\\": "src/"}}, "autoload-dev": {"psr-4": {"Tests\\": ["tests/"]}}}"#
    let aliases = ModuleConfigReader.composer(json, path: "composer.json")
    #expect(
      aliases?.paths == [.init(pattern: "App\\", targets: ["src"]), .init(pattern: "Tests\\", targets: ["tests"])])
  }
}
