// swift-tools-version:6.0
import PackageDescription

// The layers, lowest first. Each target may import only the ones above it in this list, and the
// compiler enforces it: data flows framework → answers → assessment → report model → renderer.
//
//   FrameworkData, SourceRegisterData   the JSON data, compiled into the binary
//   EqualityCore                        model, loading, validation, scoring, comparison, aggregation
//   EqualityRendering                   report model, wording, markup types and one renderer per format
//   EqualityCommands                    commands, argument parsing, exit codes, the interview
//   equality-assess                     the executable: wires standard streams to EqualityCommands
let package = Package(
    name: "equality-assess",
    products: [
        .executable(name: "equality-assess", targets: ["equality-assess"])
    ],
    targets: [
        // Framework data and example answers, compiled into the binary.
        .target(
            name: "FrameworkData",
            path: "Frameworks",
            exclude: ["schema", "README.md", "symbols/README.md"],
            resources: [
                .embedInCode("commissioning-for-equality.json"),
                .embedInCode("voluntary-organisation-self-assessment.json"),
                .embedInCode("easy-read.json"),
                .embedInCode("symbols/hear_to.svg"),
                .embedInCode("symbols/concentrating_man.svg"),
                .embedInCode("symbols/group_work.svg"),
                .embedInCode("symbols/correct_thought.svg"),
                .embedInCode("examples/commissioning.json"),
                .embedInCode("examples/voluntary.json"),
                .embedInCode("archive/commissioning-for-equality-1.0.0.json"),
                .embedInCode("archive/voluntary-organisation-self-assessment-1.0.0.json"),
                .embedInCode("archive/commissioning-for-equality-1.1.0.json"),
                .embedInCode("archive/voluntary-organisation-self-assessment-1.1.0.json"),
            ]
        ),
        // The source register (seeds/sources.json), compiled in so reports can list sources.
        .target(
            name: "SourceRegisterData",
            path: "seeds",
            exclude: ["README.md"],
            resources: [.embedInCode("sources.json")]
        ),
        // Framework → answers → assessment: no presentation, no command line.
        .target(
            name: "EqualityCore",
            dependencies: ["FrameworkData", "SourceRegisterData"],
            exclude: ["README.md"]
        ),
        // Report model → renderer: wording and markup that escapes by default.
        .target(
            name: "EqualityRendering",
            dependencies: ["EqualityCore"],
            exclude: ["README.md"],
            // The forms' browser code, as files of their own, compiled in.
            resources: [
                .embedInCode("Browser/form-common.js"),
                .embedInCode("Browser/answer-reader.js"),
                .embedInCode("Browser/questionnaire-form.js"),
                .embedInCode("Browser/easy-read-form.js"),
                .embedInCode("Browser/questionnaire-form.css"),
                .embedInCode("Browser/easy-read-form.css"),
            ]
        ),
        // Commands as typed configurations, exit codes, the terminal interview.
        .target(
            name: "EqualityCommands",
            dependencies: ["EqualityCore", "EqualityRendering"],
            exclude: ["README.md"]
        ),
        // Wire the standard streams to EqualityCommands and exit with its code. Nothing else.
        .executableTarget(
            name: "equality-assess",
            dependencies: ["EqualityCommands"]
        ),
        .testTarget(
            name: "EqualityTests",
            dependencies: ["FrameworkData", "EqualityCore", "EqualityRendering", "EqualityCommands"],
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
