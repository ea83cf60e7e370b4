import EqualityCore

/// The blank questionnaire as GitHub-flavoured Markdown, with task-list tick boxes.
package enum QuestionnaireMarkdown {
    /// With `answers`, the questionnaire is printed filled in, for sign-off.
    package static func render(_ framework: Framework, sources: SourceRegister, answers: AnswerSet? = nil) -> String {
        var md: Markdown = "# \(framework.title): questionnaire\(answers == nil ? "" : " (completed)")\n\n"
        md +=
            "Framework \(code: framework.id) version \(framework.version.description), SHA-256 \(code: framework.sha256).\n\n"
        md += "\(framework.purpose)\n\n**\(QuestionnaireWording.whoItIsFor)** \(framework.audience)\n\n"
        md += "## \(QuestionnaireWording.howToAnswer)\n\n"
        md += "\(QuestionnaireWording.howToAnswerText)\n\n"
        md += "| Response | Points | Meaning |\n| --- | --- | --- |\n"
        for option in framework.scale.responses {
            let points = option.points.map(String.init) ?? "left out"
            md += "| \(option.label) (\(code: option.id)) | \(points) | \(cell: option.description) |\n"
        }
        md += "\n"
        for rule in framework.scale.rules { md += "- \(rule)\n" }
        if !framework.contextFields.isEmpty {
            md += "\n## \(QuestionnaireWording.legalContext)\n\n"
            md +=
                "\(Wording.contextIntroduction(leaveOut: "Leave one blank"))\n\n"
            for (field, label) in AnswerFields.context where framework.contextFields.contains(field) {
                let chosen = answers?.context.value(field)
                md += "- \(label)\n"
                for value in AssessmentContext.allowedValues(field) {
                    md += "  - [\(chosen == value ? "x" : " ")] \(code: value)\n"
                }
            }
        }
        md += "\n## About you\n\n"
        for (key, label) in AnswerFields.respondent(for: framework) {
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
        md += "## Sources\n\n"
        for source in sources.cited(by: framework) {
            md += "- **\(source.citeAs)**: \(source.title), \(source.publisher), \(source.date)\n"
        }
        if answers != nil {
            md +=
                "\n## Sign-off\n\nI confirm these answers and the evidence given are accurate.\n\n- Name: \n- Role: \n- Signature: \n- Date: \n"
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
        if let concerns = framework.concernsText(q) { facts.append("**Concerns:** \(concerns)") }
        if let duty = framework.legalDutyText(q, sources: sources) { facts.append("**Legal duty:** \(duty)") }
        if let also = framework.alsoStagesText(q) { facts.append("**\(QuestionnaireWording.alsoRelevantTo)** \(also)") }
        facts.append("**Weight:** \(NumberText.plain(q.weight))")
        facts.append("**Sources:** \(sources.display(q.citations))")
        md += "\(facts.joined(separator: "  \n"))\n\n"
        md += "**Response:**\n\n"
        for option in framework.scale.responses {
            md += "- [\(answer?.response == option.id ? "x" : " ")] \(option.label)\n"
        }
        md += "\n**Evidence:** \(cell: answer?.evidence ?? "")\n\n"
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
                md += "- \(field.label) Number: \(number)\n"
            case .yesNo:
                var yes: Bool?
                if case .yesNo(let b)? = value { yes = b }
                md += "- \(field.label)\n  - [\(yes == true ? "x" : " ")] Yes\n  - [\(yes == false ? "x" : " ")] No\n"
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
