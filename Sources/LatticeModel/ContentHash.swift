/// FNV-1a, 64-bit: a fast, dependency-free content fingerprint for change detection
/// (not a security hash). Stable across runs and platforms.
public enum ContentHash {
  public static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
    // Contiguous bytes (arrays, slices, native strings) are hashed in a non-generic loop: a generic
    // one, called across modules, advances its iterator through witness tables byte by byte.
    if let hash = bytes.withContiguousStorageIfAvailable(fnv1a) { return hex(hash) }
    return hex(Array(bytes).withUnsafeBufferPointer(fnv1a))
  }

  public static func of(_ text: String) -> String {
    var text = text
    return text.withUTF8 { hex(fnv1a($0)) }
  }

  private static func fnv1a(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      hash ^= UInt64(byte)
      hash &*= 0x0000_0100_0000_01b3
    }
    return hash
  }

  private static func hex(_ hash: UInt64) -> String {
    let hex = String(hash, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
