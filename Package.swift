// swift-tools-version:6.1
// Lattice: a code-intelligence engine for coding agents.
// Targets are ordered bottom-up; each layer may import only the layers listed in docs/modules.md.
import PackageDescription

/// The tree-sitter grammars compiled from the sources scripts/setup-tree-sitter.sh lays out in
/// ThirdParty/grammars/<folder>/ (folder names as in tree-sitter-language-pack), and whether each has
/// an external scanner. All are linked statically into one C target.
let grammars: [(folder: String, scanner: Bool)] = [
  ("typescript", true), ("tsx", true), ("javascript", true), ("python", true), ("go", false), ("rust", true),
  ("java", false), ("kotlin", true), ("scala", true), ("c", false), ("cpp", true), ("objc", false),
  ("c_sharp", true), ("swift", true), ("ruby", true), ("php", true), ("lua", true), ("bash", true),
  ("dart", true), ("elixir", true), ("zig", false), ("haskell", true), ("ocaml", true), ("r", true),
  ("julia", true), ("erlang", true), ("solidity", false), ("markdown", true),
]

let package = Package(
  name: "Lattice",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "lattice", targets: ["lattice"])
  ],
  dependencies: [
    .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    .package(url: "https://github.com/modelcontextprotocol/swift-sdk", exact: "0.12.1"),
    // The MCP SDK's own logging dependency: a transport must name its Logger type.
    .package(url: "https://github.com/apple/swift-log.git", exact: "1.16.2"),
  ],
  targets: [
    // Value types shared by every layer.
    .target(name: "LatticeModel"),

    // tree-sitter runtime and grammars (C, fetched by the setup script, never committed).
    .target(
      name: "TreeSitterCore",
      path: "ThirdParty/tree-sitter",
      sources: ["src/lib.c"],
      publicHeadersPath: "include",
      cSettings: [.headerSearchPath("src"), .unsafeFlags(["-w", "-O2"])]
    ),
    .target(
      name: "TreeSitterGrammars",
      path: "ThirdParty/grammars",
      sources: grammars.flatMap { grammar in
        ["\(grammar.folder)/src/parser.c"] + (grammar.scanner ? ["\(grammar.folder)/src/scanner.c"] : [])
      },
      publicHeadersPath: "include",
      // Debug builds define DEBUG, which turns on some scanners' stderr tracing (Scala's): undefine it.
      cSettings: [.unsafeFlags(["-w", "-O2", "-UDEBUG"])]
    ),

    // Parsing and capture mapping: the only layer that sees tree-sitter.
    .target(
      name: "LatticeExtraction",
      dependencies: [
        "LatticeModel", "TreeSitterCore", "TreeSitterGrammars",
      ],
      exclude: ["Languages/Queries"],
      plugins: ["EmbedQueries"]
    ),
    // Build-time: query files → Swift constants (so the binary needs no resource bundle).
    .executableTarget(name: "EmbedQueriesTool"),
    .plugin(name: "EmbedQueries", capability: .buildTool(), dependencies: ["EmbedQueriesTool"]),
    // Cross-file binding passes over extracted facts.
    .target(name: "LatticeResolution", dependencies: ["LatticeModel"]),
    // The only GRDB user.
    .target(
      name: "LatticeStore",
      dependencies: ["LatticeModel", .product(name: "GRDB", package: "GRDB.swift")]
    ),
    // File watching: inotify on Linux, a polling fallback; no knowledge of the index.
    .target(name: "LatticeWatch", dependencies: ["LatticeModel"]),
    // Discovery, the parallel pipeline, incremental updates, the live (watched) index.
    .target(
      name: "LatticeIndexing",
      dependencies: ["LatticeModel", "LatticeExtraction", "LatticeResolution", "LatticeStore", "LatticeWatch"]
    ),
    // Read-only questions over the store.
    .target(name: "LatticeQuery", dependencies: ["LatticeModel", "LatticeStore"]),
    // The MCP server: one file per tool; the only layer that sees the MCP SDK.
    .target(
      name: "LatticeMCP",
      dependencies: [
        "LatticeModel", "LatticeQuery", "LatticeIndexing", "LatticeMemory", .product(name: "MCP", package: "swift-sdk"),
        .product(name: "Logging", package: "swift-log"),
      ]
    ),
    // Agent memory: verbatim facts in files, anchored to symbols, flagged when the code changes.
    .target(name: "LatticeMemory", dependencies: ["LatticeModel", "LatticeStore"]),
    // Registers the MCP server with coding agents: one file per agent, format-preserving editors.
    .target(name: "LatticeInstall", dependencies: ["LatticeModel"]),
    // The command-line tool: one file per command.
    .executableTarget(
      name: "lattice",
      dependencies: [
        "LatticeModel", "LatticeIndexing", "LatticeQuery", "LatticeMCP", "LatticeInstall", "LatticeMemory",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),

    .testTarget(name: "LatticeExtractionTests", dependencies: ["LatticeExtraction", "LatticeModel"]),
    .testTarget(name: "LatticeResolutionTests", dependencies: ["LatticeResolution", "LatticeModel"]),
    .testTarget(
      name: "LatticeIndexingTests",
      dependencies: ["LatticeIndexing", "LatticeExtraction", "LatticeQuery", "LatticeStore", "LatticeModel"]
    ),
    .testTarget(name: "LatticeInstallTests", dependencies: ["LatticeInstall"], exclude: ["Golden"]),
    .testTarget(name: "LatticeWatchTests", dependencies: ["LatticeWatch"]),
    .testTarget(name: "LatticeMemoryTests", dependencies: ["LatticeMemory", "LatticeIndexing", "LatticeStore"]),
    .testTarget(name: "EndToEndTests", dependencies: ["lattice"], exclude: ["Golden"]),
  ],
  swiftLanguageModes: [.v6]
)
