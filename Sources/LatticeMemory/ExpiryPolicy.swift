import Foundation

/// When facts of each modality stop being trustworthy on their own.
///
/// Invariants: a modality missing from `lifetimes` never expires by time; a fact expires at exactly
/// `created + lifetime` (the instant itself counts as expired). Modalities in `expiresWhenSuperseded` end as
/// `expired` rather than `superseded` once superseded: for a question, being superseded means being answered,
/// and an answered question is no longer open.
public struct ExpiryPolicy: Sendable, Equatable {
  /// Seconds from creation to expiry, per modality.
  public var lifetimes: [Modality: TimeInterval]
  /// Modalities whose supersession counts as their end of life.
  public var expiresWhenSuperseded: Set<Modality>

  public init(lifetimes: [Modality: TimeInterval], expiresWhenSuperseded: Set<Modality> = [.question]) {
    self.lifetimes = lifetimes
    self.expiresWhenSuperseded = expiresWhenSuperseded
  }

  /// Observations go stale in a week, hypotheses in two; questions live until answered; decisions and the
  /// options weighed against them never expire (they are history, superseded or retracted explicitly).
  public static let `default` = ExpiryPolicy(
    lifetimes: [.observation: 7 * 86_400, .hypothesis: 14 * 86_400],
    expiresWhenSuperseded: [.question]
  )

  /// The instant a fact of `modality` created at `createdAt` expires, or nil when it never expires by time.
  public func expiry(for modality: Modality, createdAt: Date) -> Date? {
    lifetimes[modality].map { createdAt.addingTimeInterval($0) }
  }
}
