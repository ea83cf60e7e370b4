import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

/// The coverage the rules library promises, asserted from the data itself.
@Suite struct FrameworkCoverageTests {
    let commissioning = try! BundledData.framework("commissioning-for-equality")!
    let voluntary = try! BundledData.framework("voluntary-organisation-self-assessment")!

    func citing(_ framework: Framework, _ point: String) -> [Question] {
        framework.questions.filter { $0.citations.contains(Citation(source: "CLINKS-2015", point: point)) }
    }

    func text(_ questions: [Question]) -> String {
        questions.map { "\($0.text) \($0.guidance)" }.joined(separator: " ").lowercased()
    }

    @Test func commissioningHasEnoughQuestionsPerStage() {
        #expect(commissioning.questions.count >= 32)
        for stage in StageID.all { #expect(commissioning.questions(in: stage).count >= 6, "stage \(stage)") }
    }

    @Test(arguments: (1...8).map { "CS\($0)" })
    func everyCommissioningSolutionIsCitedTwice(point: String) {
        #expect(citing(commissioning, point).count >= 2, "\(point) cited by \(citing(commissioning, point).map(\.id))")
    }

    @Test(arguments: ["LP1", "LP4", "LP5", "LP6", "LP8", "LP9"])
    func commissionerAngleOfLearningPointsIsCovered(point: String) {
        #expect(!citing(commissioning, point).isEmpty)
    }

    @Test(arguments: ["needs-assessment", "design", "evaluation"])
    func dueRegardAppearsAtStage(stage: String) {
        let psed = commissioning.questions(in: stage).filter { $0.legalDuty == "psed" }
        #expect(!psed.isEmpty)
        #expect(psed.contains { $0.citations.contains(Citation(source: "EQUALITY-ACT-2010", point: "s.149")) })
        #expect(text(commissioning.questions(in: stage)).contains("equality impact assessment"))
    }

    @Test func reasonableAdjustmentsAreAnticipatoryAndReactive() {
        let adjustments = commissioning.questions.filter { $0.legalDuty == "reasonable-adjustments" }
        #expect(text(adjustments).contains("anticipatory"))
        #expect(text(adjustments).contains("reactive"))
        #expect(adjustments.contains { $0.stage == "design" })
    }

    @Test func disclosedMembershipIsRecordedWithPermissionAndLawfulBasis() {
        let recording = citing(commissioning, "CS2").filter { $0.legalDuty == "data-protection" }
        #expect(!recording.isEmpty)
        #expect(text(recording).contains("permission"))
        #expect(text(recording).contains("lawful basis"))
        #expect(recording.contains { $0.citations.contains(Citation(source: "UK-GDPR", point: "art.9")) })
    }

    @Test(arguments: [
        "lots", "proportionate", "grant", "market engagement", "bid-writing", "subcontract", "partnership",
        "social value",
    ])
    func procurementCoversAccessForSmallSpecialists(topic: String) {
        #expect(text(commissioning.questions(in: "procurement")).contains(topic))
    }

    @Test(arguments: [
        "for each protected characteristic", "explained by evidence", "qualitative", "next needs assessment",
        "practitioners",
    ])
    func evaluationCoversOutcomesDisparitiesAndLearning(topic: String) {
        #expect(text(commissioning.questions(in: "evaluation")).contains(topic))
    }

    @Test func voluntaryHasEnoughQuestions() {
        #expect(voluntary.questions.count >= 27)
        for stage in StageID.all { #expect(!voluntary.questions(in: stage).isEmpty) }
        #expect(
            voluntary.stages.map(\.name) == [
                "Understanding need", "Designing the service", "Bidding and partnering", "Evidencing and influencing",
            ])
    }

    @Test(arguments: (1...9).map { "LP\($0)" })
    func everyLearningPointIsCitedTwiceInSelfAssessment(point: String) {
        #expect(citing(voluntary, point).count >= 2, "\(point) cited by \(citing(voluntary, point).map(\.id))")
    }

    @Test func profileAsksHeadcountsSeparatelyAndNeverNames() throws {
        let profile = try #require(voluntary.profile)
        let counts = Set(profile.fields.filter { $0.kind == .count }.map(\.id))
        #expect(counts == ["board-total", "board-minoritised", "senior-total", "senior-minoritised"])
        // No free-text field exists in the profile, so nobody can be asked to name individuals.
        #expect(profile.fields.allSatisfy { ProfileField.Kind.allCases.contains($0.kind) })
        let network = try #require(profile.network)
        #expect(network.categories.map(\.number) == [1, 2, 3, 4])
        guard case .sharesAtLeast(let percent, let shares) = network.categories[0].rule else {
            Issue.record("category 1 is not a share rule")
            return
        }
        #expect(percent == 50)
        #expect(shares.map(\.whole) == ["board-total", "senior-total"])
        let needs = try #require(profile.field("capacity-needs")).options.map(\.id)
        for need in ["trustee-board", "funding-and-bids", "new-to-running", "directory-listing"] {
            #expect(needs.contains(need))
        }
    }

    @Test func everyCitationResolvesToTheRegister() throws {
        let sources = try BundledData.sources()
        for framework in [commissioning, voluntary] {
            for question in framework.questions {
                for citation in question.citations {
                    let source = try #require(sources.source(citation.source))
                    #expect(source.points.contains { $0.id == citation.point }, "\(question.id) \(citation.point)")
                }
            }
        }
    }

    @Test func groupsIncludeSeminarExamplesAndNonProtectedGroups() {
        let ids = commissioning.groups.map(\.id)
        for id in [
            "muslim-young-men", "older-people", "gay-and-bisexual-men", "people-with-learning-disabilities", "women",
            "racially-minoritised-people",
        ] {
            #expect(ids.contains(id))
        }
        #expect(commissioning.groups.contains { $0.characteristics.isEmpty })
        #expect(commissioning.characteristics.count == 9)
    }
}
