import MCP

/// Typed access to a tool call's arguments; a wrong type is an `invalid_argument` error.
struct Arguments {
  let values: [String: Value]

  init(_ values: [String: Value]?) { self.values = values ?? [:] }

  func string(_ name: String) throws -> String? {
    guard let value = values[name], !value.isNull else { return nil }
    guard let text = value.stringValue else {
      throw ToolError.invalid("'\(name)' must be a string", hint: "see the tool's input schema")
    }
    return text
  }

  func requiredString(_ name: String) throws -> String {
    guard let text = try string(name), !text.isEmpty else {
      throw ToolError.invalid("'\(name)' is required", hint: "see the tool's input schema")
    }
    return text
  }

  func int(_ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
    guard let value = values[name], !value.isNull else { return fallback }
    // A double is accepted only when it is a whole number in range (`1e30` must not trap).
    let whole = value.doubleValue.flatMap { $0.rounded() == $0 && abs($0) <= 1e9 ? Int($0) : nil }
    guard let number = value.intValue ?? whole, range.contains(number) else {
      throw ToolError.invalid(
        "'\(name)' must be a whole number from \(range.lowerBound) to \(range.upperBound)",
        hint: "omit it for the default (\(fallback))")
    }
    return number
  }

  func bool(_ name: String, default fallback: Bool) throws -> Bool {
    guard let value = values[name], !value.isNull else { return fallback }
    guard let flag = value.boolValue else { throw ToolError.invalid("'\(name)' must be true or false", hint: "") }
    return flag
  }

  func strings(_ name: String) throws -> [String] {
    guard let value = values[name], !value.isNull else { return [] }
    guard let items = value.arrayValue?.compactMap(\.stringValue), items.count == value.arrayValue?.count else {
      throw ToolError.invalid("'\(name)' must be a list of strings", hint: "see the tool's input schema")
    }
    return items
  }

  /// The shared `max_tokens` parameter.
  func maxTokens() throws -> Int { try int("max_tokens", default: 2000, range: 200...20000) }
}

/// JSON-schema fragments shared by the tools.
enum Schema {
  static let maxTokens: Value = [
    "type": "integer", "minimum": 200, "maximum": 20000, "default": 2000,
    "description": "Answer budget in approximate tokens (about 4 characters each). The answer says what it cut.",
  ]

  static func object(_ properties: [String: Value], required: [String]) -> Value {
    [
      "type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) }),
      "additionalProperties": false,
    ]
  }
}
