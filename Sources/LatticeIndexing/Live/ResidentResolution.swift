import Foundation
import LatticeResolution

/// The resolution session of a long-lived indexer (`lattice watch`, `serve --mcp`), kept between
/// runs so that a one-file edit neither reads every definition back nor rebuilds the lookup tables:
/// the edited files' definitions replace their old ones in place (`ResolutionSession.replace`).
///
/// Valid only for the facts it was built from: `generation` is the `meta.facts_generation` the run
/// that last updated it wrote at its end. A run that finds another value (another process indexed)
/// or ends early (its facts are half written) discards it. It holds every definition, which is what
/// a whole resolution holds at its peak anyway (`docs/benchmarks.md`).
public final class ResidentResolution: @unchecked Sendable {
  private let lock = NSLock()
  private var session: ResolutionSession?
  private var generation: String?

  public init() {}

  /// The session, if it was built from the facts of `generation`; otherwise none.
  func session(for generation: String?) -> ResolutionSession? {
    lock.withLock {
      if !matches(generation) { session = nil }
      // Until the run ends, its writes may leave the session behind the stored facts.
      self.generation = nil
      return session
    }
  }

  /// Whether a session matching the facts of `generation` is kept.
  func holdsSession(for generation: String?) -> Bool {
    lock.withLock { session != nil && matches(generation) }
  }

  /// Whether the kept session was built from the facts of `generation` (call with the lock held).
  private func matches(_ generation: String?) -> Bool { generation != nil && self.generation == generation }

  /// Keeps `session` (nil: none) as matching the facts of `generation`.
  func keep(_ session: ResolutionSession?, generation: String?) {
    lock.withLock {
      self.session = session
      self.generation = generation
    }
  }
}
