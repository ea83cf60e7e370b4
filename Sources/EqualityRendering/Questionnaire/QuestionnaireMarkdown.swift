import EqualityCore

/// The blank questionnaire as GitHub-flavoured Markdown, with task-list tick boxes.
package enum QuestionnaireMarkdown {
    /// With `answers`, the questionnaire is printed filled in, for sign-off.
    package static func render(_ framework: Framework, sources: SourceRegister, answers: AnswerSet? = nil) -> String {
        var md: Markdown = "# \(QuestionnaireWording.title(framework, completed: answers != nil))\n\n"
        if let notice = TranslationNotice.text { md += "> \(notice)\n\n" }
        md +=
            "\(QuestionnaireWording.framework) \(code: framework.id) \(QuestionnaireWording.version) \(framework.version.description), SHA-256 \(code: framework.sha256).\n\n"
        md += "\(framework.purpose)\n\n**\(QuestionnaireWording.whoItIsFor)** \(framework.audience)\n\n"
        md += "## \(QuestionnaireWording.howToAnswer)\n\n"
        md += "\(QuestionnaireWording.howToAnswerText)\n\n"
        md +=
            "| \(QuestionnaireWording.response) | \(QuestionnaireWording.points) | \(QuestionnaireWording.meaning) |\n| --- | --- | --- |\n"
        for option in framework.scale.responses {
            let points = option.points.map(String.init) ?? QuestionnaireWording.leftOut
            md += "| \(option.label) (\(code: option.id)) | \(points) | \(cell: option.description) |\n"
        }
        md += "\n"
        for rule in framework.scale.rules { md += "- \(rule)\n" }
        if !framework.contextFields.isEmpty {
            md += "\n## \(QuestionnaireWording.legalContext)\n\n"
            md +=
                "\(Wording.contextIntroduction(leaveOut: QuestionnaireWording.leaveOneBlank))\n\n"
            for (field, label) in FieldWording.context where framework.contextFields.contains(field) {
                let chosen = answers?.context.value(field)
                md += "- \(label)\n"
                for value in AssessmentContext.allowedValues(field) {
                    md += "  - [\(chosen == value ? "x" : " ")] \(code: value)\n"
                }
            }
        }
        md += "\n## \(QuestionnaireWording.aboutYou)\n\n"
        for (key, label) in FieldWording.respondent(for: framework) {
            md += "- \(label): \(cell: answers?.respondent[key] ?? "")\n"
        }
        md += "\n"
        if let profile = framework.profile { md += profileSection(profile, answers: answers) }
        for (number, stage) in framework.stages.enumerated() {
            md += "## \(number + 1). \(stage.name)\n\n\(stage.description)\n\n"
            for question in framework.questions(in: stage.id) {
                md += questionBlock(
                    question, framework: framework, sources: sources, answer: answers?.answer(question.id))
            }
        }
        md += "## \(QuestionnaireWording.sources)\n\n"
        for source in sources.cited(by: framework) {
            md += "- **\(source.citeAs)**: \(source.title), \(source.publisher), \(source.date)\n"
        }
        if answers != nil {
            md +=
                "\n## \(QuestionnaireWording.signOff)\n\n\(say("questionnaire.i-confirm", "I confirm these answers and the evidence given are accurate."))\n\n- \(say("questionnaire.name-colon", "Name:")) \n- \(say("questionnaire.role-colon", "Role:")) \n- \(say("questionnaire.signature-colon", "Signature:")) \n- \(say("questionnaire.date-colon", "Date:")) \n"
        }
        md += "\n---\n\n\(Disclaimer.text)\n"
        return md.text
    }

    static func questionBlock(_ q: Question, framework: Framework, sources: SourceRegister, answer: Answer? = nil)
        -> Markdown
    {
        var md: Markdown = "### \(q.id): \(q.text)\n\n"
        if let condition = framework.conditionText(q) { md += "> \(condition)\n\n" }
        md += "**\(Wording.whatGoodLooksLike):** \(q.guidance)\n\n"
        md += "**\(QuestionnaireWording.evidencePrompts)**\n\n"
        for prompt in q.evidencePrompts { md += "- \(prompt)\n" }
        md += "\n"
        var facts: [Markdown] = []
        if let concerns = framework.concernsText(q) { facts.append("**\(QuestionnaireWording.concerns)** \(concerns)") }
        if let duty = framework.legalDutyText(q, sources: sources) {
            facts.append("**\(QuestionnaireWording.legalDuty)** \(duty)")
        }
        if let also = framework.alsoStagesText(q) { facts.append("**\(QuestionnaireWording.alsoRelevantTo)** \(also)") }
        facts.append("**\(QuestionnaireWording.weight)** \(NumberText.plain(q.weight))")
        facts.append("**\(QuestionnaireWording.sourcesColon)** \(sources.display(q.citations))")
        md += "\(facts.joined(separator: "  \n"))\n\n"
        md += "**\(QuestionnaireWording.responseColon)**\n\n"
        for option in framework.scale.responses {
            md += "- [\(answer?.response == option.id ? "x" : " ")] \(option.label)\n"
        }
        md += "\n**\(QuestionnaireWording.evidenceColon)** \(cell: answer?.evidence ?? "")\n\n"
        md += "**\(QuestionnaireWording.notes):** \(cell: answer?.notes ?? "")\n\n"
        return md
    }

    static func profileSection(_ profile: OrganisationProfile, answers: AnswerSet?) -> Markdown {
        var md: Markdown = "## \(profile.title)\n\n\(profile.introduction)\n\n"
        for field in profile.fields {
            let value = answers?.profile[field.id]
            switch field.kind {
            case .count:
                var number = ""
                if case .count(let n)? = value { number = String(n) }
                md += "- \(field.label) \(QuestionnaireWording.number) \(number)\n"
            case .yesNo:
                var yes: Bool?
                if case .yesNo(let b)? = value { yes = b }
                md +=
                    "- \(field.label)\n  - [\(yes == true ? "x" : " ")] \(QuestionnaireWording.yes)\n  - [\(yes == false ? "x" : " ")] \(QuestionnaireWording.no)\n"
            case .choices:
                var chosen: [String] = []
                if case .choices(let c)? = value { chosen = c }
                md += "- \(field.label)\n"
                for option in field.options {
                    md += "  - [\(chosen.contains(option.id) ? "x" : " ")] \(option.label)\n"
                }
            }
        }
        md += "\n"
        return md
    }
}
