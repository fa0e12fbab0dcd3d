/// A property wrapper with two initializers: one for a property with an initial value.
@propertyWrapper
public struct Setting<Value> {  // @def class Setting
    public var wrappedValue: Value?  // @def property Setting.wrappedValue

    public init(wrappedValue: Value, key: String, help: String = "") {  // @def constructor Setting.init(wrappedValue:key:help:)
        self.wrappedValue = wrappedValue
    }

    public init(key: String) {  // @def constructor Setting.init(key:)
        self.wrappedValue = nil
    }
}

/// Properties wrapped with and without an initial value; `@Setting` alone calls nothing written.
public struct Preferences {  // @def class Preferences
    @Setting(key: "volume") public var volume: Int = 3  // @instantiates Setting @calls Setting.init(wrappedValue:key:help:)
    @Setting(key: "name") public var name: String?  // @instantiates Setting @calls Setting.init(key:)
}

/// Overloads with the same labels differ only in their argument types, which syntax does not see:
/// a call of either is ambiguous, not bound to the last one declared.
public enum Words {  // @def enum Words
    public static func count(_ words: [String]) -> Int { words.count }  // @def method Words.count(_:)
    public static func count(_ word: String) -> Int { 1 }  // @def method Words.count(_:)
    public static func total() -> Int { count(["a", "b"]) }  // @def method Words.total @unresolved count(_:)
}
