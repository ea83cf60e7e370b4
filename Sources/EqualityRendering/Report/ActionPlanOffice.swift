import EqualityCore

/// The action plan for the offices that track in Excel or Word: a workbook with the action plan
/// (a status drop-down, a date-typed due date column) and the legal risks, and a Word document.
package enum ActionPlanOffice {
    /// The drop-down's choices: the tracker's statuses, read back by `TrackerReader`.
    package static let statuses = Tracker.Status.allCases.map(\.rawValue)

    /// The rows `actions --format csv` and `xlsx` write (the CSV adds its formula guard). With a
    /// tracker (`actions --tracker`), each action keeps the owner, due date, status and notes the
    /// team gave it, new gaps come in blank, and actions whose gaps have closed stay, marked Closed.
    static func rows(_ r: GapReport) -> [[String]] {
        let tracked = Dictionary(uniqueKeysWithValues: (r.tracking?.items ?? []).map { ($0.id, $0) })
        func carried(_ id: String) -> [String] {
            guard let item = tracked[id] else { return ["", "", "", ""] }
            // A gap marked Closed that the reassessment finds open again starts over, not closed.
            let reopened = item.status == .closed && item.gapRemains
            return [item.owner, item.due ?? "", reopened ? "" : item.status?.rawValue ?? "", item.notes]
        }
        var rows = r.assessment.actions.map { a in
            [
                a.id, a.question, r.stageName(a.stage), Wording.priorityText(a.priority), a.text, a.whatGoodLooksLike,
                r.citationsText(a.citations), r.dutyName(a) ?? "",
            ] + carried(a.id)
        }
        for item in r.tracking?.items ?? [] where !item.gapRemains {
            let stage = r.framework.question(item.question).map { r.stageName($0.stage) } ?? ""
            var row = [item.id, item.question, stage, "", ActionWording.gapClosed, "", "", ""] + carried(item.id)
            row[10] = Tracker.Status.closed.rawValue
            rows.append(row)
        }
        return rows
    }

    package static func workbook(_ r: GapReport) -> [UInt8] { workbookOutput(r).bytes }

    static func workbookOutput(_ r: GapReport) -> ExcelWorkbook.Output {
        let plan = ExcelWorkbook.Sheet(
            name: "Action plan",
            columns: [
                .init(header: say("actions.id", "ID"), width: 10),
                .init(header: say("actions.question", "Question"), width: 9),
                .init(header: say("actions.stage", "Stage"), width: 16),
                .init(header: say("actions.priority", "Priority"), width: 9),  // max: 14
                .init(header: say("actions.action", "Action"), width: 48),
                .init(header: Wording.whatGoodLooksLike, width: 48),
                .init(header: say("actions.source", "Source"), width: 24),
                .init(header: say("actions.legal-duty", "Legal duty"), width: 24),
                .init(header: say("actions.owner", "Owner"), width: 18),  // max: 16
                .init(header: say("actions.due-date", "Due date"), width: 12, kind: .date),  // max: 16
                .init(header: say("actions.status", "Status"), width: 13, kind: .choice(statuses)),  // max: 16
                .init(header: say("actions.notes", "Notes"), width: 36),
            ], rows: rows(r))
        var risks = ExcelWorkbook.Sheet(
            name: "Legal risks",
            columns: [
                .init(header: say("actions.question", "Question"), width: 9),
                .init(header: say("actions.question-text", "Question text"), width: 60),
                .init(header: say("actions.legal-duty", "Legal duty"), width: 30),
                .init(header: say("actions.response", "Response"), width: 24),
                .init(header: say("actions.points", "Points"), width: 9),
            ],
            rows: r.assessment.legalRisks.map { f in
                [
                    f.question.id, f.question.text, r.dutyName(f.question) ?? "", Wording.responseText(f),
                    Wording.pointsCell(f),
                ]
            }, spareRows: 0)
        let title = say("actions.action-plan", "Action plan: \(r.framework.title)")
        let organisation = Wording.orNone(r.respondent.organisation)
        let first = ExcelWorkbook.render([plan, risks], title: title, organisation: organisation)
        guard first.replaced > 0 else { return first }
        // Say so, on the second sheet, so the action plan's own rows stay as they are.
        risks.rows.append([
            say("actions.note", "Note"),
            say(
                "actions.characters-replaced", count: first.replaced,
                one:
                    "\(first.replaced) character that a spreadsheet cannot hold (control characters) was replaced with �.",
                other:
                    "\(first.replaced) characters that a spreadsheet cannot hold (control characters) were replaced with �."
            ),
        ])
        return ExcelWorkbook.render([plan, risks], title: title, organisation: organisation)
    }

    package static func document(_ r: GapReport) -> [UInt8] {
        WordDocument.render(WordWriter.blocks(GapReportDocument.actionPlan(alone: r)), WordReport.properties(r))
    }
}
