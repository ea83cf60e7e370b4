import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// The scoring rules at their edges, on the bundled commissioning framework.
@Suite struct ScoringRuleTests {
    let framework = try! BundledData.framework("commissioning-for-equality")!
    let voluntary = try! BundledData.framework("voluntary-organisation-self-assessment")!

    func answers(
        _ framework: Framework, _ response: (Question) -> String?, evidence: String = "Minutes of 3 May",
        notes: String = ""
    ) -> AnswerSet {
        AnswerSet(
            framework: framework.id, frameworkVersion: framework.version.description,
            answers: framework.questions.compactMap { q in
                response(q).map { Answer(question: q.id, response: $0, evidence: evidence, notes: notes) }
            })
    }

    func assess(_ set: AnswerSet, _ framework: Framework? = nil) throws -> Assessment {
        let fw = framework ?? self.framework
        return Scorer.assess(try AnswerValidator.validate(set, against: fw, file: "test"), framework: fw)
    }

    @Test func allFullyWithEvidenceIsOneHundredAndTopBand() throws {
        let a = try assess(answers(framework) { _ in "fully" })
        #expect(a.overall.percent == 100)
        #expect(a.overall.band?.id == framework.bands.last?.id)
        #expect(a.stages.allSatisfy { $0.score.percent == 100 })
        #expect(a.legalRisks.isEmpty && a.actions.isEmpty && a.topGaps.isEmpty)
        #expect(!a.completion.isProvisional)
    }

    @Test func allNotInPlaceIsZero() throws {
        let a = try assess(answers(framework) { _ in "not-in-place" })
        #expect(a.overall.percent == 0)
        #expect(a.overall.points == 0)
        #expect(a.overall.band?.id == "undeveloped")
        // Every legal-duty question in scope is a legal risk.
        let duties = a.findings.filter { $0.question.legalDuty != nil && !$0.isExcluded }
        #expect(a.legalRisks.count == duties.count && !duties.isEmpty)
    }

    @Test func allFullyWithoutEvidenceIsExactlyTwoThirds() throws {
        let a = try assess(answers(framework, { _ in "fully" }, evidence: "  \n\t "))
        #expect(a.overall.points * 3 == a.overall.max * 2)
        #expect(a.overall.percent == 66.7)
        #expect(
            a.findings.filter { !$0.isExcluded }.allSatisfy {
                $0.flags.contains(.unevidenced) && $0.scoredAs?.id == "mostly" && $0.points == 2
            })
        #expect(a.legalRisks.isEmpty, "2 points is not below the legal-risk threshold")
    }

    @Test(arguments: ["NA-02", "SD-08", "PR-04", "EV-09"])
    func notApplicableNeverChangesAnotherQuestionsPoints(question: String) throws {
        let mixed = ["not-in-place", "partly", "mostly", "fully", "dont-know"]
        let base = answers(framework) { q in mixed[framework.questions.firstIndex(of: q)! % mixed.count] }
        var withNA = base
        let i = withNA.answers.firstIndex { $0.question == question }!
        withNA.answers[i].response = "not-applicable"
        withNA.answers[i].notes = "Out of scope for this exercise"
        let before = try assess(base)
        let after = try assess(withNA)
        for (b, c) in zip(before.findings, after.findings) where b.question.id != question {
            #expect(b.points == c.points && b.weightedPoints == c.weightedPoints, "\(b.question.id)")
        }
        let excluded = after.finding(question)!
        #expect(excluded.isExcluded && excluded.flags == [.notApplicable])
        #expect(after.overall.max == before.overall.max - before.finding(question)!.weightedMax)
    }

    @Test func legalDutyGapIsFlaggedEvenWhenTheBandIsHigh() throws {
        let a = try assess(answers(framework) { $0.id == "NA-02" ? "not-in-place" : "fully" })
        #expect(a.overall.band?.id == "excelling")
        #expect(a.legalRisks.map(\.question.id) == ["NA-02"])
        #expect(a.topGaps.first?.question.id == "NA-02")
        #expect(a.actions.first?.id == "A-NA-02" && a.actions.first?.priority == .high)
    }

    @Test func dontKnowAndUnansweredScoreZeroAndAreListed() throws {
        let a = try assess(answers(framework) { q in q.id == "NA-05" ? "dont-know" : q.id == "NA-06" ? nil : "fully" })
        #expect(a.finding("NA-05")?.points == 0 && a.finding("NA-05")!.flags.contains(.dontKnow))
        #expect(a.finding("NA-06")?.points == 0 && a.finding("NA-06")!.flags == [.unanswered])
        #expect(a.completion.answered == a.completion.total - 1)
        #expect(a.completion.isProvisional)
        let report = GapReport(assessment: a, date: nil, register: try BundledData.sources())
        #expect(report.unanswered.map(\.question.id) == ["NA-06"])
        #expect(report.dontKnow.map(\.question.id) == ["NA-05"])
        #expect(
            MarkdownReport.render(report).contains(
                "**Provisional:** 1 question is unanswered and 1 question is answered don't know; they score 0"))
    }

    /// Every question answered, some "don't know": provisional says that is why, and how many.
    @Test func provisionalSaysWhyWhenEverythingIsAnswered() throws {
        let a = try assess(answers(framework) { q in ["NA-05", "NA-06"].contains(q.id) ? "dont-know" : "fully" })
        #expect(a.completion.answered == a.completion.total && a.completion.isProvisional)
        let report = GapReport(assessment: a, date: nil, register: try BundledData.sources())
        #expect(
            MarkdownReport.render(report).contains(
                "**Provisional:** every question is answered, but 2 questions are answered don't know; they score 0 until answered and known."
            ))
        #expect(
            ScoreSummary.render(report, colour: false).contains(
                "Completion: \(a.completion.total) of \(a.completion.total) answered (provisional: 2 answered don't know)"
            ))
    }

    @Test func conditionNotMetExcludesTheQuestionAndSaysWhy() throws {
        let a = try assess(answers(framework) { $0.id == "EV-01" ? "not-in-place" : "fully" })
        let f = try #require(a.finding("EV-02"))
        #expect(f.isExcluded && f.flags == [.conditionNotMet])
        guard case .conditionNotMet(let reason) = f.status else {
            Issue.record("not excluded")
            return
        }
        #expect(reason.condition.question == "EV-01" && reason.parentResponse == "not-in-place")
        #expect(framework.conditionNotMetText(reason).contains("EV-01 was answered “not in place”"))
        #expect(a.completion.total == framework.questions.count - 1)
        let met = try assess(answers(framework) { $0.id == "EV-01" ? "partly" : "fully" })
        #expect(met.finding("EV-02")?.points == 3)
    }

    @Test func notApplicableWithoutReasonIsAnError() {
        var set = answers(framework) { _ in "fully" }
        set.answers[3].response = "not-applicable"
        set.answers[3].notes = "   "
        set.answers[3].location = "answers[3]"
        #expect(throws: ToolError.self) { try AnswerValidator.validate(set, against: framework, file: "a.json") }
        do { _ = try AnswerValidator.validate(set, against: framework, file: "a.json") } catch {
            #expect(
                error.description
                    == "a.json: answers[3].notes: not-applicable needs a reason in notes: say why NA-04 does not apply")
        }
    }

    @Test func weightsChangeTheOverallButNotTheQuestionPoints() throws {
        let a = try assess(answers(framework) { $0.weight >= 3 ? "fully" : "not-in-place" })
        let inScope = a.findings.filter { !$0.isExcluded }.map(\.question)
        let heavy = inScope.filter { $0.weight >= 3 }.map(\.weight).reduce(0, +) * 3
        let all = inScope.map(\.weight).reduce(0, +) * 3
        #expect(
            a.findings.filter(\.isExcluded).map(\.question.id) == ["EV-02"], "EV-01 (weight 2) is not in place")
        #expect(a.overall.points == heavy && a.overall.max == all)
    }

    /// Category 1 is compared in exact fractions (never rounded first), read both ways (each group
    /// at least half, and both together), and judged on the board alone when there is no senior team.
    @Test(arguments: [
        (4, 8, 2, 4, NetworkResult.Outcome.met),  // each half, together half
        (4, 8, 1, 4, .notMet),  // senior 25%, together 41.7%
        (3, 8, 4, 4, .dependsOnReading),  // board 37.5%, but together 7 of 12
        (5, 7, 0, 0, .met),  // no senior team: the board alone, 5 of 7
        (1000, 2001, 2, 2, .dependsOnReading),  // 1000 of 2001 is below half, though it rounds to 50.0%
        (1000, 2001, 0, 0, .notMet),  // the board alone: below half, exactly
        (1000, 2000, 0, 0, .met),  // exactly half
        (0, 0, 0, 0, .cannotTell),  // nobody to count
    ])
    func raceAndJusticeNetworkCategoryOne(
        boardPart: Int, boardWhole: Int, seniorPart: Int, seniorWhole: Int, outcome: NetworkResult.Outcome
    ) throws {
        var set = answers(voluntary) { _ in "partly" }
        set.profile = [
            "board-total": .count(boardWhole), "board-minoritised": .count(boardPart),
            "senior-total": .count(seniorWhole), "senior-minoritised": .count(seniorPart),
            "purpose-minoritised": .yesNo(false), "works-with-minoritised": .yesNo(true),
        ]
        let network = try #require(try assess(set, voluntary).network)
        #expect(network.assessed)
        #expect(network.categories[0].outcome == outcome)
        #expect(network.categories[1].outcome == .notMet)
        #expect(network.categories[2].outcome == .cannotTell)
        #expect(network.categories[3].outcome == .met)
        let explanation = network.categories[0].explanation
        if seniorWhole == 0 && boardWhole > 0 {
            #expect(explanation.contains("judged on the board alone"), "\(explanation)")
        }
        if outcome == .dependsOnReading {
            #expect(explanation.contains("Ask the network co-ordinator"), "\(explanation)")
            #expect(!network.metNumbers.contains(1))
        }
    }

    /// An organisation set up for, or running a service for, racially minoritised people works with them.
    @Test(arguments: ["purpose-minoritised", "project-minoritised"])
    func categoriesTwoAndThreeImplyFour(field: String) throws {
        var set = answers(voluntary) { _ in "partly" }
        set.profile = [field: .yesNo(true), "works-with-minoritised": .yesNo(false)]
        let network = try #require(try assess(set, voluntary).network)
        #expect(network.categories[3].outcome == .met)
        #expect(network.categories[3].reason == .impliedBy(field == "purpose-minoritised" ? 2 : 3))
        #expect(network.categories[3].explanation.hasPrefix("Met because category"))
    }

    /// No profile at all is "not assessed", never "meets none of the categories".
    @Test func noProfileIsNotAssessed() throws {
        let a = try assess(answers(voluntary) { _ in "partly" }, voluntary)
        let network = try #require(a.network)
        #expect(!network.assessed)
        let report = GapReport(assessment: a, date: nil, register: try BundledData.sources())
        let md = MarkdownReport.render(report)
        #expect(md.contains("Not assessed: the organisation profile was not filled in."))
        #expect(!md.contains("meets none of the membership categories"))
        #expect(
            ScoreSummary.render(report, colour: false).contains("Race and Justice Network: not assessed (no profile)"))
    }

    /// A headcount written "4.0" is a whole number, in CSV as in JSON.
    @Test func decimalWholeHeadcountIsAcceptedInCSV() throws {
        let csv =
            "question,response\r\nframework:id,voluntary-organisation-self-assessment\r\nframework:version,1.2.0\r\nprofile:board-total,4.0\r\nprofile:board-minoritised,2\r\n"
        let set = try AnswerCSV.decode(Array(csv.utf8), file: "v.csv")
        #expect(set.profile["board-total"] == .count(4))
    }

    @Test func headcountAboveTotalIsAnError() {
        var set = answers(voluntary) { _ in "partly" }
        set.profile = ["board-total": .count(3), "board-minoritised": .count(5)]
        do {
            _ = try AnswerValidator.validate(set, against: voluntary, file: "v.json")
            Issue.record("accepted 5 of 3")
        } catch {
            #expect(
                error.description
                    == "v.json: profile.board-minoritised: 5 is more than the total board-total (3); check the headcounts"
            )
        }
    }

    /// A share is never shown as the threshold when it is under it (or under when it is over): at
    /// one decimal place where that is true, more where it is not, over random headcounts.
    @Test func aShareIsNeverShownOnTheWrongSideOfTheLine() throws {
        var rng = SystemRandomNumberGenerator()
        var checked = 0
        for _ in 0..<20000 {
            let whole = Int.random(in: 1...5000, using: &rng)
            let part = Int.random(in: 0...whole, using: &rng)
            for threshold in [50.0, 33.0, 25.0] {
                let text = Wording.sharePercent(part, whole, threshold: threshold)
                let reaches = Double(part) * 100 >= threshold * Double(whole)
                if text.hasPrefix("just") {
                    #expect(text == (reaches ? "just over" : "just under") + " \(NumberText.plain(threshold))%")
                } else {
                    let shown = try #require(Double(text.dropLast()), "\(text)")
                    #expect((shown >= threshold) == reaches, "\(part) of \(whole): \(text) against \(threshold)%")
                }
                checked += 1
            }
        }
        #expect(Wording.sharePercent(1000, 2001, threshold: 50) == "49.98%")
        #expect(Wording.sharePercent(4, 7, threshold: 50) == "57.1%")
        #expect(Wording.sharePercent(1, 2, threshold: 50) == "50%")
        #expect(checked == 60000)
    }

    /// 1000 of 2001 is "49.98%" beside "not met", never "(50%)".
    @Test func justUnderTheThresholdReadsAsUnder() throws {
        var set = answers(voluntary) { _ in "partly" }
        set.profile = [
            "board-total": .count(2001), "board-minoritised": .count(1000), "senior-total": .count(0),
            "senior-minoritised": .count(0),
        ]
        let network = try #require(try assess(set, voluntary).network)
        let explanation = network.categories[0].explanation
        #expect(network.categories[0].outcome == .notMet)
        #expect(explanation.contains("board 1000 of 2001 (49.98%)"), "\(explanation)")
        #expect(!explanation.contains("(50%)"))
    }

    /// With a headcount missing, category 1 could not be assessed, and the headline never says
    /// the profile "meets none of the membership categories".
    @Test func missingHeadcountsAreNotMeetingNone() throws {
        var set = answers(voluntary) { _ in "partly" }
        set.profile = [
            "board-total": .count(8), "purpose-minoritised": .yesNo(false), "project-minoritised": .yesNo(false),
            "works-with-minoritised": .yesNo(false),
        ]
        let a = try assess(set, voluntary)
        let network = try #require(a.network)
        #expect(network.categories[0].outcome == .cannotTell)
        let summary = Wording.networkSummary(network)
        #expect(!summary.contains("meets none of the membership categories."), "\(summary)")
        #expect(summary.contains("Category 1 could not be assessed"), "\(summary)")
        let report = GapReport(assessment: a, date: nil, register: try BundledData.sources())
        let terminal = ScoreSummary.render(report, colour: false)
        #expect(terminal.contains("no category met of those that could be settled; not settled: 1"), "\(terminal)")
    }

    /// People who prefer not to say are counted both ways, as the two readings of "board and
    /// senior staff" are, and the report says when the outcome depends on it.
    @Test(arguments: [
        (3, 2, 8, NetworkResult.Outcome.dependsOnReading),  // 3 of 8 out, 5 of 8 in
        (4, 2, 8, .met),  // half either way
        (1, 2, 8, .notMet),  // 1 or 3 of 8: under half either way
        (3, 0, 8, .notMet),  // nobody undisclosed
    ])
    func preferNotToSayIsCountedBothWays(part: Int, undisclosed: Int, whole: Int, outcome: NetworkResult.Outcome)
        throws
    {
        var set = answers(voluntary) { _ in "partly" }
        set.profile = [
            "board-total": .count(whole), "board-minoritised": .count(part), "board-undisclosed": .count(undisclosed),
            "senior-total": .count(0), "senior-minoritised": .count(0),
        ]
        let network = try #require(try assess(set, voluntary).network)
        let category = network.categories[0]
        #expect(category.outcome == outcome)
        let text = category.explanation
        if outcome == .dependsOnReading {
            #expect(text.contains("Counting the \(undisclosed) who prefer not to say as not identifying"), "\(text)")
            #expect(text.contains("it is not met; counting them as identifying, it is met"), "\(text)")
        } else if undisclosed > 0 {
            #expect(text.contains("the same whether those who prefer not to say are counted in or out"), "\(text)")
        }
    }

    /// Those who prefer not to say cannot take the part over the total, in validate and in ask.
    @Test func undisclosedOverTheTotalIsAnError() throws {
        var set = answers(voluntary) { _ in "partly" }
        set.profile = ["board-total": .count(5), "board-minoritised": .count(3), "board-undisclosed": .count(3)]
        do {
            _ = try AnswerValidator.validate(set, against: voluntary, file: "v.json")
            Issue.record("accepted 3 and 3 of 5")
        } catch {
            #expect(
                error.description
                    == "v.json: profile.board-undisclosed: 3 (board-minoritised) and 3 who prefer not to say are more than the total board-total (5); check the headcounts"
            )
        }
    }
}
