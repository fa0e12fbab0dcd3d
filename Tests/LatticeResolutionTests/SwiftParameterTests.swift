import Testing

@testable import LatticeResolution

/// Swift parameters read from signatures: which a call must pass, which take a trailing closure.
@Suite struct SwiftParameterTests {
  /// (signature, base name, expected `label:required:closure` per parameter)
  @Test(arguments: [
    (
      "public func summary(_ separator: String = \", \", sorted: Bool = false) -> String", "summary",
      "_:-:- sorted:-:-"
    ),
    (
      "func XCTAssertEqualSequences<E: Sequence, A: Sequence>(_ a: @autoclosure () throws -> E, "
        + "_ b: @autoclosure () throws -> A, file: StaticString = #file, by same: (E.Element, A.Element) throws -> Bool)"
        + " where E.Element == A.Element",
      "XCTAssertEqualSequences", "_:R:- _:R:- file:-:- by:R:C"
    ),
    ("public init?(name: String, tags: String..., rule: (Int) -> Bool = (<))", "init", "name:R:- tags:-:- rule:-:C"),
    ("@discardableResult func `default`(x: [String: Int] = [:]) -> Self", "default", "x:-:-"),
    ("func noParameters() async throws", "noParameters", ""),
  ])
  func readsParameters(_ signature: String, _ base: String, _ expected: String) throws {
    let read = try #require(SwiftParameter.parse(signature, base: base))
    #expect(read.complete)
    let written = read.parameters.map { "\($0.label):\($0.required ? "R" : "-"):\($0.takesClosure ? "C" : "-")" }
    #expect(written.joined(separator: " ") == expected)
  }

  @Test func aCallFitsWhenItPassesEveryRequiredParameter() {
    let same = [
      SwiftParameter(label: "_", required: true, takesClosure: false),
      SwiftParameter(label: "_", required: true, takesClosure: false),
      SwiftParameter(label: "file", required: false, takesClosure: false),
      SwiftParameter(label: "by", required: true, takesClosure: true),
    ]
    #expect(!SwiftParameter.fits(labels: ["_", "_"], trailingClosure: false, same))
    #expect(SwiftParameter.fits(labels: ["_", "_"], trailingClosure: true, same))
    #expect(SwiftParameter.fits(labels: ["_", "_", "by"], trailingClosure: false, same))
    // A trailing closure needs a closure parameter to fill.
    #expect(!SwiftParameter.fits(labels: ["_", "_"], trailingClosure: true, Array(same.prefix(3))))
    #expect(SwiftParameter.fits(labels: ["_", "_"], trailingClosure: false, Array(same.prefix(3))))
  }

  /// Stored signatures are cut at a length: what is seen still rules a call out.
  @Test func aCutSignatureKnowsItsFirstParameters() throws {
    let cut =
      "func check<S>(_ a: @autoclosure () -> S, by rule: (S, S) -> Bool, "
      + "_ message: @autoclosure () -> String = \"…"
    let read = try #require(SwiftParameter.parse(cut, base: "check"))
    #expect(!read.complete)
    #expect(read.parameters.map(\.label) == ["_", "by", "_"])
    #expect(!SwiftParameter.fits(labels: ["_"], trailingClosure: false, read.parameters, complete: false))
    #expect(SwiftParameter.fits(labels: ["_", "by", "file"], trailingClosure: false, read.parameters, complete: false))
  }

  @Test func anUnreadableSignatureIsNil() {
    #expect(SwiftParameter.parse("var x: Int", base: "x") == nil)
  }
}
