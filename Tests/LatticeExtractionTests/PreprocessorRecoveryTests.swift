import Testing

@testable import LatticeExtraction

/// The `#define` directives of a C file, alone and at their own byte offsets.
@Suite struct PreprocessorRecoveryTests {
  private func kept(_ source: String) -> String? {
    PreprocessorRecovery.defineLinesOnly(Array(source.utf8)).map { String(decoding: $0, as: UTF8.self) }
  }

  @Test func keepsDefinesAndTheirContinuationLinesAtTheSameOffsets() {
    let source = "int x;\n#define A(v) \\\n  (v)\nint y;\n  #  define B 1\n#include <a.h>\n"
    let masked = kept(source)
    #expect(masked?.utf8.count == source.utf8.count)
    #expect(masked == "      \n#define A(v) \\\n  (v)\n      \n  #  define B 1\n              \n")
  }

  @Test func aBackslashBeforeACarriageReturnContinuesTheDirective() {
    #expect(kept("#define C \\\r\n 2\r\nint z;") == "#define C \\\r\n 2\r\n      ")
  }

  @Test func otherDirectivesAndWordsThatStartWithDefineAreNotDefines() {
    #expect(kept("#defined X\n#undef A\n#ifdef B\n") == nil)
  }

  @Test func aParseThatFoundEveryDefinedNameIsNotParsedAgain() {
    let source = Array("#define A 1\nint broken(;\n  # define B(x) x\n#undef A\n#define A 2\n".utf8)
    #expect(!PreprocessorRecovery.mayHaveLostDefines(source, found: ["A", "B"]))
    #expect(PreprocessorRecovery.mayHaveLostDefines(source, found: ["A", "C"]))
    #expect(!PreprocessorRecovery.mayHaveLostDefines(Array("int f(;\n".utf8), found: []))
  }
}
