// Default implementations: members of `Greeter` declared outside its body.
extension Greeter {
    public func greet() -> String {  // @def method Greeter.greet
        "Hello, \(name)"
    }

    public func greetLoudly() -> String {  // @def method Greeter.greetLoudly
        greet().uppercased()  // @calls Sources/Shop/Greeter+Defaults.swift#Greeter.greet
    }
}
