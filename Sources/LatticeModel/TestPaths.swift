/// Test code by path convention: `test_*.py`, `*_test.*`, `*.test.ts`, `*.spec.ts`, `tests/`,
/// `test/`, `__tests__/`. Used to rank library code first and to keep test mocks out of guesses.
public enum TestPaths {
  /// Compares ASCII bytes case-insensitively: this runs once per edge when a symbol's tens of
  /// thousands of callers are ordered library-first, where `String.contains` was most of the time.
  public static func isTest(_ path: String) -> Bool {
    var lower = Array(path.utf8)
    for index in lower.indices where lower[index] >= 0x41 && lower[index] <= 0x5A { lower[index] |= 0x20 }
    let nameStart = (lower.lastIndex(of: UInt8(ascii: "/")).map { $0 + 1 }) ?? 0
    let name = lower[nameStart...]
    return starts(lower[...], "test") || contains(lower[...], "/test") || contains(lower[...], "/__tests__/")
      || contains(name, ".test.") || contains(name, ".spec.") || starts(name, "test_") || contains(name, "_test.")
  }

  private static func starts(_ bytes: ArraySlice<UInt8>, _ prefix: StaticString) -> Bool {
    let pattern = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
    return bytes.count >= pattern.count && zip(bytes, pattern).allSatisfy { $0 == $1 }
  }

  private static func contains(_ bytes: ArraySlice<UInt8>, _ pattern: StaticString) -> Bool {
    let needle = UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount)
    guard bytes.count >= needle.count else { return false }
    var start = bytes.startIndex
    while start + needle.count <= bytes.endIndex {
      if bytes[start] == needle[0], zip(bytes[start...], needle).allSatisfy({ $0 == $1 }) { return true }
      start += 1
    }
    return false
  }
}
