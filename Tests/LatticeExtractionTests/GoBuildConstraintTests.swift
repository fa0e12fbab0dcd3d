import LatticeModel
import Testing

@testable import LatticeExtraction

/// `//go:build` lines are evaluated for the default configuration: linux/amd64 with cgo, no custom
/// tags, a current toolchain.
@Suite struct GoBuildConstraintTests {
  private func excluded(_ header: String) -> Bool {
    GoBuildConstraint.excludesDefaultBuild(Array((header + "\npackage p\n").utf8))
  }

  @Test func customTagsAreOffAndTheirNegationsOn() {
    #expect(excluded("//go:build nomsgpack"))
    #expect(!excluded("//go:build !nomsgpack\n// +build !nomsgpack"))
    #expect(excluded("//go:build jsoniter || go_json"))
    #expect(!excluded("//go:build !jsoniter && !go_json"))
  }

  @Test func platformAndReleaseTagsAreThoseOfADefaultLinuxBuild() {
    #expect(!excluded("//go:build linux && (amd64 || arm64)"))
    #expect(excluded("//go:build windows"))
    #expect(!excluded("//go:build go1.19"))
    #expect(excluded("//go:build go1.17 && !go1.19"))
  }

  @Test func onlyTheHeaderCountsAndUnreadableLinesInclude() {
    #expect(!excluded("// Copyright notice\n\n// Package p does things."))
    #expect(!excluded("//go:build (linux"))  // malformed: included rather than guessed away
    #expect(!GoBuildConstraint.excludesDefaultBuild(Array("package p\n\n//go:build ignore\n".utf8)))
    #expect(excluded("// Copyright\n\n//go:build ignore"))
  }

  /// A file that a constraint keeps in the default build is told apart from one without any: only
  /// the first may have a twin that other builds compile instead.
  @Test func aConstraintTheDefaultBuildMeetsIsStillAConstraint() {
    func constraint(_ header: String) -> BuildConstraint {
      GoBuildConstraint.constraint(of: Array((header + "\npackage p\n").utf8))
    }
    #expect(constraint("// Package p.") == .none)
    #expect(constraint("//go:build !nomsgpack") == .includesDefault)
    #expect(constraint("//go:build nomsgpack") == .excludesDefault)
    #expect(constraint("//go:build (linux") == .none)
  }
}
