// swift-tools-version:6.1
import PackageDescription

// The layers, lowest first. Each target may import only the ones above it in this list, and the
// compiler enforces it: data flows framework → answers → assessment → report model → renderer.
//
//   FrameworkData, SourceRegisterData   the JSON data, compiled into the binary
//   EqualityCore                        model, loading, validation, scoring, comparison, aggregation
//   EqualityRendering                   report model, wording, markup types and one renderer per format
//   EqualityCommands                    commands, argument parsing, exit codes, the interview
//   equality-assess                     the executable: wires standard streams to EqualityCommands

/// The forms' script and style sheets, compiled into EqualityRendering.
let browserFiles = [
    "Browser/form-common.js", "Browser/answer-reader.js", "Browser/questionnaire-form.js",
    "Browser/easy-read-form.js", "Browser/questionnaire-form.css", "Browser/easy-read-form.css",
]

let package = Package(
    name: "equality-assess",
    products: [
        .executable(name: "equality-assess", targets: ["equality-assess"])
    ],
    targets: [
        // Framework data and example answers, compiled into the binary as string literals by
        // the EmbedData plugin (the files are listed in Frameworks/embedded-files.txt).
        .target(
            name: "FrameworkData",
            path: "Frameworks",
            exclude: [
                "schema", "README.md", "symbols", "examples", "archive", "embedded-files.txt",
                "commissioning-for-equality.json", "voluntary-organisation-self-assessment.json", "easy-read.json",
                "translations",
            ],
            plugins: ["EmbedData"]
        ),
        // The source register (seeds/sources.json), compiled in so reports can list sources.
        .target(
            name: "SourceRegisterData",
            path: "seeds",
            exclude: ["README.md", "sources.json", "embedded-files.txt"],
            plugins: ["EmbedData"]
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
            // The forms' browser code, as files of their own, compiled in (embedded-files.txt).
            exclude: ["README.md", "embedded-files.txt"] + browserFiles,
            plugins: ["EmbedData"]
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
        // Writes data files into Swift source as string literals, for the EmbedData plugin.
        .executableTarget(name: "EmbedTool"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["EmbedTool"]),
        .testTarget(
            name: "EqualityTests",
            dependencies: ["FrameworkData", "EqualityCore", "EqualityRendering", "EqualityCommands"],
            exclude: ["Golden", "Fixtures"]
        ),
    ]
)
