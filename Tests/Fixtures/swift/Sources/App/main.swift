import Shop

let ada = User(name: "ada", role: .customer)  // @def constant ada @instantiates User @calls User.init(name:role:)
let admin = Admin(name: "root")  // @def constant admin @instantiates Admin @calls Admin.init(name:)
let guest = User.guest()  // @def constant guest @calls User.guest
var store = UserStore()  // @def variable store @instantiates UserStore @calls UserStore.init

@MainActor
func report(_ greeter: Greeter) -> String {  // @def function report(_:) @references Greeter
    greeter.greetLoudly()  // @calls Greeter.greetLoudly
}

store.add(ada)  // @calls UserStore.add(_:)
store.add(admin)  // @calls UserStore.add(_:)
store.remove(at: 0)  // @calls UserStore.remove(at:)
store.remove(ada)  // @calls UserStore.remove(_:)
ada.rename(to: "Ada")  // @calls User.rename(to:)
print(ada.greet(), guest.describe())  // @calls Sources/Shop/Greeter+Defaults.swift#Greeter.greet @calls User.describe
print(report(admin), store.moving(ada, to: 0))  // @calls report(_:) @calls UserStore.moving(_:to:)
print(store.summary(), store.summary(sorted: true))  // @calls UserStore.summary(_:sorted:)
print(store.same(1, 2), store.same(1, 2) { $0 == $1 })  // @calls UserStore.same(_:_:file:) @calls UserStore.same(_:_:file:by:)
print(store.page(size: 2))  // @calls UserStore.page(size:marker:)
