import EqualityCore

/// A service over the years (`trend`) as a report document: the scores over time as a chart and a
/// table with the same numbers, the legal risks raised and cleared at each reassessment, the group
/// and characteristic cells that moved by a band or more, and the questions that changed between
/// framework versions (named, and left out of the like-for-like comparison).
enum TrendDocument {
    /// An assessment's date as CLDR's long format writes it in the current language.
    static func date(_ a: Assessment) -> String { LongDate.text(a.answers.respondent.date) }

    static func build(_ t: Trend) -> ReportDocument {
        let first = t.assessments[0]
        let last = t.assessments[t.assessments.count - 1]
        let who = first.answers.respondent
        let versions = t.assessments.map { "\(date($0)): \($0.framework.id) \($0.framework.version.description)" }
        let facts = Facts(
            caption: say("trend.about-this-trend", "About this trend"),
            header: [say("trend.item", "Item"), say("trend.detail", "Detail")],
            facts: [
                .init(
                    label: say("trend.organisation", "Organisation"), value: .typed(Wording.orNone(who.organisation))),
                .init(label: say("trend.exercise", "Exercise"), value: .typed(Wording.orNone(who.exercise))),
                .init(
                    label: say("trend.assessments", "Assessments"),
                    value: Line(say("trend.from-to", "\(t.assessments.count), from \(date(first)) to \(date(last))"))),
                .init(label: say("trend.frameworks", "Frameworks"), value: Line(versions.joined(separator: "; "))),
            ],
            htmlPairs: [])
        return ReportDocument(
            title: say("trend.trend", "Trend: \(Wording.orNone(who.exercise))"), head: [.facts(facts)],
            sections: [scores(t), risks(t)] + (t.tracking.contains { $0 != nil } ? [actions(t)] : []) + [
                moves(t), frameworks(t),
            ], closing: Disclaimer.text,
            contentsLabel: say("trend.contents", "Contents"))
    }

    static func scores(_ t: Trend) -> Section {
        // Stages by name across versions: a stage a version does not have is not assessed there.
        var stageNames: [String] = []
        for a in t.assessments {
            for s in a.stages where !stageNames.contains(s.stage.name) { stageNames.append(s.stage.name) }
        }
        let series: [(name: String, values: [Double?])] =
            [(say("trend.overall", "Overall"), t.assessments.map(\.overall.percent))]
            + stageNames.map { name in
                (name, t.assessments.map { a in a.stages.first { $0.stage.name == name }?.score.percent })
            }
        let rows = t.assessments.map { a -> [Line] in
            [Line(date(a)), Line(Wording.scoreText(a.overall))]
                + stageNames.map { name in
                    Line(
                        a.stages.first { $0.stage.name == name }.map { Wording.scoreText($0.score) }
                            ?? say("trend.not-assessed", "not assessed"))
                }
                + [Line(String(a.legalRisks.count))]
        }
        let width = 80 / (stageNames.count + 2)
        return Section(
            id: "scores", title: say("trend.scores-over-time", "Scores over time"),
            blocks: [
                .text(
                    say(
                        "trend.each-line-is-a-score",
                        "Each line is a score at each assessment, with its band; the table under the chart gives the same numbers. Scores rest on the questions each assessment's framework asked."
                    )
                ),
                .lineChart(
                    LineChart(
                        title: say("trend.overall-and-stage-scores-over", "Overall and stage scores over time"),
                        dates: t.assessments.map(date), series: series,
                        bands: t.assessments[t.assessments.count - 1].framework.bands)),
                .table(
                    Table(
                        caption: say("trend.scores-and-bands-at-each", "Scores and bands at each assessment"),
                        columns: [
                            .init(header: say("trend.date", "Date"), width: 12),
                            .init(header: say("trend.overall", "Overall"), width: width),
                        ]
                            + stageNames.map { .init(header: $0, width: width) }
                            + [.init(header: say("trend.legal-risks", "Legal risks"), width: 8, numeric: true)],
                        rows: rows)),
            ])
    }

    static func risks(_ t: Trend) -> Section {
        let lines = zip(t.assessments.dropFirst(), t.steps).map { a, c -> Line in
            let raised = c.risksOpened.map(\.id)
            let cleared = c.risksClosed.map(\.id)
            return .strong(date(a))
                + say(
                    "trend.raised-cleared",
                    ": raised \(raised.isEmpty ? Wording.none : raised.joined(separator: ", ")); cleared \(cleared.isEmpty ? Wording.none : cleared.joined(separator: ", "))."
                )
        }
        return Section(
            id: "risks", title: say("trend.legal-risks-raised-and-cleared", "Legal risks raised and cleared"),
            blocks: [
                .text(
                    say(
                        "trend.at-each-reassessment-the-legal",
                        "At each reassessment, the legal risks new since the one before and those no longer found. A legal risk is a question on a legal duty that applies, scoring under the framework's threshold."
                    )
                ),
                .bullets(lines),
            ])
    }

    /// With trackers: at each reassessment, where the plan made after the assessment before stood.
    static func actions(_ t: Trend) -> Section {
        let states = ActionTracking.State.allCases
        var rows: [[Line]] = []
        for (i, tracking) in t.tracking.enumerated() {
            let when = Line(date(t.assessments[i + 1]))
            guard let tracking else {
                rows.append(
                    [when] + states.map { _ in Line("") } + [
                        .emphasis(say("trend.no-tracker-given", "no tracker given"))
                    ])
                continue
            }
            rows.append([when] + states.map { Line(String(tracking.count($0))) } + [Line(String(tracking.items.count))])
        }
        return Section(
            id: "actions",
            title: say("trend.actions-completed-at-each-reassessment", "Actions completed at each reassessment"),
            blocks: [
                .text(
                    say(
                        "trend.from-the-tracker-of-the",
                        "From the tracker of the plan made after each assessment, as the team left it, read against the reassessment that followed."
                    )
                ),
                .table(
                    Table(
                        caption: say(
                            "trend.where-each-plan-stood-at", "Where each plan stood at the next reassessment"),
                        columns: [.init(header: say("trend.date", "Date"), width: 13)]
                            + states.map {
                                .init(
                                    header: capitalised(GapReportDocument.trackingWords($0)), width: 11, numeric: true)
                            }
                            + [.init(header: say("trend.actions", "Actions"), width: 10, numeric: true)],
                        rows: rows)),
            ])
    }

    /// "Overdue" from "overdue".
    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    static func moves(_ t: Trend) -> Section {
        guard !t.moves.isEmpty else {
            return Section(
                id: "groups",
                title: say(
                    "trend.groups-and-characteristics-that-moved", "Groups and characteristics that moved a band"),
                blocks: [
                    .text(
                        say(
                            "trend.no-group-or-characteristic-moved",
                            "No group or characteristic moved a band between assessments."))
                ])
        }
        return Section(
            id: "groups",
            title: say("trend.groups-and-characteristics-that-moved", "Groups and characteristics that moved a band"),
            blocks: [
                .text(
                    say(
                        "trend.cells-of-the-group-and",
                        "Cells of the group and characteristic table whose band changed, up or down. A cell resting on one or two questions moves easily; see each report for what it rests on."
                    )
                ),
                .table(
                    Table(
                        caption: say("trend.cells-that-moved-a-band", "Cells that moved a band or more"),
                        columns: [
                            .init(header: say("trend.reassessment", "Reassessment"), width: 16),
                            .init(header: say("trend.group-or-characteristic", "Group or characteristic"), width: 30),
                            .init(header: say("trend.stage", "Stage"), width: 22),
                            .init(header: say("trend.from", "From"), width: 16),
                            .init(header: say("trend.to", "To"), width: 16),
                        ],
                        rows: t.moves.map { m in
                            [
                                Line(date(t.assessments[m.step])),
                                Line(m.concern + (m.isCharacteristic ? "" : say("report.group", " (group)"))),
                                Line(m.stage ?? say("trend.overall", "Overall")),
                                Line(m.from),
                                (m.bands > 0 ? say("trend.up-to", "up to ") : say("trend.down-to", "down to "))
                                    + .strong(m.to),
                            ]
                        })),
            ])
    }

    static func frameworks(_ t: Trend) -> Section {
        var b: [Block] = []
        for (a, c) in zip(t.assessments.dropFirst(), t.steps) {
            if c.sameFramework {
                b.append(.paragraph(.strong(date(a)) + ": \(ComparisonWording.sameFramework)"))
            } else {
                b.append(.paragraph(.strong(date(a)) + ": \(ComparisonWording.differentVersions(c))"))
                b.append(.bullets(ComparisonWording.changes(c).map { Line($0) }))
            }
        }
        return Section(
            id: "framework",
            title: say(
                "trend.questions-that-changed-between-framework", "Questions that changed between framework versions"),
            blocks: b)
    }
}

/// `trend` in Markdown, HTML, Word and JSON.
package enum TrendRenderers {
    package static func markdown(_ t: Trend) -> String { MarkdownWriter.render(TrendDocument.build(t)) }

    package static func html(_ t: Trend) -> String {
        let d = TrendDocument.build(t)
        // The trend chart takes the page's width: its labels are set at the size of the text.
        return HTMLPage.document(
            title: d.title, body: HTMLWriter.body(d),
            extraCSS: HTMLPage.reportStylesheet + ".chart.trend { max-width: none; }\n")
    }

    package static func word(_ t: Trend) -> [UInt8] {
        let d = TrendDocument.build(t)
        let who = t.assessments[0].answers.respondent
        return WordDocument.render(
            WordWriter.blocks(d),
            .init(
                title: d.title, subject: Wording.orNone(who.exercise), organisation: Wording.orNone(who.organisation),
                date: t.assessments.last.map { $0.answers.respondent.date }, footer: d.title))
    }

    package static func json(_ t: Trend) -> String {
        func score(_ s: Score) -> JSONValue { .object(ScoreJSON.members(s)) }
        let who = t.assessments[0].answers.respondent
        let assessments: [JSONValue] = t.assessments.map { a in
            .object([
                ("date", .string(a.answers.respondent.date)), ("framework", .string(a.framework.id)),
                ("version", .string(a.framework.version.description)), ("overall", score(a.overall)),
                (
                    "stages",
                    .array(a.stages.map { .object([("id", .string($0.stage.id)), ("score", score($0.score))]) })
                ),
                ("legalRisks", .array(a.legalRisks.map { .string($0.question.id) })),
            ])
        }
        let steps: [JSONValue] = zip(t.assessments.dropFirst(), t.steps).enumerated().map { index, pair in
            let (a, c) = pair
            return
                .object(
                    [
                        ("date", .string(a.answers.respondent.date)),
                        ("legalRisksRaised", .array(c.risksOpened.map { .string($0.id) })),
                        ("legalRisksCleared", .array(c.risksClosed.map { .string($0.id) })),
                        ("sameFramework", .bool(c.sameFramework)),
                        ("questionsAdded", .array(c.added.map(JSONValue.string))),
                        ("questionsRemoved", .array(c.removed.map(JSONValue.string))),
                        ("questionsChanged", .array(c.changed.map { .string($0.id) })),
                    ]
                        + (t.tracking.indices.contains(index)
                            ? t.tracking[index].map { [("tracking", JSONReport.trackingJSON($0))] } ?? [] : []))
        }
        let moves: [JSONValue] = t.moves.map { m in
            .object([
                ("date", .string(t.assessments[m.step].answers.respondent.date)), ("concern", .string(m.concern)),
                ("stage", m.stage.map(JSONValue.string) ?? .null), ("from", .string(m.from)), ("to", .string(m.to)),
                ("bands", .number(Double(m.bands))),
            ])
        }
        return JSONWriter.write(
            .object([
                ("report", .string("equality-trend")), ("language", .string(Language.current.tag)),
                ("organisation", .string(who.organisation)),
                ("exercise", .string(who.exercise)), ("assessments", .array(assessments)), ("steps", .array(steps)),
                ("moves", .array(moves)),
            ]))
    }
}
