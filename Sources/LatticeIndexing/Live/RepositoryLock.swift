import Foundation

/// The right to write a repository's index: an exclusive `flock` on `.lattice/owner.lock`.
/// Several `lattice serve --mcp` processes (one per agent session) agree on one writer this way;
/// the kernel releases the lock when its holder exits, even by a crash, so another can take over.
/// Invariant: while an instance lives, this process holds the lock.
public final class RepositoryLock: @unchecked Sendable {
  // @unchecked: the descriptor is written once in init and only closed in deinit.
  private let descriptor: Int32

  private init(descriptor: Int32) { self.descriptor = descriptor }

  deinit { close(descriptor) }

  /// The lock, or nil when another process holds it.
  public static func tryAcquire(root: URL) -> RepositoryLock? {
    let folder = root.appendingPathComponent(".lattice")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("owner.lock").path
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { return nil }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      close(descriptor)
      return nil
    }
    // The owner's pid, for people reading the folder; the lock itself is what counts.
    let pid = "\(getpid())\n"
    _ = ftruncate(descriptor, 0)
    _ = pid.withCString { pwrite(descriptor, $0, strlen($0), 0) }
    return RepositoryLock(descriptor: descriptor)
  }
}
