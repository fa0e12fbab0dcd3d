import LatticeModel
import Testing

@testable import LatticeExtraction

/// The capture vocabulary is enforced when queries load, and predicates are evaluated in Swift.
@Suite struct QueryVocabularyTests {
  @Test func everyShippedQueryFileLoads() throws {
    _ = try Extractor()
  }

  @Test func unknownCaptureNameIsRejectedAtLoad() {
    #expect {
      try CompiledQuery(language: .python, source: "(identifier) @definition.functon", fileName: "typo")
    } throws: { error in
      "\(error)".contains("unknown capture @definition.functon")
    }
  }

  @Test func queryForAnotherGrammarIsRejectedWithItsLine() {
    #expect {
      try CompiledQuery(language: .python, source: "\n(lexical_declaration) @definition.constant", fileName: "js")
    } throws: { error in
      "\(error)".contains("js.scm:2")
    }
  }

  @Test func helperCapturesAreAllowedAndTextPredicatesFilter() throws {
    let query = """
      (call function: (identifier) @_callee @name (#eq? @_callee "keep")) @reference.call
      """
    let extractor = try Extractor(language: .python, querySource: query)
    let facts = extractor.extract(path: "a.py", language: .python, source: Array("keep()\ndrop()\n".utf8))
    #expect(facts.references.map(\.name) == ["keep"])
  }

  @Test func notMatchPredicateExcludes() throws {
    let query = """
      (function_definition name: (identifier) @name (#not-match? @name "^_")) @definition.function
      """
    let extractor = try Extractor(language: .python, querySource: query)
    let source = "def public(): pass\ndef _private(): pass\n"
    let facts = extractor.extract(path: "a.py", language: .python, source: Array(source.utf8))
    #expect(facts.symbols.filter { $0.kind == .function }.map(\.name) == ["public"])
  }
}
