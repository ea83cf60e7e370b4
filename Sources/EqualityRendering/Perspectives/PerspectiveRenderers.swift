import EqualityCore

/// How one perspective's rating of a question reads.
extension PerspectiveComparison.Rating {
    func text(_ maxPoints: Int) -> String {
        switch self {
        case .points(let mean, let count):
            let points = say("report.points-of-max", "\(NumberText.oneDecimal(mean)) of \(maxPoints)")
            return points + (count > 1 ? say("perspectives.mean-of", " (mean of \(count))") : "")
        case .concerns(let raised):
            return raised
                ? say("perspectives.raised-concerns", "raised concerns")
                : say("perspectives.no-concerns-raised", "no concerns raised")
        case .notRated: return say("perspectives.not-scored", "not scored (not applicable or don't know)")
        case .notAnswered: return say("perspectives.not-answered", "not answered")
        case .notAsked: return say("perspectives.not-asked", "not asked")
        }
    }
}

extension PerspectiveComparison {
    var intro: String {
        let who = counts.map { "\($0.0.name.lowercased()) (\($0.1))" }.joined(separator: ", ")
        var text = say(
            "perspectives.answer-sets-compared",
            "Answer sets compared: \(who). Ratings are mean points out of \(framework.scale.maxPoints) for each perspective."
        )
        if livedExperienceProtected {
            text += say(
                "perspectives.protected",
                " Fewer than \(minCount) people with lived experience answered, so their view is shown only as “raised concerns” (someone rated it below mostly in place) or “no concerns raised”, and their words are not shown."
            )
        }
        let n = common.count
        let easyRead =
            perspectives.contains(.livedExperience)
            ? say(
                "perspectives.easy-read-asked",
                " (people with lived experience are asked only what they can answer from their own experience, on the Easy Read form)"
            )
            : ""
        text += say(
            "perspectives.stage-scores-on", count: n,
            one:
                " Stage scores are worked out on the \(n) question every perspective was asked\(easyRead), so each stage is compared on the same questions.",
            other:
                " Stage scores are worked out on the \(n) questions every perspective was asked\(easyRead), so each stage is compared on the same questions."
        )
        return text + say("perspectives.no-one-named", " No one is named.")
    }

    var lookFirst: [StageRow] { stages.filter(\.commissionerHigher) }

    /// What "where to look first" says when no stage is listed: true in every case, including
    /// a comparison with no commissioner or no one with lived experience.
    var nothingToLookAtFirst: String {
        let has = Set(perspectives)
        if !has.contains(.commissioner) || !has.contains(.livedExperience) {
            return say(
                "perspectives.not-compared",
                "Not compared: this needs answer sets from both the commissioner and people with lived experience.")
        }
        return say(
            "perspectives.no-stage-higher",
            "No stage where the commissioner rates higher than people with lived experience.")
    }

    /// A stage score as shown: a percentage, "not shown" (protected lived experience) or "not assessed".
    func stageCell(_ perspective: Perspective, _ value: Double?, _ row: StageRow) -> String {
        if row.shared == 0 { return say("perspectives.no-shared-questions", "no shared questions") }
        if perspective == .livedExperience && livedExperienceProtected {
            return say("aggregate.not-shown", "not shown")
        }
        return value.map { NumberText.oneDecimal($0) + "%" } ?? say("report.not-assessed", "not assessed")
    }
}

/// The perspectives report in Markdown.
package enum PerspectivesMarkdown {
    package static func render(_ c: PerspectiveComparison) -> String {
        let max = c.framework.scale.maxPoints
        var md: Markdown = "# \(PerspectivesText.title(c))\n\n"
        md += "\(PerspectivesText.exercise(c))\n\n## \(PerspectivesText.lookFirst)\n\n"
        if c.lookFirst.isEmpty {
            md += "\(c.nothingToLookAtFirst)\n"
        }
        for s in c.lookFirst {
            md += "- **\(s.stage.name)**: \(PerspectivesText.lookHere)\n"
        }
        md +=
            "\n## \(PerspectivesText.stages)\n\n| \(PerspectivesText.stage) | \(c.perspectives.map { p -> Markdown in "\(p.name)" }.joined(separator: " | ")) |\n"
        md += "| --- |\(Array(repeating: Markdown(" ---: |"), count: c.perspectives.count).joined())\n"
        for s in c.stages {
            let cells = s.scores.map { p, v -> Markdown in "\(c.stageCell(p, v, s))" }
            md += "| \(s.stage.name) | \(cells.joined(separator: " | ")) |\n"
        }
        md += "\n## \(PerspectivesText.differences)\n\n"
        if c.differences.isEmpty { md += "\(PerspectivesText.none)\n" }
        for row in c.differences {
            md +=
                "- **\(row.question.id)** \(row.question.text) (\(row.ratings.map { "\($0.0.name): \($0.1.text(max))" }.joined(separator: "; ")))\n"
        }
        let above = c.questions.filter(\.commissionerAboveLivedExperience)
        md += "\n## \(PerspectivesText.commissionerAbove)\n\n"
        if above.isEmpty { md += "\(PerspectivesText.none)\n" }
        for row in above { md += "- **\(row.question.id)** \(row.question.text)\n" }
        md +=
            "\n## \(PerspectivesText.everyQuestion)\n\n| \(PerspectivesText.question) | \(c.perspectives.map { p -> Markdown in "\(p.name)" }.joined(separator: " | ")) |\n"
        md += "| --- |\(Array(repeating: Markdown(" --- |"), count: c.perspectives.count).joined())\n"
        for row in c.questions {
            md +=
                "| \(row.question.id) | \(row.ratings.map { _, r -> Markdown in "\(r.text(max))" }.joined(separator: " | ")) |\n"
        }
        md += "\n## \(PerspectivesText.said)\n"
        for row in c.questions where !row.evidence.isEmpty {
            md += "\n**\(row.question.id)** \(row.question.text)\n\n"
            for said in row.said { md += "- \(said.perspective.name): \(cell: PerspectivesText.saidText(said))\n" }
        }
        md += "\n---\n\n\(Disclaimer.text)\n"
        return md.text
    }
}

/// The perspectives report as printable HTML.
package enum PerspectivesHTML {
    package static func render(_ c: PerspectiveComparison) -> String {
        let max = c.framework.scale.maxPoints
        var b: HTML = "<header>\n<h1>\(PerspectivesText.title(c))</h1>\n"
        b += "<p>\(PerspectivesText.exercise(c))</p>\n</header>\n<main>\n"
        b += "<section>\n<h2>\(PerspectivesText.lookFirst)</h2>\n"
        if c.lookFirst.isEmpty {
            b += "<p>\(c.nothingToLookAtFirst)</p>\n"
        } else {
            b += "<ul>\n"
            for s in c.lookFirst {
                b += "<li><strong>\(s.stage.name)</strong>: \(PerspectivesText.lookHere)</li>\n"
            }
            b += "</ul>\n"
        }
        let headers = c.perspectives.map { p -> HTML in "<th scope=\"col\">\(p.name)</th>" }.joined()
        b +=
            "</section>\n<section>\n<h2>\(PerspectivesText.stages)</h2>\n<table>\n<caption>\(say("perspectives.mean-stage-score", "Mean stage score by perspective"))</caption>\n<thead><tr><th scope=\"col\">\(PerspectivesText.stage)</th>\(headers)</tr></thead>\n<tbody>\n"
        for s in c.stages {
            let cells = s.scores.map { p, v -> HTML in
                "<td class=\"num\">\(c.stageCell(p, v, s))</td>"
            }
            b += "<tr><th scope=\"row\">\(s.stage.name)</th>\(cells.joined())</tr>\n"
        }
        b += "</tbody>\n</table>\n</section>\n<section>\n<h2>\(PerspectivesText.differences)</h2>\n"
        b += list(c.differences, max)
        b +=
            "</section>\n<section>\n<h2>\(PerspectivesText.commissionerAbove)</h2>\n"
        b += list(c.questions.filter(\.commissionerAboveLivedExperience), max)
        b +=
            "</section>\n<section>\n<h2>\(PerspectivesText.everyQuestion)</h2>\n<table class=\"ratings\">\n<caption>\(say("perspectives.rating-by-question", "Rating by question and perspective"))</caption>\n<thead><tr><th scope=\"col\" class=\"c-q\">\(PerspectivesText.question)</th>\(headers)</tr></thead>\n<tbody>\n"
        for row in c.questions {
            b +=
                "<tr><th scope=\"row\"><strong>\(row.question.id)</strong> \(row.question.text)</th>\(row.ratings.map { _, r -> HTML in "<td>\(r.text(max))</td>" }.joined())</tr>\n"
        }
        b += "</tbody>\n</table>\n</section>\n<section class=\"said\">\n<h2>\(PerspectivesText.said)</h2>\n"
        for row in c.questions where !row.evidence.isEmpty {
            b += "<h3>\(row.question.id): \(row.question.text)</h3>\n<ul>\n"
            for said in row.said {
                b +=
                    "<li><strong>\(said.perspective.name):</strong> \(multiline: PerspectivesText.saidText(said))</li>\n"
            }
            b += "</ul>\n"
        }
        b += "</section>\n</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n"
        let who = c.counts.map { "\($0.0.name.lowercased()) (\($0.1))" }.joined(separator: ", ")
        return HTMLPage.document(
            title: say("perspectives.page-title", "Perspectives: \(c.framework.title)"), body: b,
            extraCSS: HTMLPage.reportStylesheet + HTMLPage.perspectivesStylesheet,
            footer: [
                say(
                    "perspectives.footer-exercise",
                    "Perspectives: \(GapReport.clipped(Wording.orNone(c.exercise), to: 70))"),
                GapReport.clipped(say("perspectives.footer-answer-sets", "Answer sets: \(who)"), to: 85),
            ])
    }

    static func list(_ rows: [PerspectiveComparison.QuestionRow], _ max: Int) -> HTML {
        guard !rows.isEmpty else { return "<p>\(PerspectivesText.none)</p>\n" }
        var b: HTML = "<ul>\n"
        for row in rows {
            let ratings = row.ratings.map { "\($0.0.name): \($0.1.text(max))" }.joined(separator: "; ")
            b += "<li><strong>\(row.question.id)</strong> \(row.question.text) (\(ratings))</li>\n"
        }
        return b + "</ul>\n"
    }
}

/// The perspectives report as JSON.
package enum PerspectivesJSON {
    package static func render(_ c: PerspectiveComparison) -> String {
        func rating(_ r: PerspectiveComparison.Rating) -> JSONValue {
            switch r {
            case .points(let mean, let count):
                return .object([("meanPoints", .number(mean)), ("answers", .number(Double(count)))])
            case .concerns(let raised): return .object([("concerns", .string(raised ? "raised" : "none raised"))])
            case .notRated: return .null
            case .notAnswered: return .object([("answered", .bool(false))])
            case .notAsked: return .object([("asked", .bool(false))])
            }
        }
        let root: JSONValue = .object([
            ("report", .string("equality-perspectives")), ("language", .string(Language.current.tag)),
            (
                "framework",
                .object([("id", .string(c.framework.id)), ("version", .string(c.framework.version.description))])
            ),
            ("exercise", .string(c.exercise)),
            ("minCount", .number(Double(c.minCount))),
            ("livedExperienceProtected", .bool(c.livedExperienceProtected)),
            ("perspectives", .object(c.counts.map { ($0.0.rawValue, .number(Double($0.1))) })),
            ("lookFirst", .array(c.lookFirst.map { .string($0.stage.id) })),
            ("commonQuestions", .array(c.common.map(JSONValue.string))),
            (
                "stages",
                .array(
                    c.stages.map { s in
                        .object([
                            ("id", .string(s.stage.id)),
                            ("scores", .object(s.scores.map { ($0.0.rawValue, $0.1.map { .number($0) } ?? .null) })),
                            ("commissionerHigher", .bool(s.commissionerHigher)),
                        ])
                    })
            ),
            (
                "questions",
                .array(
                    c.questions.map { row in
                        .object([
                            ("id", .string(row.question.id)),
                            ("ratings", .object(row.ratings.map { ($0.0.rawValue, rating($0.1)) })),
                            ("spread", row.spread.map { .number($0) } ?? .null),
                            ("commissionerAboveLivedExperience", .bool(row.commissionerAboveLivedExperience)),
                            (
                                "evidence",
                                .array(
                                    row.evidence.map {
                                        .object([("perspective", .string($0.0.rawValue)), ("text", .string($0.1))])
                                    })
                            ),
                        ])
                    })
            ),
            ("notice", .string(Disclaimer.text)),
        ])
        return JSONWriter.write(root)
    }
}

/// What the perspectives report says in every format, said once.
enum PerspectivesText {
    static func title(_ c: PerspectiveComparison) -> String {
        say("perspectives.title", "Perspectives on one exercise: \(c.framework.title)")
    }
    static func exercise(_ c: PerspectiveComparison) -> String {
        say("perspectives.exercise", "Exercise: \(Wording.orNone(c.exercise)). \(c.intro)")
    }
    static var lookFirst: String { say("perspectives.look-first", "Where to look first") }
    static var lookHere: String {
        say(
            "perspectives.look-here",
            "the commissioner rates this stage higher than people with lived experience do. Look here first.")
    }
    static var stages: String { say("perspectives.stages", "Stages") }
    static var differences: String {
        say("perspectives.differences", "Where perspectives differ by two points or more")
    }
    static var commissionerAbove: String {
        say(
            "perspectives.commissioner-above",
            "The commissioner rates it mostly or fully in place; people with lived experience do not")
    }
    static var everyQuestion: String { say("perspectives.every-question", "Every question") }
    static var said: String { say("perspectives.said", "What each perspective said") }
    static var none: String { say("compare.no-actions-done", "None.") }
    static var stage: String { say("report.stage", "Stage") }

    /// Evidence, then " Notes: " and the notes, as a perspective gave them.
    static func saidText(_ said: (perspective: Perspective, evidence: String, notes: String)) -> String {
        [said.evidence, said.notes].filter { !$0.isBlank }.joined(separator: say("report.notes-3", " Notes: "))
    }
    static var question: String { say("report.question", "Question") }
}
