/// Something that can say hello.
public protocol Greeter {  // @def interface Greeter
    var name: String { get }  // @def property Greeter.name
    func greet() -> String  // @def method Greeter.greet
}

/// Something that knows its display name.
public protocol Named: Greeter {  // @def interface Named @extends Greeter
    init(name: String)  // @def constructor Named.init(name:)
}
