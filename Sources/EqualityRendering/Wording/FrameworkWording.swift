import EqualityCore

/// Plain-English phrases built from framework data, shared by every renderer so the questionnaire
/// and the report describe a question the same way. Output is unescaped: renderers escape it.
extension Framework {
    /// "Racially minoritised people; Race", or nil when the question concerns everyone.
    func concernsText(_ question: Question) -> String? {
        question.concerns.isEmpty ? nil : question.concerns.map(concernName).joined(separator: "; ")
    }

    /// "Public Sector Equality Duty (due regard) (Equality Act 2010 s.149)".
    public func legalDutyText(_ question: Question, sources: SourceRegister) -> String? {
        guard let id = question.legalDuty, let duty = legalDuty(id) else { return nil }
        return "\(duty.name) (\(sources.display(duty.citation)))"
    }

    /// "Answer only if PR-06 is partly, mostly or fully in place."
    public func conditionText(_ question: Question) -> String? {
        guard let condition = question.condition else { return nil }
        let labels = condition.responses.map { scale.option($0)?.label.lowercased() ?? $0 }
        return "Answer only if \(condition.question) was answered \(Wording.orList(labels.map { "“\($0)”" }))."
    }

    public func stageName(_ id: String) -> String { stage(id)?.name ?? id }

    /// "Also relevant to: Service design".
    func alsoStagesText(_ question: Question) -> String? {
        question.alsoStages.isEmpty ? nil : question.alsoStages.map(stageName).joined(separator: ", ")
    }

    /// Why a conditional question was not asked: "asked only when PR-06 is “partly” or “mostly”;
    /// PR-06 was answered “not in place”".
    public func conditionNotMetText(_ reason: Finding.ConditionNotMet) -> String {
        let condition = reason.condition
        let wanted = condition.responses.map { "“\(scale.option($0)?.label.lowercased() ?? $0)”" }
        let given =
            reason.parentResponse.flatMap { scale.option($0)?.label.lowercased() }.map { "was answered “\($0)”" }
            ?? "was not answered"
        return "asked only when \(condition.question) is \(Wording.orList(wanted)); \(condition.question) \(given)"
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
