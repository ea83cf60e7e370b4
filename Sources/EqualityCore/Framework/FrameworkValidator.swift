/// Checks the meaning of a decoded framework: unique IDs, every reference known, no condition
/// cycles, bands that cover 0–100% exactly, a question in every stage. The same checks run on
/// bundled frameworks and on files a user supplies.
struct FrameworkValidator {
    let framework: Framework
    let sources: SourceRegister
    let diagnostics: DiagnosticCollector

    static let characteristicIDs = [
        "age", "disability", "gender-reassignment", "marriage-and-civil-partnership", "pregnancy-and-maternity",
        "race", "religion-or-belief", "sex", "sexual-orientation",
    ]

    func validate() {
        checkIdentity()
        checkStages()
        checkConcerns()
        checkScale()
        checkBands()
        checkQuestions()
        checkConditions()
        if let profile = framework.profile { checkProfile(profile) }
    }

    private func error(_ path: String, _ message: String) { diagnostics.add(path, message) }

    private func unknown(_ what: String, _ value: String, among list: [String]) -> String {
        let near = Spelling.nearest(to: value, in: list).map { "did you mean \"\($0)\"? " } ?? ""
        return "unknown \(what) \"\(value)\" (\(near)known: \(list.joined(separator: ", ")))"
    }

    private func checkUnique(_ ids: [String], path: (Int) -> String, what: String) {
        var seen: [String: Int] = [:]
        for (i, id) in ids.enumerated() where !id.isEmpty {
            if let first = seen[id] {
                error(path(i), "duplicate \(what) \"\(id)\" (also at \(path(first)))")
            } else {
                seen[id] = i
            }
        }
    }

    private static func isSlug(_ s: String) -> Bool {
        !s.isEmpty && s.first != "-" && s.last != "-" && !s.contains("--")
            && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    private func checkIdentity() {
        if !framework.id.isEmpty && !Self.isSlug(framework.id) {
            error(
                "id",
                "\"\(framework.id)\" must be lower-case letters, digits and hyphens, e.g. commissioning-for-equality")
        }
    }

    private func checkStages() {
        let ids = framework.stages.map(\.id)
        for (i, id) in ids.enumerated() where !id.isEmpty && !StageID.all.contains(id) {
            error("stages[\(i)].id", unknown("stage", id, among: StageID.all))
        }
        checkUnique(ids, path: { "stages[\($0)].id" }, what: "stage")
        for id in StageID.all where !ids.contains(id) {
            error(
                "stages",
                "stage \"\(id)\" is missing; every framework has the four stages \(StageID.all.joined(separator: ", "))"
            )
        }
        if Set(ids) == Set(StageID.all) && ids.count == StageID.all.count && ids != StageID.all {
            error("stages", "stages must be in the order of the cycle: \(StageID.all.joined(separator: ", "))")
        }
    }

    private func checkConcerns() {
        let cids = framework.characteristics.map(\.id)
        for (i, id) in cids.enumerated() where !id.isEmpty && !Self.characteristicIDs.contains(id) {
            error("characteristics[\(i)].id", unknown("protected characteristic", id, among: Self.characteristicIDs))
        }
        for id in Self.characteristicIDs where !cids.contains(id) {
            error(
                "characteristics",
                "protected characteristic \"\(id)\" is missing; list all nine from the Equality Act 2010 s.4")
        }
        checkUnique(cids, path: { "characteristics[\($0)].id" }, what: "characteristic")
        let gids = framework.groups.map(\.id)
        checkUnique(gids, path: { "groups[\($0)].id" }, what: "group")
        for (i, id) in gids.enumerated() where cids.contains(id) {
            error("groups[\(i)].id", "\"\(id)\" is already a characteristic ID; give the group its own ID")
        }
        for (i, id) in gids.enumerated() where !id.isEmpty && !Self.isSlug(id) {
            error("groups[\(i)].id", "\"\(id)\" must be lower-case letters, digits and hyphens")
        }
        for (i, group) in framework.groups.enumerated() {
            for (j, c) in group.characteristics.enumerated() where !cids.contains(c) {
                error("groups[\(i)].characteristics[\(j)]", unknown("protected characteristic", c, among: cids))
            }
            checkCitations(group.citations, path: "groups[\(i)].citations")
        }
        checkUnique(framework.legalDuties.map(\.id), path: { "legalDuties[\($0)].id" }, what: "legal duty")
        for (i, duty) in framework.legalDuties.enumerated() {
            checkCitations([duty.citation], path: "legalDuties[\(i)].citation", single: true)
            for (field, values) in duty.conditions.values {
                let path = "legalDuties[\(i)].appliesWhen.\(field.rawValue)"
                if !framework.contextFields.contains(field) {
                    error(
                        path,
                        "the framework does not ask \(field.rawValue) (add it to \"context\"), so this condition could never be met"
                    )
                }
                let allowed = AssessmentContext.allowedValues(field)
                for value in values where !allowed.contains(value) {
                    error(path, unknown("\(field.rawValue) value", value, among: allowed))
                }
            }
        }
        for (i, question) in framework.questions.enumerated() {
            for (field, values) in question.askedWhen.values {
                let path = "questions[\(i)].askedWhen.\(field.rawValue)"
                if !framework.contextFields.contains(field) {
                    error(
                        path,
                        "the framework does not ask \(field.rawValue) (add it to \"context\"), so this question would never be left out"
                    )
                }
                let allowed = AssessmentContext.allowedValues(field)
                for value in values where !allowed.contains(value) {
                    error(path, unknown("\(field.rawValue) value", value, among: allowed))
                }
            }
        }
        checkUnique(framework.contextFields.map(\.rawValue), path: { "context[\($0)]" }, what: "context field")
    }

    private func checkCitations(_ citations: [Citation], path: String, single: Bool = false) {
        let ids = sources.sources.map(\.id)
        for (j, citation) in citations.enumerated() {
            let p = single ? path : "\(path)[\(j)]"
            guard !citation.source.isEmpty else { continue }
            guard let source = sources.source(citation.source) else {
                error(
                    "\(p).source",
                    unknown("source", citation.source, among: ids) + "; sources are listed in seeds/sources.json")
                continue
            }
            let points = source.points.map(\.id)
            if !citation.point.isEmpty && !points.contains(citation.point) {
                error("\(p).point", unknown("point of \(source.id)", citation.point, among: points))
            }
        }
    }

    private func checkScale() {
        let scale = framework.scale
        checkCitations(scale.citations, path: "scale.citations")
        let ids = scale.responses.map(\.id)
        for (i, id) in ids.enumerated() where !id.isEmpty && !ResponseID.all.contains(id) {
            error("scale.responses[\(i)].id", unknown("response", id, among: ResponseID.all))
        }
        checkUnique(ids, path: { "scale.responses[\($0)].id" }, what: "response")
        for id in ResponseID.all where !ids.contains(id) {
            error(
                "scale.responses",
                "response \"\(id)\" is missing; answer files use all six of \(ResponseID.all.joined(separator: ", "))")
        }
        for (i, r) in scale.responses.enumerated() {
            if r.id == "not-applicable" {
                if r.points != nil {
                    error("scale.responses[\(i)].points", "not-applicable is excluded from scoring and has no points")
                }
            } else if r.points == nil && ResponseID.all.contains(r.id) {
                error("scale.responses[\(i)].points", "required field is missing")
            }
            if let target = r.withoutEvidence {
                if let t = scale.option(target), let tp = t.points {
                    if let p = r.points, tp >= p {
                        error(
                            "scale.responses[\(i)].withoutEvidence",
                            "\"\(target)\" must score fewer points than \"\(r.id)\"")
                    }
                } else {
                    error(
                        "scale.responses[\(i)].withoutEvidence",
                        unknown("scored response", target, among: ids.filter { $0 != "not-applicable" }))
                }
            }
        }
        if let fully = scale.option("fully"), let p = fully.points, p != scale.maxPoints {
            error("scale.maxPoints", "must equal the points for \"fully\" (\(p)), found \(scale.maxPoints)")
        }
    }

    private func checkBands() {
        let bands = framework.bands
        guard !bands.isEmpty else {
            error("bands", "at least one band is needed, covering 0 to 100 per cent")
            return
        }
        checkUnique(bands.map(\.id), path: { "bands[\($0)].id" }, what: "band")
        for (i, band) in bands.enumerated() where band.min >= band.max {
            error(
                "bands[\(i)]",
                "min (\(NumberText.plain(band.min))) must be less than max (\(NumberText.plain(band.max)))")
        }
        if bands[0].min != 0 {
            error(
                "bands[0].min",
                "the first band must start at 0, found \(NumberText.plain(bands[0].min)); scores from 0 would have no band"
            )
        }
        for i in 1..<bands.count {
            let previous = bands[i - 1].max
            let start = bands[i].min
            if start > previous {
                error(
                    "bands[\(i)].min",
                    "gap: no band covers \(NumberText.plain(previous)) to \(NumberText.plain(start)) per cent; set min to \(NumberText.plain(previous))"
                )
            } else if start < previous {
                error(
                    "bands[\(i)].min",
                    "overlap: \(NumberText.plain(start)) is below the previous band's max (\(NumberText.plain(previous))); set min to \(NumberText.plain(previous))"
                )
            }
        }
        if let last = bands.last, last.max != 100 {
            error("bands[\(bands.count - 1)].max", "the last band must end at 100, found \(NumberText.plain(last.max))")
        }
    }

    private static func isQuestionID(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && (1...4).contains(parts[0].count)
            && parts[0].allSatisfy { $0.isASCII && $0.isUppercase }
            && (2...3).contains(parts[1].count) && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
    }

    private func checkQuestions() {
        let questions = framework.questions
        let stageIDs = framework.stages.map(\.id)
        let concernIDs = framework.characteristics.map(\.id) + framework.groups.map(\.id)
        let dutyIDs = framework.legalDuties.map(\.id)
        checkUnique(questions.map(\.id), path: { "questions[\($0)].id" }, what: "question ID")
        for (i, q) in questions.enumerated() {
            let p = "questions[\(i)]"
            if !q.id.isEmpty && !Self.isQuestionID(q.id) {
                error(
                    "\(p).id",
                    "\"\(q.id)\" is not a question ID; use capital letters, a hyphen and two or three digits, e.g. PR-04"
                )
            }
            if !q.stage.isEmpty && !stageIDs.contains(q.stage) {
                error("\(p).stage", unknown("stage", q.stage, among: stageIDs))
            }
            for (j, s) in q.alsoStages.enumerated() {
                if !stageIDs.contains(s) {
                    error("\(p).alsoStages[\(j)]", unknown("stage", s, among: stageIDs))
                } else if s == q.stage {
                    error("\(p).alsoStages[\(j)]", "\"\(s)\" is already the primary stage")
                }
            }
            for (j, c) in q.concerns.enumerated() where !concernIDs.contains(c) {
                error("\(p).concerns[\(j)]", unknown("group or characteristic", c, among: concernIDs))
            }
            if let duty = q.legalDuty, !dutyIDs.contains(duty) {
                error("\(p).legalDuty", unknown("legal duty", duty, among: dutyIDs))
            }
            if q.citations.isEmpty {
                error("\(p).citations", "every question cites at least one source")
            }
            checkCitations(q.citations, path: "\(p).citations")
            if q.evidencePrompts.isEmpty {
                error(
                    "\(p).evidencePrompts", "give at least one prompt for the evidence that would show this is in place"
                )
            }
        }
        // An unknown stage is already reported; an empty stage would only be its echo.
        let stagesKnown = questions.allSatisfy { stageIDs.contains($0.stage) }
        for stage in framework.stages
        where stagesKnown && !stage.id.isEmpty && framework.questions(in: stage.id).isEmpty {
            error("questions", "stage \"\(stage.id)\" has no questions; every stage needs at least one")
        }
    }

    private func checkConditions() {
        let questions = framework.questions
        let ids = questions.map(\.id)
        for (i, q) in questions.enumerated() {
            guard let condition = q.condition else { continue }
            let p = "questions[\(i)].condition"
            if condition.question == q.id {
                error("\(p).question", "a question cannot depend on its own answer")
            } else if !condition.question.isEmpty && !ids.contains(condition.question) {
                error("\(p).question", unknown("question", condition.question, among: ids))
            }
            if condition.responses.isEmpty {
                error("\(p).responses", "list at least one response that makes this question relevant")
            }
            for (j, r) in condition.responses.enumerated() where !ResponseID.all.contains(r) {
                error("\(p).responses[\(j)]", unknown("response", r, among: ResponseID.all))
            }
        }
        // Each question has at most one condition, so following the chain finds any cycle.
        var reported = Set<String>()
        for (i, q) in questions.enumerated() {
            var chain = [q.id]
            var current = q
            while let next = current.condition?.question, next != current.id, let nq = framework.question(next) {
                if let start = chain.firstIndex(of: next) {
                    let cycle = Array(chain[start...]) + [next]
                    if next == q.id && !reported.contains(q.id) {
                        reported.formUnion(cycle)
                        error(
                            "questions[\(i)].condition",
                            "condition cycle: \(cycle.joined(separator: " → ")); a question cannot depend, even indirectly, on itself"
                        )
                    }
                    break
                }
                chain.append(next)
                current = nq
            }
        }
    }

    private func checkProfile(_ profile: OrganisationProfile) {
        let ids = profile.fields.map(\.id)
        checkUnique(ids, path: { "profile.fields[\($0)].id" }, what: "profile field")
        for (i, field) in profile.fields.enumerated() {
            checkUnique(field.options.map(\.id), path: { "profile.fields[\(i)].options[\($0)].id" }, what: "option")
            checkCitations(field.citations, path: "profile.fields[\(i)].citations")
            for (j, option) in field.options.enumerated() {
                checkCitations(option.citations, path: "profile.fields[\(i)].options[\(j)].citations")
            }
        }
        guard let network = profile.network else { return }
        checkCitations(network.citations, path: "profile.network.citations")
        if let member = network.membershipField {
            checkField(member, kind: .yesNo, path: "profile.network.membershipField", ids: ids, profile: profile)
        }
        checkUnique(
            network.categories.map { String($0.number) }, path: { "profile.network.categories[\($0)].number" },
            what: "category number")
        let numbers = network.categories.map(\.number)
        for (i, category) in network.categories.enumerated() {
            for (j, n) in category.impliedBy.enumerated() where !numbers.contains(n) || n == category.number {
                error(
                    "profile.network.categories[\(i)].impliedBy[\(j)]",
                    n == category.number
                        ? "a category cannot imply itself"
                        : "no category \(n) (categories: \(numbers.map(String.init).joined(separator: ", ")))")
            }
        }
        for (i, category) in network.categories.enumerated() {
            let p = "profile.network.categories[\(i)].rule"
            switch category.rule {
            case .yes(let field):
                checkField(field, kind: .yesNo, path: "\(p).field", ids: ids, profile: profile)
            case .sharesAtLeast(let percent, let shares):
                if percent <= 0 || percent > 100 { error("\(p).percent", "must be more than 0 and at most 100") }
                if shares.isEmpty { error("\(p).shares", "list at least one share") }
                for (j, share) in shares.enumerated() {
                    checkField(share.part, kind: .count, path: "\(p).shares[\(j)].part", ids: ids, profile: profile)
                    checkField(share.whole, kind: .count, path: "\(p).shares[\(j)].whole", ids: ids, profile: profile)
                    if let undisclosed = share.undisclosed {
                        checkField(
                            undisclosed, kind: .count, path: "\(p).shares[\(j)].undisclosed", ids: ids, profile: profile
                        )
                    }
                }
            }
        }
    }

    private func checkField(
        _ id: String, kind: ProfileField.Kind, path: String, ids: [String], profile: OrganisationProfile
    ) {
        guard !id.isEmpty else { return }
        guard let field = profile.field(id) else {
            error(path, unknown("profile field", id, among: ids))
            return
        }
        if field.kind != kind {
            error(path, "profile field \"\(id)\" is \(field.kind.rawValue); this rule needs a \(kind.rawValue) field")
        }
    }
}
