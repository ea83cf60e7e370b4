import EqualityCore

/// The blank questionnaire as a printable A4 HTML form: tick boxes and room to write evidence,
/// no JavaScript.
public enum QuestionnaireHTML {
    /// With `answers`, the questionnaire is printed filled in, for sign-off.
    public static func render(_ framework: Framework, sources: SourceRegister, answers: AnswerSet? = nil) -> String {
        var b: HTML = "<header>\n<h1>\(framework.title): questionnaire\(answers == nil ? "" : " (completed)")</h1>\n"
        b +=
            "<p class=\"meta\">Framework <code>\(framework.id)</code> version \(framework.version.description), SHA-256 <code>\(framework.sha256)</code></p>\n"
        b +=
            "<p>\(framework.purpose)</p>\n<p><strong>Who it is for:</strong> \(framework.audience)</p>\n</header>\n<main>\n"
        b += "<section>\n<h2>How to answer</h2>\n"
        b +=
            "<p>Tick one response for each question and note the evidence that supports it. Leave a question blank only if you cannot answer it yet: unanswered questions score 0 and are listed.</p>\n"
        b +=
            "<table>\n<caption>Responses and points</caption>\n<thead><tr><th scope=\"col\">Response</th><th scope=\"col\" class=\"num\">Points</th><th scope=\"col\">Meaning</th></tr></thead>\n<tbody>\n"
        for option in framework.scale.responses {
            b +=
                "<tr><th scope=\"row\">\(option.label)</th><td class=\"num\">\(option.points.map(String.init) ?? "left out")</td><td>\(option.description)</td></tr>\n"
        }
        b += "</tbody>\n</table>\n<ul>\n"
        for rule in framework.scale.rules { b += "<li>\(rule)</li>\n" }
        b += "</ul>\n</section>\n"
        if !framework.contextFields.isEmpty {
            b +=
                "<section>\n<h2>Your legal context</h2>\n<p>Answer these first: they decide which legal duties apply. Leave one blank and every duty that depends on it is treated as applying.</p>\n"
            for (field, label) in AnswerFields.context where framework.contextFields.contains(field) {
                let chosen = answers?.context.value(field)
                b += "<p class=\"write-label\">\(label)</p>\n<ul class=\"choices\">\n"
                for value in AssessmentContext.allowedValues(field) { b += box(chosen == value, value) }
                b += "</ul>\n"
            }
            b += "</section>\n"
        }
        b += "<section>\n<h2>About you</h2>\n"
        for (key, label) in AnswerFields.respondent(for: framework) {
            b += "<p class=\"write-label\">\(label)</p>\n\(writeIn(answers?.respondent[key], short: true))"
        }
        b += "</section>\n"
        if let profile = framework.profile { b += profileSection(profile, answers: answers) }
        for (number, stage) in framework.stages.enumerated() {
            b +=
                "<section class=\"stage-section\">\n<h2>\(number + 1). \(stage.name)</h2>\n<p>\(stage.description)</p>\n"
            for question in framework.questions(in: stage.id) {
                b += questionBlock(
                    question, framework: framework, sources: sources, answer: answers?.answer(question.id))
            }
            b += "</section>\n"
        }
        b += "<section>\n<h2>Sources</h2>\n<ul>\n"
        for source in sources.cited(by: framework) {
            b += "<li><strong>\(source.citeAs)</strong>: \(source.title), \(source.publisher), \(source.date)</li>\n"
        }
        b += "</ul>\n</section>\n"
        if answers != nil {
            b += "<section>\n<h2>Sign-off</h2>\n<p>I confirm these answers and the evidence given are accurate.</p>\n"
            for label in ["Name", "Role", "Signature", "Date"] {
                b += "<p class=\"write-label\">\(label)</p>\n<div class=\"write-in short\"></div>\n"
            }
            b += "</section>\n"
        }
        b += "</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n"
        return HTMLPage.document(
            title: "\(framework.title): questionnaire\(answers == nil ? "" : " (completed)")", body: b)
    }

    /// A box to write in, or the text already given.
    static func writeIn(_ text: String?, short: Bool = false) -> HTML {
        guard let text else {
            return short ? "<div class=\"write-in short\"></div>\n" : "<div class=\"write-in\"></div>\n"
        }
        return text.isBlank ? "<p class=\"filled\">(none given)</p>\n" : "<p class=\"filled\">\(multiline: text)</p>\n"
    }

    static func box(_ ticked: Bool, _ label: String) -> HTML {
        ticked
            ? "<li class=\"ticked\"><span class=\"box\">✓</span><strong>\(label)</strong> (chosen)</li>\n"
            : "<li><span class=\"box\"></span>\(label)</li>\n"
    }

    static func questionBlock(_ q: Question, framework: Framework, sources: SourceRegister, answer: Answer? = nil)
        -> HTML
    {
        var b: HTML = "<div class=\"question\">\n<h3>\(q.id): \(q.text)</h3>\n"
        if let condition = framework.conditionText(q) { b += "<p class=\"condition\">\(condition)</p>\n" }
        b += "<p><strong>What good looks like:</strong> \(q.guidance)</p>\n"
        b += "<p class=\"write-label\">Evidence that would show it:</p>\n<ul>\n"
        for prompt in q.evidencePrompts { b += "<li>\(prompt)</li>\n" }
        b += "</ul>\n<ul class=\"facts\">\n"
        if let concerns = framework.concernsText(q) { b += "<li><strong>Concerns:</strong> \(concerns)</li>\n" }
        if let duty = framework.legalDutyText(q, sources: sources) {
            b += "<li><strong>Legal duty:</strong> \(duty)</li>\n"
        }
        if let also = framework.alsoStagesText(q) { b += "<li><strong>Also relevant to:</strong> \(also)</li>\n" }
        b += "<li><strong>Weight:</strong> \(NumberText.plain(q.weight))</li>\n"
        b += "<li><strong>Sources:</strong> \(sources.display(q.citations))</li>\n</ul>\n"
        b += "<p class=\"write-label\">Response (tick one):</p>\n<ul class=\"choices\">\n"
        for option in framework.scale.responses { b += box(answer?.response == option.id, option.label) }
        b += "</ul>\n<p class=\"write-label\">Evidence:</p>\n\(writeIn(answer?.evidence))"
        b +=
            "<p class=\"write-label\">Notes (a reason is required for not applicable):</p>\n\(writeIn(answer?.notes, short: true))</div>\n"
        return b
    }

    static func profileSection(_ profile: OrganisationProfile, answers: AnswerSet?) -> HTML {
        var b: HTML = "<section>\n<h2>\(profile.title)</h2>\n<p>\(profile.introduction)</p>\n"
        for field in profile.fields {
            b += "<div class=\"question\">\n<h3>\(field.label)</h3>\n<p class=\"meta\">\(field.help)</p>\n"
            let value = answers?.profile[field.id]
            switch field.kind {
            case .count:
                var number: String? = answers == nil ? nil : ""
                if case .count(let n)? = value { number = String(n) }
                b += "<p class=\"write-label\">Number:</p>\n\(writeIn(number, short: true))"
            case .yesNo:
                var yes: Bool?
                if case .yesNo(let v)? = value { yes = v }
                b += "<ul class=\"choices\">\n\(box(yes == true, "Yes"))\(box(yes == false, "No"))</ul>\n"
            case .choices:
                var chosen: [String] = []
                if case .choices(let c)? = value { chosen = c }
                b += "<ul class=\"choices\">\n"
                for option in field.options { b += box(chosen.contains(option.id), option.label) }
                b += "</ul>\n"
            }
            b += "</div>\n"
        }
        b += "</section>\n"
        return b
    }
}
