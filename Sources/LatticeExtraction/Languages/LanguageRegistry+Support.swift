import LatticeModel

extension LanguageRegistry {
  /// Languages with full depth (docs/languages.md): their own module system is resolved.
  private static let fullDepth: Set<Language> = [
    .typescript, .tsx, .javascript, .python, .go, .rust, .java, .kotlin, .scala, .c, .cpp, .csharp, .swift, .ruby,
    .php,
  ]

  /// What a language's query files make Lattice extract, read from their capture names.
  public static func support(of language: Language) -> LanguageSupport {
    let captures = queryFileNames(for: language).compactMap { EmbeddedQueries.files[$0] }.flatMap(captureNames)
    var symbolKinds: Set<SymbolKind> = [.file]
    var edgeKinds: Set<EdgeKind> = []
    var blindSpots: Set<BlindSpotKind> = []
    for capture in captures {
      switch CaptureRole(captureName: capture) {
      case .definition(let kind)?:
        symbolKinds.insert(kind)
        edgeKinds.insert(.contains)
      case .reference(let kind)?:
        switch kind {
        case .call: edgeKinds.insert(.calls)
        case .instantiate: edgeKinds.insert(.instantiates)
        case .type, .read: edgeKinds.insert(.references)
        case .extends: edgeKinds.insert(.extends)
        case .implements: edgeKinds.insert(.implements)
        case .route: edgeKinds.insert(.routes)
        }
      case .importSource?, .importPath?, .importModule?:
        edgeKinds.insert(.imports)
        symbolKinds.insert(.import)
      case .route?:
        symbolKinds.insert(.route)
        edgeKinds.insert(.routes)
      case .blindSpot(let kind)?: blindSpots.insert(kind)
      case .decorator?: blindSpots.insert(.decorator)
      default: break
      }
    }
    // A call that names a class instantiates it (`User()` in Python, Kotlin, Swift).
    if edgeKinds.contains(.calls), symbolKinds.contains(.class) { edgeKinds.insert(.instantiates) }
    // Go interfaces are satisfied structurally (StructuralPass), with no capture saying so.
    if language == .go { edgeKinds.insert(.implements) }
    let grammar = grammarSource(of: language)
    return LanguageSupport(
      language: language, extensions: fileExtensions(of: language), grammar: grammar,
      grammarABI: grammarABI(of: language),
      depth: grammar == nil ? .files : fullDepth.contains(language) ? .full : .breadth,
      symbolKinds: symbolKinds.sorted(), edgeKinds: edgeKinds.sorted(), blindSpots: blindSpots.sorted())
  }

  /// The capture names a query file uses (`@definition.class` → `definition.class`), comments skipped.
  private static func captureNames(_ query: String) -> [String] {
    var names: [String] = []
    for line in query.split(separator: "\n") {
      var inString = false
      var index = line.startIndex
      while index < line.endIndex {
        let char = line[index]
        if char == "\"" { inString.toggle() }
        if !inString, char == ";" { break }
        if !inString, char == "@" {
          let name = line[line.index(after: index)...].prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }
          if !name.isEmpty { names.append(String(name)) }
          index = line.index(index, offsetBy: name.count + 1)
          continue
        }
        index = line.index(after: index)
      }
    }
    return names
  }
}
