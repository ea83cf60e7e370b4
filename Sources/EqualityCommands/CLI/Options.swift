import EqualityRendering

/// Every command-line option, declared once: its names (the long one first), the value it takes
/// and its help line. A command lists the ones it accepts in its definition, `help` is generated
/// from these, and commands read what was given through them (`parsed.value(Option.log)`), never
/// by spelling a name. `OptionCatalogueTests` checks no command declares an option of its own.
enum Option {
    /// `--format`, listing a command's formats; the first is the default.
    static func format<Format: RawRepresentable & CaseIterable>(_ format: Format.Type) -> OptionSpec
    where Format.RawValue == String {
        let names = Format.allCases.map(\.rawValue)
        return OptionSpec(
            formatNames, value: "FORMAT",
            help: "Output format: \(names.joined(separator: ", ")) (default \(names.first ?? "")).",
            usageValue: names.joined(separator: "|"))
    }

    /// `--format`, listing a command's declared formats; the first is the default.
    static func format<Document>(_ formats: [OutputFormat<Document>]) -> OptionSpec {
        let names = formats.map(\.name)
        return OptionSpec(
            formatNames, value: "FORMAT",
            help: "Output format: \(names.joined(separator: ", ")) (default \(names.first ?? "")).",
            usageValue: names.joined(separator: "|"))
    }

    /// `--format` in a usage form that takes only some of a command's formats.
    static func format(_ formats: String...) -> OptionSpec {
        OptionSpec(formatNames, value: "FORMAT", help: "", usageValue: formats.joined(separator: "|"))
    }
    static let formatNames = ["--format", "-f"]
    /// How `--format` is read, whatever the command's formats.
    static let anyFormat = OptionSpec(formatNames, value: "FORMAT", help: "")

    static let output = OptionSpec(
        ["--output", "-o"], value: "FILE",
        help:
            "Write to FILE instead of standard output; without --format, its extension (\(OutputFormats.extensions.filter { $0.extension == $0.format }.map { "." + $0.extension }.joined(separator: " "))) decides the format (see 'Output files' in --help)."
    )
    static let language = OptionSpec(
        ["--language"], value: "LANG",
        help:
            "The language of what a person reads: en-GB (default), cy (Welsh, a draft translation), cy,en-GB (both, Welsh first; md and html) or qps-ploc (the pseudo-locale, for testing). Help and error messages stay English."
    )
    static let into = OptionSpec(
        ["--into"], value: "DIR",
        help:
            "Where 'translations import' writes the translation files (default Frameworks/translations, run from the source folder)."
    )
    static let framework = OptionSpec(
        ["--framework"], value: "ID|PATH",
        help: "A bundled framework ID or the path of a framework JSON file (default commissioning-for-equality).")
    static let beforeFramework = OptionSpec(
        ["--before-framework"], value: "ID|PATH",
        help: "The framework the earlier answers used, if it differs from --framework.")
    static let help = OptionSpec(["--help", "-h"], help: "Show help for this command.")
    static let example = OptionSpec(
        ["--example"],
        help: "Use a bundled fictional answer set instead of a file: commissioning (default) or voluntary.")
    /// The words after `--example` in a usage form.
    static let exampleNames = UsageForm.Part.words("[commissioning|voluntary]")
    static let date = OptionSpec(
        ["--date"], value: "YYYY-MM-DD", help: "The report date (default: the answers' date, else SOURCE_DATE_EPOCH).")
    static let status = OptionSpec(
        ["--status"], value: "draft|final",
        help: "Draft (default) or final. A draft says \"Draft\" at the foot of every printed page.")
    static let easyRead = OptionSpec(
        ["--easy-read"],
        help:
            "Easy Read, for the people the service is for: the report (md or html; at most 4 A4 pages), or the questionnaire's form (HTML)."
    )
    static let failOnLegalRisk = OptionSpec(
        ["--fail-on-legal-risk"], help: "Exit with 1 if the answers show any legal risk.")
    static let minCount = OptionSpec(
        ["--min-count"], value: "N",
        help:
            "The fewest answer sets a figure may rest on (default 10): aggregate publishes nothing, and no percentage, from fewer; perspectives shows lived experience as ratings only from at least N."
    )
    static let log = OptionSpec(
        ["--log"], value: "FILE",
        help: "Write a private log naming the files counted, duplicated and left out, and why (never publish it).")
    static let draft = OptionSpec(
        ["--draft"], value: "FILE",
        help: "Also write a consensus draft answer file to FILE (JSON, or the CSV template if FILE ends .csv).")
    static let tracker = OptionSpec(
        ["--tracker"], value: "FILE",
        help: trackerHelp)
    /// `--tracker` for `trend`: one for each reassessment, oldest first.
    static let trackers = OptionSpec(
        ["--tracker"], value: "FILE",
        help: trackerHelp, repeatable: true)
    static let trackerHelp =
        "An action plan tracker as your team left it (.xlsx or .csv from 'actions'): what is done, in progress and overdue; trend takes one for each reassessment, oldest first."
    static let fillable = OptionSpec(
        ["--fillable"], help: "With --format html: a fillable offline form (saves and loads answer files).")
    static let answers = OptionSpec(
        ["--answers"], value: "ANSWERS", help: "Print the questionnaire filled in with these answers (md or html).")
    static let exercise = OptionSpec(
        ["--exercise"], value: "TEXT",
        help: "With --easy-read: the service the form is about, as the commissioner names it.")
    static let contextFrom = OptionSpec(
        ["--context-from"], value: "ANSWERS",
        help: "With --easy-read: an answer file for the exercise; the form asks only what its legal context allows.")
}
