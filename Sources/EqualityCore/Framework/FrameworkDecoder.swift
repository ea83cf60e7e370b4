/// Turns a framework JSON document into a `Framework`, recording every shape problem (missing,
/// mistyped or unknown fields) with its JSON path. Cross-references are checked afterwards by
/// `FrameworkValidator`.
struct FrameworkDecoder {
    let diagnostics: DiagnosticCollector

    func decode(_ root: JSONNode, sha256: String) -> Framework? {
        guard
            let o = root.object(allowed: [
                "$schema", "id", "version", "title", "purpose", "audience", "stages",
                "characteristics", "groups", "legalDuties", "scale", "bands", "questions", "profile", "context",
                "exerciseLabel",
            ])
        else { return nil }
        var version = SemanticVersion(major: 0, minor: 0, patch: 0)
        if let node = o.field("version"), let text = node.string() {
            if let parsed = SemanticVersion(text) {
                version = parsed
            } else {
                node.error("\"\(text)\" is not a semantic version (write MAJOR.MINOR.PATCH, e.g. 1.0.0)")
            }
        }
        var contextFields: [AssessmentContext.Field] = []
        for (i, node) in (o.array("context", required: false) ?? []).enumerated() {
            guard let name = node.string() else { continue }
            if let field = AssessmentContext.Field(rawValue: name) {
                contextFields.append(field)
            } else {
                let known = AssessmentContext.Field.allCases.map(\.rawValue)
                diagnostics.add(
                    "context[\(i)]", "unknown context field \"\(name)\" (known: \(known.joined(separator: ", ")))")
            }
        }
        var framework = Framework(
            id: o.text("id") ?? "",
            version: version,
            title: o.text("title") ?? "",
            purpose: o.text("purpose") ?? "",
            audience: o.text("audience") ?? "",
            stages: (o.array("stages") ?? []).compactMap(stage),
            characteristics: (o.array("characteristics") ?? []).compactMap(characteristic),
            groups: (o.array("groups") ?? []).compactMap(group),
            legalDuties: (o.array("legalDuties") ?? []).compactMap(legalDuty),
            scale: o.field("scale").flatMap(scale)
                ?? ResponseScale(responses: [], maxPoints: 3, legalRiskBelow: 0, mediumPriorityShortfall: 1, rules: []),
            bands: (o.array("bands") ?? []).compactMap(band),
            questions: (o.array("questions") ?? []).compactMap(question),
            profile: o.field("profile", required: false).flatMap(profile),
            sha256: sha256)
        framework.contextFields = contextFields
        framework.exerciseLabel = o.text("exerciseLabel", required: false)
        return framework
    }

    private func stage(_ node: JSONNode) -> Stage? {
        guard let o = node.object(allowed: ["id", "name", "description"]) else { return nil }
        return Stage(id: o.text("id") ?? "", name: o.text("name") ?? "", description: o.text("description") ?? "")
    }

    private func characteristic(_ node: JSONNode) -> Characteristic? {
        guard let o = node.object(allowed: ["id", "name", "reference"]) else { return nil }
        return Characteristic(id: o.text("id") ?? "", name: o.text("name") ?? "", reference: o.text("reference") ?? "")
    }

    private func group(_ node: JSONNode) -> Group? {
        guard let o = node.object(allowed: ["id", "name", "characteristics", "note", "citations"]) else { return nil }
        return Group(
            id: o.text("id") ?? "", name: o.text("name") ?? "", characteristics: o.texts("characteristics") ?? [],
            note: o.text("note") ?? "", citations: citations(o, required: false))
    }

    private func legalDuty(_ node: JSONNode) -> LegalDuty? {
        guard let o = node.object(allowed: ["id", "name", "citation", "appliesTo", "appliesWhen"]) else { return nil }
        let cite = o.field("citation").flatMap(citation) ?? Citation(source: "", point: "")
        let conditions = contextConditions(o, key: "appliesWhen", what: "duty applies")
        return LegalDuty(
            id: o.text("id") ?? "", name: o.text("name") ?? "", citation: cite,
            appliesTo: o.text("appliesTo", required: false) ?? "", conditions: conditions)
    }

    /// A duty's `appliesWhen` or a question's `askedWhen`: for each context field, the values under
    /// which it holds.
    private func contextConditions(_ o: JSONObjectReader, key: String, what: String) -> DutyConditions {
        var conditions = DutyConditions()
        if let when = o.field(key, required: false), case .object(let members) = when.value {
            let known = AssessmentContext.Field.allCases.map(\.rawValue)
            for member in members {
                let path = "\(when.path).\(member.key)"
                guard let field = AssessmentContext.Field(rawValue: member.key) else {
                    diagnostics.add(path, "unknown context field (known: \(known.joined(separator: ", ")))")
                    continue
                }
                guard case .array(let items) = member.value, !items.isEmpty else {
                    diagnostics.add(path, "expected a non-empty list of the values under which the \(what)")
                    continue
                }
                var values: [String] = []
                for (i, item) in items.enumerated() {
                    switch item {
                    case .string(let s): values.append(s)
                    case .bool(let b): values.append(b ? "true" : "false")
                    default:
                        diagnostics.add(
                            "\(path)[\(i)]", "expected a value such as \"england\" or true, found \(item.kindName)")
                    }
                }
                conditions.values[field] = values
            }
        } else if let when = o.field(key, required: false) {
            when.error("expected an object of context fields, found \(when.value.kindName)")
        }
        return conditions
    }

    private func citation(_ node: JSONNode) -> Citation? {
        guard let o = node.object(allowed: ["source", "point"]) else { return nil }
        return Citation(source: o.text("source") ?? "", point: o.text("point") ?? "")
    }

    private func citations(_ o: JSONObjectReader, required: Bool = true) -> [Citation] {
        (o.array("citations", required: required) ?? []).compactMap(citation)
    }

    private func scale(_ node: JSONNode) -> ResponseScale? {
        guard
            let o = node.object(allowed: [
                "maxPoints", "legalRiskBelow", "mediumPriorityShortfall", "rules", "responses", "citations",
            ])
        else { return nil }
        let maxPoints = o.field("maxPoints")?.integer(in: 1...100) ?? 3
        let responses = (o.array("responses") ?? []).compactMap { item -> ResponseOption? in
            guard
                let r = item.object(allowed: [
                    "id", "label", "description", "points", "withoutEvidence", "requiresReason",
                ])
            else { return nil }
            return ResponseOption(
                id: r.text("id") ?? "", label: r.text("label") ?? "", description: r.text("description") ?? "",
                points: r.field("points", required: false)?.integer(in: 0...maxPoints),
                withoutEvidence: r.text("withoutEvidence", required: false),
                requiresReason: r.field("requiresReason", required: false)?.bool() ?? false)
        }
        var scale = ResponseScale(
            responses: responses, maxPoints: maxPoints,
            legalRiskBelow: o.field("legalRiskBelow")?.integer(in: 0...maxPoints) ?? 0,
            mediumPriorityShortfall: o.field("mediumPriorityShortfall")?.number() ?? 1,
            rules: o.texts("rules") ?? [])
        scale.citations = citations(o, required: false)
        return scale
    }

    private func band(_ node: JSONNode) -> Band? {
        guard let o = node.object(allowed: ["id", "name", "min", "max", "description"]) else { return nil }
        return Band(
            id: o.text("id") ?? "", name: o.text("name") ?? "", min: o.field("min")?.number() ?? 0,
            max: o.field("max")?.number() ?? 0, description: o.text("description") ?? "")
    }

    private func question(_ node: JSONNode) -> Question? {
        guard
            let o = node.object(allowed: [
                "id", "stage", "alsoStages", "text", "guidance", "evidencePrompts", "concerns",
                "weight", "legalDuty", "citations", "recommendations", "condition", "askedWhen",
            ])
        else { return nil }
        var recommendations: [String: String] = [:]
        if let r = o.field("recommendations")?.object(allowed: ResponseID.shortfalls) {
            for level in ResponseID.shortfalls {
                if let text = r.text(level) { recommendations[level] = text }
            }
        }
        var weight = 1.0
        if let node = o.field("weight"), let w = node.number() {
            if w > 0 && w <= 10 {
                weight = w
            } else {
                node.error("weight must be more than 0 and at most 10, found \(NumberText.plain(w))")
            }
        }
        let condition = o.field("condition", required: false).flatMap { node -> Condition? in
            guard let c = node.object(allowed: ["question", "responses"]) else { return nil }
            return Condition(question: c.text("question") ?? "", responses: c.texts("responses") ?? [])
        }
        var question = Question(
            id: o.text("id") ?? "", stage: o.text("stage") ?? "",
            alsoStages: o.texts("alsoStages", required: false) ?? [],
            text: o.text("text") ?? "", guidance: o.text("guidance") ?? "",
            evidencePrompts: o.texts("evidencePrompts") ?? [], concerns: o.texts("concerns") ?? [],
            weight: weight, legalDuty: o.text("legalDuty", required: false), citations: citations(o),
            recommendations: recommendations, condition: condition)
        question.askedWhen = contextConditions(o, key: "askedWhen", what: "question is asked")
        return question
    }

    private func profile(_ node: JSONNode) -> OrganisationProfile? {
        guard let o = node.object(allowed: ["title", "introduction", "fields", "network"]) else { return nil }
        let fields = (o.array("fields") ?? []).compactMap { item -> ProfileField? in
            guard let f = item.object(allowed: ["id", "kind", "label", "help", "options", "citations"]) else {
                return nil
            }
            var kind = ProfileField.Kind.yesNo
            if let kindNode = f.field("kind"), let text = kindNode.string() {
                if let k = ProfileField.Kind(rawValue: text) {
                    kind = k
                } else {
                    kindNode.error(
                        "unknown field kind \"\(text)\" (known: \(ProfileField.Kind.allCases.map(\.rawValue).joined(separator: ", ")))"
                    )
                }
            }
            let options = (f.array("options", required: kind == .choices) ?? []).compactMap { opt -> ProfileOption? in
                guard let p = opt.object(allowed: ["id", "label", "signpost", "citations"]) else { return nil }
                return ProfileOption(
                    id: p.text("id") ?? "", label: p.text("label") ?? "", signpost: p.text("signpost") ?? "",
                    citations: citations(p, required: false))
            }
            return ProfileField(
                id: f.text("id") ?? "", kind: kind, label: f.text("label") ?? "", help: f.text("help") ?? "",
                options: options, citations: citations(f, required: false))
        }
        return OrganisationProfile(
            title: o.text("title") ?? "", introduction: o.text("introduction") ?? "", fields: fields,
            network: o.field("network", required: false).flatMap(network))
    }

    private func network(_ node: JSONNode) -> NetworkEligibility? {
        guard
            let o = node.object(allowed: [
                "name", "membershipField", "categories", "membershipNote", "noCategoryNote", "citations",
            ])
        else { return nil }
        let categories = (o.array("categories") ?? []).compactMap { item -> NetworkCategory? in
            guard let c = item.object(allowed: ["number", "name", "description", "rule", "impliedBy"]),
                let ruleNode = c.field("rule"),
                let r = ruleNode.object(allowed: ["kind", "percent", "shares", "field"])
            else { return nil }
            var rule = NetworkRule.yes(field: "")
            switch r.text("kind") {
            case "shares-at-least":
                let shares = (r.array("shares") ?? []).compactMap { s -> NetworkRule.Share? in
                    guard let so = s.object(allowed: ["label", "part", "whole", "undisclosed"]) else { return nil }
                    return NetworkRule.Share(
                        label: so.text("label") ?? "", part: so.text("part") ?? "", whole: so.text("whole") ?? "",
                        undisclosed: so.text("undisclosed", required: false))
                }
                rule = .sharesAtLeast(percent: r.field("percent")?.number() ?? 0, shares: shares)
            case "yes":
                rule = .yes(field: r.text("field") ?? "")
            case let other?:
                r.field("kind")?.error("unknown rule kind \"\(other)\" (known: shares-at-least, yes)")
            case nil: break
            }
            let impliedBy = (c.array("impliedBy", required: false) ?? []).compactMap { $0.integer(in: 1...99) }
            return NetworkCategory(
                number: c.field("number")?.integer(in: 1...99) ?? 0, name: c.text("name") ?? "",
                description: c.text("description") ?? "", rule: rule, impliedBy: impliedBy)
        }
        return NetworkEligibility(
            name: o.text("name") ?? "", categories: categories,
            membershipField: o.text("membershipField", required: false),
            membershipNote: o.text("membershipNote") ?? "", noCategoryNote: o.text("noCategoryNote") ?? "",
            citations: citations(o))
    }
}
