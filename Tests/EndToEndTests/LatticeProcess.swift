import Foundation

/// Runs the built `lattice` binary the way a user does, capturing its output and exit code.
struct LatticeProcess {
  struct Output {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  /// The binary beside the test bundle (SwiftPM builds it because this target depends on it),
  /// or `LATTICE_BINARY` when set.
  static var binary: URL {
    if let path = ProcessInfo.processInfo.environment["LATTICE_BINARY"] { return URL(fileURLWithPath: path) }
    let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var folder = testBinary.deletingLastPathComponent()
    // On macOS the tests live inside an .xctest bundle; step out of it.
    while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS"
      || folder.lastPathComponent == "Contents"
    {
      folder = folder.deletingLastPathComponent()
    }
    return folder.appendingPathComponent("lattice")
  }

  static func run(
    _ arguments: [String], in directory: URL, input: String? = nil, environment: [String: String] = [:]
  ) throws -> Output {
    let process = Process()
    if !environment.isEmpty {
      process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    }
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    process.standardInput = stdin
    try process.run()
    stdin.fileHandleForWriting.write(Data((input ?? "").utf8))
    try stdin.fileHandleForWriting.close()
    // Read before waiting, so a large output cannot fill the pipe and block the child.
    let stdout = out.fileHandleForReading.readDataToEndOfFile()
    let stderr = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Output(
      stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
      status: process.terminationStatus)
  }

  static func start(_ arguments: [String], in directory: URL) throws -> Process {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }
}

/// A fixture repository copied to a temporary folder (so the source tree gets no `.lattice/`).
struct FixtureCopy {
  let root: URL

  static var fixtures: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Fixtures")
  }

  init(_ name: String) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("lattice-e2e-\(name)-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(name), to: root)
  }

  init(empty: Void) throws {
    root = FileManager.default.temporaryDirectory.appendingPathComponent("lattice-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  func remove() { try? FileManager.default.removeItem(at: root) }
}
