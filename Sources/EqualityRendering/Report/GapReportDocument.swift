import EqualityCore

/// The gap report as a format-neutral document: every sentence, heading, caption and column of
/// the Markdown, HTML and Word reports is written here once. Where the formats differ (the
/// printed page has a chart and an appendix table per stage; Markdown a table per question),
/// `only` says which format shows what.
enum GapReportDocument {
    static let markdown: Set<DocumentFormat> = [.markdown]
    static let print: Set<DocumentFormat> = [.html, .word]
    static let html: Set<DocumentFormat> = [.html]
    static let word: Set<DocumentFormat> = [.word]
    static let markdownAndWord: Set<DocumentFormat> = [.markdown, .word]

    static func build(_ r: GapReport) -> ReportDocument {
        var sections = [summary(r), scores(r), legal(r)]
        if let n = r.assessment.network { sections.append(network(n, r)) }
        sections += [actionPlan(r), findings(r), excluded(r), method(r), sources(r)]
        return ReportDocument(
            title: r.title, head: head(r), sections: sections, closing: Disclaimer.text,
            contentsLabel: say("report.contents", "Contents"))
    }

    /// Who, what, when and status, and the notices a reader must see before any score.
    static func head(_ r: GapReport) -> [Block] {
        let a = r.assessment
        var facts: [Facts.Fact] = [
            .init(
                label: say("report.organisation", "Organisation"),
                value: .typed(Wording.orNone(r.respondent.organisation))),
            .init(label: say("report.role", "Role"), value: .typed(Wording.orNone(r.respondent.role))),
            .init(
                label: say("report.exercise-assessed", "Exercise assessed"),
                value: .typed(Wording.orNone(r.respondent.exercise))),
            .init(label: say("report.date", "Date"), value: .typed(r.dateText)),
            .init(
                label: say("report.framework", "Framework"),
                value: .code(r.framework.id)
                    + say("report.framework-version", " version \(r.framework.version.description)"),
                formats: markdown),
            .init(
                label: say("report.status", "Status"),
                value: Line(spans: [Span(text: r.statusLabel, style: .status(id: r.statusID))])),
            .init(label: say("report.completion", "Completion"), value: .typed(r.completionText)),
        ]
        if !r.framework.contextFields.isEmpty {
            facts.append(
                .init(
                    label: say("report.legal-context", "Legal context"),
                    value: .typed(Wording.contextText(r.framework, r.context))))
        }
        if let agreement = r.agreementText {
            facts.append(.init(label: say("report.agreement", "Agreement"), value: .typed(agreement)))
        }
        var blocks: [Block] = [
            .facts(
                Facts(
                    caption: say("report.about-this-report", "About this report"),
                    header: [say("report.item", "Item"), say("report.detail", "Detail")], facts: facts,
                    htmlPairs: [
                        (say("report.organisation", "Organisation"), say("report.date", "Date")),
                        (say("report.exercise-assessed", "Exercise assessed"), say("report.status", "Status")),
                        (say("report.role", "Role"), say("report.completion", "Completion")),
                    ]))
        ]
        if let notice = TranslationNotice.text { blocks.insert(.paragraph(Line(notice), .callout), at: 0) }
        if r.statusID == "draft-for-agreement" {
            blocks.append(
                .paragraph(
                    .strong(say("report.draft-for-agreement-2", "Draft for agreement."))
                        + " \(GapReport.draftForAgreementNotice)", .callout))
        }
        if !a.contextStated {
            blocks.append(
                .paragraph(
                    .strong(say("report.legal-context-not-stated", "Legal context not stated."))
                        + " \(Wording.contextNotStatedNotice(r.framework, r.context))",
                    .callout))
        }
        if a.completion.isProvisional {
            blocks.append(
                .paragraph(
                    .strong(say("report.provisional", "Provisional:")) + " \(Wording.provisionalText(a.completion))",
                    .callout))
        }
        return blocks
    }

    /// What a board acts on: scores, legal risks, the network result, the heat map, the top
    /// actions with owner and due date, and the sign-off.
    static func summary(_ r: GapReport) -> Section {
        let a = r.assessment
        var b: [Block] = [
            .paragraph(
                .strong(say("report.overall", "Overall: \(Wording.scoreText(a.overall))"))
                    + say(
                        "report.of-weighted-points",
                        " (\(Wording.pointsText(a.overall.points)) of \(Wording.pointsText(a.overall.max)) weighted points). "
                    )
                    + say(
                        "report.legal-risks-count", count: a.legalRisks.count, one: "\(a.legalRisks.count) legal risk.",
                        other: "\(a.legalRisks.count) legal risks."),
                .overall),
            .stageChart(a.stages, r.framework.bands),
            .heading(
                3,
                Line(
                    say(
                        "report.legal-risks",
                        "Legal risks: \(a.legalRisks.isEmpty ? Wording.none : String(a.legalRisks.count))"))),
        ]
        if a.legalRisks.isEmpty {
            b.append(.text(Wording.noLegalRisksText(a, r.framework)))
        } else {
            b.append(
                .paragraph(
                    Line(
                        say(
                            "report.questions-on-a-legal-duty",
                            "Questions on a legal duty that applies here scoring under \(r.framework.scale.legalRiskBelow) points. They stand whatever the totals say."
                        )),
                    .meta))
            b.append(
                .table(
                    Table(
                        caption: say(
                            "report.legal-duty-questions-below-the", "Legal-duty questions below the threshold"),
                        captionShown: false, htmlClass: "risks",
                        columns: [
                            .init(header: say("report.question", "Question"), width: 55),
                            .init(header: say("report.legal-duty", "Legal duty"), width: 27, htmlClass: "c-duty"),
                            .init(header: say("report.response", "Response"), width: 18, htmlClass: "c-resp"),
                        ],
                        rows: a.legalRisks.map { f in
                            [
                                .strong(f.question.id) + " \(f.question.text)", Line(r.dutyName(f.question) ?? ""),
                                Line("\(Wording.responseText(f)) (\(Wording.pointsCell(f)))"),
                            ]
                        })))
        }
        if let n = a.network {
            var text = Wording.networkSummary(n)
            if !a.capacityNeeds.isEmpty {
                text +=
                    say(
                        "report.capacity-needs-where-to-get",
                        " Capacity needs: \(a.capacityNeeds.map(\.label).joined(separator: "; ")) (where to get help is under \(n.network.name) below)."
                    )
            }
            b.append(.only(markdown, [.paragraph(.strong("\(n.network.name):") + " \(text)")]))
            b.append(.only(print, [.heading(3, Line(n.network.name)), .text(text)]))
        }
        b += heatMap(r)
        if let tracking = r.tracking {
            b.append(.heading(3, Line(trackingHeading)))
            b += trackingBlocks(tracking, actions: r.assessment.actions, dateText: r.dateText)
        }
        b.append(.heading(3, Line(say("report.top-priority-actions", "Top \(a.topGaps.count) priority actions"))))
        b.append(
            .only(
                markdown,
                [
                    .text(
                        say(
                            "report.legal-risks-first-then-the",
                            "Legal risks first, then the largest weighted shortfall."))
                ]))
        if a.topGaps.isEmpty {
            b.append(.text(Wording.noGapsText(a)))
        } else {
            let columns: [Table.Column] = [
                .init(header: questionAndResponse, width: 26, htmlClass: "c-gap"),
                .init(header: say("report.action", "Action"), width: 46),
                .init(header: say("report.owner", "Owner"), width: 14, htmlClass: "c-write"),  // max: 16
                .init(header: say("report.due-date", "Due date"), width: 14, htmlClass: "c-write"),  // max: 16
            ]
            var top = Table(
                caption: say(
                    "report.the-largest-gaps-legal-risks", "The largest gaps, legal risks first, and what to do"),
                captionShown: false,
                htmlClass: "top-actions", columns: columns, rows: [], writeIn: true)
            top.rows = a.topGaps.map { g in
                [
                    .strong(g.question.id)
                        + " \(g.question.text) (\(Wording.responseText(g))\(g.isLegalRisk ? say("report.comma-legal-risk", ", legal risk") : ""))",
                    Line(a.action(g.question.id)?.text ?? ""), "", "",
                ]
            }
            b.append(.only(markdown, [.table(top)]))
            top.columns[1].header = say("report.action-the-question-is-in", "Action (the question is in the appendix)")
            top.rows = a.topGaps.map { g in
                [
                    .strong(g.question.id) + " \(r.stageName(g.question.stage)): \(Wording.responseText(g))"
                        + (g.isLegalRisk ? ", " + .strong(say("report.legal-risk", "legal risk")) : ""),
                    Line(a.action(g.question.id)?.text ?? ""), "", "",
                ]
            }
            b.append(.only(html, [.table(top)]))
            top.columns[1].header = say("report.action", "Action")
            b.append(.only(word, [.table(top)]))
        }
        let signOff = say("report.sign-off", "Sign-off (\(r.statusLabel.lowercased()))")
        b.append(.only(markdown, [.paragraph(.strong("\(signOff):"))]))
        b.append(
            .table(
                Table(
                    caption: signOff, htmlClass: "signoff keep",
                    columns: [
                        .init(header: say("report.stage", "Stage"), width: 18, htmlClass: "c-who"),
                        .init(header: say("report.name-and-role", "Name and role"), width: 34),
                        .init(header: say("report.signature", "Signature"), width: 30),
                        .init(header: say("report.date", "Date"), width: 18, htmlClass: "c-date"),
                    ],
                    rows: GapReport.signOffSteps.map { [Line($0), "", "", ""] }, writeIn: true)))
        return Section(id: "summary", title: say("report.summary", "Summary"), htmlClass: "summary", blocks: b)
    }

    /// Group or characteristic by stage: in Markdown with the basis in words; printed, shaded by
    /// band with the number of questions, so colour is never the only signal.
    static func heatMap(_ r: GapReport) -> [Block] {
        let a = r.assessment
        var b: [Block] = [
            .heading(
                3,
                Line(
                    say(
                        "report.groups-and-protected-characteristics-by",
                        "Groups and protected characteristics by stage")), id: "groups")
        ]
        let stageWidth = 78 / (a.stages.count + 1)
        let columns: [Table.Column] =
            [
                .init(
                    header: say("report.group-or-characteristic", "Group or characteristic"),
                    width: 100 - stageWidth * (a.stages.count + 1),
                    htmlClass: "c-name")
            ]
            + (a.stages.map(\.stage.name) + [say("report.overall-2", "Overall")]).map {
                .init(header: $0, width: stageWidth)
            }
        var markdownRows: [[Line]] = []
        var printRows: [[Line]] = []
        var classes: [[String?]] = []
        var shading: [[String?]] = []
        var dashed: [[Bool]] = []
        let fills = ["F6D5D1", "FBE7B5", "D9ECD5", "C9E0F2"]
        for row in a.concerns {
            let scores = a.stages.map { row.byStage[$0.stage.id] } + [row.overall]
            let counts = a.stages.map { row.countByStage[$0.stage.id] ?? 0 } + [row.overallCount]
            var md: [Line] = [
                Line(
                    row.name
                        + (row.isCharacteristic
                            ? say("report.characteristic-bracketed", " (characteristic)")
                            : say("report.group", " (group)")))
            ]
            var printed: [Line] = [Line(row.name + (row.isCharacteristic ? "" : say("report.group", " (group)")))]
            var cls: [String?] = [nil]
            var shades: [String?] = [nil]
            var thin = [false]
            for (score, count) in zip(scores, counts) {
                guard let score, let percent = score.percent else {
                    md.append(.emphasis(say("report.not-assessed", "not assessed")))
                    printed.append(Line(say("report.not-assessed", "not assessed")))
                    cls.append("na")
                    shades.append("F2F2F2")
                    thin.append(false)
                    continue
                }
                let text = "\(Wording.percentText(percent)) \(score.band?.name ?? "")"
                md.append(Line("\(text) (\(Wording.cellBasis(count)))"))
                printed.append(Line(text + " ") + .meta("(\(count))"))
                cls.append("heat-\(r.heatRank(score))\(count == 1 ? " thin" : "")")
                shades.append(fills[r.heatRank(score)])
                thin.append(count == 1)
            }
            markdownRows.append(md)
            printRows.append(printed)
            classes.append(cls)
            shading.append(shades)
            dashed.append(thin)
        }
        var mdColumns = columns
        mdColumns[0].htmlClass = nil
        b.append(
            .only(
                markdown,
                [
                    .table(Table(caption: "", columns: mdColumns, rows: markdownRows)),
                    .text(GapReport.matrixNote),
                ]))
        b.append(
            .only(
                print,
                [
                    .table(
                        Table(
                            caption: say(
                                "report.score-by-group-or-characteristic", "Score by group or characteristic and stage"),
                            captionShown: false,
                            htmlClass: "matrix heatmap", columns: columns, rows: printRows, cellClasses: classes,
                            shading: shading, dashed: dashed))
                ]))
        b.append(
            .only(
                html,
                [
                    .paragraph(
                        Line(
                            say(
                                "report.how-the-cells-are-worked",
                                "\(GapReport.heatMapKey) How the cells are worked out is under Method.")), .meta)
                ]))
        b.append(.only(word, [.text(GapReport.heatMapKey)]))
        return b
    }

    /// How each state of a tracked action reads, in a count ("3 overdue").
    static func trackingWords(_ state: ActionTracking.State) -> String {
        switch state {
        case .done: return "done"
        case .inProgress: return say("report.in-progress", "in progress")
        case .notStarted: return say("report.not-started", "not started")
        case .overdue: return "overdue"
        case .doneButGapRemains: return say("report.marked-done-but-the-gap", "marked done but the gap remains")
        case .gapClosedNotMarked: return say("report.gap-closed-but-not-marked", "gap closed but not marked done")
        }
    }

    /// "12 actions: 5 done, 3 overdue, 4 not started." Every state with any action, in one order.
    static func trackingLine(_ t: ActionTracking) -> String {
        let parts = ActionTracking.State.allCases.compactMap { state -> String? in
            let n = t.count(state)
            return n == 0 ? nil : "\(n) \(trackingWords(state))"
        }
        let n = t.items.count
        let counted = say(
            "report.actions-on-the-tracker", count: n, one: "\(n) action on the tracker or the plan",
            other: "\(n) actions on the tracker or the plan")
        return parts.isEmpty ? "\(counted)." : "\(counted): \(parts.joined(separator: ", "))."
    }

    static var trackingHeading: String { say("report.progress-on-the-action-plan", "Progress on the action plan") }

    /// The tracker's news: the counts, and the overdue actions with owner and due date. The gap
    /// report and the comparison both show it.
    static func trackingBlocks(_ t: ActionTracking, actions: [Action], dateText: String) -> [Block] {
        var b: [Block] = [.text(trackingLine(t))]
        let overdue = t.overdue
        if overdue.isEmpty {
            b.append(.text(say("report.nothing-is-overdue-on", "Nothing is overdue on \(dateText).")))
        } else {
            b.append(
                .table(
                    Table(
                        caption: say("report.overdue-on", "Overdue on \(dateText)"), htmlClass: "overdue",
                        columns: [
                            .init(header: say("report.id", "ID"), width: 12, htmlClass: "c-id"),
                            .init(header: say("report.action", "Action"), width: 48),
                            .init(header: say("report.owner", "Owner"), width: 22),
                            .init(header: say("report.due-date", "Due date"), width: 18, htmlClass: "c-date"),
                        ],
                        rows: overdue.map { item in
                            [
                                Line(item.id), Line(actions.first { $0.id == item.id }?.text ?? ""),
                                item.owner.isEmpty ? .emphasis(say("report.no-owner", "no owner")) : .typed(item.owner),
                                Line(item.due ?? ""),
                            ]
                        })))
        }
        let doubtful = t.items.filter { $0.state == .doneButGapRemains || $0.state == .gapClosedNotMarked }
        if !doubtful.isEmpty {
            b.append(
                .bullets(
                    doubtful.map { item in
                        .strong(item.id) + " "
                            + (item.state == .doneButGapRemains
                                ? say(
                                    "report.is-marked-done-but-the",
                                    "is marked done, but the reassessment still finds the gap.")
                                : say(
                                    "report.is-not-marked-done-but",
                                    "is not marked done, but the reassessment finds the gap closed."))
                    }))
        }
        return b
    }

    static func scores(_ r: GapReport) -> Section {
        let table = Table(
            caption: say("report.score-band-and-questions-scored", "Score, band and questions scored in each stage"),
            captionShown: false,
            columns: [
                .init(header: say("report.stage", "Stage"), width: 30),
                .init(header: say("report.score", "Score"), width: 12, numeric: true),
                .init(header: say("report.band", "Band"), width: 16),
                .init(header: say("report.weighted-points", "Weighted points"), width: 18, numeric: true),
                .init(header: say("report.scored", "Scored"), width: 12, numeric: true),
                .init(header: say("report.excluded", "Excluded"), width: 12, numeric: true),
            ],
            rows: r.assessment.stages.map { s in
                [
                    Line(s.stage.name), Line(Wording.percentText(s.score)),
                    Line(s.score.band?.name ?? say("report.not-assessed", "not assessed")),
                    Line(
                        say(
                            "report.points-of-max",
                            "\(Wording.pointsText(s.score.points)) of \(Wording.pointsText(s.score.max))")),
                    Line(String(s.scored)), Line(String(s.excluded)),
                ]
            })
        return Section(id: "scores", title: say("report.scores-by-stage", "Scores by stage"), blocks: [.table(table)])
    }

    static func legal(_ r: GapReport) -> Section {
        let a = r.assessment
        var b: [Block] = [
            .text(
                say(
                    "report.which-legal-duties-the-questions",
                    "Which legal duties the questions rest on, and whether each applies in this context. A legal risk (listed in the summary) is a question on a duty that applies, or is treated as applying, scoring under \(r.framework.scale.legalRiskBelow) points."
                )
            ),
            .table(
                Table(
                    caption: say("report.legal-duties-in-this-context", "Legal duties in this context"),
                    htmlClass: "duties",
                    columns: [
                        .init(header: say("report.duty", "Duty"), width: 24, htmlClass: "c-name"),
                        .init(header: say("report.who-it-binds", "Who it binds"), width: 22, htmlClass: "c-binds"),
                        .init(header: say("report.here", "Here"), width: 42),
                        .init(header: say("report.questions", "Questions"), width: 12, htmlClass: "c-qs"),
                    ],
                    rows: r.dutyRows.map { d in
                        [
                            Line(d.duty.name) + " " + .meta("(\(r.register.display(d.duty.citation)))"),
                            Line(d.duty.appliesTo),
                            .strong("\(Wording.applicabilityLabel(d.applicability)).")
                                + " \(Wording.applicabilityReason(d, r.context))",
                            Line(d.questions.joined(separator: ", ")),
                        ]
                    })),
        ]
        if let out = r.dutiesOutOfContextText { b.append(.text(out)) }
        if !a.legalDutyExclusions.isEmpty {
            b.append(
                .text(
                    say(
                        "report.marked-not-applicable-on-a",
                        "Marked not applicable on a legal duty (not scored; check the reason holds):")))
            b.append(
                .bullets(
                    a.legalDutyExclusions.map { f in
                        .strong(f.question.id)
                            + say("report.reason-given", " \(r.dutyText(f.question) ?? ""). Reason given: ")
                            + .typed(f.notes)
                    }))
        }
        return Section(id: "legal", title: say("report.legal-duties", "Legal duties"), blocks: b)
    }

    static func network(_ n: NetworkResult, _ r: GapReport) -> Section {
        var note = n.network.membershipNote
        if n.isClinksMember == false {
            note += say(
                "report.the-profile-says-the-organisation",
                " The profile says the organisation is not a Clinks member yet.")
        }
        var b: [Block] = [
            .text(Wording.networkSummary(n)),
            .table(
                Table(
                    caption: say("report.membership-categories", "Membership categories"),
                    columns: [
                        .init(header: say("report.category", "Category"), width: 34),
                        .init(header: say("report.result", "Result"), width: 14, htmlClass: "c-result"),
                        .init(header: say("report.why", "Why"), width: 52),
                    ],
                    rows: n.categories.map {
                        [
                            Line("\($0.category.number). \($0.category.name)"), Line(Wording.outcomeText($0.outcome)),
                            Line($0.explanation),
                        ]
                    })),
            .text(note),
        ]
        if n.assessed && n.metNumbers.isEmpty { b.append(.text(n.network.noCategoryNote)) }
        b.append(.paragraph(Line(say("report.sources", "Sources: \(r.citationsText(n.network.citations))")), .meta))
        b.append(.heading(3, Line(say("report.capacity-needs-and-where-to", "Capacity needs and where to get help"))))
        let needs = r.assessment.capacityNeeds
        if needs.isEmpty {
            b.append(.text(say("report.no-capacity-needs-were-ticked", "No capacity needs were ticked.")))
        }
        if !needs.isEmpty { b.append(.bullets(needs.map { .strong($0.label) + ": \($0.signpost)" })) }
        return Section(id: "network", title: n.network.name, blocks: b)
    }

    /// The action plan table the gap report (HTML and Word) and the action plan on its own share:
    /// printed on landscape pages, with owner, due date and status columns to write in by hand.
    static func actionTable(_ r: GapReport) -> Table {
        Table(
            caption: say("report.prioritised-actions", "Prioritised actions"), htmlClass: "actions",
            columns: [
                .init(header: say("report.id", "ID"), width: 9, htmlClass: "c-id"),
                .init(header: say("report.action", "Action"), width: 29),
                .init(header: questionAndResponse, width: 14, htmlClass: "c-q"),
                .init(header: say("report.legal-duty", "Legal duty"), width: 12, htmlClass: "c-duty"),
                .init(header: say("report.priority", "Priority"), width: 8, htmlClass: "c-pri"),  // max: 14
                .init(header: say("report.owner", "Owner"), width: 10, htmlClass: "c-write"),
                .init(header: say("report.due-date", "Due date"), width: 9, htmlClass: "c-write"),
                .init(header: say("report.status", "Status"), width: 9, htmlClass: "c-write"),
            ],
            rows: r.assessment.actions.map { a in
                let response = r.assessment.finding(a.question).map(Wording.responseText) ?? ""
                return [
                    Line(a.id), Line(a.text), Line("\(a.question): \(response)"),
                    Line(r.dutyName(a) ?? say("report.none", "None")),
                    Line(Wording.priorityText(a.priority)), "", "", "",
                ]
            }, writeIn: true, empty: Line(Wording.noActionsText(r.assessment)))
    }

    static var fillIn: String { say("report.fill-in-the-owner-due", "Fill in the owner, due date and status.") }
    static var oneActionPerGap: String {
        say("report.one-action-per-gap-legal", "One action per gap, legal risks first")
    }
    static var questionAndResponse: String {
        say("report.question-and-current-response", "Question and current response")
    }

    /// The action plan on its own (`actions --format md|html|docx`): who and what it is for, then
    /// the table, with what good looks like and the sources in Markdown, where there is room.
    static func actionPlan(alone r: GapReport) -> ReportDocument {
        let about =
            say(
                "report.organisation-exercise-date-status",
                "Organisation: \(Wording.orNone(r.respondent.organisation)). Exercise: \(Wording.orNone(r.respondent.exercise)). Date: \(r.dateText). Status: "
            )
            + Line(spans: [Span(text: r.statusLabel, style: .status(id: r.statusID))])
            + say("report.framework-2", ". Framework ")
            + .code(r.framework.id)
            + " \(r.framework.version.description)."
        let markdownTable = Table(
            caption: say("report.prioritised-actions", "Prioritised actions"),
            columns: [
                say("report.id", "ID"), say("report.action", "Action"), say("report.stage", "Stage"),
                say("report.priority", "Priority"), Wording.whatGoodLooksLike, say("report.source", "Source"),
                say("report.owner", "Owner"), say("report.due-date", "Due date"), say("report.status", "Status"),
            ].map { .init(header: $0, width: 11) },
            rows: r.assessment.actions.map { a in
                [
                    Line(a.id), Line(a.text), Line(r.stageName(a.stage)), Line(Wording.priorityText(a.priority)),
                    Line(a.whatGoodLooksLike),
                    Line(r.citationsText(a.citations)), "", "", "",
                ]
            }, empty: Line(Wording.noActionsText(r.assessment)))
        return ReportDocument(
            title: say("report.action-plan", "Action plan: \(r.framework.title)"), head: [.paragraph(about, .meta)],
            sections: [
                Section(
                    id: "actions", title: nil,
                    blocks: [
                        .only(markdownAndWord, [.text("\(oneActionPerGap). \(fillIn)")]),
                        .only(
                            html,
                            [
                                .text(
                                    say(
                                        "report.each-actions-sources-and-what",
                                        "\(oneActionPerGap); each action's sources and what good looks like are in the gap report and the CSV. \(fillIn)"
                                    )
                                )
                            ]),
                        .only(markdown, [.table(markdownTable)]),
                        .only(print, [.table(actionTable(r))]),
                    ])
            ], closing: Disclaimer.text)
    }

    static func actionPlan(_ r: GapReport) -> Section {
        let markdownTable = Table(
            caption: say("report.prioritised-actions", "Prioritised actions"),
            columns: [
                say("report.id", "ID"), say("report.action", "Action"), say("report.stage", "Stage"),
                say("report.priority", "Priority"), say("report.source", "Source"), say("report.owner", "Owner"),
                say("report.due-date", "Due date"), say("report.status", "Status"),
            ].map {
                .init(header: $0, width: 12)
            },
            rows: r.assessment.actions.map { action in
                [
                    Line(action.id), Line(action.text), Line(r.stageName(action.stage)),
                    Line(Wording.priorityText(action.priority)),
                    Line(r.citationsText(action.citations)), "", "", "",
                ]
            }, empty: Line(Wording.noActionsText(r.assessment)))
        return Section(
            id: "actions", title: say("report.action-plan-2", "Action plan"), htmlClass: "landscape",
            blocks: [
                .only(markdownAndWord, [.text("\(oneActionPerGap). \(fillIn)")]),
                .only(
                    html,
                    [
                        .text(
                            say(
                                "report.what-good-looks-like-for",
                                "\(oneActionPerGap); what good looks like for each question is in the questionnaire and the action plan CSV. \(fillIn)"
                            )
                        )
                    ]),
                .only(markdown, [.table(markdownTable)]),
                .only(print, [.table(actionTable(r))]),
            ])
    }

    /// Every question's response, evidence, flags, legal duty and sources: in Markdown a table
    /// per question with what good looks like; printed, a table per stage on landscape pages.
    static func findings(_ r: GapReport) -> Section {
        let a = r.assessment
        var b: [Block] = [
            .only(
                html,
                [
                    .paragraph(
                        Line(
                            say(
                                "report.what-good-looks-like-for-2",
                                "What good looks like for each question is in the questionnaire and in the Markdown and JSON reports."
                            )),
                        .meta)
                ])
        ]
        for s in a.stages {
            let stageFindings = a.findings.filter { $0.question.stage == s.stage.id }
            let caption = "\(s.stage.name): \(Wording.scoreText(s.score))"
            var perQuestion: [Block] = [.heading(3, Line(caption))]
            for f in stageFindings { perQuestion += finding(f, r) }
            b.append(.only(markdown, perQuestion))
            b.append(
                .only(
                    print,
                    [
                        .table(
                            Table(
                                caption: caption, htmlClass: "finding-table",
                                columns: [
                                    .init(header: say("report.question", "Question"), width: 28, htmlClass: "c-q"),
                                    .init(
                                        header: say("report.response-and-points", "Response and points"), width: 16,
                                        htmlClass: "c-resp"),
                                    .init(header: say("report.evidence-and-notes", "Evidence and notes"), width: 26),
                                    .init(
                                        header: say("report.legal-duty-and-groups", "Legal duty and groups"), width: 15,
                                        htmlClass: "c-duty"),
                                    .init(header: say("report.sources-2", "Sources"), width: 15, htmlClass: "c-src"),
                                ],
                                rows: stageFindings.map { printedFinding($0, r) }))
                    ]))
        }
        return Section(
            id: "findings", title: say("report.appendix-findings-by-question", "Appendix: findings by question"),
            htmlClass: "findings landscape", blocks: b)
    }

    /// One question in Markdown: a heading and a two-column table.
    static func finding(_ f: Finding, _ r: GapReport) -> [Block] {
        var rows: [[Line]] = [
            [Line(say("report.response", "Response")), Line(Wording.responseText(f))],
            [
                Line(say("report.evidence-given", "Evidence given")),
                f.evidence.isBlank ? Line(Wording.none) : .typed(f.evidence),
            ],
        ]
        if !f.notes.isBlank { rows.append([Line(say("report.notes", "Notes")), .typed(f.notes)]) }
        rows.append([
            Line(say("report.points", "Points")),
            Line(say("report.weight", "\(Wording.pointsCell(f)), weight \(NumberText.plain(f.question.weight))")),
        ])
        if !f.flags.isEmpty {
            rows.append([
                Line(say("report.flags", "Flags")), Line(f.flags.map(Wording.flagText).joined(separator: "; ")),
            ])
        }
        if let reason = r.notAskedReason(f) {
            rows.append([Line(say("report.why-not-asked", "Why not asked")), Line(reason)])
        }
        if let duty = r.dutyText(f.question) {
            rows.append([Line(say("report.legal-duty", "Legal duty")), Line(duty)])
        }
        if let concerns = r.framework.concernsText(f.question) {
            rows.append([Line(say("report.concerns", "Concerns")), Line(concerns)])
        }
        rows.append([Line(Wording.whatGoodLooksLike), Line(f.question.guidance)])
        if let rec = f.recommendation, !f.isExcluded {
            rows.append([Line(say("report.recommendation", "Recommendation")), Line(rec)])
        }
        rows.append([Line(say("report.sources-2", "Sources")), Line(r.citationsText(f.question.citations))])
        return [
            .heading(4, Line("\(f.question.id): \(f.question.text)")),
            .table(
                Table(caption: "", columns: [.init(header: "", width: 30), .init(header: "", width: 70)], rows: rows)),
        ]
    }

    /// One question as a row of the printed appendix.
    static func printedFinding(_ f: Finding, _ r: GapReport) -> [Line] {
        var response = Line(
            say(
                "report.weight-2",
                "\(Wording.responseText(f)); \(Wording.pointsCell(f)), weight \(NumberText.plain(f.question.weight))"))
        for flag in f.flags where ![.unanswered, .dontKnow, .conditionNotMet, .notInContext].contains(flag) {
            response += .lineBreak + (flag == .legalRisk ? .risk(Wording.flagText(flag)) : Line(Wording.flagText(flag)))
        }
        if let reason = r.notAskedReason(f) { response += .lineBreak + say("report.not-asked", "Not asked: \(reason)") }
        var evidence: Line =
            f.evidence.isBlank ? Line(say("report.no-evidence-given", "No evidence given.")) : .typed(f.evidence)
        if !f.notes.isBlank {
            evidence += .lineBreak + .emphasis(say("report.notes-2", "Notes:")) + " " + .typed(f.notes)
        }
        var duty = Line(r.dutyName(f.question) ?? say("report.no-legal-duty", "No legal duty"))
        if let concerns = r.framework.concernsText(f.question) { duty += .lineBreak + .meta(concerns) }
        return [
            .strong(f.question.id) + " \(f.question.text)", response, evidence, duty,
            Line(r.citationsText(f.question.citations)),
        ]
    }

    /// The questions left out of the scores or scoring 0 for want of an answer. Markdown lists
    /// each with its wording; printed, question numbers only (the wording is in the appendix).
    static func excluded(_ r: GapReport) -> Section {
        // Each list with what follows a question in Markdown and in print: Markdown keeps a
        // "don't know" answer's notes and a "not applicable" reason with the question's wording.
        typealias Detail = (Finding) -> Line
        let notAsked: Detail = { " (\(r.notAskedReason($0) ?? ""))" }
        let lists: [(title: String, findings: [Finding], markdown: Detail, print: Detail)] =
            [
                (say("report.unanswered-score", "Unanswered (score 0)"), r.unanswered, { _ in "" }, { _ in "" }),
                (
                    say("report.dont-know-score", "Don't know (score 0)"), r.dontKnow,
                    { $0.notes.isEmpty ? "" : Line(say("report.notes-3", " Notes: ")) + .typed($0.notes) },
                    { _ in "" }
                ),
                (
                    say("report.not-applicable-left-out-of", "Not applicable (left out of the totals)"),
                    r.notApplicable, { Line(say("report.reason", " Reason: ")) + .typed($0.notes) },
                    { Line(say("report.reason-given-2", " (reason given: ")) + .typed($0.notes) + ")" }
                ),
            ] + r.notAskedLists.map { ($0.title, $0.findings, notAsked, notAsked) }
        var b: [Block] = []
        for list in lists {
            var markdownBlocks: [Block] = [
                .paragraph(
                    .strong("\(list.title):")
                        + (list.findings.isEmpty ? " \(Wording.none)." : " \(list.findings.count)."))
            ]
            if !list.findings.isEmpty {
                markdownBlocks.append(
                    .bullets(list.findings.map { .strong($0.question.id) + " \($0.question.text)" + list.markdown($0) })
                )
            }
            b.append(.only(markdown, markdownBlocks))
            let items = list.findings.map { .strong($0.question.id) + list.print($0) }
            b.append(
                .only(
                    print,
                    [
                        .paragraph(
                            .strong(
                                "\(list.title): \(list.findings.isEmpty ? Wording.none : String(list.findings.count)).",
                                own: true)
                                + (items.isEmpty ? "" : " " + items.joined(separator: "; ") + "."))
                    ]))
        }
        // Markdown leaves a second blank line before the next section.
        b.append(.only(markdown, [.paragraph("")]))
        return Section(
            id: "excluded",
            title: say("report.unanswered-dont-know-and-not", "Unanswered, don't know and not applicable"), blocks: b)
    }

    /// How the scores are worked out, and the framework's identity and hash.
    static func method(_ r: GapReport) -> Section {
        let scalePoints =
            r.framework.scale.responses.map {
                "\($0.label): \($0.points.map(String.init) ?? say("report.excluded-lower", "excluded"))"
            }.joined(separator: "; ") + "."
        let scale = r.framework.scale
        let frameworkLine =
            say("report.rules-weights-and-bands-come", "Rules, weights and bands come from framework ")
            + .code(r.framework.id)
            + say("report.version-sha", " version \(r.framework.version.description) (SHA-256 ")
            + .hash(r.framework.sha256) + ")."
        var b: [Block] = [
            .only(
                markdown,
                [
                    .table(
                        Table(
                            caption: "",
                            columns: [
                                .init(header: say("report.response", "Response"), width: 50),
                                .init(header: say("report.points", "Points"), width: 50),
                            ],
                            rows: scale.responses.map {
                                [
                                    Line($0.label),
                                    Line($0.points.map(String.init) ?? say("report.excluded-lower", "excluded")),
                                ]
                            })),
                    .bullets(scale.rules.map { Line($0) }),
                    .text(say("report.bands-on-the-weighted-percentage", "Bands (on the weighted percentage):")),
                    .bullets(r.bandText.map { Line($0) }),
                    .text(say("report.weights", "Weights:")), .bullets(r.weightSummary.map { Line($0) }),
                    .paragraph(frameworkLine),
                ]),
            .only(
                print,
                [
                    .paragraph(
                        .strong(say("report.response-scale-points", "Response scale (points):")) + " "
                            + Line(scalePoints)),
                    .bullets(scale.rules.map { Line($0) }),
                    .heading(3, Line(say("report.bands", "Bands"))), .bullets(r.bandText.map { Line($0) }),
                    .heading(3, Line(say("report.weights-2", "Weights"))), .bullets(r.weightSummary.map { Line($0) }),
                    .heading(3, Line(say("report.groups-and-characteristics", "Groups and characteristics"))),
                    .text(GapReport.matrixNote),
                    .heading(3, Line(say("report.framework", "Framework"))), .paragraph(frameworkLine),
                ]),
        ]
        if let glossary = TranslationNotice.glossarySources { b.append(.text(glossary)) }
        return Section(
            id: "method", title: say("report.method-and-technical-details", "Method and technical details"), blocks: b)
    }

    static func sources(_ r: GapReport) -> Section {
        Section(
            id: "sources", title: say("report.sources-2", "Sources"), htmlClass: "sources",
            blocks: [
                .bullets(
                    r.sources.map {
                        .strong($0.citeAs)
                            + say(
                                "report.used-for",
                                ": \($0.title). \($0.publisher), \($0.date). \($0.kind). Used for: \($0.takes)")
                    })
            ])
    }
}
