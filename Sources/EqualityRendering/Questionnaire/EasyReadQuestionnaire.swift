import EqualityCore

/// The questionnaire in Easy Read, for the people a service is for: one question to a block, a
/// picture beside it (the stage's Mulberry symbol), large type with 1.5 line spacing, no italics,
/// everything left-aligned. On paper it has tick boxes and lines to write on; `fillable` gives an
/// offline form that saves an ordinary answer file with `perspective: lived-experience`.
package enum EasyReadQuestionnaire {
    /// The form's own words: short sentences, plain words (checked by `.ci/readability_check.py`).
    static func introduction(questions: Int, fillable: Bool) -> [String] {
        [
            say("easyform.we-want-to-know", "We want to know what you think about this service."),
            say(
                "easyform.there-are-questions", count: questions, one: "There is \(questions) question.",
                other: "There are \(questions) questions."),
            say("easyform.they-means", "In the questions, they means the people who run the service."),
            fillable
                ? say("easyform.pick-one", "For each question, pick one answer.")
                : say("easyform.tick-one", "For each question, tick one box."),
            say("easyform.write-more", "You can write more if you want to."),
            say("easyform.no-name", "You do not have to write your name."),
            say("easyform.help", "Someone can help you fill in this form."),
            say("easyform.pictures", "Each part of the form has its own picture."),
        ]
    }

    /// Only the questions a person who uses the service can answer from their own experience, and
    /// only those `context` (the exercise's legal context, when known) does not rule out; the
    /// fillable form saves that context with the answers, so every report of the file agrees.
    package static func html(
        _ framework: Framework, _ easy: EasyRead, exercise: String?, fillable: Bool,
        context: AssessmentContext = AssessmentContext()
    ) -> String {
        let questions = easy.formQuestions(framework, context: context)
        let stages = framework.stages.filter { stage in questions.contains { $0.stage == stage.id } }
        let number = Dictionary(uniqueKeysWithValues: questions.enumerated().map { ($1.id, $0 + 1) })
        var b: HTML = sprite(framework, easy)
        b +=
            "<header>\n<h1>\(say("easyform.title", "Tell us what you think"))</h1>\n<p>\(say("easyform.this-is", "This is an Easy Read form."))</p>\n"
        if let notice = TranslationNotice.text { b += "<p class=\"callout\">\(notice)</p>\n" }
        if let exercise, !exercise.isBlank {
            b +=
                "<p>\(say("easyform.about-service", "It is about this service:"))</p>\n<p class=\"given exercise\">\(exercise)</p>\n"
        } else if fillable {
            b +=
                "<p><label for=\"respondent-exercise\">\(say("easyform.write-service", "Write the name of the service here."))</label><br>\n<input type=\"text\" id=\"respondent-exercise\" autocomplete=\"off\"></p>\n"
        } else {
            b +=
                "<p class=\"write-label\">\(say("easyform.write-service", "Write the name of the service here."))</p>\n<div class=\"ruled\"><div></div></div>\n"
        }
        if fillable {
            b +=
                "<p><label for=\"respondent-date\">\(say("easyform.todays-date", "Today's date"))</label><br>\n<input type=\"date\" id=\"respondent-date\"></p>\n"
            b +=
                "<div class=\"toolbar\">\n<button type=\"button\" id=\"save\">\(say("easyform.save", "Save my answers"))</button>\n"
            b +=
                "<label class=\"load\" for=\"load\">\(say("easyform.open", "Open saved answers"))</label>\n<input type=\"file\" id=\"load\" accept=\".json,application/json\">\n"
            b += "<button type=\"button\" id=\"clear\">\(say("easyform.start-again", "Start again"))</button>\n</div>\n"
            b +=
                "<p id=\"progress\" class=\"progress\" aria-live=\"polite\">\(say("easyform.answered", count: 0, one: "You have answered \(0) question.", other: "You have answered \(0) questions."))</p>\n"
            b += "<p id=\"status\" role=\"status\"></p>\n<ul id=\"load-problems\" hidden></ul>\n"
        } else {
            b +=
                "<p class=\"write-label\">\(say("easyform.todays-date", "Today's date"))</p>\n<div class=\"ruled\"><div></div></div>\n"
        }
        b += "</header>\n<main>\n<section>\n<h2>\(say("easyform.about-this-form", "About this form"))</h2>\n"
        for line in introduction(questions: questions.count, fillable: fillable) { b += "<p>\(line)</p>\n" }
        b += "<ul class=\"parts\">\n"
        for stage in stages {
            b +=
                "<li>\(symbol(stage.id, easy, size: "small"))<span>\(easy.stageName(framework, stage.id))</span></li>\n"
        }
        b += "</ul>\n</section>\n"
        if fillable { b += "<form id=\"answers\" novalidate>\n" }
        for (part, stage) in stages.enumerated() {
            b +=
                "<section class=\"part\">\n<h2 class=\"part-title\">\(symbol(stage.id, easy, size: "small"))<span>\(say("easyform.part", "Part \(part + 1): \(easy.stageName(framework, stage.id))"))</span></h2>\n"
            for q in questions where q.stage == stage.id {
                b += block(q, framework, easy, number: number, fillable: fillable)
            }
            b += "</section>\n"
        }
        if fillable { b += "</form>\n" }
        b +=
            "<section class=\"part\">\n<h2>\(say("easyform.thank-you", "Thank you"))</h2>\n<p>\(say("easyform.thank-you-for", "Thank you for telling us what you think."))</p>\n"
        b +=
            fillable
            ? "<p>\(say("easyform.press-save", "Press the button that says Save my answers."))</p>\n<p>\(say("easyform.give-file", "Give the file to the person who asked you."))</p>\n"
            : "<p>\(say("easyform.give-back", "Please give this form back to the person who gave it to you."))</p>\n"
        b += "<p>\(say("easyform.what-next", "They will tell you what happens next."))</p>\n</section>\n</main>\n"
        b +=
            "<footer class=\"notice\">\n<p>\(say("easyform.not-advice", "This form helps people decide. It is not legal advice."))</p>\n<p class=\"given credit\">\(easy.symbolCredit)</p>\n</footer>\n"
        if fillable {
            // JSON written with `<`, `>` and `&` escaped cannot close the script block: trusted.
            b +=
                "<script type=\"application/json\" id=\"form-data\">\(HTML(trusted: JSONWriter.write(formData(framework, easy, exercise: exercise, number: number, questions: questions, context: context), htmlSafe: true)))</script>\n"
            // The form's own script, a constant in this file: trusted.
            b += "<script>\n\(HTML(trusted: script))</script>\n"
        }
        return HTMLPage.document(
            title: say("easyform.page-title", "Tell us what you think: Easy Read form"), body: b,
            extraCSS: HTMLPage.easyReadStylesheet + HTMLPage.easyReadFormStylesheet)
    }

    /// Each stage's drawing once, as an SVG `symbol` that every question's picture uses.
    static func sprite(_ framework: Framework, _ easy: EasyRead) -> HTML {
        var b: HTML = "<svg class=\"sprite\" aria-hidden=\"true\" focusable=\"false\">\n"
        for stage in framework.stages {
            guard let s = easy.symbols[stage.id] else { continue }
            // Checked when loaded (EasyReadSymbol.parse): only svg, g and path elements with drawing
            // attributes whose values hold no markup characters, so it is trusted here.
            b +=
                "<symbol id=\"symbol-\(stage.id)\" viewBox=\"\(s.viewBox)\">\(HTML(trusted: s.drawing))</symbol>\n"
        }
        return b + "</svg>\n"
    }

    static func symbol(_ stage: String, _ easy: EasyRead, size: String) -> HTML {
        guard let s = easy.symbols[stage] else { return "" }
        return
            "<svg class=\"symbol \(size)\" role=\"img\" aria-label=\"\(s.description)\" viewBox=\"\(s.viewBox)\"><use href=\"#symbol-\(stage)\"></use></svg>"
    }

    /// One question's block; `number` gives each question's place in the form.
    static func block(_ q: Question, _ framework: Framework, _ easy: EasyRead, number: [String: Int], fillable: Bool)
        -> HTML
    {
        let n = number[q.id] ?? 0
        let text = easy.questions[q.id] ?? q.text
        var b: HTML =
            "<div class=\"er-question\" id=\"q-\(q.id)\" role=\"group\" aria-labelledby=\"t-\(q.id)\">\n\(symbol(q.stage, easy, size: "large"))\n<div class=\"er-body\">\n"
        b +=
            "<p class=\"er-text\" id=\"t-\(q.id)\"><span class=\"er-number\">\(say("easyform.question-number", "Question \(n)."))</span> \(text)</p>\n"
        if let condition = q.condition, let parent = number[condition.question] {
            b +=
                "<p>\(say("easyform.only-if", "Only answer this if your answer to question \(parent) was one of these:"))</p>\n<ul>\n"
            for response in condition.responses { b += "<li>\(easy.formAnswer(response) ?? response)</li>\n" }
            b += "</ul>\n"
        }
        b += "<ul class=\"er-answers\">\n"
        for option in framework.scale.responses {
            let words = easy.formAnswer(option.id) ?? option.label
            if fillable {
                b +=
                    "<li><input type=\"radio\" name=\"\(q.id)\" id=\"\(q.id)-\(option.id)\" value=\"\(option.id)\"><label for=\"\(q.id)-\(option.id)\">\(words)</label></li>\n"
            } else {
                b += "<li><span class=\"box\"></span><span>\(words)</span></li>\n"
            }
        }
        b += "</ul>\n"
        if fillable {
            b +=
                "<p><label for=\"\(q.id)-more\">\(say("easyform.tell-us-more", "Tell us more if you want to."))</label><br>\n<textarea id=\"\(q.id)-more\" name=\"\(q.id)-more\" rows=\"3\"></textarea></p>\n<p class=\"check\" id=\"check-\(q.id)\"></p>\n"
        } else {
            b +=
                "<p class=\"write-label\">\(say("easyform.tell-us-more", "Tell us more if you want to."))</p>\n<div class=\"ruled\"><div></div><div></div></div>\n"
        }
        return b + "</div>\n</div>\n"
    }

    /// What the script needs: the questions in order with their numbers, the one rule that hides a
    /// question (the same as the tool's), and which answers need a reason.
    static func formData(
        _ framework: Framework, _ easy: EasyRead, exercise: String?, number: [String: Int], questions: [Question],
        context: AssessmentContext
    ) -> JSONValue {
        .object(
            [
                ("framework", .string(framework.id)),
                ("version", .string(framework.version.description)), ("storagePrefix", .string("easy-read:")),
                ("language", .string(Language.current.answerTag)),
                ("words", FormWording.easyReadScript), ("plural", FormWording.pluralTable),
                ("exercise", exercise.flatMap { $0.isBlank ? nil : JSONValue.string($0) } ?? .null),
                ("perspective", .string(Perspective.livedExperience.rawValue)),
                ("questions", .array(questions.map { .string($0.id) })),
                (
                    "numbers",
                    .object(questions.map { ($0.id, .number(Double(number[$0.id] ?? 0))) })
                ),
                // The exercise's legal context, saved with the answers so every report agrees.
                (
                    "exerciseContext",
                    .object(
                        framework.contextFields.compactMap { field in
                            context.value(field).map { (field.rawValue, JSONValue.string($0)) }
                        })
                ),
                ("conditions", FormScript.conditions(framework)),
                ("askedWhen", FormScript.askedWhen(framework)),
                (
                    "requiresReason",
                    .array(framework.scale.responses.filter(\.requiresReason).map { .string($0.id) })
                ),
                ("context", .array(framework.contextFields.map { .string($0.rawValue) })),
                // Where the rules need words, the form asks for them gently and never blocks.
                (
                    "needsWords",
                    .array(framework.scale.responses.filter { $0.withoutEvidence != nil }.map { .string($0.id) })
                ),
                (
                    "ask",
                    .object([
                        (
                            "why",
                            .string(
                                say(
                                    "easyform.why",
                                    "Why is this not about you? You can tell us here. You do not have to."))
                        ),
                        (
                            "seen",
                            .string(say("easyform.seen", "What did you see? You can tell us here. You do not have to."))
                        ),
                    ])
                ),
                ("noReasonNote", .string(noReasonNote)),
            ] + FormScript.readingData(framework))
    }

    /// What the Easy Read form writes in notes for "This is not about me" with no reason given: the
    /// question is then left out (not answered), as the rules say, and the rest of the file stays usable.
    static let noReasonNote = "Easy Read form: said this is not about them, without saying why."

    /// Plain ES5. It writes the answer JSON that `validate` and `report` read: the person's words
    /// go in `evidence`, or in `notes` for an answer that needs a reason ("This is not about me").
    static var script: String { FormScript.wrap(BrowserFiles.easyReadFormJS) }
}
