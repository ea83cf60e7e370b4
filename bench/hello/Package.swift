// swift-tools-version:6.0
// The floor for process start-up: a trivial Swift binary built the same way as equality-assess.
import PackageDescription

let package = Package(name: "hello", targets: [.executableTarget(name: "hello")])
