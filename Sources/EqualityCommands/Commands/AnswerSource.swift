import EqualityCore
import EqualityRendering

/// The answers a command reads: one file (with an optional framework), or a bundled example.
enum AnswerSource: Equatable {
    case file(path: String, framework: String?)
    case example(String)

    /// From `ANSWERS [--framework ID|PATH]` or `--example [NAME]`.
    init(_ parsed: ParsedArguments, command: String) throws(ToolError) {
        if parsed.has(Option.example) {
            guard parsed.positionals.count <= 1 else {
                throw ToolError(
                    .usage, location: parsed.positionals[1], "unexpected argument; --example takes at most one name")
            }
            // Each bundled framework has one example; --framework picks it, and a clash is refused.
            var fromFramework: String?
            if let framework = parsed.value(Option.framework) {
                guard let example = BundledData.exampleName(forFramework: framework) else {
                    var message =
                        "--example works with the bundled frameworks (\(BundledData.frameworkIDs.joined(separator: ", ")))"
                    if let near = Spelling.nearest(to: framework, in: BundledData.frameworkIDs) {
                        message += "; did you mean \"\(near)\"?"
                    }
                    throw ToolError(.usage, location: Option.framework.key, message)
                }
                fromFramework = example
            }
            let name = parsed.positionals.first ?? fromFramework ?? BundledData.exampleNames[0]
            guard BundledData.exampleNames.contains(name) else {
                throw ToolError(
                    .usage, location: Option.example.key,
                    "unknown example \"\(name)\" (known: \(BundledData.exampleNames.joined(separator: ", ")))")
            }
            if let fromFramework, fromFramework != name {
                throw ToolError(
                    .usage, location: Option.example.key,
                    "the example \"\(name)\" answers a different framework from --framework; give --example \(fromFramework), or leave out --framework"
                )
            }
            self = .example(name)
            return
        }
        guard parsed.positionals.count == 1, let path = parsed.positionals.first else {
            throw ToolError(
                .usage,
                parsed.positionals.isEmpty
                    ? "give one answer file (or --example): equality-assess \(command) ANSWERS"
                    : "give one answer file only; found \(parsed.positionals.count)")
        }
        self = .file(path: path, framework: parsed.value(Option.framework))
    }

    /// The files read, which an output must never overwrite.
    var inputs: [String] {
        switch self {
        case .file(let path, let framework): return [path] + (framework.map { [$0] } ?? [])
        case .example: return []
        }
    }

    func load() throws(ToolError) -> AnswerLoader.Loaded {
        switch self {
        case .file(let path, let framework): return try AnswerLoader.load(path: path, frameworkReference: framework)
        case .example(let name): return try AnswerLoader.example(name)
        }
    }
}
