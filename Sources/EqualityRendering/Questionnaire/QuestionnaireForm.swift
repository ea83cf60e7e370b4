import EqualityCore

/// The fillable offline form: one HTML file that works from an email attachment with no network
/// and no server. It keeps answers in the browser as the person types, saves them as the answer
/// JSON that `report` reads, and loads a file to continue, reading it exactly as `validate` does
/// (`Browser/answer-reader.js`). Its live summary applies the tool's scoring rules from the data
/// block (`Browser/questionnaire-form.js`, pinned to `Scorer` by `.ci/form_agreement.py`); the
/// report itself is always the Swift tool's.
package enum QuestionnaireForm {
    package static func render(_ framework: Framework, sources: SourceRegister) -> String {
        var b: HTML = "<header>\n<h1>\(FormWording.title(framework))</h1>\n"
        if let notice = TranslationNotice.text { b += "<p class=\"callout\">\(notice)</p>\n" }
        b +=
            "<p class=\"meta\">\(QuestionnaireWording.framework) <code>\(framework.id)</code> \(QuestionnaireWording.version) \(framework.version.description), SHA-256 <code>\(framework.sha256)</code></p>\n"
        b += "<p>\(framework.purpose)</p>\n"
        b +=
            "<p>\(say("form.kept-here", "Your answers are kept in this browser on this computer as you type, and nothing is sent anywhere.")) \(FormWording.markup(say("form.save-load", "Use \("{0}") to download them as a file you can keep, send, or turn into a gap report with \("{1}"); use \("{2}") to carry on from a saved file."), ["<strong>\(FormWording.save)</strong>", "<code>equality-assess report</code>", "<strong>\(FormWording.load)</strong>"]))</p>\n"
        b += "<div class=\"toolbar\">\n<button type=\"button\" id=\"save\">\(FormWording.save)</button>\n"
        b +=
            "<label class=\"load\" for=\"load\">\(QuestionnaireWording.loadAnswers)</label>\n<input type=\"file\" id=\"load\" accept=\".json,.csv,.tsv,.txt,application/json,text/csv\">\n"
        b += "<button type=\"button\" id=\"clear\">\(say("form.clear-all", "Clear all answers"))</button>\n</div>\n"
        b +=
            "<p id=\"progress\" class=\"progress\" aria-live=\"polite\">\(FormWording.progress(0, framework.questions.count))</p>\n"
        b +=
            "<p id=\"status\" role=\"status\"></p>\n<ul id=\"load-problems\" class=\"load-problems\" aria-label=\"\(say("form.problems-in-file", "Problems in the file"))\" hidden></ul>\n</header>\n<main>\n"
        b +=
            "<section id=\"summary\" class=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">\(say("form.result-so-far", "Your result so far"))</h2>\n"
        b +=
            "<p>\(FormWording.markup(say("form.worked-out-here", "Worked out in this browser by the same rules as \("{0}"); it changes as you answer."), ["<code>equality-assess report</code>"]))</p>\n"
        b += "<div id=\"summary-body\" aria-live=\"polite\"></div>\n</section>\n<form id=\"answers\" novalidate>\n"
        if !framework.contextFields.isEmpty {
            b += "<fieldset class=\"about\" id=\"context\">\n<legend>\(QuestionnaireWording.legalContext)</legend>\n"
            b +=
                "<p>\(Wording.contextIntroduction(leaveOut: say("form.leave-one-unanswered", "Leave one unanswered")))</p>\n"
            for field in framework.contextFields {
                let name = "context-\(field.rawValue)"
                b += "<fieldset class=\"inner\">\n<legend>\(FieldWording.contextQuestion(field))</legend>\n"
                for (value, words) in FieldWording.choices(field) {
                    b +=
                        "<span class=\"choice\"><input type=\"radio\" name=\"\(name)\" id=\"\(name)-\(value)\" value=\"\(value)\"><label for=\"\(name)-\(value)\">\(words)</label></span>\n"
                }
                b += "</fieldset>\n"
            }
            b += "</fieldset>\n"
        }
        b += "<fieldset class=\"about\">\n<legend>\(QuestionnaireWording.aboutYou)</legend>\n"
        for (key, label) in FieldWording.respondent(for: framework) {
            if key == "perspective" {
                b +=
                    "<p><label for=\"respondent-perspective\">\(say("form.whose-view", "Whose view these answers give"))</label><br>\n<select id=\"respondent-perspective\" name=\"respondent-perspective\">\n<option value=\"\">\(say("form.not-stated", "Not stated"))</option>\n"
                for p in Perspective.allCases { b += "<option value=\"\(p.rawValue)\">\(p.name)</option>\n" }
                b += "</select></p>\n"
                continue
            }
            // A date is read as the tool reads it (2026-11-20, 20/11/2026 or 20/11/26) and checked as typed.
            let check: HTML =
                key == "date"
                ? " aria-describedby=\"check-respondent-date\"></p>\n<p class=\"check\" id=\"check-respondent-date\"></p>\n"
                : "></p>\n"
            let shownLabel =
                key == "date"
                ? say("form.date-label", "Date of the assessment (for example 2026-11-20 or 20/11/2026)") : label
            b +=
                "<p><label for=\"respondent-\(key)\">\(shownLabel)</label><br>\n<input type=\"text\" id=\"respondent-\(key)\" name=\"respondent-\(key)\" autocomplete=\"off\"\(check)"
        }
        b += "</fieldset>\n"
        b += agreementSection()
        if let profile = framework.profile { b += profileSection(profile) }
        for (number, stage) in framework.stages.enumerated() {
            let count = framework.questions(in: stage.id).count
            b +=
                "<section class=\"stage-section\">\n<h2>\(number + 1). \(stage.name)</h2>\n<p>\(stage.description)</p>\n"
            b += "<p class=\"stage-progress\" id=\"progress-\(stage.id)\">\(FormWording.stageProgress(0, count))</p>\n"
            for question in framework.questions(in: stage.id) {
                b += questionBlock(question, framework: framework, sources: sources)
            }
            b += "</section>\n"
        }
        // Save and Load again at the end, where the person finishes.
        b +=
            "</form>\n<div class=\"toolbar\">\n<button type=\"button\" id=\"save-end\">\(FormWording.save)</button>\n<label class=\"load\" for=\"load-end\">\(QuestionnaireWording.loadAnswers)</label>\n<input type=\"file\" id=\"load-end\" accept=\".json,.csv,.tsv,.txt,application/json,text/csv\">\n</div>\n</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n"
        // JSON written with `<`, `>` and `&` escaped cannot close the script block: trusted.
        b +=
            "<script type=\"application/json\" id=\"form-data\">\(HTML(trusted: JSONWriter.write(formData(framework), htmlSafe: true)))</script>\n"
        // The form's own script, a constant in this file: trusted.
        b += "<script>\n\(HTML(trusted: script))</script>\n"
        return HTMLPage.document(title: FormWording.title(framework), body: b, extraCSS: css)
    }

    static func questionBlock(_ q: Question, framework: Framework, sources: SourceRegister) -> HTML {
        let id = q.id
        var b: HTML =
            "<fieldset class=\"question\" id=\"q-\(id)\" data-stage=\"\(q.stage)\">\n<legend><strong>\(id)</strong> \(q.text)</legend>\n"
        if let condition = framework.conditionText(q) { b += "<p class=\"condition\">\(condition)</p>\n" }
        if let duty = framework.legalDutyText(q, sources: sources) {
            b += "<p class=\"duty\"><strong>\(QuestionnaireWording.legalDuty)</strong> \(duty)</p>\n"
        }
        b +=
            "<details>\n<summary>\(say("form.good-and-evidence", "What good looks like, and evidence"))</summary>\n<p>\(q.guidance)</p>\n<ul>\n"
        for prompt in q.evidencePrompts { b += "<li>\(prompt)</li>\n" }
        b += "</ul>\n<p class=\"meta\">\(QuestionnaireWording.sourcesColon) \(sources.display(q.citations))"
        if let duty = framework.legalDutyText(q, sources: sources) {
            b += ". \(QuestionnaireWording.legalDuty) \(duty)"
        }
        b += "</p>\n</details>\n<div class=\"choices\">\n"
        for option in framework.scale.responses {
            let rid = "\(id)-\(option.id)"
            b +=
                "<span class=\"choice\"><input type=\"radio\" name=\"\(id)\" id=\"\(rid)\" value=\"\(option.id)\"><label for=\"\(rid)\">\(option.label)</label></span>\n"
        }
        b +=
            "</div>\n<p><label for=\"\(id)-evidence\">\(say("form.evidence", "Evidence"))</label><br>\n<textarea id=\"\(id)-evidence\" name=\"\(id)-evidence\" rows=\"3\" aria-describedby=\"check-\(id)\"></textarea></p>\n"
        b +=
            "<p><label for=\"\(id)-notes\">\(QuestionnaireWording.notes)</label><br>\n<textarea id=\"\(id)-notes\" name=\"\(id)-notes\" rows=\"2\" aria-describedby=\"check-\(id)\"></textarea></p>\n<p class=\"check\" id=\"check-\(id)\"></p>\n</fieldset>\n"
        return b
    }

    /// The agreement step for a consensus draft (`perspectives --draft`): hidden until such a
    /// draft is loaded; the group ticks who agreed the answers, and the saved file says so.
    static func agreementSection() -> HTML {
        var b: HTML =
            "<fieldset class=\"about\" id=\"agreement\" hidden>\n<legend>\(say("report.agreement", "Agreement"))</legend>\n"
        b +=
            "<p>\(say("form.agreement-text", "These answers are a draft drawn from several perspectives. When the group has agreed them, tick who agreed. Until then the report says \u{201C}Draft for agreement\u{201D} and cannot be final."))</p>\n"
        for p in Perspective.allCases {
            let id = "agreedWith-\(p.rawValue)"
            b +=
                "<span class=\"choice\"><input type=\"checkbox\" name=\"agreedWith\" id=\"\(id)\" value=\"\(p.rawValue)\"><label for=\"\(id)\">\(p.name)</label></span>\n"
        }
        return b + "</fieldset>\n"
    }

    static func profileSection(_ profile: OrganisationProfile) -> HTML {
        var b: HTML = "<fieldset class=\"about\">\n<legend>\(profile.title)</legend>\n<p>\(profile.introduction)</p>\n"
        for field in profile.fields {
            let name = "profile-\(field.id)"
            switch field.kind {
            case .count:
                // Text, not a number box, so what was typed is seen and checked by the tool's rule.
                b +=
                    "<p><label for=\"\(name)\">\(field.label)</label> <span class=\"meta\">\(field.help)</span><br>\n<input type=\"text\" inputmode=\"numeric\" id=\"\(name)\" name=\"\(name)\" aria-describedby=\"check-\(name)\"></p>\n<p class=\"check\" id=\"check-\(name)\"></p>\n"
            case .yesNo:
                b +=
                    "<fieldset class=\"inner\">\n<legend>\(field.label)</legend>\n<p class=\"meta\">\(field.help)</p>\n"
                for (value, label) in [("yes", QuestionnaireWording.yes), ("no", QuestionnaireWording.no)] {
                    b +=
                        "<span class=\"choice\"><input type=\"radio\" name=\"\(name)\" id=\"\(name)-\(value)\" value=\"\(value)\"><label for=\"\(name)-\(value)\">\(label)</label></span>\n"
                }
                b += "</fieldset>\n"
            case .choices:
                b +=
                    "<fieldset class=\"inner\">\n<legend>\(field.label)</legend>\n<p class=\"meta\">\(field.help)</p>\n"
                for option in field.options {
                    let oid = "\(name)-\(option.id)"
                    b +=
                        "<span class=\"choice\"><input type=\"checkbox\" name=\"\(name)\" id=\"\(oid)\" value=\"\(option.id)\"><label for=\"\(oid)\">\(option.label)</label></span>\n"
                }
                b += "</fieldset>\n"
            }
        }
        b += "</fieldset>\n"
        return b
    }

    /// What the script needs to know, as data.
    static func formData(_ framework: Framework) -> JSONValue {
        var stages: [(key: String, value: JSONValue)] = []
        for stage in framework.stages {
            stages.append((stage.id, .array(framework.questions(in: stage.id).map { .string($0.id) })))
        }
        return .object(
            [
                ("framework", .string(framework.id)),
                ("version", .string(framework.version.description)),
                ("language", .string(Language.current.answerTag)),
                ("words", FormWording.questionnaireScript), ("plural", FormWording.pluralTable),
                ("respondent", .array(AnswerFields.respondent.map { .string($0.key) })),
                ("context", .array(framework.contextFields.map { .string($0.rawValue) })),
                (
                    "contextNames",
                    .object(AssessmentContext.Field.allCases.map { ($0.rawValue, .string(Wording.fieldName($0))) })
                ),
                (
                    "profile",
                    .array(
                        (framework.profile?.fields ?? []).map {
                            .object([("id", .string($0.id)), ("kind", .string($0.kind.rawValue))])
                        })
                ),
                ("questions", .array(framework.questions.map { .string($0.id) })),
                ("stages", .object(stages)),
                // The rules the form applies as the person types, from the framework: the same ones
                // `validate`, `score` and `report` apply.
                ("conditions", FormScript.conditions(framework)),
                ("askedWhen", FormScript.askedWhen(framework)),
                (
                    "requiresReason",
                    .array(framework.scale.responses.filter(\.requiresReason).map { .string($0.id) })
                ),
                ("scoring", scoringData(framework)),
                (
                    "needsEvidence",
                    .object(
                        framework.scale.responses.compactMap { o in
                            o.withoutEvidence.map {
                                (o.id, .string(framework.scale.option($0)?.label.lowercased() ?? $0))
                            }
                        })
                ),
            ] + FormScript.readingData(framework))
    }

    /// The scoring rules as data, so the form's live summary applies exactly the tool's rules.
    static func scoringData(_ framework: Framework) -> JSONValue {
        let scale = framework.scale
        return .object([
            ("maxPoints", .number(Double(scale.maxPoints))),
            ("legalRiskBelow", .number(Double(scale.legalRiskBelow))),
            (
                "responses",
                .array(
                    scale.responses.map { o in
                        .object([
                            ("id", .string(o.id)), ("label", .string(o.label)),
                            ("points", o.points.map { .number(Double($0)) } ?? .null),
                            ("withoutEvidence", o.withoutEvidence.map(JSONValue.string) ?? .null),
                        ])
                    })
            ),
            (
                "bands",
                .array(
                    framework.bands.map { band in
                        .object([
                            ("id", .string(band.id)), ("name", .string(band.name)), ("min", .number(band.min)),
                            ("max", .number(band.max)),
                        ])
                    })
            ),
            (
                "stages",
                .array(framework.stages.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })
            ),
            (
                "questions",
                .array(
                    framework.questions.map { q in
                        .object([
                            ("id", .string(q.id)), ("stage", .string(q.stage)), ("weight", .number(q.weight)),
                            ("legalDuty", q.legalDuty.map(JSONValue.string) ?? .null),
                            ("text", .string(Wording.shorten(q.text, 90))),
                        ])
                    })
            ),
            (
                "duties",
                .object(
                    framework.legalDuties.map { duty in
                        (
                            duty.id,
                            .object(
                                duty.conditions.fields.map { field in
                                    (
                                        field.rawValue,
                                        .array((duty.conditions.values[field] ?? []).map(JSONValue.string))
                                    )
                                })
                        )
                    })
            ),
        ])
    }

    static var css: String { BrowserFiles.questionnaireFormCSS }

    /// Plain ES5 so it runs in any browser; it reads and writes the answer JSON format exactly.
    static var script: String { FormScript.wrap(BrowserFiles.questionnaireFormJS) }
}
