/// The version reported by `lattice --version` and the MCP server.
public enum LatticeVersion {
  public static let current = "0.1.0"
}
