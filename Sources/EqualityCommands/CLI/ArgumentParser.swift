import EqualityCore
import EqualityRendering

/// A small command-line parser: each command declares its options, and the words on the
/// command line become a `ParsedArguments` value or a usage error that names the bad argument.
struct OptionSpec: Sendable {
    var names: [String]
    var takesValue: Bool
    var valueName: String
    var help: String
    /// The value as a usage line shows it (a format option lists its formats).
    var usageValue: String
    /// May be given more than once (`values` reads them all, in order).
    var repeatable = false

    init(_ names: [String], value: String? = nil, help: String, usageValue: String? = nil, repeatable: Bool = false) {
        self.repeatable = repeatable
        self.names = names
        self.takesValue = value != nil
        self.valueName = value ?? ""
        self.help = help
        self.usageValue = usageValue ?? value ?? ""
    }

    var key: String { names[0] }

    /// As a usage line writes it: the short `-o` for the output, the long name otherwise.
    var usage: String {
        let name = names.contains("-o") ? "-o" : names[0]
        return takesValue ? "\(name) \(usageValue)" : name
    }
}

/// One way to call a command, built from option declarations so it cannot drift from them: the
/// words and options that must be given, in order, then the options that may be.
struct UsageForm: Sendable {
    enum Part: Sendable {
        /// Words such as `ANSWERS` or `FILE|DIR...`.
        case words(String)
        /// An option that must be given, as its declaration writes it.
        case option(OptionSpec)
        /// An option that must be given with this value (`--format html`).
        case optionValue(OptionSpec, String)
    }

    var required: [Part]
    var optional: [OptionSpec]

    init(_ required: [Part] = [], optional: [OptionSpec] = []) {
        self.required = required
        self.optional = optional
    }

    /// The form after the command's name.
    var text: String {
        let parts = required.map { part -> String in
            switch part {
            case .words(let words): return words
            case .option(let option): return option.usage
            case .optionValue(let option, let value): return "\(option.names[0]) \(value)"
            }
        }
        return (parts + optional.map { "[\($0.usage)]" }).joined(separator: " ")
    }

    /// Every option the form names, required or optional.
    var options: [OptionSpec] {
        required.compactMap { part -> OptionSpec? in
            switch part {
            case .words: return nil
            case .option(let option), .optionValue(let option, _): return option
            }
        } + optional
    }
}

struct ParsedArguments: Equatable, Sendable {
    var options: [String: String] = [:]
    var flags: Set<String> = []
    var positionals: [String] = []
    /// Every value of a repeatable option, in the order given.
    var repeated: [String: [String]] = [:]

    /// The value given for an option, read through its declaration (`Option`).
    func value(_ option: OptionSpec) -> String? { options[option.key] }
    /// Every value given for a repeatable option, in order.
    func values(_ option: OptionSpec) -> [String] { repeated[option.key] ?? options[option.key].map { [$0] } ?? [] }
    /// Whether a flag was given.
    func has(_ option: OptionSpec) -> Bool { flags.contains(option.key) }
}

enum ArgumentParser {
    static func parse(_ words: [String], options: [OptionSpec], command: String) throws(ToolError) -> ParsedArguments {
        var result = ParsedArguments()
        var index = 0
        var onlyPositionals = false
        while index < words.count {
            let word = words[index]
            index += 1
            if onlyPositionals || word == "-" || !word.hasPrefix("-") {
                result.positionals.append(word)
                continue
            }
            if word == "--" {
                onlyPositionals = true
                continue
            }
            var name = word
            var inlineValue: String?
            if word.hasPrefix("--"), let eq = word.firstIndex(of: "=") {
                name = String(word[..<eq])
                inlineValue = String(word[word.index(after: eq)...])
            }
            guard let spec = options.first(where: { $0.names.contains(name) }) else {
                let all = options.flatMap(\.names)
                var message = "unknown option \(name) for '\(command)'"
                if let near = Spelling.nearest(to: name, in: all) { message += "; did you mean \(near)?" }
                throw ToolError(.usage, location: name, message + " (see 'equality-assess help \(command)')")
            }
            if spec.takesValue {
                let value: String
                if let inlineValue {
                    value = inlineValue
                } else if index < words.count {
                    value = words[index]
                    index += 1
                } else {
                    throw ToolError(.usage, location: name, "needs a value: \(name) \(spec.valueName)")
                }
                if result.options[spec.key] != nil && !spec.repeatable {
                    throw ToolError(.usage, location: name, "given more than once")
                }
                if spec.repeatable { result.repeated[spec.key, default: []].append(value) }
                result.options[spec.key] = value
            } else {
                if inlineValue != nil { throw ToolError(.usage, location: name, "takes no value") }
                result.flags.insert(spec.key)
            }
        }
        return result
    }
}

extension ParsedArguments {
    /// A choice option as one of an enum's cases; any other value is a usage error naming the option.
    func choice<Choice: RawRepresentable & CaseIterable>(_ option: OptionSpec, default fallback: Choice)
        throws(ToolError) -> Choice
    where Choice.RawValue == String {
        let key = option.key
        guard let value = value(option) else { return fallback }
        guard let choice = Choice(rawValue: value) else {
            let allowed = Choice.allCases.map(\.rawValue)
            throw ToolError(
                .usage, location: key, "unknown value \"\(value)\" (allowed: \(allowed.joined(separator: ", ")))")
        }
        return choice
    }

    /// Refuses positional arguments for a command that takes options only.
    func noPositionals(_ message: String) throws(ToolError) {
        if let first = positionals.first { throw ToolError(.usage, location: first, message) }
    }
}

extension ParsedArguments {
    /// `--format`, or else the format the `-o` file's extension names, or else the first of
    /// `formats` (the command's default). A `--format` that contradicts the extension, or an
    /// extension this command cannot write, is a usage error naming both; an extension that names
    /// no format keeps the default. A binary format (Word, Excel) needs `-o FILE`.
    func outputFormat<Document>(from formats: [OutputFormat<Document>]) throws(ToolError) -> OutputFormat<Document> {
        let name = try outputFormatName(allowed: formats.map(\.name), default: formats.first?.name ?? "")
        guard let format = formats.first(where: { $0.name == name }) else {
            throw ToolError(.usage, location: Option.anyFormat.key, "no formats are declared for this command")
        }
        if format.isBinary && OutputTarget(value(Option.output)).path == nil {
            throw ToolError(
                .usage, location: "--format \(name)",
                "a .\(name) file is binary and is not written to the terminal; give -o FILE.\(name)")
        }
        return format
    }

    /// The same for a command whose formats are an enumeration (questionnaire).
    func outputFormat<Format: RawRepresentable & CaseIterable>(default fallback: Format) throws(ToolError) -> Format
    where Format.RawValue == String {
        let name = try outputFormatName(allowed: Format.allCases.map(\.rawValue), default: fallback.rawValue)
        return Format(rawValue: name) ?? fallback
    }

    /// The chosen format's name, one of `allowed`.
    private func outputFormatName(allowed: [String], default fallback: String) throws(ToolError) -> String {
        let output = value(Option.output)
        let named = output.flatMap { $0 == "-" ? nil : OutputFormats.format(ofFileName: $0) }
        if let chosen = value(Option.anyFormat) {
            guard allowed.contains(chosen) else {
                throw ToolError(
                    .usage, location: Option.anyFormat.key,
                    "unknown value \"\(chosen)\" (allowed: \(allowed.joined(separator: ", ")))")
            }
            if let named, let output, named != chosen {
                throw ToolError(
                    .usage, location: Option.anyFormat.key,
                    "\(chosen) does not match the output file \(output) (a .\(named) file); give -o a .\(chosen) name, or leave out --format"
                )
            }
            return chosen
        }
        guard let named, let output else { return fallback }
        guard allowed.contains(named) else {
            throw ToolError(
                .usage, location: Option.output.key,
                "\(output): this command does not write .\(named) files (formats: \(allowed.joined(separator: ", "))); give -o a name ending in one of them, or --format"
            )
        }
        return named
    }
}
