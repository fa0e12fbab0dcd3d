import LatticeModel
import TreeSitterCore

/// Parses one file and runs its language's query. Owns a tree-sitter parser, so one instance
/// must not be used by two threads at once; queries are shared.
struct SyntaxParser {
  /// The parse result: matches in document order and how many error nodes the tree holds.
  struct Output {
    var matches: [SyntaxMatch]
    var errorCount: Int
  }

  static func parse(_ source: [UInt8], language: Language, query: CompiledQuery) -> Output {
    let parser = ts_parser_new()!
    defer { ts_parser_delete(parser) }
    ts_parser_set_language(parser, LanguageRegistry.grammar(for: language)!)
    let tree = source.withUnsafeBufferPointer { buffer in
      buffer.withMemoryRebound(to: CChar.self) { chars in
        ts_parser_parse_string(parser, nil, chars.baseAddress, UInt32(chars.count))
      }
    }
    guard let tree else { return Output(matches: [], errorCount: 1) }
    defer { ts_tree_delete(tree) }
    let root = ts_tree_root_node(tree)
    let errors = ts_node_has_error(root) ? countErrors(root) : 0
    return Output(matches: runQuery(query, root: root, source: source), errorCount: errors)
  }

  private static func runQuery(_ query: CompiledQuery, root: TSNode, source: [UInt8]) -> [SyntaxMatch] {
    let cursor = ts_query_cursor_new()!
    defer { ts_query_cursor_delete(cursor) }
    ts_query_cursor_exec(cursor, query.pointer, root)
    var matches: [SyntaxMatch] = []
    var match = TSQueryMatch()
    while ts_query_cursor_next_match(cursor, &match) {
      let nodes = (0..<Int(match.capture_count)).map { match.captures[$0] }
      let predicates = query.predicates[Int(match.pattern_index)]
      if !predicates.isEmpty {
        let textOf = { (id: UInt32) -> String? in
          nodes.first { $0.index == id }.map { text(of: $0.node, in: source) }
        }
        guard predicates.allSatisfy({ $0.holds(textOf: textOf) }) else { continue }
      }
      var captures: [(role: CaptureRole, node: CapturedNode)] = []
      for capture in nodes {
        let role = query.roles[Int(capture.index)]
        if role == .helper { continue }
        captures.append((role, captured(capture.node, headEnd: role.isDefinition)))
      }
      matches.append(SyntaxMatch(patternIndex: Int(match.pattern_index), captures: captures))
    }
    return matches
  }

  private static func captured(_ node: TSNode, headEnd: Bool) -> CapturedNode {
    let start = ts_node_start_point(node)
    let end = ts_node_end_point(node)
    let endByte = Int(ts_node_end_byte(node))
    return CapturedNode(
      startByte: Int(ts_node_start_byte(node)), endByte: endByte, contentEndByte: contentEnd(of: node),
      start: SourcePosition(line: Int(start.row) + 1, column: Int(start.column) + 1),
      end: SourcePosition(line: Int(end.row) + 1, column: Int(end.column) + 1),
      headEndByte: headEnd ? bodyStart(of: node) ?? endByte : endByte)
  }

  /// Where a definition's head ends: before its `body` field, or before the body of the function
  /// held in its `value` field (`const f = () => {…}`), skipping comments between head and body
  /// (a trailing `# note` after `def f():` is not part of the signature).
  private static func bodyStart(of node: TSNode) -> Int? {
    if let body = child(node, field: "body") { return headEnd(before: body, in: node) }
    if let value = child(node, field: "value"), let body = child(value, field: "body") {
      return headEnd(before: body, in: value)
    }
    // Grammars without a `body` field (Go's `type T struct {…}`, C++ class bodies, Ruby, Elixir):
    // the first body-like node among the children and grandchildren.
    if let body = bodyLikeDescendant(of: node, depth: 2) { return headEnd(before: body, in: node) }
    return nil
  }

  private static func bodyLikeDescendant(of node: TSNode, depth: Int) -> TSNode? {
    guard depth > 0 else { return nil }
    for index in 0..<ts_node_named_child_count(node) {
      let child = ts_node_named_child(node, index)
      let type = String(cString: ts_node_type(child))
      if type.hasSuffix("body") || type.hasSuffix("block") || type.hasSuffix("declaration_list")
        || type == "compound_statement" || type == "body_statement" || type == "template_body"
      {
        return child
      }
      if let found = bodyLikeDescendant(of: child, depth: depth - 1) { return found }
    }
    return nil
  }

  private static func headEnd(before body: TSNode, in parent: TSNode) -> Int {
    var end = Int(ts_node_start_byte(body))
    var sibling = ts_node_prev_sibling(body)
    while !ts_node_is_null(sibling), ts_node_is_extra(sibling) {
      end = Int(ts_node_start_byte(sibling))
      sibling = ts_node_prev_sibling(sibling)
    }
    return end
  }

  /// The end of a node without the comments tree-sitter attached at its end (a decorator's
  /// trailing `# noqa`).
  private static func contentEnd(of node: TSNode) -> Int {
    var count = ts_node_child_count(node)
    var end = Int(ts_node_end_byte(node))
    while count > 0 {
      let last = ts_node_child(node, count - 1)
      guard ts_node_is_extra(last) else { break }
      count -= 1
      end = count > 0 ? Int(ts_node_end_byte(ts_node_child(node, count - 1))) : Int(ts_node_start_byte(last))
    }
    return end
  }

  private static func child(_ node: TSNode, field: String) -> TSNode? {
    let found = field.withCString { ts_node_child_by_field_name(node, $0, UInt32(field.utf8.count)) }
    return ts_node_is_null(found) ? nil : found
  }

  static func text(of node: TSNode, in source: [UInt8]) -> String {
    let start = Int(ts_node_start_byte(node))
    let end = min(Int(ts_node_end_byte(node)), source.count)
    return String(decoding: source[start..<max(start, end)], as: UTF8.self)
  }

  private static func countErrors(_ root: TSNode) -> Int {
    var cursor = ts_tree_cursor_new(root)
    defer { ts_tree_cursor_delete(&cursor) }
    var count = 0
    while true {
      let node = ts_tree_cursor_current_node(&cursor)
      if ts_node_is_error(node) || ts_node_is_missing(node) { count += 1 }
      // Descend only into subtrees that hold an error.
      if ts_node_has_error(node), ts_tree_cursor_goto_first_child(&cursor) { continue }
      while !ts_tree_cursor_goto_next_sibling(&cursor) {
        if !ts_tree_cursor_goto_parent(&cursor) { return count }
      }
    }
  }
}

extension CaptureRole {
  var isDefinition: Bool {
    if case .definition = self { return true }
    return false
  }
}
