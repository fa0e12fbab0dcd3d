import LatticeModel

/// `contains` edges from each definition's parent (file, class, function) to it.
enum ContainmentPass {
  static func run(_ files: [FileFacts], _ index: ProjectIndex, into output: inout PassOutput) {
    for file in files {
      for symbol in file.symbols where symbol.kind != .file && symbol.kind != .import {
        guard let parent = symbol.parentKey else { continue }
        output.edges.append(
          Edge(
            source: index.canonical(parent), target: symbol.key, kind: .contains, file: symbol.file,
            position: symbol.span.start,
            provenance: .syntax, confidence: 1))
      }
    }
  }
}
