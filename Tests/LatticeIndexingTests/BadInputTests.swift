import Foundation
import LatticeModel
import Testing

/// Files that cannot be parsed are skipped with a reason; the run completes and loses nothing else.
@Suite struct BadInputTests {
  @Test func unparsableFilesAreSkippedWithAReason() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("good.py", "def fine():\n    pass\n")
    try repo.write("binary.py", Data([0x64, 0x65, 0x66, 0x00, 0x01, 0x02]))
    try repo.write("latin1.py", Data("x = 'caf".utf8) + Data([0xE9]) + Data("'\n".utf8))
    try repo.write("bundle.js", String(repeating: "var a=1;", count: 4000))
    try repo.write("lib/app.min.js", "function a(){}\n")
    try repo.write("huge.ts", String(repeating: "// filler line\n", count: 200_000))
    try FileManager.default.createSymbolicLink(
      atPath: repo.root.appendingPathComponent("loop.py").path, withDestinationPath: "loop2.py")
    try FileManager.default.createSymbolicLink(
      atPath: repo.root.appendingPathComponent("loop2.py").path, withDestinationPath: "loop.py")
    try FileManager.default.createSymbolicLink(
      atPath: repo.root.appendingPathComponent("dangling.py").path, withDestinationPath: "missing.py")
    try FileManager.default.createSymbolicLink(
      atPath: repo.root.appendingPathComponent("cycle").path, withDestinationPath: ".")

    let summary = try await repo.index()
    #expect(summary.filesParsed == 1)
    #expect(
      summary.skipped == [
        "binary": 1, "not_utf8": 1, "minified": 2, "too_large": 1, "symlink_loop": 2, "unreadable": 1,
      ])
    #expect(try repo.store().symbols(named: "fine").count == 1)
  }

  // Root reads everything, so the permission case can only be observed as another user.
  @Test(.enabled(if: geteuid() != 0, "running as root: file permissions do not apply"))
  func unreadableFileIsSkippedWhenPermissionsApply() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write("secret.py", "x = 1\n")
    chmod(repo.root.appendingPathComponent("secret.py").path, 0)
    let summary = try await repo.index()
    #expect(summary.skipped == ["unreadable": 1])
  }

  @Test func ignoredFoldersAndGitignoreAreHonoured() async throws {
    let repo = try ScratchRepo()
    defer { repo.delete() }
    try repo.write(".gitignore", "generated/\n*.gen.ts\n!keep.gen.ts\n")
    try repo.write("src/a.ts", "export const a = 1;\n")
    try repo.write("src/x.gen.ts", "export const x = 1;\n")
    try repo.write("src/keep.gen.ts", "export const k = 1;\n")
    try repo.write("generated/g.ts", "export const g = 1;\n")
    try repo.write("node_modules/pkg/index.js", "module.exports = 1;\n")
    try repo.write("dist/out.js", "var o = 1;\n")
    let summary = try await repo.index()
    #expect(summary.filesDiscovered == 2)
    let files = Set(try repo.store().fileStates().keys)
    #expect(files == ["src/a.ts", "src/keep.gen.ts"])
  }
}
