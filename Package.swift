// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "equality-assess",
    products: [
        .executable(name: "equality-assess", targets: ["equality-assess"]),
        .library(name: "EqualityAssess", targets: ["EqualityAssess"]),
    ],
    targets: [
        // Framework data and example answers, compiled into the binary.
        .target(
            name: "FrameworkData",
            path: "Frameworks",
            exclude: ["schema", "README.md"],
            resources: [
                .embedInCode("commissioning-for-equality.json"),
                .embedInCode("voluntary-organisation-self-assessment.json"),
                .embedInCode("examples/commissioning.json"),
                .embedInCode("examples/voluntary.json"),
            ]
        ),
        // The source register (seeds/sources.json), compiled in so reports can list sources.
        .target(
            name: "SourceRegisterData",
            path: "seeds",
            exclude: ["README.md"],
            resources: [.embedInCode("sources.json")]
        ),
        // Everything a test would want to call: model, loading, validation, scoring, reports, CLI parsing.
        .target(
            name: "EqualityAssess",
            dependencies: ["FrameworkData", "SourceRegisterData"]
        ),
        // Parse, dispatch, map errors to exit codes. Nothing else.
        .executableTarget(
            name: "equality-assess",
            dependencies: ["EqualityAssess"]
        ),
        .testTarget(
            name: "EqualityAssessTests",
            dependencies: ["EqualityAssess"],
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
