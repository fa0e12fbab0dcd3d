/// A unified diff of two texts (line based, 3 lines of context) for `--dry-run`.
enum UnifiedDiff {
  static func make(old: String, new: String, oldName: String, newName: String) -> String {
    let a = old.isEmpty ? [] : old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let b = new.isEmpty ? [] : new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    // Longest common subsequence table, from the end.
    var lcs = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      for j in stride(from: b.count - 1, through: 0, by: -1) {
        lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
      }
    }
    enum Line { case same(String), removed(String), added(String) }
    var lines: [Line] = []
    var i = 0
    var j = 0
    while i < a.count || j < b.count {
      if i < a.count, j < b.count, a[i] == b[j] {
        lines.append(.same(a[i]))
        i += 1
        j += 1
      } else if i < a.count, j == b.count || lcs[i + 1][j] >= lcs[i][j + 1] {
        // Removals before additions, as diff(1) shows them.
        lines.append(.removed(a[i]))
        i += 1
      } else {
        lines.append(.added(b[j]))
        j += 1
      }
    }
    var output = ["--- \(oldName)", "+++ \(newName)"]
    let changed = lines.indices.filter { if case .same = lines[$0] { return false } else { return true } }
    guard !changed.isEmpty else { return "" }
    // Group changes whose context windows overlap into hunks.
    var hunks: [ClosedRange<Int>] = []
    for index in changed {
      let window = max(0, index - 3)...min(lines.count - 1, index + 3)
      if let last = hunks.last, last.upperBound >= window.lowerBound - 1 {
        hunks[hunks.count - 1] = last.lowerBound...max(last.upperBound, window.upperBound)
      } else {
        hunks.append(window)
      }
    }
    for hunk in hunks {
      var oldStart = 1
      var newStart = 1
      for line in lines[..<hunk.lowerBound] {
        switch line {
        case .same: oldStart += 1; newStart += 1
        case .removed: oldStart += 1
        case .added: newStart += 1
        }
      }
      let slice = lines[hunk]
      let oldCount = slice.filter { if case .added = $0 { return false } else { return true } }.count
      let newCount = slice.filter { if case .removed = $0 { return false } else { return true } }.count
      output.append("@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@")
      for line in slice {
        switch line {
        case .same(let text): output.append(" \(text)")
        case .removed(let text): output.append("-\(text)")
        case .added(let text): output.append("+\(text)")
        }
      }
    }
    return output.joined(separator: "\n") + "\n"
  }
}
