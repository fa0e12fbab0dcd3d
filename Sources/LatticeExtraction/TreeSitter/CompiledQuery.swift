import Foundation
import LatticeModel
import TreeSitterCore

/// Why a query file could not be used. Raised when queries load, never mid-index.
public struct QueryLoadError: Error, CustomStringConvertible {
  public let language: Language
  public let message: String
  public var description: String { "query file for \(language.rawValue): \(message)" }
}

/// A query file compiled for one grammar, with every capture name checked against the vocabulary.
/// Invariant: immutable after init; tree-sitter queries may be shared by threads that each use
/// their own cursor, hence `@unchecked Sendable`.
final class CompiledQuery: @unchecked Sendable {
  let pointer: OpaquePointer
  /// Role of each capture, indexed by capture id.
  let roles: [CaptureRole]
  /// Text predicates of each pattern, indexed by pattern index.
  let predicates: [[TextPredicate]]

  /// Loads the language's query file, embedded in the binary at build time (plugin EmbedQueries).
  convenience init(language: Language) throws {
    let names = LanguageRegistry.queryFileNames(for: language)
    var sources: [String] = []
    for name in names {
      guard let source = EmbeddedQueries.files[name] else {
        throw QueryLoadError(language: language, message: "\(name).scm was not embedded at build time")
      }
      sources.append(source)
    }
    // Error lines count through the files joined in this order.
    try self.init(
      language: language, source: sources.joined(separator: "\n"), fileName: names.joined(separator: ".scm+"))
  }

  init(language: Language, source: String, fileName: String) throws {
    var errorOffset: UInt32 = 0
    var errorType = TSQueryErrorNone
    guard let grammar = LanguageRegistry.grammar(for: language) else {
      throw QueryLoadError(language: language, message: "\(language.rawValue) has no grammar")
    }
    let compiled = source.withCString { text in
      ts_query_new(grammar, text, UInt32(strlen(text)), &errorOffset, &errorType)
    }
    guard let compiled else {
      let line = source.utf8.prefix(Int(errorOffset)).filter { $0 == UInt8(ascii: "\n") }.count + 1
      throw QueryLoadError(
        language: language, message: "\(fileName).scm:\(line): \(Self.describe(errorType)) error")
    }
    pointer = compiled

    var roles: [CaptureRole] = []
    for id in 0..<ts_query_capture_count(compiled) {
      let name = Self.captureName(compiled, id)
      guard let role = CaptureRole(captureName: name) else {
        ts_query_delete(compiled)
        throw QueryLoadError(language: language, message: "unknown capture @\(name) in \(fileName).scm")
      }
      roles.append(role)
    }
    self.roles = roles

    var predicates: [[TextPredicate]] = []
    for pattern in 0..<ts_query_pattern_count(compiled) {
      do {
        predicates.append(try Self.parsePredicates(compiled, pattern: pattern))
      } catch {
        ts_query_delete(compiled)
        throw QueryLoadError(language: language, message: "pattern \(pattern): \(error)")
      }
    }
    self.predicates = predicates
  }

  deinit { ts_query_delete(pointer) }

  private static func captureName(_ query: OpaquePointer, _ id: UInt32) -> String {
    var length: UInt32 = 0
    let name = ts_query_capture_name_for_id(query, id, &length)!
    return String(decoding: UnsafeRawBufferPointer(start: name, count: Int(length)), as: UTF8.self)
  }

  private static func stringValue(_ query: OpaquePointer, _ id: UInt32) -> String {
    var length: UInt32 = 0
    let value = ts_query_string_value_for_id(query, id, &length)!
    return String(decoding: UnsafeRawBufferPointer(start: value, count: Int(length)), as: UTF8.self)
  }

  private static func parsePredicates(_ query: OpaquePointer, pattern: UInt32) throws -> [TextPredicate] {
    var count: UInt32 = 0
    guard let steps = ts_query_predicates_for_pattern(query, pattern, &count) else { return [] }
    var result: [TextPredicate] = []
    var current: [PredicateStep] = []
    for index in 0..<Int(count) {
      let step = steps[index]
      switch step.type {
      case TSQueryPredicateStepTypeCapture: current.append(.capture(step.value_id))
      case TSQueryPredicateStepTypeString: current.append(.string(stringValue(query, step.value_id)))
      default:
        result.append(try TextPredicate(steps: current))
        current = []
      }
    }
    return result
  }

  private static func describe(_ error: TSQueryError) -> String {
    switch error {
    case TSQueryErrorSyntax: "syntax"
    case TSQueryErrorNodeType: "unknown node type"
    case TSQueryErrorField: "unknown field"
    case TSQueryErrorCapture: "capture"
    case TSQueryErrorStructure: "impossible pattern structure"
    case TSQueryErrorLanguage: "language (grammar ABI)"
    default: "unknown"
    }
  }
}
