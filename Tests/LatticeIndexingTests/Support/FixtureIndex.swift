import Foundation
import LatticeIndexing
import LatticeModel
import LatticeStore

/// A fixture repository copied to a temporary folder and indexed there, so the source tree
/// never gets a `.lattice/` folder.
struct FixtureIndex {
  let root: URL
  let store: IndexStore
  let summary: IndexSummary

  /// Every language fixture: the folders of Tests/Fixtures except the agent-config ones.
  static let languageFixtures: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: fixturesFolder.path)) ?? []
    return names.filter { !$0.hasPrefix("agent-") && !$0.contains(".") }.sorted()
  }()

  static var fixturesFolder: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Fixtures")
  }

  static func build(_ name: String) async throws -> FixtureIndex {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "lattice-fixture-\(name)-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: fixturesFolder.appendingPathComponent(name), to: root)
    let summary = try await Indexer(options: IndexOptions(root: root)).run()
    let store = try IndexStore(path: root.appendingPathComponent(".lattice/index.db").path, create: false)
    return FixtureIndex(root: root, store: store, summary: summary)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}
