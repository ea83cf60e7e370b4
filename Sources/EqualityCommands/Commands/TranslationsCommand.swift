import EqualityCore
import EqualityRendering

/// `equality-assess translations export|import`: the catalogue and framework texts as XLIFF 2.0
/// for a translator, and a translated XLIFF file checked and written back as translation files.
enum TranslationsCommand {
    static let definition = CommandDefinition(
        name: "translations",
        summary:
            "Export every message, framework and Easy Read text as XLIFF 2.0 for a translator, or import a translated file.",
        usage: [
            UsageForm([.words("export"), .option(Option.language)], optional: [Option.output]),
            UsageForm([.words("import FILE")], optional: [Option.into]),
        ],
        details: """
            export writes one XLIFF 2.0 file: the message catalogue (Frameworks/translations/messages.en-GB.json),
            the texts of each bundled framework and the Easy Read texts, each unit with its English source, the current
            translation as its target, its state (initial, translated, or reviewed once the translation
            file records a reviewer) and notes saying where it appears. A counted phrase has one unit per
            plural form of the language (report.questions-count#few). Keep every {0} placeholder; give plain
            text, not markup.
            import checks a translated file (every unit known, placeholders kept, no markup, every plural
            form of a counted phrase, Easy Read rules for Easy Read texts) and writes messages.cy.json, one
            file per framework version and easy-read.cy.json into --into. Nothing is written if any unit is
            wrong. Rebuild the tool to compile the new files in.
            """,
        options: [Option.language, Option.output, Option.into],
        run: { parsed, context throws(ToolError) in try run(parsed, context) })

    static func run(_ parsed: ParsedArguments, _ context: CommandContext) throws(ToolError) -> ExitCode {
        switch parsed.positionals.first {
        case "export":
            guard parsed.positionals.count == 1 else { throw ToolError(.usage, "'translations export' takes no file") }
            let languages = try parsed.languages()
            guard parsed.value(Option.language) != nil, languages == [.welsh] else {
                throw ToolError(
                    .usage, location: Option.language.key, "give the language to translate into: --language cy")
            }
            let text = XLIFF.export(
                catalogue: try BundledData.catalogue(), messages: try BundledData.messages(.welsh),
                frameworks: try bundledParts(.welsh),
                easyRead: (try BundledData.easyRead(), try BundledData.easyReadTranslation(.welsh)), language: .welsh)
            try context.write(.text(text), to: OutputTarget(parsed.value(Option.output)))
        case "import":
            guard parsed.positionals.count == 2 else {
                throw ToolError(.usage, "give one XLIFF file: equality-assess translations import FILE")
            }
            let path = parsed.positionals[1]
            let bytes = try InputFile.read(path)
            let parts = try bundledParts(.welsh)
            let imported = try XLIFF.read(
                bytes, file: path, catalogue: try BundledData.catalogue(), frameworks: parts.map(\.framework),
                easyRead: try BundledData.easyRead())
            let folder = parsed.value(Option.into) ?? "Frameworks/translations"
            var messages =
                try BundledData.messages(imported.language)
                ?? TranslationFile(language: imported.language, entries: [:])
            messages.entries = imported.messages
            var items = [
                OutputFile.Item(
                    path: "\(folder)/messages.\(imported.language.tag).json", bytes: Array(messages.json().utf8))
            ]
            for part in parts {
                let key = "framework:\(part.framework.id)@\(part.framework.version.description)"
                var file =
                    part.translation
                    ?? TranslationFile(
                        language: imported.language, framework: part.framework.id,
                        version: part.framework.version.description, entries: [:])
                file.entries = imported.frameworks[key] ?? [:]
                items.append(
                    OutputFile.Item(
                        path:
                            "\(folder)/\(part.framework.id)-\(part.framework.version.description).\(imported.language.tag).json",
                        bytes: Array(file.json().utf8)))
            }
            var easyRead =
                try BundledData.easyReadTranslation(imported.language)
                ?? TranslationFile(language: imported.language, entries: [:])
            easyRead.entries = imported.easyRead
            items.append(
                OutputFile.Item(
                    path: "\(folder)/easy-read.\(imported.language.tag).json", bytes: Array(easyRead.json().utf8)))
            try OutputFile.write(items, inputs: [path])
            let count =
                imported.messages.count + imported.frameworks.values.map(\.count).reduce(0, +) + imported.easyRead.count
            context.err(
                "wrote \(items.count) translation files into \(TerminalText.sanitise(folder)) (\(count) translated texts); rebuild to compile them in\n"
            )
        default:
            throw ToolError(
                .usage, "give export or import: equality-assess translations export --language cy -o cy.xlf")
        }
        return .ok
    }

    static func bundledParts(_ language: Language) throws(ToolError) -> [XLIFF.FrameworkPart] {
        var parts: [XLIFF.FrameworkPart] = []
        for id in BundledData.frameworkIDs {
            guard let framework = try BundledData.framework(id) else { continue }
            parts.append(
                XLIFF.FrameworkPart(
                    framework: framework, translation: try BundledData.frameworkTranslation(framework, language)))
        }
        return parts
    }
}
