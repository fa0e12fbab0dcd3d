/// FNV-1a, 64-bit: a fast, dependency-free content fingerprint for change detection
/// (not a security hash). Stable across runs and platforms.
public enum ContentHash {
  public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  public static func of(_ text: String) -> String { of(text.utf8) }
}
