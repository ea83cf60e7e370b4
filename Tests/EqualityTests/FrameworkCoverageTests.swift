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
        #expect(
            counts == [
                "board-total", "board-minoritised", "board-undisclosed", "senior-total", "senior-minoritised",
                "senior-undisclosed",
            ])
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

    // MARK: - Framework 1.1 coverage

    /// The characteristics and groups each question names, a group counting for the characteristics it maps onto.
    func reached(_ framework: Framework) -> (groups: Set<String>, characteristics: Set<String>) {
        var groups = Set<String>()
        var characteristics = Set<String>()
        for q in framework.questions {
            for c in q.concerns {
                if let group = framework.groups.first(where: { $0.id == c }) {
                    groups.insert(c)
                    characteristics.formUnion(group.characteristics)
                } else {
                    characteristics.insert(c)
                }
            }
        }
        return (groups, characteristics)
    }

    static let seminarGroups = [
        "muslim-young-men", "older-people", "gay-and-bisexual-men", "people-with-learning-disabilities", "women",
    ]

    @Test(arguments: ["commissioning-for-equality", "voluntary-organisation-self-assessment"])
    func everySeminarGroupAndCharacteristicIsReached(id: String) throws {
        let framework = try #require(try BundledData.framework(id))
        let (groups, characteristics) = reached(framework)
        for group in Self.seminarGroups { #expect(groups.contains(group), "\(id): no question names \(group)") }
        for c in framework.characteristics { #expect(characteristics.contains(c.id), "\(id): \(c.id) is not reached") }
        // Marriage and civil partnership, as the law has it: not covered by Part 3, first aim only.
        let marriage = try #require(framework.characteristics.first { $0.id == "marriage-and-civil-partnership" })
        #expect(marriage.reference.contains("s.28") && marriage.reference.contains("s.149(7)"))
    }

    @Test func sourcesStressedBeforeAreNowAsked() {
        let all = text(commissioning.questions)
        for topic in [
            "structural racism", "culturally appropriate", "racially minoritised people who use", "trained in equality",
        ] {
            #expect(all.contains(topic), "commissioning: \(topic)")
        }
        let selfAssessment = text(voluntary.questions)
        for topic in ["anti-racist", "cultural identity", "ally", "children"] {
            #expect(selfAssessment.contains(topic), "voluntary: \(topic)")
        }
    }

    /// Every point in the register is cited by a current or archived framework, or listed here on purpose.
    @Test func everyRegisterPointIsCited() throws {
        let register = try BundledData.sources()
        var cited = Set<Citation>()
        // Earlier versions are kept so that their answer files still load; what they cite stays.
        let archived = try ["commissioning-for-equality", "voluntary-organisation-self-assessment"].flatMap { id in
            try BundledData.archivedVersions(id).compactMap { try BundledData.framework(id, version: $0) }
        }
        for framework in [commissioning, voluntary] + archived {
            cited.formUnion(framework.questions.flatMap(\.citations))
            cited.formUnion(framework.legalDuties.map(\.citation))
            cited.formUnion(framework.groups.flatMap(\.citations))
            cited.formUnion(framework.scale.citations)
            if let profile = framework.profile {
                cited.formUnion(profile.fields.flatMap { $0.citations + $0.options.flatMap(\.citations) })
                cited.formUnion(profile.network?.citations ?? [])
            }
        }
        let keptFor100 = [
            Citation(source: "CLINKS-RJN", point: "membership"),
            Citation(source: "SOCIAL-VALUE-MODEL", point: "weighting"),
        ]
        for source in register.sources {
            for point in source.points {
                let citation = Citation(source: source.id, point: point.id)
                #expect(
                    cited.contains(citation) || keptFor100.contains(citation),
                    "\(source.id) \(point.id) is cited by nothing")
            }
        }
        // The scoring anchors of the method are among the report's sources.
        let report = GapReport(
            assessment: Scorer.assess(
                AnswerSet(framework: commissioning.id, frameworkVersion: "1.2.0"), framework: commissioning),
            date: nil, register: register)
        for anchor in ["NHS-EDS-2022", "LGA-EFLG", "OWASP-SAMM"] {
            #expect(report.sources.contains { $0.id == anchor }, "\(anchor) listed")
        }
    }

    @Test func methodExplainsTheBandsAsOurChoice() {
        let rules = commissioning.scale.rules.joined(separator: " ")
        #expect(rules.contains("not on percentages") && rules.contains("a band here is not an EDS rating"))
        #expect(rules.contains("rounded to one decimal place before the band is chosen"))
    }
}
