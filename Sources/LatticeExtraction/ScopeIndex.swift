import LatticeModel

/// Answers "which definition encloses this byte?" for one file's definitions.
/// Invariant: `symbols` are sorted by start byte, outer before inner, and nest properly.
struct ScopeIndex {
  private let symbols: [Symbol]
  private let byKey: [SymbolKey: Symbol]

  init(symbols: [Symbol], fileKey: SymbolKey) {
    self.symbols = symbols
    byKey = Dictionary(symbols.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The innermost definition whose span contains `byte`.
  func innermost(containing byte: Int) -> Symbol? {
    // The last definition starting at or before `byte`, then up its parents until one contains it.
    var low = 0
    var high = symbols.count
    while low < high {
      let mid = (low + high) / 2
      if symbols[mid].span.startByte <= byte { low = mid + 1 } else { high = mid }
    }
    guard low > 0 else { return nil }
    var candidate: Symbol? = symbols[low - 1]
    while let current = candidate, !current.span.contains(byte: byte) {
      candidate = current.parentKey.flatMap { byKey[$0] }
    }
    return candidate
  }

  /// The innermost class-like definition containing `byte` (where `this.x` bindings live).
  func enclosingType(containing byte: Int) -> Symbol? {
    var candidate = innermost(containing: byte)
    while let current = candidate, !current.kind.isTypeLike {
      candidate = current.parentKey.flatMap { byKey[$0] }
    }
    return candidate
  }
}
