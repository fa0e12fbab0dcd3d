import Foundation
import LatticeModel
import Testing

/// The fixture repositories' marked expectations are the specification of extraction and
/// resolution: every call, instantiation and inheritance edge on a marked line must be marked,
/// every marker must be met, and `@unresolved` names must stay unbound.
// Serialized: 28 fixture indexes at once would hold every thread of the cooperative pool (2 here)
// and starve the time-bounded watcher tests running beside them.
@Suite(.serialized) struct FixtureMarkerTests {
  @Test(arguments: FixtureIndex.languageFixtures)
  func edgesMatchMarkers(fixture: String) async throws {
    let index = try await FixtureIndex.build(fixture)
    defer { index.remove() }
    let markers = try FixtureMarker.read(fixture: FixtureIndex.fixturesFolder.appendingPathComponent(fixture))
    #expect(!markers.isEmpty, "fixture \(fixture) has no markers")
    let symbols = Dictionary(try index.store.allSymbols().map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
    let edges = try index.store.allEdges()
    let unresolved = try index.store.allUnresolved()

    func describe(_ edge: Edge) -> String {
      let target = symbols[edge.target].map { "\($0.file)#\($0.qualifiedName)" } ?? edge.target.rawValue
      return "\(edge.file):\(edge.position.line) @\(edge.kind.rawValue) \(target)"
    }
    func matches(_ edge: Edge, _ marker: FixtureMarker) -> Bool {
      guard edge.file == marker.file, edge.position.line == marker.line, edge.kind.rawValue == marker.kind.rawValue,
        let target = symbols[edge.target]
      else { return false }
      let parts = FixtureMarker.splitTarget(marker.target)
      if parts.count == 2 {
        return target.file == parts[0]
          && (target.qualifiedName == parts[1] || (target.kind == .file && parts[1].isEmpty))
      }
      // A package import (Go, Java) names its directory.
      return target.qualifiedName == marker.target
        || (target.kind == .file
          && (target.file == marker.target || RepoPath.directory(of: target.file) == marker.target))
    }

    // Exact for the relations that matter most: no missing and no extra edges.
    let exactKinds: Set<FixtureMarker.Kind> = [.calls, .instantiates, .extends, .implements]
    let exactMarkers = markers.filter { exactKinds.contains($0.kind) }
    for marker in exactMarkers {
      #expect(edges.contains { matches($0, marker) }, "missing edge: \(marker)")
    }
    for edge in edges where [EdgeKind.calls, .instantiates, .extends, .implements].contains(edge.kind) {
      #expect(exactMarkers.contains { matches(edge, $0) }, "unexpected edge: \(describe(edge))")
    }
    // References and imports: every marker must be met (unmarked ones are allowed).
    for marker in markers where marker.kind == .references || marker.kind == .imports {
      #expect(edges.contains { matches($0, marker) }, "missing edge: \(marker)")
    }
    for marker in markers where marker.kind == .unresolved {
      let bound = edges.filter { edge in
        edge.file == marker.file && edge.position.line == marker.line && edge.kind != .contains
          && edge.kind != .imports && symbols[edge.target]?.name == marker.target
      }
      #expect(bound.isEmpty, "\(marker) was bound: \(bound.map(describe))")
      #expect(
        unresolved.contains {
          $0.reference.file == marker.file && $0.reference.position.line == marker.line
            && $0.reference.name == marker.target
        },
        "\(marker) is not in the unresolved table")
    }
    // Routes: a route symbol named `METHOD path` registered on the line, linked to its handler.
    for marker in markers where marker.kind == .route {
      let route = symbols.values.first {
        $0.kind == .route && $0.file == marker.file && $0.span.start.line == marker.line && $0.name == marker.target
      }
      #expect(route != nil, "missing route: \(marker)")
      guard let route, let handler = marker.symbolKind, handler != "-" else { continue }
      #expect(
        edges.contains { $0.source == route.key && $0.kind == .routes && symbols[$0.target]?.qualifiedName == handler },
        "route \(marker) does not reach \(handler)")
    }
    // Blind spots: `@blindspot KIND` — something of that kind recorded on the line, and decorated
    // definitions carry a decorator blind spot.
    let spots = try index.store.allBlindSpots()
    for marker in markers where marker.kind == .blindspot {
      #expect(
        spots.contains { $0.file == marker.file && $0.line == marker.line && $0.kind.rawValue == marker.target },
        "missing blind spot: \(marker)")
    }
    for symbol in symbols.values where !symbol.decorators.isEmpty {
      #expect(
        spots.contains { $0.symbolKey == symbol.key && $0.kind == .decorator }, "\(symbol.key) lacks its decorators")
    }
    // A `@def` sits on a line of the definition: its first, or its name's when attributes or a
    // C `typedef` put the name further down.
    for marker in markers where marker.kind == .def {
      #expect(
        symbols.values.contains {
          $0.file == marker.file && (($0.span.start.line)...($0.span.end.line)).contains(marker.line)
            && $0.kind.rawValue == marker.symbolKind
            && (FixtureMarker.splitTarget(marker.target).count == 2
              ? FixtureMarker.splitTarget(marker.target) == [$0.file, $0.qualifiedName]
              : $0.qualifiedName == marker.target)
        }, "missing definition: \(marker)")
    }
  }
}
