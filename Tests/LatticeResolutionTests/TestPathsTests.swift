import LatticeModel
import Testing

/// Test code by path convention (ranks library code first, keeps mocks out of name-match guesses).
@Suite struct TestPathsTests {
  @Test(arguments: [
    "tests/foo.py", "src/test/Foo.java", "web/__tests__/x.js", "pkg/foo_test.go", "src/app.spec.ts",
    "src/app.test.tsx", "lib/test_utils.py", "Sources/Testing/Runner.swift", "TEST_main.c", "a/Tests/B.swift",
  ])
  func isTest(_ path: String) { #expect(TestPaths.isTest(path)) }

  @Test(arguments: [
    "src/contest.py", "drivers/attestation.c", "src/latest/x.c", "spec.rb",
    "a/my_test/x.go", "latest.test", "",
  ])
  func isNotTest(_ path: String) { #expect(!TestPaths.isTest(path)) }
}
