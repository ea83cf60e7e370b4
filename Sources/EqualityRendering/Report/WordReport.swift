import EqualityCore

/// The gap report as a Word document, in the same order as the HTML report: the summary first
/// (scores and the stage bars, legal risks, the network result, the heat map, the top actions
/// with owner and due date, sign-off), then the details, the action plan and the findings as an
/// appendix, and last the method and sources.
package enum WordReport {
    package static func render(_ r: GapReport) -> [UInt8] {
        WordDocument.render(blocks(r), properties(r))
    }

    static func properties(_ r: GapReport) -> WordDocument.Properties {
        .init(
            title: r.title, subject: Wording.orNone(r.respondent.exercise),
            organisation: Wording.orNone(r.respondent.organisation), date: r.date, footer: r.pageFooter)
    }

    typealias Run = OfficeBlock.Run

    static func blocks(_ r: GapReport) -> [OfficeBlock] {
        let a = r.assessment
        var b: [OfficeBlock] = [.heading(0, r.title)]
        var about = [
            ["Organisation", Wording.orNone(r.respondent.organisation)], ["Role", Wording.orNone(r.respondent.role)],
            ["Exercise assessed", Wording.orNone(r.respondent.exercise)], ["Date", r.dateText],
            ["Status", r.statusLabel], ["Completion", r.completionText],
        ]
        if !r.framework.contextFields.isEmpty {
            about.append(["Legal context", Wording.contextText(r.framework, r.context)])
        }
        if let agreement = r.agreementText { about.append(["Agreement", agreement]) }
        b.append(
            .table(.init(caption: "About this report", header: ["Item", "Detail"], rows: about, widths: [28, 72])))
        if r.statusID == "draft-for-agreement" {
            b.append(
                .paragraph([
                    Run(text: "Draft for agreement. ", bold: true), Run(text: GapReport.draftForAgreementNotice),
                ]))
        }
        if !a.contextStated {
            b.append(
                .paragraph([
                    Run(text: "Legal context not stated. ", bold: true),
                    Run(text: Wording.contextNotStatedNotice(r.framework, r.context)),
                ]))
        }
        if a.completion.isProvisional {
            b.append(
                .paragraph([Run(text: "Provisional: ", bold: true), Run(text: Wording.provisionalText(a.completion))]))
        }

        b.append(.heading(1, "Summary"))
        b.append(
            .paragraph([
                Run(text: "Overall: \(Wording.scoreText(a.overall))", bold: true),
                Run(
                    text:
                        " (\(Wording.pointsText(a.overall.points)) of \(Wording.pointsText(a.overall.max)) weighted points). \(a.legalRisks.count) legal risk\(a.legalRisks.count == 1 ? "" : "s")."
                ),
            ]))
        b.append(
            .bars(
                a.stages.map {
                    .init(label: $0.stage.name, percent: $0.score.percent, text: Wording.scoreText($0.score))
                }))
        b.append(.heading(2, "Legal risks: \(a.legalRisks.isEmpty ? "none" : String(a.legalRisks.count))"))
        if a.legalRisks.isEmpty {
            b.append(
                .text(Wording.noLegalRisksText(a, r.framework)))
        } else {
            b.append(
                .table(
                    .init(
                        caption: "Legal-duty questions below the threshold (they stand whatever the totals say)",
                        header: ["Question", "Legal duty", "Response"],
                        rows: a.legalRisks.map {
                            [
                                "\($0.question.id) \($0.question.text)", r.dutyName($0.question) ?? "",
                                "\(Wording.responseText($0)) (\(Wording.pointsCell($0)))",
                            ]
                        }, widths: [55, 27, 18])))
        }
        if let n = a.network {
            var text = Wording.networkSummary(n)
            if !a.capacityNeeds.isEmpty {
                text += " Capacity needs: \(a.capacityNeeds.map(\.label).joined(separator: "; "))."
            }
            b += [.heading(2, n.network.name), .text(text)]
        }
        b.append(.heading(2, "Groups and protected characteristics by stage"))
        let fills = ["F6D5D1", "FBE7B5", "D9ECD5", "C9E0F2"]
        var rows: [[String]] = []
        var shading: [[String?]] = []
        var dashed: [[Bool]] = []
        for row in a.concerns {
            var cells = [row.name + (row.isCharacteristic ? "" : " (group)")]
            var shades: [String?] = [nil]
            var thin = [false]
            let scores = a.stages.map { row.byStage[$0.stage.id] } + [row.overall]
            let counts = a.stages.map { row.countByStage[$0.stage.id] ?? 0 } + [row.overallCount]
            for (score, count) in zip(scores, counts) {
                guard let score, let percent = score.percent else {
                    cells.append("not assessed")
                    shades.append("F2F2F2")
                    thin.append(false)
                    continue
                }
                cells.append("\(Wording.percentText(percent)) \(score.band?.name ?? "") (\(count))")
                shades.append(fills[r.heatRank(score)])
                thin.append(count == 1)
            }
            rows.append(cells)
            shading.append(shades)
            dashed.append(thin)
        }
        let stageWidth = 78 / (a.stages.count + 1)
        b.append(
            .table(
                .init(
                    caption: "Score, band and (number of questions) by group or characteristic and stage",
                    header: ["Group or characteristic"] + a.stages.map(\.stage.name) + ["Overall"], rows: rows,
                    widths: [100 - stageWidth * (a.stages.count + 1)]
                        + Array(repeating: stageWidth, count: a.stages.count + 1),
                    shading: shading, dashed: dashed)))
        b.append(.text(GapReport.heatMapKey))
        b.append(.heading(2, "Top \(a.topGaps.count) priority actions"))
        if a.topGaps.isEmpty {
            b.append(.text(Wording.noGapsText(a)))
        } else {
            b.append(
                .table(
                    .init(
                        caption: "The largest gaps, legal risks first, and what to do",
                        header: ["Question and current response", "Action", "Owner", "Due date"],
                        rows: a.topGaps.map { g in
                            [
                                "\(g.question.id) \(r.stageName(g.question.stage)): \(Wording.responseText(g))\(g.isLegalRisk ? ", legal risk" : "")",
                                a.action(g.question.id)?.text ?? "", "", "",
                            ]
                        }, widths: [26, 46, 14, 14], writeIn: true)))
        }
        b.append(
            .table(
                .init(
                    caption: "Sign-off (\(r.statusLabel.lowercased()))",
                    header: ["Stage", "Name and role", "Signature", "Date"],
                    rows: GapReport.signOffSteps.map { [$0, "", "", ""] }, widths: [18, 34, 30, 18], writeIn: true)))

        b.append(.heading(1, "Scores by stage"))
        b.append(
            .table(
                .init(
                    caption: "Score, band and questions scored in each stage",
                    header: ["Stage", "Score", "Band", "Weighted points", "Scored", "Excluded"],
                    rows: a.stages.map { s in
                        [
                            s.stage.name, Wording.percentText(s.score), s.score.band?.name ?? "not assessed",
                            "\(Wording.pointsText(s.score.points)) of \(Wording.pointsText(s.score.max))",
                            String(s.scored),
                            String(s.excluded),
                        ]
                    }, widths: [30, 12, 16, 18, 12, 12])))

        b.append(.heading(1, "Legal duties"))
        b.append(
            .text(
                "Which legal duties the questions rest on, and whether each applies in this context. A legal risk (listed in the summary) is a question on a duty that applies, or is treated as applying, scoring under \(r.framework.scale.legalRiskBelow) points."
            ))
        b.append(
            .table(
                .init(
                    caption: "Legal duties in this context", header: ["Duty", "Who it binds", "Here", "Questions"],
                    rows: r.dutyRows.map { d in
                        [
                            "\(d.duty.name) (\(r.register.display(d.duty.citation)))", d.duty.appliesTo,
                            "\(Wording.applicabilityLabel(d.applicability)). \(Wording.applicabilityReason(d, r.context))",
                            d.questions.joined(separator: ", "),
                        ]
                    }, widths: [24, 22, 42, 12])))
        if let out = r.dutiesOutOfContextText { b.append(.text(out)) }
        for f in a.legalDutyExclusions {
            b.append(
                .bullet([
                    Run(text: f.question.id, bold: true),
                    Run(text: " \(r.dutyText(f.question) ?? ""). Marked not applicable; reason given: \(f.notes)"),
                ]))
        }

        if let n = a.network {
            b.append(.heading(1, n.network.name))
            b.append(.text(Wording.networkSummary(n)))
            b.append(
                .table(
                    .init(
                        caption: "Membership categories", header: ["Category", "Result", "Why"],
                        rows: n.categories.map {
                            ["\($0.category.number). \($0.category.name)", $0.outcome.rawValue, $0.explanation]
                        }, widths: [34, 14, 52])))
            b.append(.text(n.network.membershipNote))
            b.append(.heading(2, "Capacity needs and where to get help"))
            if a.capacityNeeds.isEmpty { b.append(.text("No capacity needs were ticked.")) }
            for need in a.capacityNeeds {
                b.append(.bullet([Run(text: need.label, bold: true), Run(text: ": \(need.signpost)")]))
            }
        }

        b.append(.heading(1, "Action plan"))
        b.append(.text("One action per gap, legal risks first. Fill in the owner, due date and status."))
        b += ActionPlanOffice.blocks(r)

        b.append(.heading(1, "Appendix: findings by question"))
        for s in a.stages {
            b.append(
                .table(
                    .init(
                        caption: "\(s.stage.name): \(Wording.scoreText(s.score))",
                        header: [
                            "Question", "Response and points", "Evidence and notes", "Legal duty and groups", "Sources",
                        ],
                        rows: a.findings.filter { $0.question.stage == s.stage.id }.map { f in
                            var response =
                                "\(Wording.responseText(f)); \(Wording.pointsCell(f)), weight \(NumberText.plain(f.question.weight))"
                            for flag in f.flags
                            where ![.unanswered, .dontKnow, .conditionNotMet, .notInContext].contains(flag) {
                                response += "\n\(Wording.flagText(flag))"
                            }
                            if let reason = r.notAskedReason(f) { response += "\nNot asked: \(reason)" }
                            var evidence = f.evidence.isBlank ? "No evidence given." : f.evidence
                            if !f.notes.isBlank { evidence += "\nNotes: \(f.notes)" }
                            var duty = r.dutyName(f.question) ?? "No legal duty"
                            if let concerns = r.framework.concernsText(f.question) { duty += "\n\(concerns)" }
                            return [
                                "\(f.question.id) \(f.question.text)", response, evidence, duty,
                                r.citationsText(f.question.citations),
                            ]
                        }, widths: [28, 16, 26, 15, 15])))
        }

        b.append(.heading(1, "Unanswered, don't know and not applicable"))
        for (title, list) in [
            ("Unanswered (score 0)", r.unanswered), ("Don't know (score 0)", r.dontKnow),
            ("Not applicable (left out of the totals)", r.notApplicable),
        ] + r.notAskedLists {
            let items = list.map { f in
                f.flags.contains(.notApplicable) ? "\(f.question.id) (reason given: \(f.notes))" : f.question.id
            }
            b.append(
                .paragraph([
                    Run(text: "\(title): \(list.isEmpty ? "none" : String(list.count)). ", bold: true),
                    Run(text: items.isEmpty ? "" : items.joined(separator: "; ") + "."),
                ]))
        }

        b.append(.heading(1, "Method and technical details"))
        b.append(
            .text(
                "Response scale (points): "
                    + r.framework.scale.responses.map { "\($0.label): \($0.points.map(String.init) ?? "excluded")" }
                    .joined(
                        separator: "; ") + "."))
        for rule in r.framework.scale.rules { b.append(.bullet([Run(text: rule)])) }
        b.append(.heading(2, "Bands"))
        for band in r.bandText { b.append(.bullet([Run(text: band)])) }
        b.append(.heading(2, "Weights"))
        for weight in r.weightSummary { b.append(.bullet([Run(text: weight)])) }
        b.append(.heading(2, "Groups and characteristics"))
        b.append(.text(GapReport.matrixNote))
        b.append(.heading(2, "Framework"))
        b.append(
            .text(
                "Rules, weights and bands come from framework \(r.framework.id) version \(r.framework.version.description) (SHA-256 \(r.framework.sha256))."
            ))
        b.append(.heading(1, "Sources"))
        for s in r.sources {
            b.append(
                .bullet([
                    Run(text: s.citeAs, bold: true),
                    Run(text: ": \(s.title). \(s.publisher), \(s.date). \(s.kind). Used for: \(s.takes)"),
                ]))
        }
        b.append(.text(Disclaimer.text))
        return b
    }
}
