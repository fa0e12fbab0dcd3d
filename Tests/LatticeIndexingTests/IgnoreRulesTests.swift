import Testing

@testable import LatticeIndexing

/// The ignore rules as a spec: one test per gitignore rule, using the kinds of files real repositories have.
@Suite("Ignore rules")
struct IgnoreRulesTests {
  /// Rules from a single root `.gitignore`, without Lattice's defaults, so each test isolates git semantics.
  private func root(_ gitignore: String) -> IgnoreRules {
    IgnoreRules().adding(gitignoreContents: gitignore, directory: "")
  }

  // MARK: Line syntax

  @Test func blankLinesAndCommentsMatchNothing() {
    let patterns = IgnorePattern.patterns(
      inGitignore: """
        # Build output

        \t
        *.o
          # an indented hash is a pattern, not a comment
        """)
    #expect(patterns.map(\.source) == ["\t", "*.o", "  # an indented hash is a pattern, not a comment"])
    #expect(IgnorePattern(line: "") == nil)
    #expect(IgnorePattern(line: "   ") == nil)
    #expect(IgnorePattern(line: "# comment") == nil)
  }

  @Test func backslashEscapesLeadingHashAndBang() {
    let rules = root(
      """
      \\#notes.md
      \\!important.txt
      """)
    #expect(rules.isIgnored(path: "#notes.md", isDirectory: false))
    #expect(rules.isIgnored(path: "!important.txt", isDirectory: false))
    #expect(!rules.isIgnored(path: "important.txt", isDirectory: false))
  }

  @Test func trailingSpacesAreTrimmedUnlessEscaped() {
    let rules = root("debug.log   \nspaced\\ \n")
    #expect(rules.isIgnored(path: "debug.log", isDirectory: false))
    #expect(!rules.isIgnored(path: "debug.log ", isDirectory: false))
    #expect(rules.isIgnored(path: "spaced ", isDirectory: false))
    #expect(!rules.isIgnored(path: "spaced", isDirectory: false))
  }

  @Test func windowsLineEndingsAndByteOrderMarkAreTolerated() {
    let rules = root("\u{FEFF}*.log\r\ntmp/\r\n")
    #expect(rules.isIgnored(path: "server.log", isDirectory: false))
    #expect(rules.isIgnored(path: "tmp", isDirectory: true))
  }

  @Test func malformedGlobsMatchNothing() {
    #expect(IgnorePattern(line: "[abc") == nil)
    #expect(IgnorePattern(line: "trailing\\") == nil)
    #expect(IgnorePattern(line: "!") == nil)
    #expect(IgnorePattern(line: "/") == nil)
  }

  // MARK: Precedence

  @Test func negationReIncludesAFile() {
    let rules = root(
      """
      *.log
      !important.log
      """)
    #expect(rules.isIgnored(path: "debug.log", isDirectory: false))
    #expect(rules.isIgnored(path: "logs/debug.log", isDirectory: false))
    #expect(!rules.isIgnored(path: "important.log", isDirectory: false))
    #expect(!rules.isIgnored(path: "logs/important.log", isDirectory: false))
  }

  @Test func lastMatchingPatternWins() {
    let rules = root(
      """
      !keep.env
      *.env
      """)
    #expect(rules.isIgnored(path: "keep.env", isDirectory: false))
  }

  @Test func matchReportsTheDecidingPatternAndItsOrigin() {
    let rules = IgnoreRules.defaults()
      .adding(gitignoreContents: "*.log\n", directory: "")
      .adding(gitignoreContents: "!audit.log\n", directory: "server")

    let reIncluded = rules.match(path: "server/audit.log", isDirectory: false)
    #expect(reIncluded?.pattern.source == "!audit.log")
    #expect(reIncluded?.origin == .gitignore(directory: "server"))
    #expect(reIncluded?.isIgnored == false)

    let ignored = rules.match(path: "server/debug.log", isDirectory: false)
    #expect(ignored?.origin == .gitignore(directory: ""))
    #expect(ignored?.isIgnored == true)

    #expect(rules.match(path: "node_modules", isDirectory: true)?.origin == .builtIn)
    #expect(rules.match(path: "Sources/main.swift", isDirectory: false) == nil)
  }

  // MARK: Directories

  @Test func trailingSlashMatchesDirectoriesOnly() {
    let rules = root("logs/\n")
    #expect(rules.isIgnored(path: "logs", isDirectory: true))
    #expect(rules.isIgnored(path: "services/api/logs", isDirectory: true))
    #expect(!rules.isIgnored(path: "logs", isDirectory: false))
  }

  @Test func fileInsideIgnoredDirectoryIsIgnoredOnlyWhenAncestorsAreConsidered() {
    // git cannot re-include a file whose parent directory is excluded; the walker enforces that by pruning.
    let rules = root(
      """
      build/
      !build/keep.txt
      """)
    #expect(rules.isIgnored(path: "build", isDirectory: true))
    #expect(!rules.isIgnored(path: "build/keep.txt", isDirectory: false))
    #expect(rules.isIgnoredConsideringAncestors(path: "build/keep.txt", isDirectory: false))
    #expect(rules.isIgnoredConsideringAncestors(path: "build/a/b/c.o", isDirectory: false))
    #expect(!rules.isIgnoredConsideringAncestors(path: "src/build.swift", isDirectory: false))
  }

  @Test func contentsCanBeReIncludedWhenOnlyTheyAreIgnored() {
    // The usual way to keep one file from an otherwise ignored directory: ignore its contents, not it.
    let rules = root(
      """
      config/*
      !config/default.json
      """)
    #expect(!rules.isIgnored(path: "config", isDirectory: true))
    #expect(rules.isIgnoredConsideringAncestors(path: "config/local.json", isDirectory: false))
    #expect(!rules.isIgnoredConsideringAncestors(path: "config/default.json", isDirectory: false))
  }

  // MARK: Anchoring

  @Test func patternWithoutSlashMatchesAtAnyDepth() {
    let rules = root(
      """
      *.pyc
      .DS_Store
      """)
    #expect(rules.isIgnored(path: "app.pyc", isDirectory: false))
    #expect(rules.isIgnored(path: "pkg/sub/module.pyc", isDirectory: false))
    #expect(rules.isIgnored(path: "assets/icons/.DS_Store", isDirectory: false))
    #expect(!rules.isIgnored(path: "app.py", isDirectory: false))
  }

  @Test func leadingSlashAnchorsToTheGitignoreDirectory() {
    let rules = root("/TODO\n")
    #expect(rules.isIgnored(path: "TODO", isDirectory: false))
    #expect(!rules.isIgnored(path: "docs/TODO", isDirectory: false))
  }

  @Test func innerSlashAnchorsToTheGitignoreDirectory() {
    let rules = root("doc/frotz\n")
    #expect(rules.isIgnored(path: "doc/frotz", isDirectory: true))
    #expect(rules.isIgnored(path: "doc/frotz", isDirectory: false))
    #expect(!rules.isIgnored(path: "a/doc/frotz", isDirectory: true))
  }

  @Test func anchoredDirectoryOnlyPattern() {
    let rules = root("/dist/\n")
    #expect(rules.isIgnored(path: "dist", isDirectory: true))
    #expect(!rules.isIgnored(path: "dist", isDirectory: false))
    #expect(!rules.isIgnored(path: "packages/ui/dist", isDirectory: true))
  }

  // MARK: Glob syntax

  @Test func starDoesNotCrossSlash() {
    let rules = root("doc/*.txt\n")
    #expect(rules.isIgnored(path: "doc/notes.txt", isDirectory: false))
    #expect(rules.isIgnored(path: "doc/.txt", isDirectory: false))
    #expect(!rules.isIgnored(path: "doc/server/notes.txt", isDirectory: false))
  }

  @Test func starInTheMiddleOfAName() {
    let rules = root("test_*_snapshot.json\n")
    #expect(rules.isIgnored(path: "test_login_snapshot.json", isDirectory: false))
    #expect(rules.isIgnored(path: "ui/test__snapshot.json", isDirectory: false))
    #expect(!rules.isIgnored(path: "test_login_snapshot.json.bak", isDirectory: false))
  }

  @Test func questionMarkMatchesOneCharacter() {
    let rules = root("report-?.csv\n")
    #expect(rules.isIgnored(path: "report-1.csv", isDirectory: false))
    #expect(!rules.isIgnored(path: "report-12.csv", isDirectory: false))
    #expect(!rules.isIgnored(path: "report-.csv", isDirectory: false))
    #expect(!root("a?b\n").isIgnored(path: "a/b", isDirectory: false))
  }

  @Test func bracketsMatchSetsRangesAndNegations() {
    let rules = root(
      """
      *.py[cod]
      log[0-9].txt
      tmp[!a-z]
      """)
    #expect(rules.isIgnored(path: "cache.pyc", isDirectory: false))
    #expect(rules.isIgnored(path: "cache.pyd", isDirectory: false))
    #expect(!rules.isIgnored(path: "cache.py", isDirectory: false))
    #expect(!rules.isIgnored(path: "cache.pyx", isDirectory: false))
    #expect(rules.isIgnored(path: "log7.txt", isDirectory: false))
    #expect(!rules.isIgnored(path: "logA.txt", isDirectory: false))
    #expect(rules.isIgnored(path: "tmp1", isDirectory: false))
    #expect(!rules.isIgnored(path: "tmpx", isDirectory: false))
  }

  @Test func bracketEdgeCases() {
    #expect(root("[]]x\n").isIgnored(path: "]x", isDirectory: false))
    #expect(root("[!]]x\n").isIgnored(path: "ax", isDirectory: false))
    #expect(root("[a-]x\n").isIgnored(path: "-x", isDirectory: false))
    #expect(root("[[:digit:]]*.log\n").isIgnored(path: "2024.log", isDirectory: false))
    #expect(!root("[[:digit:]]*.log\n").isIgnored(path: "app.log", isDirectory: false))
    #expect(!root("a[!x]b\n").isIgnored(path: "a/b", isDirectory: false))
  }

  @Test func wildcardsMatchBytesLikeGit() {
    // git's wildmatch works on bytes, so `?` and brackets never match a multi-byte UTF-8 character; agreeing
    // with git keeps tracked files indexed. Literals and `*` handle non-ASCII names as expected.
    #expect(!root("report-?.csv\n").isIgnored(path: "report-é.csv", isDirectory: false))
    #expect(!root("caf[éè]\n").isIgnored(path: "café", isDirectory: false))
    #expect(root("café\n").isIgnored(path: "menu/café", isDirectory: false))
    #expect(root("*é.md\n").isIgnored(path: "résumé.md", isDirectory: false))
  }

  @Test func leadingDoubleStarMatchesInAllDirectories() {
    let rules = root(
      """
      **/generated
      **/fixtures/large.json
      """)
    #expect(rules.isIgnored(path: "generated", isDirectory: true))
    #expect(rules.isIgnored(path: "src/api/generated", isDirectory: true))
    #expect(rules.isIgnored(path: "fixtures/large.json", isDirectory: false))
    #expect(rules.isIgnored(path: "tests/unit/fixtures/large.json", isDirectory: false))
    #expect(!rules.isIgnored(path: "src/regenerated", isDirectory: true))
  }

  @Test func trailingDoubleStarMatchesEverythingInside() {
    let rules = root("snapshots/**\n")
    #expect(rules.isIgnored(path: "snapshots/a.png", isDirectory: false))
    #expect(rules.isIgnored(path: "snapshots/deep/er/b.png", isDirectory: false))
    #expect(rules.isIgnored(path: "snapshots/deep", isDirectory: true))
    #expect(!rules.isIgnored(path: "snapshots", isDirectory: true))
    #expect(!rules.isIgnored(path: "ui/snapshots/a.png", isDirectory: false))
  }

  @Test func innerDoubleStarMatchesZeroOrMoreDirectories() {
    let rules = root("a/**/b\n")
    #expect(rules.isIgnored(path: "a/b", isDirectory: false))
    #expect(rules.isIgnored(path: "a/x/b", isDirectory: false))
    #expect(rules.isIgnored(path: "a/x/y/b", isDirectory: false))
    #expect(!rules.isIgnored(path: "a/xb", isDirectory: false))
    #expect(!rules.isIgnored(path: "a/x/bc", isDirectory: false))
    #expect(!rules.isIgnored(path: "z/a/b", isDirectory: false))
  }

  @Test func doubleStarInsideANameIsAPlainStar() {
    let rules = root("src/**.js\n")
    #expect(rules.isIgnored(path: "src/app.js", isDirectory: false))
    #expect(!rules.isIgnored(path: "src/lib/app.js", isDirectory: false))
  }

  @Test func matchingStaysFastOnPathologicalPatterns() {
    // A backtracking matcher needs exponential time for these; the automaton is linear in the path.
    let rules = root(
      """
      a*a*a*a*a*a*a*a*a*a*b
      /**/**/**/**/**/**/**/z
      """)
    let longName = String(repeating: "a", count: 4_000)
    let deepPath = Array(repeating: "d", count: 2_000).joined(separator: "/") + "/y"
    let clock = ContinuousClock()
    let elapsed = clock.measure {
      #expect(!rules.isIgnored(path: longName, isDirectory: false))
      #expect(!rules.isIgnored(path: deepPath, isDirectory: false))
    }
    #expect(elapsed < .seconds(2))
    #expect(rules.isIgnored(path: longName + "b", isDirectory: false))
    #expect(rules.isIgnored(path: "d/d/z", isDirectory: false))
  }

  // MARK: Nested ignore files

  @Test func nestedGitignoreOverridesItsParent() {
    let rules = root("*.generated.swift\n")
      .adding(gitignoreContents: "!Schema.generated.swift\n", directory: "Sources/API")
    #expect(rules.isIgnored(path: "Sources/Models/User.generated.swift", isDirectory: false))
    #expect(!rules.isIgnored(path: "Sources/API/Schema.generated.swift", isDirectory: false))
    #expect(rules.isIgnored(path: "Sources/API/Other.generated.swift", isDirectory: false))
  }

  @Test func nestedGitignorePatternsAreRelativeToItsDirectory() {
    let rules = IgnoreRules().adding(gitignoreContents: "/cache\nfixtures/*.bin\n", directory: "tools")
    #expect(rules.isIgnored(path: "tools/cache", isDirectory: true))
    #expect(!rules.isIgnored(path: "cache", isDirectory: true))
    #expect(!rules.isIgnored(path: "tools/sub/cache", isDirectory: true))
    #expect(rules.isIgnored(path: "tools/fixtures/blob.bin", isDirectory: false))
    #expect(!rules.isIgnored(path: "fixtures/blob.bin", isDirectory: false))
  }

  @Test func nestedGitignoreDoesNotApplyToSiblingsOrItsOwnDirectory() {
    let rules = IgnoreRules().adding(gitignoreContents: "*\n", directory: "scratch")
    #expect(rules.isIgnored(path: "scratch/notes.md", isDirectory: false))
    #expect(!rules.isIgnored(path: "scratch", isDirectory: true))
    #expect(!rules.isIgnored(path: "scratchpad/notes.md", isDirectory: false))
  }

  @Test func deeperGitignoreWinsWhateverTheOrderFilesAreAdded() {
    let rules = IgnoreRules()
      .adding(gitignoreContents: "!keep.tmp\n", directory: "./pkg/")
      .adding(gitignoreContents: "*.tmp\n", directory: "")
    #expect(!rules.isIgnored(path: "pkg/keep.tmp", isDirectory: false))
    #expect(rules.isIgnored(path: "pkg/other.tmp", isDirectory: false))
  }

  @Test func excludeFileRanksBelowEveryGitignore() {
    let rules = IgnoreRules()
      .adding(gitignoreContents: "!notes.local\n", directory: "")
      .adding(excludeFileContents: "*.local\n.envrc\n")
    #expect(rules.isIgnored(path: "settings.local", isDirectory: false))
    #expect(rules.isIgnored(path: "sub/.envrc", isDirectory: false))
    #expect(!rules.isIgnored(path: "notes.local", isDirectory: false))
    #expect(rules.match(path: "settings.local", isDirectory: false)?.origin == .excludeFile)
  }

  @Test func emptyGitignoreLeavesRulesUnchanged() {
    let rules = IgnoreRules().adding(gitignoreContents: "# nothing here\n\n", directory: "")
    #expect(!rules.isIgnored(path: "anything", isDirectory: false))
  }

  // MARK: Lattice defaults

  @Test func defaultsIgnoreDependencyBuildAndCacheDirectoriesAtAnyDepth() {
    let rules = IgnoreRules.defaults()
    for name in IgnoreRules.defaultIgnoredDirectoryNames {
      #expect(rules.isIgnored(path: name, isDirectory: true), "\(name)")
      #expect(rules.isIgnored(path: "packages/web/\(name)", isDirectory: true), "\(name)")
    }
    #expect(!rules.isIgnored(path: "Sources", isDirectory: true))
    #expect(!rules.isIgnored(path: "src/app.ts", isDirectory: false))
  }

  @Test func defaultsOnlyIgnoreDirectories() {
    // A `build` script or an `out` file is code worth indexing; only the directories are output.
    let rules = IgnoreRules.defaults()
    #expect(!rules.isIgnored(path: "build", isDirectory: false))
    #expect(!rules.isIgnored(path: "scripts/out", isDirectory: false))
  }

  @Test func defaultsApplyAlongsideGitignore() {
    let rules = IgnoreRules.defaults().adding(gitignoreContents: "*.log\n", directory: "")
    #expect(rules.isIgnored(path: "node_modules", isDirectory: true))
    #expect(rules.isIgnored(path: "app.log", isDirectory: false))
  }

  @Test func gitignoreCanReIncludeADefaultDirectory() {
    let rules = IgnoreRules.defaults().adding(gitignoreContents: "!vendor/\n", directory: "")
    #expect(!rules.isIgnored(path: "vendor", isDirectory: true))
    #expect(rules.isIgnored(path: "third_party", isDirectory: true))
  }

  @Test func versionControlAndLatticeDirectoriesCannotBeReIncluded() {
    // A whitelist-style .gitignore re-includes every directory; `.git` and `.lattice` must stay out anyway.
    let rules = IgnoreRules.defaults().adding(
      gitignoreContents: """
        *
        !*/
        !*.swift
        !.git/
        """,
      directory: "")
    #expect(rules.isIgnored(path: ".git", isDirectory: true))
    #expect(rules.isIgnored(path: ".lattice", isDirectory: true))
    #expect(rules.isIgnored(path: "Modules/Sub/.git", isDirectory: false))
    #expect(!rules.isIgnored(path: "Sources", isDirectory: true))
    #expect(!rules.isIgnored(path: "Sources/main.swift", isDirectory: false))
    #expect(rules.isIgnored(path: "README.md", isDirectory: false))
  }

  @Test func emptyRulesIgnoreNothing() {
    #expect(!IgnoreRules().isIgnored(path: ".git", isDirectory: true))
    #expect(!IgnoreRules().isIgnored(path: "node_modules", isDirectory: true))
  }

  // MARK: Single patterns

  @Test func parsedPatternExposesItsFlags() {
    let pattern = IgnorePattern(line: "!/docs/build/")
    #expect(pattern?.isNegated == true)
    #expect(pattern?.isAnchored == true)
    #expect(pattern?.isDirectoryOnly == true)
    #expect(pattern?.matches(path: "docs/build", isDirectory: true) == true)
    #expect(pattern?.matches(path: "docs/build", isDirectory: false) == false)
  }
}
