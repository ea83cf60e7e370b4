/// The blank questionnaire as GitHub-flavoured Markdown, with task-list tick boxes.
enum QuestionnaireMarkdown {
    /// With `answers`, the questionnaire is printed filled in, for sign-off.
    static func render(_ framework: Framework, sources: SourceRegister, answers: AnswerSet? = nil) -> String {
        let e = MarkdownText.escapeInline
        var md = "# \(e(framework.title)): questionnaire\(answers == nil ? "" : " (completed)")\n\n"
        md += "Framework `\(framework.id)` version \(framework.version), SHA-256 `\(framework.sha256)`.\n\n"
        md += "\(e(framework.purpose))\n\n**Who it is for:** \(e(framework.audience))\n\n"
        md += "## How to answer\n\n"
        md += "Tick one response for each question and note the evidence that supports it. Leave a question blank only if you cannot answer it yet: unanswered questions score 0 and are listed.\n\n"
        md += "| Response | Points | Meaning |\n| --- | --- | --- |\n"
        for option in framework.scale.responses {
            let points = option.points.map(String.init) ?? "left out"
            md += "| \(e(option.label)) (`\(option.id)`) | \(points) | \(MarkdownText.escapeCell(option.description)) |\n"
        }
        md += "\n"
        for rule in framework.scale.rules { md += "- \(e(rule))\n" }
        md += "\n## About you\n\n"
        for (key, label) in AnswerFields.respondent {
            md += "- \(e(label)): \(answers.map { MarkdownText.escapeCell($0.respondent[key]) } ?? "")\n"
        }
        md += "\n"
        if let profile = framework.profile { md += profileSection(profile, answers: answers) }
        for (number, stage) in framework.stages.enumerated() {
            md += "## \(number + 1). \(e(stage.name))\n\n\(e(stage.description))\n\n"
            for question in framework.questions(in: stage.id) {
                md += questionBlock(question, framework: framework, sources: sources, answer: answers?.answer(question.id))
            }
        }
        md += "## Sources\n\n"
        for source in sources.cited(by: framework) {
            md += "- **\(e(source.citeAs))**: \(e(source.title)), \(e(source.publisher)), \(e(source.date))\n"
        }
        if answers != nil {
            md += "\n## Sign-off\n\nI confirm these answers and the evidence given are accurate.\n\n- Name: \n- Role: \n- Signature: \n- Date: \n"
        }
        md += "\n---\n\n\(e(Disclaimer.text))\n"
        return md
    }

    static func questionBlock(_ q: Question, framework: Framework, sources: SourceRegister, answer: Answer? = nil) -> String {
        let e = MarkdownText.escapeInline
        var md = "### \(e(q.id)): \(e(q.text))\n\n"
        if let condition = framework.conditionText(q) { md += "> \(e(condition))\n\n" }
        md += "**What good looks like:** \(e(q.guidance))\n\n"
        md += "**Evidence that would show it:**\n\n"
        for prompt in q.evidencePrompts { md += "- \(e(prompt))\n" }
        md += "\n"
        var facts: [String] = []
        if let concerns = framework.concernsText(q) { facts.append("**Concerns:** \(e(concerns))") }
        if let duty = framework.legalDutyText(q, sources: sources) { facts.append("**Legal duty:** \(e(duty))") }
        if let also = framework.alsoStagesText(q) { facts.append("**Also relevant to:** \(e(also))") }
        facts.append("**Weight:** \(JSONWriter.formatNumber(q.weight))")
        facts.append("**Sources:** \(e(sources.display(q.citations)))")
        md += facts.joined(separator: "  \n") + "\n\n"
        md += "**Response:**\n\n"
        for option in framework.scale.responses { md += "- [\(answer?.response == option.id ? "x" : " ")] \(e(option.label))\n" }
        md += "\n**Evidence:** \(answer.map { MarkdownText.escapeCell($0.evidence) } ?? "")\n\n"
        md += "**Notes (a reason is required for not applicable):** \(answer.map { MarkdownText.escapeCell($0.notes) } ?? "")\n\n"
        return md
    }

    static func profileSection(_ profile: OrganisationProfile, answers: AnswerSet?) -> String {
        let e = MarkdownText.escapeInline
        var md = "## \(e(profile.title))\n\n\(e(profile.introduction))\n\n"
        for field in profile.fields {
            let value = answers?.profile[field.id]
            switch field.kind {
            case .count:
                var number = ""
                if case let .count(n)? = value { number = String(n) }
                md += "- \(e(field.label)) Number: \(number)\n"
            case .yesNo:
                var yes: Bool?
                if case let .yesNo(b)? = value { yes = b }
                md += "- \(e(field.label))\n  - [\(yes == true ? "x" : " ")] Yes\n  - [\(yes == false ? "x" : " ")] No\n"
            case .choices:
                var chosen: [String] = []
                if case let .choices(c)? = value { chosen = c }
                md += "- \(e(field.label))\n"
                for option in field.options { md += "  - [\(chosen.contains(option.id) ? "x" : " ")] \(e(option.label))\n" }
            }
        }
        return md + "\n"
    }
}
