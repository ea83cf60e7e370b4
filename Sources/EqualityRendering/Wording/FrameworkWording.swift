import EqualityCore

/// Plain-English phrases built from framework data, shared by every renderer so the questionnaire
/// and the report describe a question the same way. Output is unescaped: renderers escape it.
extension Framework {
    /// "Racially minoritised people; Race", or nil when the question concerns everyone.
    func concernsText(_ question: Question) -> String? {
        question.concerns.isEmpty ? nil : question.concerns.map(concernName).joined(separator: "; ")
    }

    /// "Public Sector Equality Duty (due regard) (Equality Act 2010 s.149)".
    package func legalDutyText(_ question: Question, sources: SourceRegister) -> String? {
        guard let id = question.legalDuty, let duty = legalDuty(id) else { return nil }
        return "\(duty.name) (\(sources.display(duty.citation)))"
    }

    /// When a question is asked, if not always: "Answer only if PR-06 was answered “partly in
    /// place” or “mostly in place”." and, for a question the legal context decides, "Asked only
    /// for a grant or a service provided in-house." Every questionnaire prints this.
    package func conditionText(_ question: Question) -> String? {
        var parts: [String] = []
        if let condition = question.condition {
            let labels = condition.responses.map { scale.option($0)?.label.lowercased() ?? $0 }
            parts.append(
                say(
                    "framework.answer-only-if-was-answered",
                    "Answer only if \(condition.question) was answered \(Wording.orList(labels.map { "“\($0)”" })).")
            )
        }
        if let context = Wording.askedWhenText(question.askedWhen) { parts.append(context) }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    /// Why a question was not asked, for either reason, or nil when it was asked: "asked only when
    /// PR-06 is “partly”; PR-06 was answered “not in place”", or "not asked for a grant (route to
    /// market); asked only for a covered procurement under the Procurement Act 2023".
    package func notAskedText(_ finding: Finding, context: AssessmentContext) -> String? {
        switch finding.status {
        case .conditionNotMet(let reason): return conditionNotMetText(reason)
        case .notInContext(let fields):
            return Wording.notInContextText(finding.question.askedWhen, because: fields, context)
        case .answered, .unanswered: return nil
        }
    }

    package func stageName(_ id: String) -> String { stage(id)?.name ?? id }

    /// "Also relevant to: Service design".
    func alsoStagesText(_ question: Question) -> String? {
        question.alsoStages.isEmpty ? nil : question.alsoStages.map(stageName).joined(separator: ", ")
    }

    /// Why a conditional question was not asked: "asked only when PR-06 is “partly” or “mostly”;
    /// PR-06 was answered “not in place”".
    package func conditionNotMetText(_ reason: Finding.ConditionNotMet) -> String {
        let condition = reason.condition
        let wanted = condition.responses.map { "“\(scale.option($0)?.label.lowercased() ?? $0)”" }
        let given =
            reason.parentResponse.flatMap { scale.option($0)?.label.lowercased() }.map {
                say("framework.was-answered", "was answered “\($0)”")
            }
            ?? say("framework.was-not-answered", "was not answered")
        return say(
            "framework.asked-only-when-is",
            "asked only when \(condition.question) is \(Wording.orList(wanted)); \(condition.question) \(given)")
    }
}

extension SourceRegister {
    /// "CLINKS-2015 CS7; Procurement Act 2023 s.12(4)".
    func display(_ citations: [Citation]) -> String {
        citations.map(display).joined(separator: "; ")
    }

    /// The sources a framework cites, in register order.
    func cited(by framework: Framework) -> [Source] {
        var ids = Set(framework.questions.flatMap { $0.citations.map(\.source) })
        ids.formUnion(framework.legalDuties.map(\.citation.source))
        ids.formUnion(framework.groups.flatMap { $0.citations.map(\.source) })
        ids.formUnion(framework.scale.citations.map(\.source))
        if let profile = framework.profile {
            ids.formUnion(
                profile.fields.flatMap {
                    $0.citations.map(\.source) + $0.options.flatMap { $0.citations.map(\.source) }
                })
            ids.formUnion(profile.network?.citations.map(\.source) ?? [])
        }
        return sources.filter { ids.contains($0.id) }
    }
}
