// swift-tools-version:5.9
import PackageDescription

let package = Package(  // @def constant package
    name: "Shop",
    targets: [
        .target(name: "Shop"),
        .executableTarget(name: "App", dependencies: ["Shop"]),
    ]
)
