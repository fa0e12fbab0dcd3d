import LatticeModel

/// A captured node, copied out of the tree so it outlives it.
struct CapturedNode: Hashable, Sendable {
  var startByte: Int
  var endByte: Int
  /// `endByte` without trailing comments attached to the node.
  var contentEndByte: Int
  var start: SourcePosition
  var end: SourcePosition
  /// Where the declaration head ends (the start of its body), for signatures.
  var headEndByte: Int

  var span: SourceSpan { SourceSpan(start: start, end: end, startByte: startByte, endByte: endByte) }
}

/// One query match with its captures, predicates already applied.
struct SyntaxMatch: Sendable {
  var patternIndex: Int
  var captures: [(role: CaptureRole, node: CapturedNode)]

  func first(_ role: CaptureRole) -> CapturedNode? { captures.first { $0.role == role }?.node }
  func all(_ role: CaptureRole) -> [CapturedNode] { captures.filter { $0.role == role }.map(\.node) }
}
