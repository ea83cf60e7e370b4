import EqualityCore
import EqualityRendering

/// `equality-assess questionnaire`: the blank questionnaire in a printable or machine format.
enum QuestionnaireCommand {
    enum Format: String, CaseIterable { case md, html, csv, json }

    /// What to print: a blank questionnaire, the fillable form, or one filled in with answers.
    enum Kind: Equatable {
        case blank(framework: String, format: Format)
        case fillable(framework: String)
        case filled(answers: String, framework: String?, html: Bool)
        /// For the people the service is for: Easy Read, printable or fillable, saving answers with
        /// `perspective: lived-experience`; `exercise` names the service on the form and in the file;
        /// `contextFrom` is an answer file of the same exercise whose legal context (and, unless
        /// `exercise` is given, exercise name) the form takes.
        case easyRead(framework: String?, exercise: String?, fillable: Bool, contextFrom: String?)
    }

    struct Options: Equatable {
        var kind: Kind
        var output: OutputTarget

        init(_ parsed: ParsedArguments) throws(ToolError) {
            try parsed.noPositionals("unexpected argument; 'questionnaire' takes options only")
            // The Easy Read form is HTML only, so --easy-read alone means HTML.
            let format = try parsed.outputFormat(default: parsed.has(Option.easyRead) ? Format.html : Format.md)
            let fillable = parsed.has(Option.fillable)
            if fillable && format != .html {
                throw ToolError(.usage, location: Option.fillable.key, "works with --format html only")
            }
            output = OutputTarget(parsed.value(Option.output))
            // A fillable form saves one answer file, so it is in one language.
            if try parsed.languages().count > 1, fillable {
                throw ToolError(
                    .usage, location: Option.language.key,
                    "a fillable form is in one language; give --language cy or en-GB (a printed questionnaire can be bilingual)"
                )
            }
            let exercise = parsed.value(Option.exercise)
            if parsed.has(Option.easyRead) {
                guard format == .html else {
                    throw ToolError(
                        .usage, location: Option.easyRead.key,
                        "works with --format html (printable, or with --fillable a form that saves answers)")
                }
                if parsed.value(Option.answers) != nil {
                    throw ToolError(
                        .usage, location: Option.easyRead.key,
                        "cannot be combined with --answers; open the saved answers in the --fillable form instead")
                }
                kind = .easyRead(
                    framework: parsed.value(Option.framework), exercise: exercise, fillable: fillable,
                    contextFrom: parsed.value(Option.contextFrom))
                return
            }
            if exercise != nil {
                throw ToolError(.usage, location: Option.exercise.key, "works with --easy-read only")
            }
            if parsed.value(Option.contextFrom) != nil {
                throw ToolError(.usage, location: Option.contextFrom.key, "works with --easy-read only")
            }
            if let answers = parsed.value(Option.answers) {
                if fillable {
                    throw ToolError(
                        .usage, location: Option.fillable.key,
                        "cannot be combined with --answers; load the answer file in the form instead")
                }
                switch format {
                case .md, .html:
                    kind = .filled(answers: answers, framework: parsed.value(Option.framework), html: format == .html)
                case .csv, .json:
                    throw ToolError(.usage, location: Option.answers.key, "works with --format md or html")
                }
                return
            }
            let framework = parsed.value(Option.framework) ?? BundledData.frameworkIDs[0]
            kind = fillable ? .fillable(framework: framework) : .blank(framework: framework, format: format)
        }
    }

    static let definition = CommandDefinition(
        name: "questionnaire",
        summary: "Print the blank questionnaire (Markdown, printable HTML, CSV template or JSON).",
        usage: [
            UsageForm(optional: [Option.framework, Option.format(Format.self), Option.output, Option.language]),
            UsageForm(
                [.optionValue(Option.anyFormat, "html"), .option(Option.fillable)],
                optional: [Option.framework, Option.output]),
            UsageForm(
                [.option(Option.answers)], optional: [Option.format("md", "html"), Option.output, Option.language]),
            UsageForm(
                [.option(Option.easyRead)],
                optional: [Option.fillable, Option.contextFrom, Option.exercise, Option.framework, Option.output]),
        ],
        details: """
            html  a printable A4 form with tick boxes and room for evidence (no JavaScript)
            md    GitHub-flavoured Markdown
            csv   a spreadsheet template: fill in the response, evidence and notes columns, then give the
                  file to 'equality-assess report' (responses: \(ResponseID.all.joined(separator: ", ")))
            json  every question, its guidance, evidence prompts, citations and conditions, for other tools

            --fillable (HTML only) gives a form to fill in a browser, offline: it keeps answers in the
            browser as you type, saves them as the answer JSON that 'report' reads, and loads a saved file.
            --answers prints the questionnaire filled in with an answer set, with a sign-off block.
            --easy-read gives the Easy Read form for the people the service is for: one short question
            to a block with a picture beside it (Mulberry Symbols, CC BY-SA 4.0), 16 pt print, tick boxes
            and lines to write on. With --fillable it is a form that saves an ordinary answer file with
            perspective lived-experience, ready for 'equality-assess perspectives'. It asks only the
            questions a person who uses the service can answer from their own experience (marked in
            Frameworks/easy-read.json), and with --context-from only those the exercise's legal context
            does not rule out. --context-from takes the commissioner's answer file for the exercise: its
            legal context, and its exercise name unless --exercise gives one. --exercise names the
            service on the form and in the saved file: use the commissioner's exercise name exactly, so
            'perspectives' can put the views side by side.
            """,
        options: [
            Option.framework, Option.format(Format.self), Option.output,
            Option.fillable,
            Option.answers,
            Option.easyRead,
            Option.exercise,
            Option.contextFrom,
            Option.language,
        ],
        run: { parsed, context throws(ToolError) in try run(Options(parsed), context) })

    static func run(_ options: Options, _ context: CommandContext) throws(ToolError) -> ExitCode {
        let sources = try BundledData.sources()
        let text: String
        let inputs: [String]
        switch options.kind {
        case .filled(let answersPath, let reference, let html):
            let loaded = try AnswerLoader.load(path: answersPath, frameworkReference: reference)
            text = try Bilingual.text(html ? "html" : "md") { () throws(ToolError) in
                let framework = try loaded.framework.inCurrentLanguage()
                return html
                    ? QuestionnaireHTML.render(framework, sources: sources, answers: loaded.answers)
                    : QuestionnaireMarkdown.render(framework, sources: sources, answers: loaded.answers)
            }
            inputs = [answersPath] + (reference.map { [$0] } ?? [])
        case .easyRead(let given, let exerciseOption, let fillable, let contextFrom):
            var reference = given ?? BundledData.frameworkIDs[0]
            var exercise = exerciseOption
            var exerciseContext = AssessmentContext()
            var used: [String] = []
            if let contextFrom {
                // The file names its own framework; one given with --framework must be the same.
                let loaded = try AnswerLoader.load(path: contextFrom, frameworkReference: nil)
                if given == nil { reference = loaded.framework.id }
                if loaded.framework.id != (try BundledData.resolveFramework(reference)).id {
                    throw ToolError(
                        .usage, file: contextFrom, location: "framework",
                        "answers \(loaded.framework.id), not \(reference); give the same framework, or leave --framework out"
                    )
                }
                exerciseContext = loaded.answers.context
                if exercise == nil, !loaded.answers.respondent.exercise.isBlank {
                    exercise = loaded.answers.respondent.exercise
                }
                used.append(contextFrom)
            }
            let framework = try BundledData.resolveFramework(reference)
            let easy = try BundledData.easyRead()
            let missing = framework.questions.filter { easy.questions[$0.id] == nil }.map(\.id)
            guard missing.isEmpty else {
                throw ToolError(
                    .badData, file: reference, location: "questions",
                    "\(missing.count) question\(missing.count == 1 ? " has" : "s have") no Easy Read version (\(missing.prefix(5).joined(separator: ", "))\(missing.count > 5 ? ", ..." : "")); the Easy Read form needs one for every question: add them to Frameworks/easy-read.json, or use a bundled framework"
                )
            }
            guard !easy.formQuestions(framework, context: exerciseContext).isEmpty else {
                throw ToolError(
                    .badData, file: reference, location: "livedExperience",
                    "no question of \(framework.id) that a person who uses the service can answer from their own experience applies in this legal context, so there is no Easy Read form to print; mark some in Frameworks/easy-read.json"
                )
            }
            text = try Bilingual.text("html") { () throws(ToolError) in
                EasyReadQuestionnaire.html(
                    try framework.inCurrentLanguage(), try easy.inCurrentLanguage(), exercise: exercise,
                    fillable: fillable, context: exerciseContext)
            }
            inputs = [reference] + used
        case .fillable(let reference):
            text = QuestionnaireForm.render(
                try BundledData.resolveFramework(reference).inCurrentLanguage(), sources: sources)
            inputs = [reference]
        case .blank(let reference, let format):
            let base = try BundledData.resolveFramework(reference)
            text = try Bilingual.text(format.rawValue) { () throws(ToolError) in
                let framework = try base.inCurrentLanguage()
                switch format {
                case .md: return QuestionnaireMarkdown.render(framework, sources: sources)
                case .html: return QuestionnaireHTML.render(framework, sources: sources)
                case .csv: return QuestionnaireCSV.render(framework)
                case .json: return QuestionnaireJSON.render(framework, sources: sources)
                }
            }
            inputs = [reference]
        }
        try context.write(.text(text), to: options.output, inputs: inputs)
        return .ok
    }
}
