/// A query that cannot be answered as asked; the message says what to do instead.
public enum QueryError: Error, CustomStringConvertible {
  case symbolNotFound(String)
  case ambiguous(String, candidates: [SymbolRecord])
  case badLocation(String)

  public var description: String {
    switch self {
    case .symbolNotFound(let spec):
      "no symbol matches '\(spec)'; try `lattice query \(spec)` to search"
    case .ambiguous(let spec, let candidates):
      "'\(spec)' names \(candidates.count) symbols; pass a qualified name or FILE:LINE"
    case .badLocation(let spec):
      "cannot read location '\(spec)'; expected FILE:LINE or FILE:LINE:COL"
    }
  }
}
