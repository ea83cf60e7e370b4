/// The blank questionnaire as GitHub-flavoured Markdown, with task-list tick boxes.
enum QuestionnaireMarkdown {
    static func render(_ framework: Framework, sources: SourceRegister) -> String {
        let e = MarkdownText.escapeInline
        var md = "# \(e(framework.title)): questionnaire\n\n"
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
        for label in ["Organisation", "Your role", "The commissioning exercise or service assessed", "Date (YYYY-MM-DD)"] {
            md += "- \(label): \n"
        }
        md += "\n"
        if let profile = framework.profile { md += profileSection(profile) }
        for (number, stage) in framework.stages.enumerated() {
            md += "## \(number + 1). \(e(stage.name))\n\n\(e(stage.description))\n\n"
            for question in framework.questions(in: stage.id) {
                md += questionBlock(question, framework: framework, sources: sources)
            }
        }
        md += "## Sources\n\n"
        for source in sources.cited(by: framework) {
            md += "- **\(e(source.citeAs))**: \(e(source.title)), \(e(source.publisher)), \(e(source.date))\n"
        }
        md += "\n---\n\n\(e(Disclaimer.text))\n"
        return md
    }

    static func questionBlock(_ q: Question, framework: Framework, sources: SourceRegister) -> String {
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
        for option in framework.scale.responses { md += "- [ ] \(e(option.label))\n" }
        md += "\n**Evidence:** \n\n**Notes (a reason is required for not applicable):** \n\n"
        return md
    }

    static func profileSection(_ profile: OrganisationProfile) -> String {
        let e = MarkdownText.escapeInline
        var md = "## \(e(profile.title))\n\n\(e(profile.introduction))\n\n"
        for field in profile.fields {
            switch field.kind {
            case .count: md += "- \(e(field.label)) Number: \n"
            case .yesNo: md += "- \(e(field.label))\n  - [ ] Yes\n  - [ ] No\n"
            case .choices:
                md += "- \(e(field.label))\n"
                for option in field.options { md += "  - [ ] \(e(option.label))\n" }
            }
        }
        return md + "\n"
    }
}
