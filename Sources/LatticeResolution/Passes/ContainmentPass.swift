import LatticeModel

/// `contains` edges from a definition's parent to it, where the parent is not the one its facts name:
/// a member declared outside its type's file (`@owner`: a Swift extension, a Go method) belongs to
/// the type resolution found for it. Every other containment is the stored `parent_key` already,
/// and as edges it was 40% of the kernel's graph, read by no query.
enum ContainmentPass {
  static func run(_ files: [FileFacts], _ index: ProjectIndex, into output: inout PassOutput) {
    for file in files {
      for symbol in file.symbols where symbol.kind != .file && symbol.kind != .import {
        guard let written = symbol.parentKey else { continue }
        let parent = index.canonical(written)
        guard parent != written else { continue }
        output.edges.append(
          Edge(
            source: parent, target: symbol.key, kind: .contains, file: symbol.file,
            position: symbol.span.start,
            provenance: .syntax, confidence: 1))
      }
    }
  }
}
