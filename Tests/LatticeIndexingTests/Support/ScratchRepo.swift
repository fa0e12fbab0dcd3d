import Foundation
import LatticeIndexing
import LatticeModel
import LatticeStore

/// A throwaway repository in a temporary folder, written file by file from a test.
struct ScratchRepo {
  let root: URL

  init() throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("lattice-scratch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  /// A copy of an existing folder (a fixture).
  init(copying folder: URL) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("lattice-scratch-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: folder, to: root)
  }

  func read(_ path: String) throws -> String {
    try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
  }

  func write(_ path: String, _ text: String) throws { try write(path, Data(text.utf8)) }

  func write(_ path: String, _ data: Data) throws {
    let url = root.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try data.write(to: url)
  }

  func remove(_ path: String) throws { try FileManager.default.removeItem(at: root.appendingPathComponent(path)) }

  func move(_ from: String, _ to: String) throws {
    try FileManager.default.moveItem(at: root.appendingPathComponent(from), to: root.appendingPathComponent(to))
  }

  @discardableResult
  func index(
    only paths: Set<String>? = nil, resolutionChunkFiles: Int = 1000, resident: ResidentResolution? = nil
  ) async throws -> IndexSummary {
    try await Indexer(options: IndexOptions(root: root, resolutionChunkFiles: resolutionChunkFiles), resident: resident)
      .run(only: paths)
  }

  func store() throws -> IndexStore {
    try IndexStore(path: root.appendingPathComponent(".lattice/index.db").path, create: false)
  }

  /// The whole graph as sorted text lines, for comparing two indexes.
  func graphDump() throws -> [String] {
    let store = try store()
    let symbols = try store.allSymbols().map {
      "S \($0.key) \($0.span.start.line) \($0.signature) \($0.parentKey?.rawValue ?? "-")"
    }
    let edges = try store.allEdges().map {
      "E \($0.source) \($0.kind.rawValue) \($0.target) \($0.file):\($0.position.line):\($0.position.column) \($0.provenance.rawValue)"
    }
    let unresolved = try store.allUnresolved().map {
      "U \($0.reference.file):\($0.reference.position.line) \($0.reference.name) \($0.reason.rawValue) \($0.candidates.count)"
    }
    return symbols + edges + unresolved
  }

  /// A copy of the current tree, indexed from nothing.
  func freshIndexDump() async throws -> [String] {
    let copy = ScratchRepo.Copy(of: self)
    defer { copy.remove() }
    try await copy.repo.index()
    return try copy.repo.graphDump()
  }

  /// The lines only this index has (`+`) or only a fresh index of the same tree has (`-`).
  func differenceFromFreshIndex() async throws -> [String] {
    let mine = Set(try graphDump())
    let fresh = Set(try await freshIndexDump())
    return (mine.subtracting(fresh).map { "+ \($0)" } + fresh.subtracting(mine).map { "- \($0)" }).sorted()
  }

  struct Copy {
    let repo: ScratchRepo
    init(of original: ScratchRepo) {
      let root = FileManager.default.temporaryDirectory.appendingPathComponent("lattice-copy-\(UUID().uuidString)")
      try? FileManager.default.copyItem(at: original.root, to: root)
      try? FileManager.default.removeItem(at: root.appendingPathComponent(".lattice"))
      repo = ScratchRepo(root: root)
    }
    func remove() { try? FileManager.default.removeItem(at: repo.root) }
  }

  private init(root: URL) { self.root = root }

  func delete() { try? FileManager.default.removeItem(at: root) }
}
