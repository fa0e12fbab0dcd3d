/// Left-aligned columns for human output; the last column is never padded.
struct TextTable {
  private var rows: [[String]] = []

  mutating func add(_ row: [String]) { rows.append(row) }

  func render() -> String {
    guard let width = rows.map(\.count).max() else { return "" }
    var widths = Array(repeating: 0, count: width)
    for row in rows {
      for (index, cell) in row.enumerated() where index < width - 1 { widths[index] = max(widths[index], cell.count) }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
      }.joined(separator: "  ").trimmingSuffixWhitespace()
    }.joined(separator: "\n")
  }
}

extension String {
  fileprivate func trimmingSuffixWhitespace() -> String {
    var text = self
    while text.last?.isWhitespace == true { text.removeLast() }
    return text
  }
}
