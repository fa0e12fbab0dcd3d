import Foundation

/// What kind of statement a fact is; decides how long it stays trustworthy (see `ExpiryPolicy`).
public enum Modality: String, Codable, Sendable, CaseIterable {
  case decision
  case optionConsidered = "option_considered"
  case hypothesis
  case question
  case observation
}

/// Where a fact is in its life. Stored statuses change only through `FactStore`; `expired` is usually derived
/// (see `Fact.effectiveStatus`) rather than stored.
public enum FactStatus: String, Codable, Sendable, CaseIterable {
  case active
  /// Something it is anchored to changed; `Fact.revalidation` says what.
  case needsRevalidation = "needs_revalidation"
  case superseded
  case retracted
  case expired
}

/// What a fact is about, with the hashes the caller recorded at write time so a later reader can tell whether
/// the code moved under it. The store never computes or checks hashes: it keeps what it is given.
///
/// Invariants (checked on write and on parse): keys, paths and hashes are non-empty; lines are 1-based with
/// `startLine <= endLine`.
public enum Anchor: Codable, Sendable, Equatable, Hashable {
  /// A symbol by its Lattice key, e.g. `typescript:src/context.ts#method:Context.header`, and its callers' keys.
  case symbol(key: String, signatureHash: String, bodyHash: String, callers: [String])
  /// An inclusive range of lines in a repository-relative file.
  case fileRange(file: String, startLine: Int, endLine: Int, contentHash: String)

  func validate() throws {
    switch self {
    case .symbol(let key, let signatureHash, let bodyHash, let callers):
      guard !key.isEmpty else { throw MemoryError.invalidFact("symbol anchor with an empty key") }
      guard !signatureHash.isEmpty, !bodyHash.isEmpty else {
        throw MemoryError.invalidFact("symbol anchor \(key) needs signature_hash and body_hash")
      }
      guard !callers.contains(where: \.isEmpty) else {
        throw MemoryError.invalidFact("symbol anchor \(key) lists an empty caller key")
      }
    case .fileRange(let file, let startLine, let endLine, let contentHash):
      guard !file.isEmpty else { throw MemoryError.invalidFact("file anchor with an empty path") }
      guard startLine >= 1, startLine <= endLine else {
        throw MemoryError.invalidFact("file anchor \(file): lines \(startLine)-\(endLine) are not 1-based ascending")
      }
      guard !contentHash.isEmpty else { throw MemoryError.invalidFact("file anchor \(file) needs content_hash") }
    }
  }
}

/// Who wrote a fact, from where, and when.
///
/// Invariant: `created` is whole seconds (the store truncates), so it survives the file format exactly.
public struct Provenance: Codable, Sendable, Equatable {
  public var author: String
  public var session: String?
  public var toolCall: String?
  public var created: Date
  /// The repository's HEAD commit when the fact was written, when known.
  public var gitHead: String?

  public init(author: String, session: String? = nil, toolCall: String? = nil, created: Date, gitHead: String? = nil) {
    self.author = author
    self.session = session
    self.toolCall = toolCall
    self.created = created
    self.gitHead = gitHead
  }
}

/// One thing an agent chose to remember, verbatim.
///
/// Invariants: `body` is exactly the bytes the writer gave and is never rewritten (the property is `let`, so
/// `FactStore.update` cannot touch it, nor the id, modality, confidence, provenance, expiry or `supersedes`);
/// `anchors` is empty exactly when the fact is unanchored; `confidence`, when present, is in 0…1; `expires` is
/// what the writing store's policy said at write time (informational: `effectiveStatus` asks the policy it is
/// given, so a reconfigured policy applies to old facts too).
public struct Fact: Codable, Sendable, Equatable, Identifiable {
  /// `yyyyMMdd'T'HHmmss'Z'-xxxxxx`: sorts by creation time; also the file name (`<id>.md`).
  public let id: String
  public let body: String
  public let modality: Modality
  public var status: FactStatus
  /// The writer's own confidence, as stated; never recomputed.
  public let confidence: Double?
  public let provenance: Provenance
  public let expires: Date?
  /// Facts this one replaces (newest link of a chain first is not implied: order is as written).
  public let supersedes: [String]
  public var supersededBy: String?
  /// What changed, when `status` is `needsRevalidation`.
  public var revalidation: String?
  public var anchors: [Anchor]
  /// When the store last changed this fact's status or links; nil for a fact never updated.
  public internal(set) var updated: Date?

  init(
    id: String, body: String, modality: Modality, status: FactStatus = .active, confidence: Double? = nil,
    provenance: Provenance, expires: Date?, supersedes: [String] = [], supersededBy: String? = nil,
    revalidation: String? = nil, anchors: [Anchor], updated: Date? = nil
  ) {
    self.id = id
    self.body = body
    self.modality = modality
    self.status = status
    self.confidence = confidence
    self.provenance = provenance
    self.expires = expires
    self.supersedes = supersedes
    self.supersededBy = supersededBy
    self.revalidation = revalidation
    self.anchors = anchors
    self.updated = updated
  }

  public var isUnanchored: Bool { anchors.isEmpty }

  /// The status a reader should act on at `now`: a still-live fact (active or needs_revalidation) past its
  /// policy expiry is `expired`, and so is a superseded fact of a modality that ends when superseded (an
  /// answered question). Everything else is the stored status.
  public func effectiveStatus(now: Date, policy: ExpiryPolicy = .default) -> FactStatus {
    switch status {
    case .active, .needsRevalidation:
      if let deadline = policy.expiry(for: modality, createdAt: provenance.created), now >= deadline {
        return .expired
      }
      return status
    case .superseded where policy.expiresWhenSuperseded.contains(modality):
      return .expired
    case .superseded, .retracted, .expired:
      return status
    }
  }

  /// Checks the invariants a stored fact must keep (shared by writes, updates and the parser).
  func validate() throws {
    if let confidence, !(0...1).contains(confidence) {
      throw MemoryError.invalidFact("confidence \(confidence) is outside 0…1")
    }
    guard !provenance.author.isEmpty else { throw MemoryError.invalidFact("author is empty") }
    for anchor in anchors { try anchor.validate() }
  }
}
