import Foundation

public enum Role: String {  // @def enum Role
    case customer, staff  // @def enum_member Role.customer @def enum_member Role.staff
    case guest  // @def enum_member Role.guest
}

open class Entity {  // @def class Entity
    public let id: Int  // @def property Entity.id

    public init(id: Int) {  // @def constructor Entity.init(id:)
        self.id = id
    }

    open func describe() -> String {  // @def method Entity.describe
        "entity \(id)"
    }
}

public class User: Entity {  // @def class User @extends Entity
    public var name: String  // @def property User.name
    public let role: Role  // @def property User.role

    public init(name: String, role: Role) {  // @def constructor User.init(name:role:)
        self.name = name
        self.role = role
        super.init(id: name.count)  // @calls Entity.init(id:)
    }

    public static func guest() -> User {  // @def method User.guest
        User(name: "guest", role: .guest)  // @instantiates User @calls User.init(name:role:)
    }

    public override func describe() -> String {  // @def method User.describe
        super.describe() + " (user \(name))"  // @calls Entity.describe
    }

    public func rename(to newName: String) {  // @def method User.rename(to:)
        name = newName
    }
}

public final class Admin: User {  // @def class Admin @extends User
    public init(name: String) {  // @def constructor Admin.init(name:)
        super.init(name: name, role: .staff)  // @calls User.init(name:role:)
    }

    @MainActor
    public override func describe() -> String {  // @def method Admin.describe
        "admin " + greet()  // @calls Sources/Shop/Greeter+Defaults.swift#Greeter.greet
    }
}

extension User: Greeter {}  // @implements Greeter

extension User: CustomStringConvertible {
    public var description: String {  // @def property User.description
        self.describe()  // @calls User.describe
    }
}
