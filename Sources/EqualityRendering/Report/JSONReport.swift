import EqualityCore

/// The gap report as JSON for machines (`Frameworks/schema/report.schema.json`).
package enum JSONReport {
    typealias Members = [(key: String, value: JSONValue)]

    package static func render(_ r: GapReport) -> String {
        let a = r.assessment
        var root: Members = [
            ("report", .string("equality-gap-report")),
            ("status", .string(r.statusID)),
            ("language", .string(Language.current.tag)),
            (
                "framework",
                .object([
                    ("id", .string(r.framework.id)), ("version", .string(r.framework.version.description)),
                    ("sha256", .string(r.framework.sha256)), ("title", .string(r.framework.title)),
                ])
            ),
            ("respondent", .object(AnswerFields.respondent.map { ($0.key, .string(r.respondent[$0.key])) })),
            ("agreedWith", .array(r.assessment.answers.agreedWith.map { .string($0.rawValue) })),
            ("drawnFrom", .array(r.assessment.answers.drawnFrom.map { .string($0.rawValue) })),
            ("date", r.date.map(JSONValue.string) ?? .null),
            ("context", contextJSON(r)),
            (
                "completion",
                .object([
                    ("answered", int(a.completion.answered)), ("total", int(a.completion.total)),
                    ("dontKnow", int(a.completion.dontKnow)),
                    ("percent", .number(a.completion.percent)), ("provisional", .bool(a.completion.isProvisional)),
                ])
            ),
            ("overall", .object(ScoreJSON.members(a.overall))),
            (
                "stages",
                .array(
                    a.stages.map { s in
                        .object(
                            [("id", .string(s.stage.id)), ("name", .string(s.stage.name))] + ScoreJSON.members(s.score)
                                + [("scored", int(s.scored)), ("excluded", int(s.excluded))])
                    })
            ),
            (
                "concerns",
                .array(
                    a.concerns.map { c in
                        .object([
                            ("id", .string(c.id)), ("name", .string(c.name)),
                            ("kind", .string(c.isCharacteristic ? "characteristic" : "group")),
                            ("overall", .object(ScoreJSON.members(c.overall))),
                            (
                                "stages",
                                .array(
                                    a.stages.map { s in
                                        .object(
                                            [("stage", .string(s.stage.id))]
                                                + ScoreJSON.members(c.byStage[s.stage.id] ?? .notAssessed))
                                    })
                            ),
                            ("questions", .array(c.questionIDs.map(JSONValue.string))),
                        ])
                    })
            ),
            ("legalDuties", .array(a.duties.map { dutyJSON($0, r) })),
            (
                "legalRisks",
                .array(
                    a.legalRisks.map { f in
                        .object([
                            ("question", .string(f.question.id)), ("legalDuty", .string(f.question.legalDuty ?? "")),
                            (
                                "citation",
                                .string(
                                    r.framework.legalDuty(f.question.legalDuty ?? "").map {
                                        r.register.display($0.citation)
                                    } ?? "")
                            ),
                            ("response", f.response.map { .string($0.id) } ?? .null),
                            ("points", f.points.map(int) ?? .null),
                        ])
                    })
            ),
            ("topGaps", .array(a.topGaps.map { .string($0.question.id) })),
            ("findings", .array(a.findings.map { finding($0, r) })),
            (
                "actions",
                .array(
                    a.actions.map { action in
                        .object([
                            ("id", .string(action.id)), ("question", .string(action.question)),
                            ("stage", .string(action.stage)),
                            ("priority", .string(action.priority.rawValue.lowercased())),
                            ("action", .string(action.text)),
                            ("whatGoodLooksLike", .string(action.whatGoodLooksLike)),
                            ("citations", .array(action.citations.map { .string(r.register.display($0)) })),
                            ("owner", .string("")), ("dueDate", .string("")),
                        ])
                    })
            ),
        ]
        if let t = r.tracking { root.append(("tracking", trackingJSON(t))) }
        if let n = a.network {
            root.append(
                (
                    "network",
                    .object([
                        ("name", .string(n.network.name)),
                        ("assessed", .bool(n.assessed)),
                        ("categoriesMet", .array(n.metNumbers.map(int))),
                        (
                            "categories",
                            .array(
                                n.categories.map { c in
                                    .object([
                                        ("number", int(c.category.number)), ("name", .string(c.category.name)),
                                        ("outcome", .string(c.outcome.rawValue)),
                                        (
                                            "shares",
                                            .array(
                                                c.shares.map { s in
                                                    .object([
                                                        ("label", .string(s.label)), ("part", s.part.map(int) ?? .null),
                                                        ("whole", s.whole.map(int) ?? .null),
                                                        ("percent", s.percent.map(JSONValue.number) ?? .null),
                                                        ("undisclosed", int(s.undisclosed)),
                                                    ])
                                                })
                                        ),
                                        ("explanation", .string(c.explanation)),
                                    ])
                                })
                        ),
                        ("clinksMember", n.isClinksMember.map(JSONValue.bool) ?? .null),
                        ("membershipNote", .string(n.network.membershipNote)),
                    ])
                ))
            root.append(
                (
                    "capacityNeeds",
                    .array(
                        a.capacityNeeds.map {
                            .object([
                                ("id", .string($0.id)), ("label", .string($0.label)),
                                ("signpost", .string($0.signpost)),
                            ])
                        })
                ))
        }
        root.append(
            (
                "method",
                .object([
                    (
                        "responses",
                        .array(
                            r.framework.scale.responses.map {
                                .object([
                                    ("id", .string($0.id)), ("label", .string($0.label)),
                                    ("points", $0.points.map(int) ?? .null),
                                ])
                            })
                    ),
                    ("rules", .array(r.framework.scale.rules.map(JSONValue.string))),
                    (
                        "bands",
                        .array(
                            r.framework.bands.map {
                                .object([
                                    ("id", .string($0.id)), ("name", .string($0.name)), ("min", .number($0.min)),
                                    ("max", .number($0.max)),
                                ])
                            })
                    ),
                    ("legalRiskBelow", int(r.framework.scale.legalRiskBelow)),
                ])
            ))
        root.append(
            (
                "sources",
                .array(
                    r.sources.map {
                        .object([("id", .string($0.id)), ("citeAs", .string($0.citeAs)), ("title", .string($0.title))])
                    })
            ))
        root.append(("notice", .string(Disclaimer.text)))
        return JSONWriter.write(.object(root))
    }

    static func int(_ n: Int) -> JSONValue { .number(Double(n)) }

    /// Where each action stands by the tracker: the report's and the comparison's `tracking`.
    static func trackingJSON(_ t: ActionTracking) -> JSONValue {
        .object([
            ("summary", .string(GapReportDocument.trackingLine(t))),
            ("counts", .object(ActionTracking.State.allCases.map { ($0.rawValue, int(t.count($0))) })),
            (
                "actions",
                .array(
                    t.items.map { item in
                        .object([
                            ("id", .string(item.id)), ("question", .string(item.question)),
                            ("state", .string(item.state.rawValue)), ("gapRemains", .bool(item.gapRemains)),
                            ("owner", .string(item.owner)), ("dueDate", item.due.map(JSONValue.string) ?? .null),
                            ("notes", .string(item.notes)),
                        ])
                    })
            ),
        ])
    }

    static func finding(_ f: Finding, _ r: GapReport) -> JSONValue {
        var status = "answered"
        if case .unanswered = f.status { status = "unanswered" }
        if case .conditionNotMet = f.status { status = "condition-not-met" }
        if case .notInContext = f.status { status = "not-in-context" }
        return .object([
            ("question", .string(f.question.id)), ("stage", .string(f.question.stage)),
            ("text", .string(f.question.text)),
            ("status", .string(status)),
            ("response", f.response.map { .string($0.id) } ?? .null),
            ("scoredAs", f.scoredAs.map { .string($0.id) } ?? .null),
            ("evidence", .string(f.evidence)), ("notes", .string(f.notes)),
            ("points", f.points.map(int) ?? .null), ("maxPoints", f.maxPoints.map(int) ?? .null),
            ("weight", .number(f.question.weight)),
            ("weightedPoints", .number(f.weightedPoints)), ("weightedMax", .number(f.weightedMax)),
            ("flags", .array(f.flags.map { .string($0.rawValue) })),
            ("whyNotAsked", r.notAskedReason(f).map(JSONValue.string) ?? .null),
            ("legalDuty", f.question.legalDuty.map(JSONValue.string) ?? .null),
            ("legalDutyApplies", f.dutyApplicability.map { .bool($0.counts) } ?? .null),
            ("recommendation", f.isExcluded ? .null : f.recommendation.map(JSONValue.string) ?? .null),
            ("citations", .array(f.question.citations.map { .string(r.register.display($0)) })),
        ])
    }

    /// The context fields the framework asks, each with its value or null, and whether all were stated.
    static func contextJSON(_ r: GapReport) -> JSONValue {
        let fields: Members = r.framework.contextFields.map { field in
            let value = r.context.value(field)
            if field == .servesUnder18s { return (field.rawValue, value.map { .bool($0 == "true") } ?? .null) }
            return (field.rawValue, value.map(JSONValue.string) ?? .null)
        }
        return .object([("stated", .bool(r.assessment.contextStated)), ("fields", .object(fields))])
    }

    static func dutyJSON(_ d: DutyResult, _ r: GapReport) -> JSONValue {
        let basis: String
        switch d.applicability {
        case .applies: basis = "stated"
        case .assumed: basis = "context-not-stated"
        case .doesNotApply: basis = "not-in-this-context"
        }
        return .object([
            ("id", .string(d.duty.id)), ("name", .string(d.duty.name)),
            ("citation", .string(r.register.display(d.duty.citation))),
            ("applies", .bool(d.applicability.counts)), ("basis", .string(basis)),
            ("reason", .string(Wording.applicabilityReason(d, r.context))),
            ("questions", .array(d.questions.map(JSONValue.string))),
        ])
    }
}
