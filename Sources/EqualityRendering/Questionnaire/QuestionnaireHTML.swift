import EqualityCore

/// The blank questionnaire as a printable A4 HTML form: tick boxes and room to write evidence,
/// no JavaScript.
package enum QuestionnaireHTML {
    /// With `answers`, the questionnaire is printed filled in, for sign-off.
    package static func render(_ framework: Framework, sources: SourceRegister, answers: AnswerSet? = nil) -> String {
        var b: HTML = "<header>\n<h1>\(QuestionnaireWording.title(framework, completed: answers != nil))</h1>\n"
        if let notice = TranslationNotice.text { b += "<p class=\"callout\">\(notice)</p>\n" }
        b +=
            "<p class=\"meta\">\(QuestionnaireWording.framework) <code>\(framework.id)</code> \(QuestionnaireWording.version) \(framework.version.description), SHA-256 <code>\(framework.sha256)</code></p>\n"
        b +=
            "<p>\(framework.purpose)</p>\n<p><strong>\(QuestionnaireWording.whoItIsFor)</strong> \(framework.audience)</p>\n</header>\n<main>\n"
        b += "<section class=\"front\">\n<h2>\(QuestionnaireWording.howToAnswer)</h2>\n"
        b += "<p>\(QuestionnaireWording.howToAnswerText)</p>\n"
        b +=
            "<table class=\"scale\">\n<caption>\(say("questionnaire.responses-and-points", "Responses and points"))</caption>\n<thead><tr><th scope=\"col\" class=\"c-resp\">\(QuestionnaireWording.response)</th><th scope=\"col\" class=\"num c-pts\">\(QuestionnaireWording.points)</th><th scope=\"col\">\(QuestionnaireWording.meaning)</th></tr></thead>\n<tbody>\n"
        for option in framework.scale.responses {
            b +=
                "<tr><th scope=\"row\">\(option.label)</th><td class=\"num\">\(option.points.map(String.init) ?? QuestionnaireWording.leftOut)</td><td>\(option.description)</td></tr>\n"
        }
        b += "</tbody>\n</table>\n<ul>\n"
        for rule in framework.scale.rules { b += "<li>\(rule)</li>\n" }
        b += "</ul>\n</section>\n"
        if !framework.contextFields.isEmpty {
            b +=
                "<section class=\"front\">\n<h2>\(QuestionnaireWording.legalContext)</h2>\n<p>\(Wording.contextIntroduction(leaveOut: QuestionnaireWording.leaveOneBlank))</p>\n"
            for (field, label) in FieldWording.context where framework.contextFields.contains(field) {
                let chosen = answers?.context.value(field)
                b += "<p class=\"write-label\">\(label)</p>\n<ul class=\"choices\">\n"
                for value in AssessmentContext.allowedValues(field) { b += box(chosen == value, value) }
                b += "</ul>\n"
            }
            b += "</section>\n"
        }
        b += "<section class=\"front\">\n<h2>\(QuestionnaireWording.aboutYou)</h2>\n"
        for (key, label) in FieldWording.respondent(for: framework) {
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
        b += "<section class=\"sources\">\n<h2>\(QuestionnaireWording.sources)</h2>\n<ul>\n"
        for source in sources.cited(by: framework) {
            b += "<li><strong>\(source.citeAs)</strong>: \(source.title), \(source.publisher), \(source.date)</li>\n"
        }
        b += "</ul>\n</section>\n"
        b += signOff()
        b += "</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n"
        return HTMLPage.document(
            title: QuestionnaireWording.title(framework, completed: answers != nil), body: b,
            extraCSS: HTMLPage.paperStylesheet)
    }

    /// Who completed and who checked the answers, to sign by hand.
    static func signOff() -> HTML {
        var b: HTML =
            "<section class=\"keep\">\n<h2>\(QuestionnaireWording.signOff)</h2>\n<p>\(say("questionnaire.we-confirm", "We confirm these answers and the evidence given are accurate."))</p>\n<table class=\"signoff\">\n<caption>\(QuestionnaireWording.signOff)</caption>\n<thead><tr><th scope=\"col\" class=\"c-who\">\(say("questionnaire.stage", "Stage"))</th><th scope=\"col\">\(say("questionnaire.name-and-role", "Name and role"))</th><th scope=\"col\">\(say("questionnaire.signature", "Signature"))</th><th scope=\"col\" class=\"c-date\">\(say("questionnaire.date", "Date"))</th></tr></thead>\n<tbody>\n"
        for step in [say("questionnaire.completed-by", "Completed by"), say("questionnaire.checked-by", "Checked by")] {
            b += "<tr><th scope=\"row\">\(step)</th><td></td><td></td><td></td></tr>\n"
        }
        return b + "</tbody>\n</table>\n</section>\n"
    }

    /// A box to write in, or the text already given.
    static func writeIn(_ text: String?, short: Bool = false) -> HTML {
        guard let text else {
            return short ? "<div class=\"write-in short\"></div>\n" : "<div class=\"write-in\"></div>\n"
        }
        return text.isBlank
            ? "<p class=\"filled\">\(QuestionnaireWording.noneGiven)</p>\n"
            : "<p class=\"filled\">\(multiline: text)</p>\n"
    }

    static func box(_ ticked: Bool, _ label: String) -> HTML {
        ticked
            ? "<li class=\"ticked\"><span class=\"box\">✓</span><strong>\(label)</strong> \(say("questionnaire.chosen", "(chosen)"))</li>\n"
            : "<li><span class=\"box\"></span>\(label)</li>\n"
    }

    /// Lines to write on: at least five for evidence, two for notes.
    static let evidenceLines = 5
    static let noteLines = 2

    /// Ruled lines with the label written on the first, as on a paper form.
    static func ruled(_ label: HTML, _ lines: Int) -> HTML {
        var b: HTML = "<div class=\"ruled\"><div><span class=\"write-label\">\(label)</span></div>"
        b += Array(repeating: HTML("<div></div>"), count: max(lines - 1, 0)).joined()
        return b + "</div>\n"
    }

    /// Blank: ruled lines. Filled: the label and the text given, or "(none given)".
    static func writeOn(_ label: HTML, _ text: String?, lines: Int) -> HTML {
        guard let text else { return ruled(label, lines) }
        let given: HTML = text.isBlank ? "\(QuestionnaireWording.noneGiven)" : "\(multiline: text)"
        return "<p class=\"write-label\">\(label)</p>\n<p class=\"filled\">\(given)</p>\n"
    }

    static func questionBlock(_ q: Question, framework: Framework, sources: SourceRegister, answer: Answer? = nil)
        -> HTML
    {
        let mark: HTML =
            q.legalDuty == nil
            ? "" : " <span class=\"duty-mark\">\(say("questionnaire.legal-duty-mark", "Legal duty"))</span>"
        var b: HTML = "<div class=\"question paper\">\n<div class=\"about\">\n<h3>\(q.id)\(mark): \(q.text)</h3>\n"
        if let condition = framework.conditionText(q) { b += "<p class=\"condition\">\(condition)</p>\n" }
        b += "<p class=\"help\"><strong>\(Wording.whatGoodLooksLike):</strong> \(q.guidance)</p>\n"
        b +=
            "<p class=\"help\"><strong>\(QuestionnaireWording.evidencePrompts)</strong> \(q.evidencePrompts.joined(separator: "; "))</p>\n"
        var facts: [HTML] = []
        if let duty = framework.legalDutyText(q, sources: sources) {
            facts.append("<strong>\(QuestionnaireWording.legalDuty)</strong> \(duty)")
        }
        if let concerns = framework.concernsText(q) {
            facts.append("<strong>\(QuestionnaireWording.concerns)</strong> \(concerns)")
        }
        if let also = framework.alsoStagesText(q) {
            facts.append("<strong>\(QuestionnaireWording.alsoRelevantTo)</strong> \(also)")
        }
        facts.append("<strong>\(QuestionnaireWording.weight)</strong> \(NumberText.plain(q.weight))")
        facts.append("<strong>\(QuestionnaireWording.sourcesColon)</strong> \(sources.display(q.citations))")
        b += "<p class=\"facts\">\(facts.joined(separator: ". "))</p>\n"
        b +=
            "<ul class=\"choices\" aria-label=\"\(say("questionnaire.response-tick-one", "Response (tick one)"))\">\n<li class=\"write-label\">\(say("questionnaire.tick-one", "Tick one:"))</li>\n"
        for option in framework.scale.responses { b += box(answer?.response == option.id, option.label) }
        b +=
            "</ul>\n</div>\n\(writeOn("\(say("questionnaire.question-evidence", "\(q.id) evidence:"))", answer?.evidence, lines: evidenceLines))"
        b +=
            "\(writeOn("\(say("questionnaire.question-notes", "\(q.id) notes (give a reason for not applicable):"))", answer?.notes, lines: noteLines))</div>\n"
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
                b += "<p class=\"write-label\">\(QuestionnaireWording.number)</p>\n\(writeIn(number, short: true))"
            case .yesNo:
                var yes: Bool?
                if case .yesNo(let v)? = value { yes = v }
                b +=
                    "<ul class=\"choices\">\n\(box(yes == true, QuestionnaireWording.yes))\(box(yes == false, QuestionnaireWording.no))</ul>\n"
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
