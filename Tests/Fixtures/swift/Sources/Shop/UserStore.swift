/// An ordered collection of users; `remove(at:)` and `remove(_:)` are distinct members.
public struct UserStore {  // @def class UserStore
    private var users: [User] = []  // @def property UserStore.users

    public init() {}  // @def constructor UserStore.init

    public mutating func add(_ user: User) {  // @def method UserStore.add(_:)
        users.append(user)
    }

    public mutating func remove(at index: Int) {  // @def method UserStore.remove(at:)
        users.removeSubrange(index...index)
    }

    public mutating func remove(_ user: User) {  // @def method UserStore.remove(_:)
        if let index = position(of: user) {  // @calls UserStore.position(of:)
            self.remove(at: index)  // @calls UserStore.remove(at:)
        }
    }

    public func position(of user: User) -> Int? {  // @def method UserStore.position(of:)
        users.firstIndex { $0 === user }
    }

    @discardableResult
    public func moving(_ user: User, to index: Int) -> UserStore {  // @def method UserStore.moving(_:to:)
        var copy: UserStore = self
        copy.remove(user)  // @calls UserStore.remove(_:)
        copy.users.insert(user, at: index)
        return copy
    }

    public func each(limit: Int = 10, _ body: (User) -> Void) {  // @def method UserStore.each(limit:_:)
        users.prefix(limit).forEach(body)
    }

    public func same(_ a: Int, _ b: Int, file: String = #file) -> Bool {  // @def method UserStore.same(_:_:file:)
        a == b
    }

    public func same(_ a: Int, _ b: Int, file: String = #file, by rule: (Int, Int) -> Bool) -> Bool {  // @def method UserStore.same(_:_:file:by:)
        rule(a, b)
    }

    public func page(size: Int, marker: String = "…") -> [User] {  // @def method UserStore.page(size:marker:)
        Array(users.prefix(size))
    }

    public func page(size: Int, after index: Int, marker: String = "…") -> [User] {  // @def method UserStore.page(size:after:marker:)
        Array(users.dropFirst(index).prefix(size))
    }

    public func summary(_ separator: String = ", ", sorted: Bool = false) -> String {  // @def method UserStore.summary(_:sorted:)
        self.each(limit: 3) { _ in }  // @calls UserStore.each(limit:_:)
        return users.map { $0.name }.joined(separator: separator)
    }
}
