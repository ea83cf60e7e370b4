import Foundation
import Testing

@testable import EqualityCore
@testable import EqualityRendering

/// The tracker read back as a person left it: the tool's own workbook edited by openpyxl and saved
/// again by LibreOffice, and its CSV as a UK spreadsheet saves it (`Fixtures/tracker/make_trackers.py`).
/// Each has owners, a real date and a date typed as text, a status typed outside the drop-down,
/// notes in an added column, rows re-sorted and (workbooks) a filter and an extra sheet.
@Suite struct TrackerTests {
    static let framework = try! BundledData.framework("commissioning-for-equality")!

    static func read(_ name: String) throws -> Tracker {
        let path = Support.fixture("tracker/\(name)")
        return try TrackerReader.read(
            Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: name, framework: framework)
    }

    @Test(arguments: ["openpyxl-edited.xlsx", "libreoffice-edited.xlsx", "edited-tracker.csv"])
    func readsEveryEditAsTyped(name: String) throws {
        let tracker = try Self.read(name)
        #expect(tracker.entries.count == 37, "every action, whatever the order")
        #expect(tracker.entries.first?.id == "A-EV-05", "rows in the file's (re-sorted) order")
        let first = try #require(tracker.entry("A-NA-04"))
        #expect(first.owner == "Head of commissioning")
        #expect(first.due == "2027-03-31", "a date cell, or 31/03/2027 typed in a CSV")
        #expect(first.status == .inProgress)
        #expect(first.notes == "Draft ready")
        let second = try #require(tracker.entry("A-SD-03"))
        #expect(second.due == "2027-06-30", "30/06/2027 typed as text")
        #expect(second.status == .done, "\"completed\", typed outside the drop-down")
        let third = try #require(tracker.entry("A-EV-04"))
        #expect(third.owner == "" && third.due == nil && third.status == .done)
        #expect(third.notes == "Signed off at board, May")
        let untouched = tracker.entries.filter { !["A-NA-04", "A-SD-03", "A-EV-04"].contains($0.id) }
        #expect(untouched.allSatisfy { $0.status == .notStarted && $0.owner.isEmpty && $0.due == nil })
    }

    @Test func everyProblemIsNamedWithItsRow() throws {
        let csv = """
            id,owner,due_date,status
            A-NA-04,Lead,31/02/2027,Done
            A-ZZ-99,Lead,,Done
            A-NA-04,Lead,,Done
            A-SD-03,Lead,2027-01-01,Waiting
            a-ev-04 , Someone ,1/4/27,in-progress

            """
        do {
            _ = try TrackerReader.read(Array(csv.utf8), file: "t.csv", framework: Self.framework)
            Issue.record("a tracker with four problems was read")
        } catch {
            let lines = error.diagnostics.map(\.description)
            #expect(lines.count == 4, "\(lines)")
            #expect(lines[0].hasPrefix("t.csv: row 2: the due date \"31/02/2027\" is not a real date"))
            #expect(lines[1].hasPrefix("t.csv: row 3: the action ID \"A-ZZ-99\" is not one this framework"))
            #expect(lines[2].hasPrefix("t.csv: row 4: the action A-NA-04 is already on row 2"))
            #expect(lines[3].hasPrefix("t.csv: row 5: the status \"Waiting\" is none of"))
        }
        let good = try TrackerReader.read(
            Array("id,status,due_date,Team notes\na-ev-04 ,in-progress,1/4/27,Asked\n".utf8), file: "t.csv",
            framework: Self.framework)
        #expect(
            good.entries == [
                .init(id: "A-EV-04", owner: "", due: "2027-04-01", status: .inProgress, notes: "Asked", row: 2)
            ])
    }

    @Test func aFileThatIsNoTrackerIsRefused() throws {
        #expect(throws: ToolError.self) {
            try TrackerReader.read(
                Array("question,response\nNA-01,fully\n".utf8), file: "a.csv", framework: Self.framework)
        }
        let zip = Array(try Data(contentsOf: URL(fileURLWithPath: Support.fixture("zip/python-zipfile.zip"))))
        do {
            _ = try TrackerReader.read(zip, file: "t.xlsx", framework: Self.framework)
            Issue.record("a zip that is no workbook was read")
        } catch {
            #expect(error.description.contains("t.xlsx: has no xl/workbook.xml"))
        }
    }

    /// Date serial numbers as spreadsheets count them, checked against Python's `date` arithmetic.
    @Test func dateSerials() {
        #expect(Workbook.date(serial: 46_477, date1904: false) == "2027-03-31")
        #expect(Workbook.date(serial: 45_292, date1904: false) == "2024-01-01")
        #expect(Workbook.date(serial: 46_477.75, date1904: false) == "2027-03-31", "a time of day is dropped")
        #expect(Workbook.date(serial: 1, date1904: false) == "1900-01-01")
        #expect(Workbook.date(serial: 59, date1904: false) == "1900-02-28")
        #expect(Workbook.date(serial: 60, date1904: false) == nil, "the 29 February 1900 that never was")
        #expect(Workbook.date(serial: 61, date1904: false) == "1900-03-01")
        #expect(Workbook.date(serial: 0, date1904: false) == nil)
        #expect(Workbook.date(serial: 45_015, date1904: true) == "2027-03-31")
        #expect(Workbook.date(serial: 0, date1904: true) == "1904-01-01")
        #expect(Workbook.date(serial: -3, date1904: false) == nil)
    }

    @Test func xmlIsReadWithItsReferences() throws {
        let events = try XMLScanner.events(
            Array(
                "<?xml version=\"1.0\"?><!-- c --><x:a b='1 &amp; 2'><t xml:space=\"preserve\"> &lt;&#65;&#x42;&gt; </t><e/><![CDATA[<raw>]]></x:a>"
                    .utf8))
        #expect(
            events == [
                .start("a", ["b": "1 & 2"]), .start("t", ["space": "preserve"]), .text(" <AB> "), .end("t"),
                .start("e", [:]), .end("e"), .text("<raw>"), .end("a"),
            ])
        #expect(throws: XMLScanner.Failure.self) { try XMLScanner.events(Array("<a b=1>".utf8)) }
        #expect(throws: XMLScanner.Failure.self) { try XMLScanner.events(Array("<a>&bogus;</a>".utf8)) }
    }
}

/// `report --tracker`: the summary page says where the plan stands, the JSON carries the same.
@Suite struct ReportWithTrackerTests {
    static let example = try! AnswerLoader.example("commissioning")

    @Test func everyStateIsWorkedOutFromTheTrackerAndTheReassessment() throws {
        let assessment = Scorer.assess(Self.example.answers, framework: Self.example.framework)
        let open = assessment.actions.map(\.id)
        let closed = Self.example.framework.questions.map { "A-\($0.id)" }.filter { !open.contains($0) }
        try #require(open.count >= 4 && closed.count >= 2)
        let tracker = Tracker(entries: [
            .init(id: open[0], owner: "A", due: "2027-01-31", status: .inProgress, notes: "", row: 2),
            .init(id: open[1], owner: "B", due: "2027-12-31", status: .inProgress, notes: "", row: 3),
            .init(id: open[2], owner: "C", due: "2027-01-31", status: .done, notes: "", row: 4),
            .init(id: closed[0], owner: "D", due: nil, status: .done, notes: "", row: 5),
            .init(id: closed[1], owner: "E", due: "2026-01-01", status: .notStarted, notes: "", row: 6),
        ])
        let t = ActionTracking(assessment: assessment, tracker: tracker, date: "2027-04-15")
        func state(_ id: String) -> ActionTracking.State? { t.items.first { $0.id == id }?.state }
        #expect(state(open[0]) == .overdue)
        #expect(state(open[1]) == .inProgress)
        #expect(state(open[2]) == .doneButGapRemains, "done is not overdue, but the gap is still there")
        #expect(state(open[3]) == .notStarted, "not on the tracker")
        #expect(state(closed[0]) == .done)
        #expect(state(closed[1]) == .gapClosedNotMarked, "a closed gap is never overdue")
        #expect(t.items.count == open.count + 2)
        #expect(
            ActionTracking(assessment: assessment, tracker: tracker, date: nil).overdue.isEmpty,
            "no date, nothing overdue")
        #expect(
            GapReportDocument.trackingLine(t)
                == "\(open.count + 2) actions on the tracker or the plan: 1 done, 1 in progress, \(open.count - 3) not started, 1 overdue, 1 marked done but the gap remains, 1 gap closed but not marked done."
        )
    }

    @Test func theReportSaysWhatIsOverdueInEveryFormat() throws {
        let tracker = Support.fixture("tracker/openpyxl-edited.xlsx")
        let json = Support.run([
            "report", "--example", "--tracker", tracker, "--date", "2027-04-15", "--format", "json",
        ])
        #expect(json.code == 0, "\(json.err)")
        let parsed = try JSONParser.parse(json.out)
        #expect(parsed["tracking"]?["counts"]?["overdue"] == .number(1))
        #expect(parsed["tracking"]?["counts"]?["done-but-gap-remains"] == .number(2))
        let md = Support.run(["report", "--example", "--tracker", tracker, "--date", "2027-04-15"])
        #expect(md.out.contains("| A-NA-04 | "), "the overdue action is listed")
        #expect(md.out.contains("| Head of commissioning | 2027-03-31 |"), "with its owner and due date")
        let before = Support.run(["report", "--example", "--tracker", tracker, "--date", "2027-03-01"])
        #expect(before.out.contains("Nothing is overdue on 1 March 2027."))
        let html = Support.run(["report", "--example", "--tracker", tracker, "--format", "html"])
        #expect(html.out.contains("<h3>Progress on the action plan</h3>"))
        let easy = Support.run(["report", "--example", "--easy-read", "--tracker", tracker])
        #expect(easy.code == 64)
    }

    /// The example's report with a tracker whose owner is `owner`, dated after the action is due.
    static func report(owner: String) throws -> GapReport {
        var row = ["A-NA-04", owner, "2027-01-31", "In progress"]
        row = row.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        let csv = "id,owner,due_date,status\n" + row.joined(separator: ",") + "\n"
        let tracker = try TrackerReader.read(Array(csv.utf8), file: "t.csv", framework: example.framework)
        let assessment = Scorer.assess(example.answers, framework: example.framework)
        var r = GapReport(assessment: assessment, date: "2027-04-15", register: try BundledData.sources())
        r.tracking = ActionTracking(assessment: assessment, tracker: tracker, date: r.date)
        return r
    }

    static let plain = OutputFormats.report.map { $0.render(try! report(owner: "plain text")) }

    @Test(arguments: HostileInputTests.payloads)
    func whatATrackerSaysIsTextInEveryFormat(payload: String) throws {
        let r = try Self.report(owner: payload)
        #expect(r.tracking?.overdue.map(\.id) == ["A-NA-04"])
        try HostileInputTests.checkEveryFormat(
            OutputFormats.report, r, baselines: Self.plain, payload: payload)
        #expect(MarkdownReport.render(r).contains("Progress on the action plan"))
    }
}

/// `actions --tracker OLD -o NEW`: the team's tracking carried over to the new plan.
@Suite struct TrackerCarryOverTests {
    static func read(_ path: String) throws -> Tracker {
        try TrackerReader.read(
            Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path, framework: TrackerTests.framework)
    }

    @Test(arguments: ["xlsx", "csv"])
    func ownersDatesStatusesAndNotesCarryOver(format: String) throws {
        let old = Support.fixture("tracker/openpyxl-edited.xlsx")
        let new = Support.temporaryFolder().appendingPathComponent("new.\(format)").path
        let result = Support.run(["actions", "--example", "--tracker", old, "-o", new])
        #expect(result.code == 0, "\(result.err)")
        let before = try TrackerTests.read("openpyxl-edited.xlsx")
        let after = try Self.read(new)
        #expect(after.entries.count == before.entries.count)
        for entry in before.entries {
            let carried = try #require(after.entry(entry.id))
            #expect(carried.owner == entry.owner && carried.due == entry.due && carried.notes == entry.notes)
            #expect(carried.status == entry.status, "\(entry.id): \(carried.status) for \(entry.status)")
        }
        #expect(
            after.entries.map(\.id)
                == before.entries.map(\.id).sorted { a, b in
                    let order = Scorer.assess(ReportWithTrackerTests.example.answers, framework: TrackerTests.framework)
                        .actions.map(\.id)
                    return order.firstIndex(of: a)! < order.firstIndex(of: b)!
                }, "the new plan is in the plan's order again")
    }

    @Test func aDueDateIsADateCellAndAClosedGapStays() throws {
        let assessment = Scorer.assess(ReportWithTrackerTests.example.answers, framework: TrackerTests.framework)
        let open = Set(assessment.actions.map(\.id))
        let closed = try #require(TrackerTests.framework.questions.map { "A-\($0.id)" }.first { !open.contains($0) })
        let folder = Support.temporaryFolder()
        let old = Support.write(
            "id,owner,due_date,status,notes\nA-NA-04,Lead,31/03/2027,In progress,\n\(closed),Team,,In progress,Was slow\n",
            named: "old.csv", in: folder)
        let new = folder.appendingPathComponent("new.xlsx").path
        #expect(Support.run(["actions", "--example", "--tracker", old, "-o", new]).code == 0)
        let parts = try OfficeFileTests.unzip(Array(try Data(contentsOf: URL(fileURLWithPath: new))))
        let sheet = String(
            decoding: try #require(parts.first { $0.name == "xl/worksheets/sheet1.xml" }).bytes, as: UTF8.self)
        #expect(sheet.contains("s=\"3\"><v>46477</v></c>"), "31/03/2027 as a date serial with the date style")
        let after = try Self.read(new)
        let kept = try #require(after.entry(closed))
        #expect(kept.status == .closed && kept.owner == "Team" && kept.notes == "Was slow")
        #expect(after.entries.last?.id == closed, "after the open actions")
        // Next round the closed gap has opened again: it starts over rather than staying Closed.
        let reopenedTracker = Support.write(
            "id,owner,due_date,status,notes\nA-NA-04,Lead,,Closed,Back again\n", named: "closed.csv", in: folder)
        let next = folder.appendingPathComponent("next.csv").path
        #expect(Support.run(["actions", "--example", "--tracker", reopenedTracker, "-o", next]).code == 0)
        let reopened = try #require(try Self.read(next).entry("A-NA-04"))
        #expect(reopened.status == .notStarted && reopened.owner == "Lead" && reopened.notes == "Back again")
        let report = Support.run(["report", "--example", "--tracker", new, "--format", "json"])
        let tracking = try JSONParser.parse(report.out)["tracking"]
        #expect(tracking?["counts"]?["done"] == .number(1), "a closed gap marked Closed counts as done")
    }

    @Test func serialsAndDatesAreInverse() {
        for iso in ["1900-03-01", "1999-12-31", "2000-02-29", "2024-01-01", "2027-03-31", "2099-12-31"] {
            let serial = Workbook.serial(iso)
            #expect(serial.flatMap { Workbook.date(serial: Double($0), date1904: false) } == iso, "\(iso)")
        }
        #expect(Workbook.serial("2027-03-31") == 46_477)
        #expect(Workbook.serial("2027-02-30") == nil)
        #expect(Workbook.serial("31/03/2027") == nil)
    }
}

/// `compare OLD NEW --tracker FILE`: the comparison says where last round's plan stands.
@Suite struct CompareWithTrackerTests {
    @Test(arguments: ["md", "html", "json"])
    func theComparisonCarriesTheTracking(format: String) throws {
        let folder = Support.temporaryFolder()
        // A year on: the same answers, dated after A-NA-04 was due, with NA-04 now fully in place.
        var json = try JSONParser.parse(
            Array(
                try Data(
                    contentsOf: Support.packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json"))))
        json = JSONEdit.set(json, JSONEdit.path("respondent.date"), to: .string("2027-11-02"))
        if case .array(let answers)? = json["answers"] {
            let changed = answers.map { a -> JSONValue in
                a["question"] == .string("NA-04")
                    ? JSONEdit.set(
                        JSONEdit.set(a, JSONEdit.path("response"), to: .string("fully")), JSONEdit.path("evidence"),
                        to: .string("Audit 2027"))
                    : a
            }
            json = JSONEdit.set(json, JSONEdit.path("answers"), to: .array(changed))
        }
        let later = Support.write(JSONWriter.write(json), named: "later.json", in: folder)
        let earlier = Support.packageRoot.appendingPathComponent("Frameworks/examples/commissioning.json").path
        let tracker = Support.fixture("tracker/openpyxl-edited.xlsx")
        let result = Support.run(["compare", earlier, later, "--tracker", tracker, "--format", format])
        #expect(result.code == 0, "\(result.err)")
        switch format {
        case "json":
            let t = try JSONParser.parse(result.out)["tracking"]
            let items =
                t?["actions"].flatMap { v -> [JSONValue]? in if case .array(let a) = v { return a } else { return nil }
                } ?? []
            let na04 = items.first { $0["id"] == .string("A-NA-04") }
            #expect(
                na04?["state"] == .string("gap-closed-not-marked-done"), "closed by the reassessment, not marked done")
            #expect(t?["counts"]?["done-but-gap-remains"] == .number(2))
        case "md": #expect(result.out.contains("## Progress on the action plan"))
        default: #expect(result.out.contains("<h2>Progress on the action plan</h2>"))
        }
    }
}
