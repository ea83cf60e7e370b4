import EqualityCore

/// The gap report in Easy Read, for the people the service is for: what we checked, what is going
/// well, what needs to change and what will happen next, in short sentences of plain words, large
/// type and at most four A4 pages. Text the answers gave (names of the work and the organisation)
/// is marked `given`, so the readability check judges only the tool's own words.
package enum EasyReadReport {
    /// What the organisation said, in the third person, so a reader never takes it for their own answer.
    static func answer(_ f: Finding, _ easy: EasyRead) -> String {
        if f.flags.contains(.unanswered) { return Words.notAnswered }
        if f.flags.contains(.unevidenced) { return say("easy.unevidenced", "They said yes, but gave no proof") }
        return f.response.flatMap { easy.reportAnswers[$0.id] } ?? Words.notAnswered
    }

    /// A band in plain words, by its place among the framework's bands.
    static func bandWords(_ score: Score, _ framework: Framework) -> String {
        guard let band = score.band, let rank = framework.bands.firstIndex(where: { $0.id == band.id }) else {
            return say("easy.could-not-tell", "We could not tell yet")
        }
        return [
            say("easy.band-0", "Not much is in place yet"), say("easy.band-1", "Some things are in place"),
            say("easy.band-2", "Most things are in place"), say("easy.band-3", "Nearly everything is in place"),
        ][min(rank, 3)]
    }

    struct Content {
        /// Stage ID, its Easy Read name, and how far it has got.
        var checked: [(String, String, String)]
        /// Stage ID, the Easy Read question, and what they said.
        var going: [(String, String, String)]
        var change: [(String, String, String, Bool)]
        /// What the report is and how far it has got, one short sentence each.
        var about: [String]
        /// Nothing in scope was scored (every question not applicable or not asked).
        var nothingScored: Bool
        var legalRisks: Int
    }

    static func content(_ r: GapReport, _ easy: EasyRead) -> Content {
        let a = r.assessment
        let checked = a.stages.map {
            ($0.stage.id, easy.stageName(r.framework, $0.stage.id), bandWords($0.score, r.framework))
        }
        // The heaviest questions answered mostly or fully, in framework order within a weight.
        let strong = a.findings.enumerated().filter { _, f in
            (f.points ?? 0) >= r.framework.scale.maxPoints - 1 && !f.flags.contains(.unevidenced)
        }
        let going = strong.sorted { x, y in
            x.element.question.weight != y.element.question.weight
                ? x.element.question.weight > y.element.question.weight : x.offset < y.offset
        }.prefix(5).map { _, f in
            (f.question.stage, easy.questions[f.question.id] ?? f.question.text, answer(f, easy))
        }
        let change = a.topGaps.map {
            ($0.question.stage, easy.questions[$0.question.id] ?? $0.question.text, answer($0, easy), $0.isLegalRisk)
        }
        return Content(
            checked: checked, going: Array(going), change: change, about: aboutLines(r),
            nothingScored: !a.overall.isAssessed,
            legalRisks: a.legalRisks.count)
    }

    /// How many questions were answered, and whether this is final, a draft, a draft the group
    /// has not agreed, or provisional, in plain words.
    static func aboutLines(_ r: GapReport) -> [String] {
        let c = r.assessment.completion
        var lines = [
            say(
                "easy.we-asked", count: c.total,
                one: "We asked \(c.total) question. They answered \(c.answered) of them.",
                other: "We asked \(c.total) questions. They answered \(c.answered) of them.")
        ]
        switch r.statusID {
        case "draft-for-agreement":
            lines.append(say("easy.draft-not-agreed", "This is a draft. The group has not agreed it yet."))
        case "final": lines.append(say("easy.final", "This is the final report."))
        default: lines.append(say("easy.draft", "This report is a draft. It may still change."))
        }
        if c.isProvisional {
            lines.append(
                say("easy.provisional", "Some answers are missing or not known yet. So the results may change."))
        }
        return lines
    }

    /// How many things the law asks for that are missing, in plain words.
    static func legalRiskLine(_ count: Int) -> String {
        switch count {
        case 0: return say("easy.no-legal-risks", "We did not find anything missing that the law asks for.")
        default:
            return say(
                "easy.legal-risks", count: count, one: "We found \(count) thing missing that the law asks for.",
                other: "We found \(count) things missing that the law asks for.")
        }
    }

    static var next: [String] {
        [
            say("easy.next-1", "The team will make a plan to put these things right."),
            say("easy.next-2", "Each thing will have a person in charge and a date."),
            say("easy.next-3", "They will check again and tell you what changed."),
        ]
    }

    /// The words both formats print, said once.
    enum Words {
        static var title: String { say("easy.title", "What we found") }
        static var intro: String { say("easy.intro", "This is an Easy Read report.") }
        static var work: String { say("easy.work", "The work we looked at:") }
        static var who: String { say("easy.who", "Who answered:") }
        static var date: String { say("easy.date", "Date:") }
        static var checked: String { say("easy.checked", "What we checked") }
        static var steps: String { say("easy.steps", "The questions were about these steps.") }
        static var going: String { say("easy.going", "What is going well") }
        static var change: String { say("easy.change", "What needs to change") }
        static var law: String { say("easy.law", "The law says this must be done.") }
        static var next: String { say("easy.next", "What will happen next") }
        static var notAdvice: String {
            say("easy.not-advice", "This report helps people decide. It is not legal advice.")
        }
        static var notAnswered: String { say("easy.not-answered", "They have not answered this yet") }
        static var easyRead: String { say("easy.easy-read", "Easy Read") }
    }

    static var nothingGoingWell: String {
        say("easy.nothing-going-well", "We did not find anything that is fully in place yet.")
    }
    static var nothingScoredGoing: String {
        say("easy.nothing-scored-going", "They said none of the questions were about this work.")
    }
    static var nothingScoredChange: String {
        say("easy.nothing-scored-change", "So we cannot say yet what needs to change.")
    }
    static var nothingToChange: String {
        say("easy.nothing-to-change", "We did not find anything that needs to change.")
    }

    /// The stage pictures in the report: small, beside each step and each question, as in the form.
    static let pictureCSS = """
        .sprite { position: absolute; width: 0; height: 0; overflow: hidden; }
        .pictured { list-style: none; padding: 0; }
        .pictured li { display: flex; gap: .9rem; align-items: flex-start; break-inside: avoid; }
        .symbol.small { flex: none; width: 3rem; height: 3rem; }
        .credit { font-size: 1rem; }
        @media print { .symbol.small { width: 13mm; height: 13mm; } .credit { font-size: 10pt; } }

        """

    /// The gap report and the Easy Read words it is told in.
    package struct Input: Sendable {
        package var report: GapReport
        package var easyRead: EasyRead

        package init(report: GapReport, easyRead: EasyRead) {
            self.report = report
            self.easyRead = easyRead
        }
    }

    static func html(_ input: Input) -> String { html(input.report, input.easyRead) }
    static func markdown(_ input: Input) -> String { markdown(input.report, input.easyRead) }

    package static func html(_ r: GapReport, _ easy: EasyRead) -> String {
        let c = content(r, easy)
        func picture(_ stage: String) -> HTML { EasyReadQuestionnaire.symbol(stage, easy, size: "small") }
        var b: HTML = EasyReadQuestionnaire.sprite(r.framework, easy)
        b += "<header>\n<h1>\(Words.title)</h1>\n<p>\(Words.intro)</p>\n"
        if let notice = TranslationNotice.text { b += "<p class=\"callout\">\(notice)</p>\n" }
        b +=
            "<p class=\"given\">\(Words.work) \(Wording.orNone(r.respondent.exercise))</p>\n<p class=\"given\">\(Words.who) \(Wording.orNone(r.respondent.organisation))</p>\n<p class=\"given\">\(Words.date) \(r.dateText)</p>\n</header>\n<main>\n"
        b += "<section>\n<h2>\(Words.checked)</h2>\n"
        for line in c.about { b += "<p>\(line)</p>\n" }
        b += "<p>\(Words.steps)</p>\n<ul class=\"pictured\">\n"
        for (id, stage, words) in c.checked {
            b += "<li>\(picture(id))<span><strong>\(stage).</strong> \(words).</span></li>\n"
        }
        b += "</ul>\n</section>\n<section>\n<h2>\(Words.going)</h2>\n"
        if c.going.isEmpty {
            b += "<p>\(c.nothingScored ? nothingScoredGoing : nothingGoingWell)</p>\n"
        } else {
            b += "<ul class=\"pictured\">\n"
            for (id, question, answer) in c.going {
                b += "<li>\(picture(id))<span>\(question)<br><strong>\(answer).</strong></span></li>\n"
            }
            b += "</ul>\n"
        }
        b += "</section>\n<section>\n<h2>\(Words.change)</h2>\n<p>\(legalRiskLine(c.legalRisks))</p>\n"
        if c.change.isEmpty {
            b += "<p>\(c.nothingScored ? nothingScoredChange : nothingToChange)</p>\n"
        } else {
            b += "<ul class=\"pictured\">\n"
            for (id, question, answer, law) in c.change {
                b += "<li>\(picture(id))<span>\(question)<br><strong>\(answer).</strong>"
                if law { b += "<br>\(Words.law)" }
                b += "</span></li>\n"
            }
            b += "</ul>\n"
        }
        b += "</section>\n<section>\n<h2>\(Words.next)</h2>\n"
        for line in next { b += "<p>\(line)</p>\n" }
        b +=
            "</section>\n</main>\n<footer class=\"notice\">\n<p>\(Words.notAdvice)</p>\n<p class=\"given credit\">\(easy.symbolCredit)</p>\n</footer>\n"
        return HTMLPage.document(
            title: "\(Words.title): \(Words.easyRead)", body: b, extraCSS: HTMLPage.easyReadStylesheet + pictureCSS)
    }

    package static func markdown(_ r: GapReport, _ easy: EasyRead) -> String {
        let c = content(r, easy)
        var md: Markdown = "# \(Words.title)\n\n\(Words.intro)\n\n"
        if let notice = TranslationNotice.text { md += "> \(notice)\n\n" }
        md +=
            "\(Words.work) \(Wording.orNone(r.respondent.exercise))\n\n\(Words.who) \(Wording.orNone(r.respondent.organisation))\n\n\(Words.date) \(r.dateText)\n\n"
        md += "## \(Words.checked)\n\n"
        for line in c.about { md += "\(line)\n\n" }
        md += "\(Words.steps)\n\n"
        for (_, stage, words) in c.checked { md += "- **\(stage).** \(words).\n" }
        md += "\n## \(Words.going)\n\n"
        if c.going.isEmpty { md += "\(c.nothingScored ? nothingScoredGoing : nothingGoingWell)\n" }
        for (_, question, answer) in c.going { md += "- \(question) **\(answer).**\n" }
        md += "\n## \(Words.change)\n\n\(legalRiskLine(c.legalRisks))\n\n"
        if c.change.isEmpty { md += "\(c.nothingScored ? nothingScoredChange : nothingToChange)\n" }
        for (_, question, answer, law) in c.change {
            md += "- \(question) **\(answer).**\(law ? " \(Words.law)" : "")\n"
        }
        md += "\n## \(Words.next)\n\n"
        for line in next { md += "\(line)\n\n" }
        md += "---\n\n\(Words.notAdvice)\n"
        return md.text
    }
}
