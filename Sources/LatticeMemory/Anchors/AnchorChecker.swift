import Foundation
import LatticeModel
import LatticeStore

/// Captures anchors from the index when a fact is written, and tells later whether the code they
/// point at changed. A symbol anchor records the signature and body hashes and the callers; when
/// its key is gone, a symbol of the same kind in the same file with exactly the same callers is
/// taken as the renamed symbol (a rename seen through the graph) and the anchor moves to it.
public struct AnchorChecker: Sendable {
  let store: IndexStore
  let root: URL

  public init(root: URL) throws {
    self.root = root
    store = try IndexStore(path: root.appendingPathComponent(".lattice/index.db").path, create: false)
  }

  /// What changed for one anchor; `moved` is set when a rename was followed.
  public struct Verdict: Sendable, Equatable {
    public var changes: [String]
    public var moved: Anchor?
  }

  // MARK: Writing

  public func anchor(symbol: Symbol) throws -> Anchor {
    .symbol(
      key: symbol.key.rawValue, signatureHash: ContentHash.of(symbol.signature), bodyHash: symbol.bodyHash,
      callers: try callers(of: symbol.key))
  }

  public func anchor(file: String, startLine: Int, endLine: Int) throws -> Anchor {
    guard let hash = try rangeHash(file: file, startLine: startLine, endLine: endLine) else {
      throw MemoryError.invalidFact("\(file):\(startLine)-\(endLine) is not a readable range of a repository file")
    }
    return .fileRange(file: file, startLine: startLine, endLine: endLine, contentHash: hash)
  }

  // MARK: Checking

  public func check(_ anchor: Anchor) throws -> Verdict {
    switch anchor {
    case .symbol(let key, let signatureHash, let bodyHash, let callers):
      guard let current = try store.symbol(key: SymbolKey(rawValue: key)) else {
        if let renamed = try renamed(key: key, callers: callers) {
          return Verdict(
            changes: ["\(displayName(key)) was renamed to \(renamed.qualifiedName)"],
            moved: try self.anchor(symbol: renamed))
        }
        return Verdict(changes: ["\(displayName(key)) was deleted"], moved: nil)
      }
      var changes: [String] = []
      if ContentHash.of(current.signature) != signatureHash {
        changes.append("signature of \(current.qualifiedName) changed: now `\(current.signature)`")
      }
      if current.bodyHash != bodyHash { changes.append("body of \(current.qualifiedName) changed") }
      return Verdict(changes: changes, moved: nil)
    case .fileRange(let file, let startLine, let endLine, let contentHash):
      guard let hash = try rangeHash(file: file, startLine: startLine, endLine: endLine) else {
        return Verdict(changes: ["\(file):\(startLine)-\(endLine) no longer exists"], moved: nil)
      }
      return Verdict(
        changes: hash == contentHash ? [] : ["lines \(startLine)-\(endLine) of \(file) changed"], moved: nil)
    }
  }

  private func callers(of key: SymbolKey) throws -> [String] {
    Set(try store.edges(to: key, kinds: [.calls, .instantiates]).map(\.source.rawValue)).sorted()
  }

  /// The one symbol of the anchor's kind in the anchor's file that has exactly its recorded callers.
  private func renamed(key: String, callers: [String]) throws -> Symbol? {
    guard !callers.isEmpty, let hash = key.firstIndex(of: "#"), let colon = key.firstIndex(of: ":") else { return nil }
    let file = String(key[key.index(after: colon)..<hash])
    let kind = key[key.index(after: hash)...].prefix { $0 != ":" }
    let candidates = try store.symbols(inFile: file).filter { $0.kind.rawValue == kind }
    let matches = try candidates.filter { try self.callers(of: $0.key) == callers }
    return matches.count == 1 ? matches[0] : nil
  }

  private func rangeHash(file: String, startLine: Int, endLine: Int) throws -> String? {
    guard !file.hasPrefix("/"), !file.split(separator: "/").contains(".."),
      let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
    else { return nil }
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard startLine >= 1, endLine <= lines.count, startLine <= endLine else { return nil }
    return ContentHash.of(lines[(startLine - 1)..<endLine].joined(separator: "\n"))
  }

  private func displayName(_ key: String) -> String {
    key.split(separator: ":", maxSplits: 2).last.map(String.init) ?? key
  }
}
