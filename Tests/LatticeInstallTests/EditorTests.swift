import Foundation
import Testing

@testable import LatticeInstall

// What `lattice install` / `uninstall` may do to an agent's configuration files: add or replace one
// entry, remove it again, and leave every other byte (comments, key order, spacing, line endings)
// exactly as the user wrote it.

/// The server entry most tests install, written the way a caller would (two-space pretty JSON).
private let latticeServer = """
  {
    "type": "stdio",
    "command": "/usr/local/bin/lattice",
    "args": ["mcp"]
  }
  """

private let serverPath = ["mcpServers", "lattice"]

// MARK: - JSON with comments

@Suite struct JSONCDocumentTests {
  /// A trimmed-down `~/.claude.json`: many unrelated keys, per-project settings, another server.
  static let claudeJSON = """
    {
      "numStartups": 42,
      "installMethod": "native",
      "autoUpdates": true,
      "theme": "dark",
      "tipsHistory": {
        "new-user-warmup": 7,
        "memory-command": 3
      },
      "projects": {
        "/Users/ada/code/app": {
          "allowedTools": [],
          "mcpServers": {},
          "hasTrustDialogAccepted": true
        }
      },
      "mcpServers": {
        "github": {
          "type": "stdio",
          "command": "npx",
          "args": ["-y", "@modelcontextprotocol/server-github"],
          "env": {
            "GITHUB_TOKEN": "ghp_example"
          }
        }
      },
      "userID": "0f3c9a"
    }

    """

  @Test func claudeJSONGetsTheServerAfterTheOtherServers() throws {
    let installed = try JSONCDocument(text: Self.claudeJSON).setting(serverPath, to: latticeServer)
    #expect(
      installed == """
        {
          "numStartups": 42,
          "installMethod": "native",
          "autoUpdates": true,
          "theme": "dark",
          "tipsHistory": {
            "new-user-warmup": 7,
            "memory-command": 3
          },
          "projects": {
            "/Users/ada/code/app": {
              "allowedTools": [],
              "mcpServers": {},
              "hasTrustDialogAccepted": true
            }
          },
          "mcpServers": {
            "github": {
              "type": "stdio",
              "command": "npx",
              "args": ["-y", "@modelcontextprotocol/server-github"],
              "env": {
                "GITHUB_TOKEN": "ghp_example"
              }
            },
            "lattice": {
              "type": "stdio",
              "command": "/usr/local/bin/lattice",
              "args": ["mcp"]
            }
          },
          "userID": "0f3c9a"
        }

        """)
    #expect(try JSONCDocument(text: installed).removing(serverPath) == Self.claudeJSON)
  }

  @Test func aProjectScopedServerFillsAnEmptyObjectAndUninstallWritesItBackAsBraces() throws {
    let path = ["projects", "/Users/ada/code/app", "mcpServers", "lattice"]
    let installed = try JSONCDocument(text: Self.claudeJSON).setting(path, to: #"{"command": "lattice"}"#)
    #expect(
      installed.contains(
        """
              "mcpServers": {
                "lattice": {"command": "lattice"}
              },
              "hasTrustDialogAccepted": true
        """))
    #expect(try JSONCDocument(text: installed).removing(path) == Self.claudeJSON)
  }

  @Test func missingIntermediateObjectsAreCreatedAtTheEnd() throws {
    let text = """
      {
        "theme": "dark",
        "autoUpdates": false
      }
      """
    let installed = try JSONCDocument(text: text).setting(serverPath, to: latticeServer)
    #expect(
      installed == """
        {
          "theme": "dark",
          "autoUpdates": false,
          "mcpServers": {
            "lattice": {
              "type": "stdio",
              "command": "/usr/local/bin/lattice",
              "args": ["mcp"]
            }
          }
        }
        """)
    // The caller decides whether an emptied `mcpServers` should go too; the editor removes what it names.
    #expect(try JSONCDocument(text: installed).removing(["mcpServers"]) == text)
  }

  /// `.cursor/mcp.json` as people write it: comments and trailing commas everywhere.
  static let cursorJSONC = """
    // Cursor MCP servers for this project
    {
      "mcpServers": {
        /* Linear issue tracker */
        "linear": {
          "url": "https://mcp.linear.app/sse",
        },
        "postgres": {
          "command": "npx",
          "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://localhost/dev"], // local only
        },
      },
    }

    """

  @Test func trailingCommaStyleIsKeptInCursorConfig() throws {
    let installed = try JSONCDocument(text: Self.cursorJSONC).setting(
      serverPath, to: #"{"command":"lattice","args":["mcp"]}"#)
    #expect(
      installed == """
        // Cursor MCP servers for this project
        {
          "mcpServers": {
            /* Linear issue tracker */
            "linear": {
              "url": "https://mcp.linear.app/sse",
            },
            "postgres": {
              "command": "npx",
              "args": ["-y", "@modelcontextprotocol/server-postgres", "postgresql://localhost/dev"], // local only
            },
            "lattice": {"command":"lattice","args":["mcp"]},
          },
        }

        """)
    #expect(try JSONCDocument(text: installed).removing(serverPath) == Self.cursorJSONC)
  }

  /// Zed's `settings.json`: comment header, a comment after the last server, a different key name.
  static let zedSettings = """
    // Zed settings
    //
    // For information on how to configure Zed, see the Zed
    // documentation: https://zed.dev/docs/configuring-zed
    {
      "theme": "One Dark",
      "buffer_font_size": 15, // points
      "context_servers": {
        "postgres": {
          "command": {
            "path": "/usr/local/bin/postgres-mcp",
            "args": []
          }
        } // used by the db team
      },
      "vim_mode": true
    }

    """

  @Test func aCommentAfterTheLastMemberStaysOnItsLineInZedSettings() throws {
    // Written with four spaces; the file uses two, so the value is re-indented.
    let zedServer = """
      {
          "source": "custom",
          "command": "lattice",
          "args": ["mcp"]
      }
      """
    let path = ["context_servers", "lattice"]
    let installed = try JSONCDocument(text: Self.zedSettings).setting(path, to: zedServer)
    #expect(
      installed == """
        // Zed settings
        //
        // For information on how to configure Zed, see the Zed
        // documentation: https://zed.dev/docs/configuring-zed
        {
          "theme": "One Dark",
          "buffer_font_size": 15, // points
          "context_servers": {
            "postgres": {
              "command": {
                "path": "/usr/local/bin/postgres-mcp",
                "args": []
              }
            }, // used by the db team
            "lattice": {
              "source": "custom",
              "command": "lattice",
              "args": ["mcp"]
            }
          },
          "vim_mode": true
        }

        """)
    #expect(try JSONCDocument(text: installed).removing(path) == Self.zedSettings)
  }

  @Test func crlfFilesGetCRLFInInsertedText() throws {
    // `.vscode/mcp.json` saved on Windows, without a final line break.
    let text = [
      "{", #"  "inputs": [],"#, #"  "servers": {"#, #"    "fetch": {"#, #"      "command": "uvx","#,
      #"      "args": ["mcp-server-fetch"]"#, "    }", "  }", "}",
    ].joined(separator: "\r\n")
    let installed = try JSONCDocument(text: text).setting(["servers", "lattice"], to: latticeServer)
    let bytes = Array(installed.utf8)
    let bareLineFeeds = bytes.indices.filter { bytes[$0] == 0x0A && ($0 == 0 || bytes[$0 - 1] != 0x0D) }
    #expect(bareLineFeeds.isEmpty)
    #expect(installed.hasSuffix("    }\r\n  }\r\n}"))
    #expect(installed.contains("    },\r\n    \"lattice\": {\r\n      \"type\": \"stdio\",\r\n"))
    #expect(try JSONCDocument(text: installed).removing(["servers", "lattice"]) == text)
  }

  @Test func tabIndentedFilesGetTabs() throws {
    let text = "{\n\t\"mcpServers\": {\n\t\t\"x\": {\"command\": \"x\"}\n\t}\n}\n"
    let installed = try JSONCDocument(text: text).setting(serverPath, to: latticeServer)
    #expect(
      installed == "{\n\t\"mcpServers\": {\n\t\t\"x\": {\"command\": \"x\"},\n\t\t\"lattice\": {\n"
        + "\t\t\t\"type\": \"stdio\",\n\t\t\t\"command\": \"/usr/local/bin/lattice\",\n\t\t\t\"args\": [\"mcp\"]\n"
        + "\t\t}\n\t}\n}\n")
  }

  @Test func oneLineObjectsStayOnOneLine() throws {
    let text = #"{"theme":"dark","fontSize":14}"#
    let installed = try JSONCDocument(text: text).setting(serverPath, to: #"{"command":"lattice"}"#)
    #expect(installed == #"{"theme":"dark","fontSize":14,"mcpServers":{"lattice":{"command":"lattice"}}}"#)
    #expect(try JSONCDocument(text: installed).removing(["mcpServers"]) == text)
  }

  @Test func anEmptyFileBecomesAnObject() throws {
    let installed = try JSONCDocument(text: "").setting(serverPath, to: #"{"command": "lattice"}"#)
    #expect(installed == "{\n  \"mcpServers\": {\n    \"lattice\": {\"command\": \"lattice\"}\n  }\n}\n")
    #expect(try JSONCDocument(text: "  \n").setting(["a"], to: "1") == "  \n{\n  \"a\": 1\n}\n")
    // Removing leaves `{}`: whether the file should go is the caller's call (`isEmpty` tells).
    let removed = try JSONCDocument(text: installed).removing(["mcpServers"])
    #expect(removed == "{}\n")
    #expect(try JSONCDocument(text: removed).isEmpty)
  }

  @Test func replacingAValueTouchesOnlyThatValueAndIsIdempotent() throws {
    let text = """
      {
        // pinned by the team
        "mcpServers": {
          "lattice": { "command": "old-lattice" }, // managed by lattice
          "github": { "command": "gh-mcp" }
        }
      }
      """
    let once = try JSONCDocument(text: text).setting(serverPath, to: #"{"command": "lattice", "args": ["mcp"]}"#)
    #expect(
      once == """
        {
          // pinned by the team
          "mcpServers": {
            "lattice": {"command": "lattice", "args": ["mcp"]}, // managed by lattice
            "github": { "command": "gh-mcp" }
          }
        }
        """)
    #expect(try JSONCDocument(text: once).setting(serverPath, to: #"{"command": "lattice", "args": ["mcp"]}"#) == once)
    #expect(try JSONCDocument(text: once).value(at: serverPath) == #"{"command": "lattice", "args": ["mcp"]}"#)
  }

  @Test func removingAnExistingMemberTakesItsLineAndComment() throws {
    let text = """
      {
        "mcpServers": {
          "lattice": { "command": "lattice" }, // managed by lattice
          "github": { "command": "gh-mcp" }
        }
      }
      """
    #expect(
      try JSONCDocument(text: text).removing(serverPath) == """
        {
          "mcpServers": {
            "github": { "command": "gh-mcp" }
          }
        }
        """)
  }

  @Test func removingWhatIsNotThereChangesNothing() throws {
    let document = try JSONCDocument(text: Self.cursorJSONC)
    #expect(try document.removing(["mcpServers", "nope"]) == Self.cursorJSONC)
    #expect(try document.removing(["nope", "lattice"]) == Self.cursorJSONC)
    #expect(try document.removing(["mcpServers", "linear", "url", "deeper"]) == Self.cursorJSONC)
  }

  @Test func aDuplicatedKeyReadsAsItsLastOccurrenceAndIsRemovedEntirely() throws {
    let text = #"{"mcpServers": {"lattice": {"command": "a"}, "lattice": {"command": "b"}}, "x": 1}"#
    let document = try JSONCDocument(text: text)
    #expect(document.value(at: serverPath) == #"{"command": "b"}"#)
    #expect(
      try document.setting(serverPath, to: "{}")
        == #"{"mcpServers": {"lattice": {"command": "a"}, "lattice": {}}, "x": 1}"#)
    #expect(try document.removing(serverPath) == #"{"mcpServers": {}, "x": 1}"#)
  }

  @Test func keysAreMatchedDecodedAndWrittenEscaped() throws {
    let text = #"{"say \"hi\"": {"a\\b": 1}, "caf\u00e9": 2}"#
    let document = try JSONCDocument(text: text)
    #expect(document.value(at: [#"say "hi""#, #"a\b"#]) == "1")
    #expect(document.value(at: ["café"]) == "2")
    let installed = try document.setting([#"say "hi""#, #"new "key""#], to: "true")
    #expect(installed == #"{"say \"hi\"": {"a\\b": 1, "new \"key\"": true}, "caf\u00e9": 2}"#)
    #expect(try JSONCDocument(text: installed).removing([#"say "hi""#, #"new "key""#]) == text)
  }

  @Test func aPathThroughSomethingOtherThanAnObjectIsRefused() throws {
    let document = try JSONCDocument(text: #"{"mcpServers": ["not", "an", "object"]}"#)
    #expect(throws: ConfigEditError.notAnObject(path: ["mcpServers"])) {
      try document.setting(serverPath, to: "{}")
    }
    #expect(throws: ConfigEditError.emptyPath) { try document.setting([], to: "{}") }
  }

  @Test func theValueToWriteMustBeOneJSONValue() throws {
    let document = try JSONCDocument(text: "{}")
    for bad in [#"{"command": }"#, "", #"{"a": 1} {"b": 2}"#, "lattice", #"{"a": 1"#] {
      #expect(throws: ConfigEditError.self) { try document.setting(["a"], to: bad) }
    }
    #expect(
      throws: ConfigEditError.invalidValue(
        reason: "line 1, column 13: expected a value for the key \"command\", found '}'")
    ) {
      try document.setting(["a"], to: #"{"command": }"#)
    }
  }

  @Test func malformedInputIsReportedWithItsLineAndColumn() {
    let cases: [(text: String, line: Int, column: Int, reason: String)] = [
      ("{\n  \"a\": \"open\n}", 2, 8, "unterminated string"),
      ("{\n  \"a\": 1 /* never closed\n}", 2, 10, "unterminated /* comment"),
      ("{\n  \"a\" 1\n}", 2, 7, "expected ':' after the key \"a\", found '1'"),
      ("{\n  \"a\": {\n    \"b\": 1\n}\n", 5, 1, "missing '}' for the object opened at line 1, column 1"),
      ("{\n  \"a\": 1\n}\n}\n", 4, 1, "unexpected '}' after the top-level object (unbalanced braces?)"),
      ("[1, 2]", 1, 1, "the top level must be an object starting with '{', found '['"),
      ("{\n  \"a\": 1\n  \"b\": 2\n}", 3, 3, "expected ',' or '}' after the value of \"a\", found '\"'"),
      ("{\"a\": tru}", 1, 7, "'tru' is not a value (expected a string, number, true, false, null, object or array)"),
      ("{\"a\": 1 / 2}", 1, 9, "a single '/' (comments start with // or /*)"),
      ("{\"a\": [1, 2}", 1, 12, "expected ',' or ']' in the array, found '}'"),
      ("{\"é\": \"\\x\"}", 1, 8, "invalid escape '\\x' in a string"),
    ]
    for (text, line, column, reason) in cases {
      #expect(throws: ConfigEditError.malformed(line: line, column: column, reason: reason)) {
        try JSONCDocument(text: text)
      }
    }
    #expect(
      ConfigEditError.malformed(line: 2, column: 8, reason: "unterminated string").description
        == "malformed JSON at line 2, column 8: unterminated string")
  }

  @Test func rangesPointAtKeysValuesAndCommas() throws {
    let text = "{\"a\": 1, \"b\": {\"c\": [1]},}"
    let document = try JSONCDocument(text: text)
    let root = document.objects[try #require(document.root)]
    let slice = { (range: Range<Int>) in String(decoding: Array(text.utf8)[range], as: UTF8.self) }
    #expect(root.members.map(\.key) == ["a", "b"])
    #expect(root.members.map { slice($0.keyRange) } == ["\"a\"", "\"b\""])
    #expect(root.members.map { slice($0.valueRange) } == ["1", "{\"c\": [1]}"])
    #expect(root.members.map { slice($0.range) } == ["\"a\": 1,", "\"b\": {\"c\": [1]},"])
    #expect(root.members[1].object.map { document.objects[$0].members[0].key } == "c")
    #expect((root.open, root.close) == (0, text.utf8.count - 1))
  }

  /// Realistic and awkward layouts for the round-trip properties.
  static let corpus: [String] = [
    claudeJSON, cursorJSONC, zedSettings,
    "{}", "{}\n", "{\"a\": {}}",
    #"{"a":1}"#, "{\"a\": 1,}", "{ \"a\": 1, \"b\": 2 }\n",
    "{\n  \"a\": 1 // trailing comment\n}\n",
    "{\n  \"a\": 1}", "{\n  \"a\": 1 /* inline */}\n",
    "{\n  \"a\": 1 /* spans\n  lines */\n}\n",
    "{\n  // nothing configured yet\n}\n",
    "{\r\n  \"a\": {\r\n    \"b\": [1, 2]\r\n  },\r\n  \"c\": null\r\n}\r\n",
    "{\n\t\"a\": {\n\t\t\"b\": true\n\t}\n}",
    "\u{FEFF}{\n    \"four\": \"spaces\",\n    \"nested\": {}\n}\n",
    "{\n  \"say \\\"hi\\\"\": \"x\",\n  \"path\\\\key\": 2, \"same line\": 3\n}\n",
    "{\"emoji\": \"😀\", \"ñ\": {\"mcpServers\": {}}}",
    "/* header */ {\"mcpServers\": {\"x\": {}} /* after */}  // end",
  ]

  static let paths: [[String]] = [
    serverPath, ["lattice"], ["mcpServers", "x", "lattice"], ["a", "lattice"], ["new", "deeper", "key"],
  ]

  static let values: [String] = [
    latticeServer, #"{"command":"lattice","args":["mcp"]}"#, "\"lattice\"", "[\n    1,\n    2\n]",
    "{\n\t\"tabbed\": {\n\t\t\"x\": 1\n\t}\n}\r\n",
  ]

  /// Removing the outermost key that `setting` created gives back the original bytes.
  @Test(arguments: corpus)
  func installThenUninstallRestoresTheBytes(text: String) throws {
    let document = try JSONCDocument(text: text)
    for path in Self.paths where Self.canInsert(path, in: document) {
      let created = (1...path.count).lazy.map { Array(path.prefix($0)) }.first { document.value(at: $0) == nil }!
      for value in Self.values {
        let installed = try document.setting(path, to: value)
        #expect(try JSONCDocument(text: installed).removing(created) == text, "\(path) in \(text.debugDescription)")
      }
    }
  }

  @Test(arguments: corpus)
  func settingTwiceEqualsSettingOnce(text: String) throws {
    let document = try JSONCDocument(text: text)
    for path in Self.paths where Self.canInsert(path, in: document) {
      for value in Self.values {
        let once = try document.setting(path, to: value)
        #expect(try JSONCDocument(text: once).setting(path, to: value) == once, "\(path) in \(text.debugDescription)")
      }
    }
  }

  @Test(arguments: corpus)
  func outputReadsAsTheExpectedJSON(text: String) throws {
    let document = try JSONCDocument(text: text)
    let original = try Self.parse(text)
    for path in Self.paths where Self.canInsert(path, in: document) {
      for value in Self.values {
        let installed = try document.setting(path, to: value)
        let expected = Self.setting(path, try Self.parse(value), in: original)
        #expect(try Self.canonical(Self.parse(installed)) == Self.canonical(expected), "\(path)")
      }
    }
  }

  /// Whether the path is absent and every existing object on it can take a new member.
  static func canInsert(_ path: [String], in document: JSONCDocument) -> Bool {
    guard document.value(at: path) == nil else { return false }
    for depth in 1..<path.count {
      guard let value = document.value(at: Array(path.prefix(depth))) else { return true }
      if !value.hasPrefix("{") { return false }
    }
    return true
  }

  // An independent reader for the check: strip comments and trailing commas, then JSONSerialization.
  static func parse(_ jsonc: String) throws -> Any {
    var out: [UInt8] = []
    let bytes = Array(jsonc.utf8).drop { $0 == 0xEF || $0 == 0xBB || $0 == 0xBF }.map { $0 }
    var index = 0
    var inString = false
    while index < bytes.count {
      let byte = bytes[index]
      let next = index + 1 < bytes.count ? bytes[index + 1] : 0
      if inString {
        out.append(byte)
        if byte == UInt8(ascii: "\\") {
          out.append(next)
          index += 1
        } else if byte == UInt8(ascii: "\"") {
          inString = false
        }
      } else if byte == UInt8(ascii: "/"), next == UInt8(ascii: "/") {
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
        continue
      } else if byte == UInt8(ascii: "/"), next == UInt8(ascii: "*") {
        index += 2
        while !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) { index += 1 }
        index += 2
        continue
      } else if byte == UInt8(ascii: ",") {
        let rest = bytes[(index + 1)...].first { !JSONCDocument.isWhitespace($0) }
        if rest != UInt8(ascii: "}") && rest != UInt8(ascii: "]") { out.append(byte) }
      } else {
        if byte == UInt8(ascii: "\"") { inString = true }
        out.append(byte)
      }
      index += 1
    }
    let data = out.allSatisfy(JSONCDocument.isWhitespace) ? Data("{}".utf8) : Data(out)
    return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
  }

  static func setting(_ path: [String], _ value: Any, in object: Any) -> Any {
    var dictionary = object as? [String: Any] ?? [:]
    guard let key = path.first else { return value }
    dictionary[key] = path.count == 1 ? value : setting(Array(path.dropFirst()), value, in: dictionary[key] ?? [:])
    return dictionary
  }

  static func canonical(_ object: Any) throws -> String {
    String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
  }
}

// MARK: - TOML tables

@Suite struct TOMLTableEditorTests {
  /// A Codex `~/.codex/config.toml` with top-level keys, other servers and comments.
  static let codexConfig = """
    # Codex configuration
    model = "gpt-5-codex"
    approval_policy = "on-request"

    [mcp_servers.github]
    command = "npx"
    args = ["-y", "@modelcontextprotocol/server-github"]
    env = { GITHUB_TOKEN = "ghp_example" }

    # Documentation lookups
    [mcp_servers.docs]
    command = "docs-mcp"

    """

  static let latticeBody = """
    command = "/usr/local/bin/lattice"
    args = ["mcp"]

    """

  @Test func aMissingTableIsAppendedAfterOneBlankLine() throws {
    let installed = try TOMLTableEditor.settingTable(
      "mcp_servers.lattice", body: Self.latticeBody, in: Self.codexConfig)
    #expect(
      installed == Self.codexConfig + """

        [mcp_servers.lattice]
        command = "/usr/local/bin/lattice"
        args = ["mcp"]

        """)
    #expect(try TOMLTableEditor.removingTable("mcp_servers.lattice", in: installed) == Self.codexConfig)
    #expect(try TOMLTableEditor.settingTable("mcp_servers.lattice", body: Self.latticeBody, in: installed) == installed)
  }

  @Test func anExistingTableIsReplacedAndTheNextTablesCommentStays() throws {
    let text = """
      model = "o3"

      [mcp_servers.lattice]
      command = "old-lattice"
      # a note about lattice
      startup_timeout_sec = 5

      # Documentation lookups
      [mcp_servers.docs]
      command = "docs-mcp"
      """
    let installed = try TOMLTableEditor.settingTable("mcp_servers.lattice", body: Self.latticeBody, in: text)
    #expect(
      installed == """
        model = "o3"

        [mcp_servers.lattice]
        command = "/usr/local/bin/lattice"
        args = ["mcp"]

        # Documentation lookups
        [mcp_servers.docs]
        command = "docs-mcp"
        """)
    #expect(
      try TOMLTableEditor.removingTable("mcp_servers.lattice", in: installed) == """
        model = "o3"

        # Documentation lookups
        [mcp_servers.docs]
        command = "docs-mcp"
        """)
  }

  @Test func aHeaderWrittenWithSpacesOrQuotesIsOurTableAndIsKeptAsWritten() throws {
    let text = "[ mcp_servers.lattice ] # added by hand\ncommand = \"x\"\n\n[mcp_servers.\"other\"]\ncommand = \"y\"\n"
    let installed = try TOMLTableEditor.settingTable("mcp_servers.lattice", body: "command = \"lattice\"", in: text)
    #expect(installed == text.replacingOccurrences(of: "command = \"x\"", with: "command = \"lattice\""))
    let quoted = "[mcp_servers.\"lattice\"]\ncommand = \"x\"\n"
    #expect(try TOMLTableEditor.removingTable("mcp_servers.lattice", in: quoted) == "")
  }

  @Test func arraysOfTablesAndBracketsInsideValuesAreNotOurTable() throws {
    let text = """
      [[mcp_servers.lattice]]
      name = "not ours: an array of tables"

      [profiles.dev]
      notes = \"\"\"
      [mcp_servers.lattice]
      is text inside a multi-line string
      \"\"\"
      matrix = [
        [1, 2],
      ]
      """
    let installed = try TOMLTableEditor.settingTable("mcp_servers.lattice", body: "command = \"lattice\"", in: text)
    #expect(installed == text + "\n\n[mcp_servers.lattice]\ncommand = \"lattice\"")
    #expect(try TOMLTableEditor.removingTable("mcp_servers.lattice", in: installed) == text)
  }

  @Test func removingAlsoRemovesSubTablesThatWouldRedefineTheServer() throws {
    let text = """
      [mcp_servers.lattice]
      command = "lattice"

      [mcp_servers.lattice.env]
      LATTICE_LOG = "debug"

      [mcp_servers.lattice_other]
      command = "kept"

      """
    #expect(
      try TOMLTableEditor.removingTable("mcp_servers.lattice", in: text)
        == "[mcp_servers.lattice_other]\ncommand = \"kept\"\n")
  }

  @Test(arguments: [
    "", "\n", "model = \"o3\"", "model = \"o3\"\n", "model = \"o3\"\n\n", "model = \"o3\"\r\n[a]\r\nx = 1\r\n",
    "# only a comment", codexConfig, "[mcp_servers.lattice_old]\ncommand = \"x\"",
  ])
  func appendThenRemoveRestoresTheBytes(text: String) throws {
    for body in [Self.latticeBody, "command = \"lattice\"", "", "a = 1\r\nb = 2\r\n"] {
      let installed = try TOMLTableEditor.settingTable("mcp_servers.lattice", body: body, in: text)
      #expect(
        try TOMLTableEditor.removingTable("mcp_servers.lattice", in: installed) == text, "\(body.debugDescription)")
      #expect(try TOMLTableEditor.settingTable("mcp_servers.lattice", body: body, in: installed) == installed)
    }
  }

  @Test func crlfFilesGetCRLF() throws {
    let text = "model = \"o3\"\r\n"
    let installed = try TOMLTableEditor.settingTable("mcp_servers.lattice", body: Self.latticeBody, in: text)
    #expect(
      installed
        == "model = \"o3\"\r\n\r\n[mcp_servers.lattice]\r\ncommand = \"/usr/local/bin/lattice\"\r\nargs = [\"mcp\"]\r\n"
    )
  }

  @Test func aMalformedHeaderIsAnErrorOnlyWhenItIsOurs() throws {
    let ours = "model = \"o3\"\n[mcp_servers.lattice\ncommand = \"x\"\n"
    #expect(throws: ConfigEditError.malformedTableHeader(line: 2, text: "[mcp_servers.lattice")) {
      try TOMLTableEditor.settingTable("mcp_servers.lattice", body: "command = \"y\"", in: ours)
    }
    #expect(throws: ConfigEditError.self) { try TOMLTableEditor.removingTable("mcp_servers.lattice", in: ours) }
    let theirs = "[mcp_servers.other\ncommand = \"x\"\n"
    #expect(
      try TOMLTableEditor.settingTable("mcp_servers.lattice", body: "command = \"y\"", in: theirs)
        == theirs + "\n[mcp_servers.lattice]\ncommand = \"y\"\n")
    #expect(throws: ConfigEditError.invalidTableName("mcp servers")) {
      try TOMLTableEditor.settingTable("mcp servers", body: "", in: "")
    }
  }
}

// MARK: - Markdown blocks

@Suite struct MarkdownBlockEditorTests {
  static let agentsMD = """
    # AGENTS.md

    Use `make test` before committing.

    ## Style
    - Two-space indentation.

    """

  static let body = """
    ## Lattice
    Use the lattice MCP tools (`context`, `callers`) before reading files.

    """

  @Test func aBlockIsAppendedAfterOneBlankLineAndRemovedWithoutTrace() throws {
    let installed = MarkdownBlockEditor.settingBlock(Self.body, in: Self.agentsMD)
    #expect(
      installed == Self.agentsMD + """

        <!-- lattice:begin -->
        ## Lattice
        Use the lattice MCP tools (`context`, `callers`) before reading files.
        <!-- lattice:end -->

        """)
    #expect(MarkdownBlockEditor.removingBlock(in: installed) == Self.agentsMD)
    #expect(MarkdownBlockEditor.settingBlock(Self.body, in: installed) == installed)
  }

  @Test func aNewFileGetsJustTheBlock() throws {
    let installed = MarkdownBlockEditor.settingBlock("Use lattice.", in: "")
    #expect(installed == "<!-- lattice:begin -->\nUse lattice.\n<!-- lattice:end -->\n")
    #expect(MarkdownBlockEditor.removingBlock(in: installed) == "")
  }

  @Test func anExistingBlockIsReplacedInPlace() throws {
    let text = """
      # CLAUDE.md

      <!-- lattice:begin -->
      old instructions
      <!-- lattice:end -->

      ## Project notes
      Keep these.
      """
    let installed = MarkdownBlockEditor.settingBlock("new instructions", in: text)
    #expect(installed == text.replacingOccurrences(of: "old instructions", with: "new instructions"))
    #expect(
      MarkdownBlockEditor.removingBlock(in: installed) == """
        # CLAUDE.md

        ## Project notes
        Keep these.
        """)
    // Removing never merges the paragraphs around the block.
    #expect(
      MarkdownBlockEditor.removingBlock(in: "intro\n<!-- lattice:begin -->\nx\n<!-- lattice:end -->\n\nmore\n")
        == "intro\n\nmore\n")
  }

  @Test(arguments: [
    "", "\n", "notes", "notes\n", "notes\n\n", "---\ndescription: rules\nalwaysApply: true\n---\r\n\r\nBe brief.\r\n",
    agentsMD,
  ])
  func appendThenRemoveRestoresTheBytes(text: String) throws {
    for body in [Self.body, "", "one line", "a\r\nb"] {
      let installed = MarkdownBlockEditor.settingBlock(body, in: text)
      #expect(MarkdownBlockEditor.removingBlock(in: installed) == text, "\(body.debugDescription)")
      #expect(MarkdownBlockEditor.settingBlock(body, in: installed) == installed)
    }
  }

  @Test func markersInsideCodeFencesAreText() throws {
    let text = "Example:\n```\n<!-- lattice:begin -->\n```\n"
    let installed = MarkdownBlockEditor.settingBlock("x", in: text)
    #expect(installed == text + "\n<!-- lattice:begin -->\nx\n<!-- lattice:end -->\n")
    #expect(MarkdownBlockEditor.removingBlock(in: installed) == text)
  }

  @Test func strayMarkersAreLeftAsTextAndReportedWithTheirLine() {
    // A begin marker without an end: nothing after it is taken for the block, a block is appended.
    let strayBegin = "# T\n\n<!-- lattice:begin -->\nkeep me\n"
    #expect(
      MarkdownBlockEditor.unbalancedMarker(in: strayBegin)
        == .unbalancedMarkers(line: 3, marker: "<!-- lattice:begin -->"))
    let installed = MarkdownBlockEditor.settingBlock("x", in: strayBegin)
    #expect(installed == strayBegin + "\n<!-- lattice:begin -->\nx\n<!-- lattice:end -->\n")
    #expect(MarkdownBlockEditor.settingBlock("x", in: installed) == installed)
    #expect(MarkdownBlockEditor.removingBlock(in: installed) == strayBegin)
    // An end marker alone is text too.
    let strayEnd = "<!-- lattice:end -->\n"
    #expect(MarkdownBlockEditor.removingBlock(in: strayEnd) == strayEnd)
    #expect(
      MarkdownBlockEditor.unbalancedMarker(in: strayEnd)?.description
        == "unbalanced marker at line 1: <!-- lattice:end --> has no partner")
    #expect(MarkdownBlockEditor.unbalancedMarker(in: installed.replacingOccurrences(of: "keep me\n", with: "")) != nil)
    #expect(MarkdownBlockEditor.unbalancedMarker(in: "<!-- lattice:begin -->\n<!-- lattice:end -->\n") == nil)
  }

  @Test func aDuplicatedBlockCollapsesIntoTheFirst() throws {
    let block = "<!-- lattice:begin -->\nold\n<!-- lattice:end -->\n"
    let text = "# T\n\n" + block + "\nmiddle\n\n" + block
    #expect(
      MarkdownBlockEditor.settingBlock("new", in: text) == "# T\n\n"
        + block.replacingOccurrences(of: "old", with: "new")
        + "\nmiddle\n")
    #expect(MarkdownBlockEditor.removingBlock(in: text) == "# T\n\nmiddle\n")
  }
}
