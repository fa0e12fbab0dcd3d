/// Test code by path convention: `test_*.py`, `*_test.*`, `*.test.ts`, `*.spec.ts`, `tests/`,
/// `test/`, `__tests__/`. Used to rank library code first and to keep test mocks out of guesses.
public enum TestPaths {
  public static func isTest(_ path: String) -> Bool {
    let lower = path.lowercased()
    let name = lower.split(separator: "/").last.map(String.init) ?? lower
    return lower.hasPrefix("test") || lower.contains("/test") || lower.contains("/__tests__/")
      || name.contains(".test.") || name.contains(".spec.") || name.hasPrefix("test_") || name.contains("_test.")
  }
}
