import LatticeModel

/// `imports` edges from each import (or the file, for re-exports and side-effect imports) to
/// the definition or module it brings in. Imports of packages outside the project bind nothing.
enum ImportPass {
  static func run(_ files: [FileFacts], _ index: ProjectIndex, _ binder: Binder, into output: inout PassOutput) {
    for file in files {
      let fileKey = SymbolKey.file(file.path, language: file.language)
      let importSymbols = Dictionary(
        file.symbols.filter { $0.kind == .import }.map { ($0.name, $0.key) }, uniquingKeysWith: { a, _ in a })
      for binding in file.imports {
        let target: SymbolKey
        switch binder.resolveImport(binding) {
        case .symbol(let symbol): target = symbol.key
        case .module(let module):
          guard let language = index.facts[module]?.language else { continue }
          target = SymbolKey.file(module, language: language)
        case .ambiguous, .external, .notFound, .untypedReceiver: continue
        }
        let source = binding.localName.flatMap { importSymbols[$0] } ?? fileKey
        output.edges.append(
          Edge(
            source: source, target: target, kind: .imports, file: file.path, position: binding.position,
            provenance: .syntax, confidence: 1))
      }
    }
  }
}
