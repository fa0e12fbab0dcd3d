import LatticeModel

/// Turns the query matches of one file into `FileFacts`: the one generic mapping shared by
/// every language (docs/queries.md). It knows capture roles, never node types.
struct CaptureMapper {
  let path: String
  let language: Language
  let source: [UInt8]

  private var fileKey: SymbolKey { SymbolKey.file(path, language: language) }

  func facts(from matches: [SyntaxMatch], errorCount: Int) -> FileFacts {
    let symbols = definitions(from: matches)
    let scopes = ScopeIndex(symbols: symbols, fileKey: fileKey)
    var facts = FileFacts(
      path: path, language: language, status: errorCount > 0 ? .partial : .ok,
      syntaxErrorCount: errorCount)
    facts.symbols = [fileSymbol()] + symbols
    let anonymousScopes = matches.flatMap { $0.all(.scope) }.map { $0.startByte..<$0.endByte }
    var routeMatches: [SyntaxMatch] = []
    for match in matches {
      if match.first(.route) != nil {
        routeMatches.append(match)
      } else if let kind = match.captures.lazy.compactMap({ $0.role.referenceKind }).first {
        if let reference = reference(kind, match, scopes) { facts.references.append(reference) }
      } else if let binding = importBinding(match) {
        facts.imports.append(binding)
      } else if let export = exportBinding(match) {
        facts.exports.append(export)
      } else if let binding = typeBinding(match, scopes, anonymousScopes) {
        facts.typeBindings.append(binding)
      }
    }
    facts.symbols += importSymbols(facts.imports)
    let (routes, routeReferences) = self.routes(from: routeMatches, scopes)
    facts.symbols += routes
    facts.references += routeReferences
    return facts
  }

  // MARK: Framework routes

  /// The top-level arguments of an argument list `(a, b.c, (x) => y)`, as nodes (positions included).
  private func argumentNodes(_ list: CapturedNode) -> [CapturedNode] {
    var nodes: [CapturedNode] = []
    var depth = 0
    var quote: UInt8?
    var start: Int?
    func close(at end: Int) {
      guard let first = start else { return }
      var from = first
      var to = end
      while from < to, source[from] == 0x20 || source[from] == 0x0A || source[from] == 0x09 || source[from] == 0x0D {
        from += 1
      }
      while to > from,
        source[to - 1] == 0x20 || source[to - 1] == 0x0A || source[to - 1] == 0x09 || source[to - 1] == 0x0D
      {
        to -= 1
      }
      if from < to { nodes.append(node(from, to)) }
      start = nil
    }
    for index in list.startByte..<min(list.endByte, source.count) {
      let byte = source[index]
      if let open = quote {
        if byte == open && source[index - 1] != 0x5C { quote = nil }
        continue
      }
      switch byte {
      case 0x27, 0x22, 0x60: quote = byte  // ' " `
      case 0x28, 0x5B, 0x7B:  // ( [ {
        depth += 1
        if depth == 1 { start = index + 1; continue }
      case 0x29, 0x5D, 0x7D:  // ) ] }
        if depth == 1 { close(at: index) }
        depth -= 1
      case 0x2C where depth == 1:  // ,
        close(at: index)
        start = index + 1
      default: break
      }
    }
    return nodes
  }

  /// A node for a byte range of this file (positions computed from the bytes).
  private func node(_ start: Int, _ end: Int) -> CapturedNode {
    func position(_ offset: Int) -> SourcePosition {
      var line = 1
      var lineStart = 0
      for index in 0..<offset where source[index] == 0x0A {
        line += 1
        lineStart = index + 1
      }
      return SourcePosition(line: line, column: offset - lineStart + 1)
    }
    return CapturedNode(
      startByte: start, endByte: end, contentEndByte: end, start: position(start), end: position(end), headEndByte: end)
  }

  /// A route symbol per HTTP method of each registration (`@app.route("/x", methods=["GET", "POST"])`
  /// gives two), named `METHOD path`; a `route` reference from it to the handler (the last argument,
  /// or the decorated function) and `read` references to the middleware before it, in order.
  private func routes(from matches: [SyntaxMatch], _ scopes: ScopeIndex) -> ([Symbol], [RawReference]) {
    var symbols: [Symbol] = []
    var references: [RawReference] = []
    var ordinals: [String: Int] = [:]
    // Several patterns may match one registration (with and without `methods=`): the fullest wins.
    var byNode: [CapturedNode: SyntaxMatch] = [:]
    for match in matches {
      guard let node = match.first(.route) else { continue }
      if let existing = byNode[node], existing.captures.count >= match.captures.count { continue }
      byNode[node] = match
    }
    for (node, match) in byNode.sorted(by: { $0.key.startByte < $1.key.startByte }) {
      guard let pathNode = match.first(.routePath) else { continue }
      let path = unquote(text(pathNode))
      var methods =
        match.first(.routeMethods).map { list in
          text(list).split(whereSeparator: { !$0.isLetter }).map { $0.uppercased() }
        } ?? []
      if methods.isEmpty {
        let written = match.first(.routeMethod).map { text($0).uppercased() }
        // `route`/`api_route` without methods means GET; a URLconf entry (no method) serves any.
        methods = [written.map { ["ROUTE", "API_ROUTE"].contains($0) ? "GET" : $0 } ?? "ANY"]
      }
      let scope = scopes.innermost(containing: node.startByte)
      // A registration call's arguments after the path: middleware, then the handler.
      let handlers =
        match.first(.routeArguments).map { Array(argumentNodes($0).dropFirst()) } ?? match.all(.routeHandler)
      for method in methods {
        let name = "\(method) \(path)"
        ordinals[name, default: 0] += 1
        let key = SymbolKey(
          language: language, file: self.path, kind: .route, qualifiedName: name, ordinal: ordinals[name]!)
        symbols.append(
          Symbol(
            key: key, name: name, qualifiedName: name, kind: .route, language: language, file: self.path,
            span: node.span, signature: collapse(text(node, end: node.contentEndByte), limit: 200),
            parentKey: scope?.key ?? fileKey, bodyHash: ContentHash.of(text(node))))
        for (position, handler) in handlers.enumerated() {
          let expression = text(handler)
          let parts = expression.split(separator: ".").map(String.init)
          // Only names can be bound; an inline function is the handler itself, with no symbol.
          guard let last = parts.last,
            parts.allSatisfy({ $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" } })
          else { continue }
          references.append(
            RawReference(
              fromKey: key, name: last, receiver: parts.count > 1 ? parts.dropLast().joined(separator: ".") : nil,
              kind: position == handlers.count - 1 ? .route : .read, file: self.path, position: handler.start,
              byteOffset: handler.startByte))
        }
      }
    }
    return (symbols, references)
  }

  // MARK: Definitions

  /// A definition node seen by one or more patterns, before nesting is known.
  private struct Candidate {
    var node: CapturedNode
    var nameNode: CapturedNode
    var kind: SymbolKind
    var patternIndex: Int
    var docs: [CapturedNode]
    var decorators: [CapturedNode]
    var returns: CapturedNode?
  }

  private func definitions(from matches: [SyntaxMatch]) -> [Symbol] {
    var byNode: [CapturedNode: Candidate] = [:]
    for match in matches {
      guard
        let (kind, node) = match.captures.lazy.compactMap({ capture in
          capture.role.definitionKind.map { ($0, capture.node) }
        }).first, let nameNode = match.first(.name)
      else { continue }
      let docs = match.all(.doc)
      let decorators = match.all(.decorator)
      if var existing = byNode[node] {
        // The pattern listed first in the query file decides the kind (docs/queries.md).
        if match.patternIndex < existing.patternIndex {
          existing.kind = kind
          existing.nameNode = nameNode
          existing.patternIndex = match.patternIndex
        }
        existing.returns = existing.returns ?? match.first(.returns)
        existing.docs = Array(Set(existing.docs + docs)).sorted { $0.startByte < $1.startByte }
        existing.decorators = Array(Set(existing.decorators + decorators)).sorted { $0.startByte < $1.startByte }
        byNode[node] = existing
      } else {
        byNode[node] = Candidate(
          node: node, nameNode: nameNode, kind: kind, patternIndex: match.patternIndex, docs: docs,
          decorators: decorators, returns: match.first(.returns))
      }
    }
    // Outer definitions first, so a stack of open spans yields each definition's parent.
    let ordered = byNode.values.sorted {
      ($0.node.startByte, -$0.node.endByte, $0.patternIndex) < ($1.node.startByte, -$1.node.endByte, $1.patternIndex)
    }
    var symbols: [Symbol] = []
    var open: [Symbol] = []
    var ordinals: [String: Int] = [:]
    for candidate in ordered {
      while let last = open.last, !last.span.contains(candidate.node.span) { open.removeLast() }
      let parent = open.last
      let name = text(candidate.nameNode)
      let qualifiedName = parent.map { "\($0.qualifiedName).\(name)" } ?? name
      let identity = "\(candidate.kind.rawValue):\(qualifiedName)"
      ordinals[identity, default: 0] += 1
      let symbol = Symbol(
        key: SymbolKey(
          language: language, file: path, kind: candidate.kind, qualifiedName: qualifiedName,
          ordinal: ordinals[identity]!),
        name: name, qualifiedName: qualifiedName, kind: candidate.kind, language: language, file: path,
        span: candidate.node.span, signature: signature(candidate.node),
        docstring: docstring(candidate.docs), parentKey: parent?.key ?? fileKey,
        decorators: candidate.decorators.map { collapse(text($0, end: $0.contentEndByte), limit: 160) },
        bodyHash: ContentHash.of(source[candidate.node.startByte..<candidate.node.endByte]),
        returnType: candidate.returns.map { collapse(text($0), limit: 200) })
      symbols.append(symbol)
      open.append(symbol)
    }
    return symbols
  }

  private func fileSymbol() -> Symbol {
    let lines = source.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
    let name = path.split(separator: "/").last.map(String.init) ?? path
    return Symbol(
      key: fileKey, name: name, qualifiedName: path, kind: .file, language: language, file: path,
      span: SourceSpan(
        start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: lines, column: 1),
        startByte: 0, endByte: source.count),
      signature: path, parentKey: nil, bodyHash: ContentHash.of(source))
  }

  /// Import bindings that name something locally become `import` symbols, so that
  /// `refs` can show where a definition is imported.
  private func importSymbols(_ imports: [ImportBinding]) -> [Symbol] {
    var seen = Set<String>()
    return imports.compactMap { binding in
      guard binding.kind != .reexport, binding.kind != .reexportAll,
        let local = binding.localName, seen.insert(local).inserted
      else { return nil }
      let position = binding.position
      return Symbol(
        key: SymbolKey(language: language, file: path, kind: .import, qualifiedName: local),
        name: local, qualifiedName: local, kind: .import, language: language, file: path,
        span: SourceSpan(start: position, end: position, startByte: 0, endByte: 0),
        signature: binding.importedName.map { "\($0) from \(binding.source)" } ?? binding.source,
        parentKey: fileKey)
    }
  }

  // MARK: References, imports, bindings

  private func reference(_ kind: ReferenceKind, _ match: SyntaxMatch, _ scopes: ScopeIndex) -> RawReference? {
    guard let nameNode = match.first(.name) else { return nil }
    return RawReference(
      fromKey: scopes.innermost(containing: nameNode.startByte)?.key ?? fileKey,
      name: text(nameNode), receiver: match.first(.receiver).map { collapse(text($0), limit: 200) },
      kind: kind, file: path, position: nameNode.start, byteOffset: nameNode.startByte)
  }

  private func importBinding(_ match: SyntaxMatch) -> ImportBinding? {
    guard let sourceNode = match.first(.importSource) else { return nil }
    let source = unquote(text(sourceNode))
    let reexport = match.first(.reexport) != nil
    let position = match.captures.first { $0.role != .reexport }?.node.start ?? sourceNode.start
    func binding(_ kind: ImportKind, imported: String?, local: String?) -> ImportBinding {
      ImportBinding(
        file: path, kind: kind, source: source, importedName: imported, localName: local, position: position)
    }
    if let name = match.first(.importName).map(text) {
      let alias = match.first(.importAlias).map(text) ?? name
      return binding(reexport ? .reexport : .named, imported: name, local: alias)
    }
    if let local = match.first(.importDefault).map(text) {
      return binding(.default, imported: "default", local: local)
    }
    if let local = match.first(.importNamespace).map(text) {
      return binding(reexport ? .reexportNamespace : .namespace, imported: nil, local: local)
    }
    if match.first(.importWildcard) != nil {
      return binding(reexport ? .reexportAll : .wildcard, imported: nil, local: nil)
    }
    return binding(.sideEffect, imported: nil, local: nil)
  }

  private func exportBinding(_ match: SyntaxMatch) -> ExportBinding? {
    if let local = match.first(.exportDefault).map(text) {
      return ExportBinding(file: path, exportedName: "default", localName: local)
    }
    guard let local = match.first(.exportName).map(text) else { return nil }
    return ExportBinding(file: path, exportedName: match.first(.exportAlias).map(text) ?? local, localName: local)
  }

  private func typeBinding(_ match: SyntaxMatch, _ scopes: ScopeIndex, _ anonymousScopes: [Range<Int>]) -> TypeBinding?
  {
    guard let variableNode = match.first(.bindingVariable), let typeNode = match.first(.bindingType) else {
      return nil
    }
    let variable = collapse(text(variableNode), limit: 200).replacingOccurrences(of: " ", with: "")
    let selfNames = LanguageRegistry.selfNames(for: language)
    let isMember = selfNames.contains { variable.hasPrefix("\($0).") }
    let scope =
      isMember
      ? scopes.enclosingType(containing: variableNode.startByte)
      : scopes.innermost(containing: variableNode.startByte)
    // A local of a callback is visible only inside that callback: the innermost anonymous
    // function around the binding that lies within the binding's scope symbol.
    let scopeSpan = scope.map { $0.span.startByte..<$0.span.endByte } ?? 0..<source.count
    let visible =
      isMember
      ? nil
      : anonymousScopes.filter { $0.contains(variableNode.startByte) && scopeSpan.contains($0.lowerBound) }
        .min { $0.count < $1.count }
    return TypeBinding(
      scopeKey: scope?.key ?? fileKey, variable: variable,
      typeName: collapse(text(typeNode), limit: 200).replacingOccurrences(of: " ", with: ""), file: path,
      position: variableNode.start, visibleBytes: visible)
  }

  // MARK: Text

  private func text(_ node: CapturedNode) -> String { text(node, end: node.endByte) }

  private func text(_ node: CapturedNode, end: Int) -> String {
    String(decoding: source[node.startByte..<min(end, source.count)], as: UTF8.self)
  }

  private func signature(_ node: CapturedNode) -> String {
    let head = String(decoding: source[node.startByte..<min(node.headEndByte, source.count)], as: UTF8.self)
    var result = collapse(head, limit: 240)
    while let last = result.last, last == "{" || last == ":" || last == " " { result.removeLast() }
    return result
  }

  private func docstring(_ nodes: [CapturedNode]) -> String? {
    let parts = nodes.map { cleanDoc(text($0)) }.filter { !$0.isEmpty }
    guard !parts.isEmpty else { return nil }
    let joined = parts.joined(separator: "\n")
    return joined.count > 800 ? String(joined.prefix(800)) + "…" : joined
  }
}

/// Collapses runs of whitespace to one space and caps the length.
func collapse(_ text: String, limit: Int) -> String {
  let collapsed = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
  return collapsed.count > limit ? String(collapsed.prefix(limit)) + "…" : collapsed
}

/// Strips the quotes of a string literal (`'x'`, `"x"`, `` `x` ``); other text is returned as is.
func unquote(_ text: String) -> String {
  guard let first = text.first, first == "'" || first == "\"" || first == "`", text.count >= 2,
    text.last == first
  else { return text }
  return String(text.dropFirst().dropLast())
}

/// Strips comment and docstring delimiters, keeping the words.
func cleanDoc(_ raw: String) -> String {
  var text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
  for (open, close) in [("/**", "*/"), ("/*", "*/"), ("\"\"\"", "\"\"\""), ("'''", "'''")]
  where text.hasPrefix(open) && text.hasSuffix(close) && text.count >= open.count + close.count {
    text = String(text.dropFirst(open.count).dropLast(close.count))
    break
  }
  if text.hasPrefix("//") || text.hasPrefix("#") { text = String(text.drop { $0 == "/" || $0 == "#" }) }
  let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
    var trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("*") { trimmed = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces) }
    return trimmed
  }
  return lines.filter { !$0.isEmpty }.joined(separator: "\n")
}

extension CaptureRole {
  var definitionKind: SymbolKind? {
    if case .definition(let kind) = self { return kind }
    return nil
  }

  var referenceKind: ReferenceKind? {
    if case .reference(let kind) = self { return kind }
    return nil
  }
}
