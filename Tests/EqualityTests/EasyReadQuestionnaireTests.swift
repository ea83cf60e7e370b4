import FrameworkData
import Testing

@testable import EqualityCore
@testable import EqualityRendering

/// `questionnaire --easy-read`: every question in Easy Read words with its stage's symbol, the six
/// plain answers, large type and no italics; the fillable form saves a lived-experience answer
/// file; symbol files are checked like any other untrusted data.
@Suite struct EasyReadQuestionnaireTests {
    static func count(_ needle: String, in text: String) -> Int {
        text.components(separatedBy: needle).count - 1
    }

    @Test(arguments: [("commissioning-for-equality", false), ("voluntary-organisation-self-assessment", true)])
    func everyQuestionIsABlockWithItsSymbolAndPlainAnswers(framework id: String, fillable: Bool) throws {
        let result = Support.run(
            ["questionnaire", "--easy-read", "--format", "html", "--framework", id] + (fillable ? ["--fillable"] : []))
        #expect(result.code == 0, "\(result.err)")
        let html = result.out
        let framework = try #require(try BundledData.framework(id))
        let easy = try BundledData.easyRead()
        // Only what a person who uses the service can answer from their own experience.
        let asked = framework.questions.filter { easy.isForLivedExperience($0.id) }
        #expect(!asked.isEmpty && asked.count < framework.questions.count)
        #expect(Self.count("class=\"er-question\"", in: html) == asked.count)
        for q in framework.questions where !asked.contains(where: { $0.id == q.id }) {
            #expect(!html.contains("id=\"q-\(q.id)\""), "\(q.id) is not for lived experience")
        }
        for (n, q) in asked.enumerated() {
            let start = try #require(html.range(of: "id=\"q-\(q.id)\""), "\(q.id) has no block")
            let end = html.range(of: "class=\"er-question\"", range: start.upperBound..<html.endIndex)?.lowerBound
            let block = String(html[start.lowerBound..<(end ?? html.endIndex)])
            #expect(block.contains("<use href=\"#symbol-\(q.stage)\">"), "\(q.id): the stage's symbol")
            let text = try #require(easy.questions[q.id])
            #expect(block.contains("Question \(n + 1).</span> \(HTMLEscaping.escape(text))"), "\(q.id): \(text)")
            #expect(!block.contains(q.text), "\(q.id): the Easy Read words, not the commissioner's question")
            for option in framework.scale.responses {
                let words = HTMLEscaping.escape(try #require(easy.formAnswer(option.id)))
                #expect(block.contains(fillable ? "\">\(words)</label>" : "<span>\(words)</span>"), "\(q.id) \(words)")
            }
            #expect(
                fillable ? block.contains("<textarea id=\"\(q.id)-more\"") : block.contains("<div class=\"ruled\">"))
        }
        // Each stage's drawing once, each used beside every question of the stage.
        for stage in framework.stages {
            let inStage = asked.filter { $0.stage == stage.id }.count
            #expect(Self.count("<symbol id=\"symbol-\(stage.id)\"", in: html) == 1)
            #expect(
                Self.count("<use href=\"#symbol-\(stage.id)\">", in: html) == (inStage == 0 ? 0 : inStage + 2),
                "a part only for a stage with questions")
        }
        // One answer to a line, in reading order: no grid of answer columns.
        #expect(!HTMLPage.easyReadFormStylesheet.contains("grid-template-columns"))
        #expect(html.contains("html { font-size: 16pt; }") && html.contains("line-height: 1.5;"), "16 pt print")
        #expect(!html.contains("<em>") && !html.contains("<i>") && !html.contains("italic;"), "no italics")
        let css = HTMLPage.easyReadStylesheet + HTMLPage.easyReadFormStylesheet
        #expect(
            css.contains("text-align: left") && !css.contains("text-align: center") && !css.contains("justify"),
            "left-aligned")
        #expect(html.contains(easy.symbolCredit) && easy.symbolCredit.contains("Attribution-ShareAlike 4.0"))
        #expect(html.contains("It is not legal advice."))
        #expect(html.contains("Yes, and I have seen it") && !html.contains("we can show it"), "the person's own answer")
        #expect(html.contains("\"perspective\": \"lived-experience\"") == fillable, "the form saves lived experience")
    }

    /// A conditional question comes only with the question it depends on, and says so in plain
    /// words (a framework where both are for lived experience).
    @Test func theConditionIsSaidInPlainWords() throws {
        var easy = try BundledData.easyRead()
        easy.livedExperience["EV-01"] = (true, "test")
        easy.livedExperience["EV-02"] = (true, "test")
        let framework = try #require(try BundledData.framework("commissioning-for-equality"))
        let html = EasyReadQuestionnaire.html(framework, easy, exercise: nil, fillable: false)
        let asked = easy.formQuestions(framework, context: AssessmentContext())
        let parent = try #require(asked.firstIndex { $0.id == "EV-01" }) + 1
        let start = try #require(html.range(of: "id=\"q-EV-02\""))
        #expect(
            html[start.upperBound...].prefix(2000).contains(
                "Only answer this if your answer to question \(parent) was one of these:</p>\n<ul>\n<li>A little</li>"))
        easy.livedExperience["EV-01"] = (false, "test")
        #expect(!easy.formQuestions(framework, context: AssessmentContext()).contains { $0.id == "EV-02" })
    }

    /// With the commissioner's answer file, the form takes the exercise's name and legal context,
    /// asks only what that context allows, and saves the context with the answers.
    @Test func theFormTakesTheExercisesContext() throws {
        let folder = Support.temporaryFolder()
        var set = try AnswerLoader.example("commissioning").answers
        set.context = AssessmentContext(
            nation: .wales, organisationType: .publicAuthority, routeToMarket: .grant,
            dutyList: .welshListSocioEconomic)
        let path = Support.write(AnswerJSON.encode(set), named: "commissioner.json", in: folder)
        let framework = try #require(try BundledData.framework("commissioning-for-equality"))
        var easy = try BundledData.easyRead()
        // Mark a question the context rules out (PR-02, a tender question) as one for lived experience.
        easy.livedExperience["PR-02"] = (true, "test")
        let html = EasyReadQuestionnaire.html(
            framework, easy, exercise: nil, fillable: true, context: set.context)
        #expect(!html.contains("id=\"q-PR-02\""), "a grant: the tender question is not asked")
        let form = Support.run(["questionnaire", "--easy-read", "--fillable", "--context-from", path])
        #expect(form.code == 0, "\(form.err)")
        #expect(form.out.contains("<p class=\"given exercise\">\(HTMLEscaping.escape(set.respondent.exercise))</p>"))
        #expect(form.out.contains("\"exerciseContext\": {"))
        #expect(form.out.contains("\"dutyList\": \"welsh-list-socio-economic\""))
        let other = Support.run([
            "questionnaire", "--easy-read", "--context-from", path, "--framework",
            "voluntary-organisation-self-assessment",
        ])
        #expect(other.code == 64 && other.err.contains("answers commissioning-for-equality"), "\(other.err)")
        let misplaced = Support.run(["questionnaire", "--context-from", path])
        #expect(misplaced.code == 64 && misplaced.err.contains("works with --easy-read only"))
    }

    /// The voluntary texts are asked from the side of a person who uses the service: "they" run it,
    /// and "you" is the person answering, never the organisation.
    @Test func voluntaryTextsAreFromThePersonsSide() throws {
        let framework = try #require(try BundledData.framework("voluntary-organisation-self-assessment"))
        let easy = try BundledData.easyRead()
        let organisational = [
            "Do you ", "Are you ", "Have you ", "your staff", "your service", "your group", "your own", "you work with",
            "your work", "your bid", "your proof", "If you are",
        ]
        for q in framework.questions {
            let text = try #require(easy.questions[q.id])
            for phrase in organisational {
                #expect(!text.contains(phrase), "\(q.id): \(text) speaks to the organisation (\(phrase))")
            }
        }
        // "Group" is people, never an organisation: organisations are charities or services.
        for id in ["BP-01", "BP-03", "BP-08", "PR-07", "NA-06", "PR-11"] {
            let text = try #require(easy.questions[id])
            #expect(!text.contains("group"), "\(id): \(text)")
        }
        #expect(easy.questions["DS-10"]?.contains("treat everyone fairly") == false, "due regard is not fair treatment")
        #expect(easy.questions["EV-06"]?.contains("before anyone asks") == true)
        #expect(easy.questions["NA-09"]?.contains("who someone is") == false)
    }

    /// Every question is marked, with a reason; the marks are the ones written out here.
    @Test func theLivedExperienceSetIsAsWrittenOut() throws {
        let easy = try BundledData.easyRead()
        let expected: [String: Set<String>] = [
            "commissioning-for-equality": [
                "NA-03", "NA-04", "NA-05", "SD-02", "SD-03", "SD-04", "SD-05", "SD-09", "SD-10", "SD-11", "SD-12",
                "EV-03", "EV-06", "EV-09",
            ],
            "voluntary-organisation-self-assessment": [
                "UN-02", "UN-05", "UN-06", "UN-07", "UN-09", "DS-01", "DS-04", "DS-05", "DS-07", "DS-09", "EI-02",
                "EI-04",
            ],
        ]
        for (id, set) in expected {
            let framework = try #require(try BundledData.framework(id))
            #expect(Set(framework.questions.map(\.id).filter(easy.isForLivedExperience)) == set, "\(id)")
            for q in framework.questions {
                #expect(easy.livedExperience[q.id]?.reason.isBlank == false, "\(q.id) has a reason")
            }
        }
    }

    @Test func theExerciseIsNamedAndEscaped() throws {
        for payload in HostileInputTests.payloads {
            let paper = Support.run(["questionnaire", "--easy-read", "--format", "html", "--exercise", payload])
            #expect(paper.code == 0)
            #expect(paper.out.contains("<p class=\"given exercise\">\(HTMLEscaping.escape(payload))</p>"))
            let framework = try #require(try BundledData.framework("commissioning-for-equality"))
            let asked = try BundledData.easyRead().formQuestions(framework, context: AssessmentContext())
            let stages = Set(asked.map(\.stage)).count
            HostileInputTests.checkHTML(
                paper.out, payload: payload, svgCount: 1 + 2 * stages + asked.count,
                extraTags: ["symbol", "use", "g", "path"])
            let form = Support.run(
                ["questionnaire", "--easy-read", "--format", "html", "--fillable", "--exercise", payload]
            ).out
            try HostileFrameworkTests.checkForm(
                form, payload: payload, script: EasyReadQuestionnaire.script,
                svgCount: 1 + 2 * stages + asked.count)
            let data = try #require(form.range(of: "<script type=\"application/json\" id=\"form-data\">"))
            let end = try #require(form.range(of: "</script>", range: data.upperBound..<form.endIndex))
            let parsed = try JSONParser.parse(Array(form[data.upperBound..<end.lowerBound].utf8), file: "form-data")
            guard case .object(let members) = parsed else {
                Issue.record("form data is not an object")
                continue
            }
            #expect(members.first { $0.key == "exercise" }?.value == .string(payload), "the exercise kept exactly")
        }
    }

    @Test(arguments: [
        (["--easy-read", "--format", "md"], "--easy-read: works with --format html"),
        (["--easy-read", "--format", "html", "--answers", "x.json"], "cannot be combined with --answers"),
        (["--format", "html", "--exercise", "Women's centre"], "--exercise: works with --easy-read only"),
    ])
    func wrongCombinationsAreRefused(arguments: [String], message: String) {
        let result = Support.run(["questionnaire"] + arguments)
        #expect(result.code == 64)
        #expect(result.err.contains(message), "\(result.err)")
    }

    @Test func easyReadAloneMeansHTML() {
        let result = Support.run(["questionnaire", "--easy-read", "--fillable"])
        #expect(result.code == 0)
        #expect(result.out.hasPrefix("<!DOCTYPE html>") && result.out.contains("id=\"save\""))
    }

    @Test func aFrameworkWithoutEasyReadWordsIsRefused() throws {
        let folder = Support.temporaryFolder()
        var json = try Support.bundledJSON("commissioning-for-equality")
        json = JSONEdit.set(json, JSONEdit.path("questions[0].id"), to: .string("NA-99"))
        json = JSONEdit.set(json, JSONEdit.path("id"), to: .string("my-framework"))
        let path = Support.write(JSONWriter.write(json), named: "my-framework.json", in: folder)
        let result = Support.run(["questionnaire", "--easy-read", "--format", "html", "--framework", path])
        #expect(result.code == 65, "\(result.err)")
        #expect(result.err.contains("NA-99") && result.err.contains("Frameworks/easy-read.json"), "\(result.err)")
    }
}

/// Symbol files are drawing only: anything that could run, link or carry words is refused, and
/// the refusal names the file.
@Suite struct EasyReadSymbolTests {
    static let plain =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><g fill=\"#fff\"><path d=\"M0 0h10v10H0z\"/></g></svg>"

    static func parse(_ text: String) -> (result: (String, String)?, problems: [String]) {
        let diagnostics = DiagnosticCollector()
        let result = EasyReadSymbol.parse(text, location: "Frameworks/symbols/x.svg", diagnostics: diagnostics)
        return (result, diagnostics.items.map(\.message))
    }

    @Test func theBundledSymbolsAreAccepted() throws {
        let easy = try BundledData.easyRead()
        #expect(Set(easy.symbols.keys) == ["needs-assessment", "design", "procurement", "evaluation"])
        for symbol in easy.symbols.values {
            #expect(symbol.viewBox == "0 0 850.394 850.394")
            #expect(symbol.drawing.hasPrefix("<") && !symbol.drawing.contains("<svg"))
        }
        let (result, problems) = Self.parse(Self.plain)
        #expect(problems.isEmpty)
        #expect(result?.0 == "0 0 10 10")
        #expect(result?.1 == "<g fill=\"#fff\"><path d=\"M0 0h10v10H0z\"/></g>")
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "<script> is not allowed"),
        ("<path d=\"M0 0\" onload=\"alert(1)\"/>", "attribute onload"),
        ("<a href=\"https://evil.example\"><path d=\"M0 0\"/></a>", "<a> is not allowed"),
        ("<path d=\"M0 0\" fill=\"url(https://evil.example/x)\"/>", "not plain drawing"),
        ("<text>Words</text>", "<text> is not allowed"),
        ("Words", "text outside a tag"),
        ("<!-- note --><path d=\"M0 0\"/>", "is not allowed"),
        ("<path d=\"M0 0\" fill=&quot;red&quot;/>", "not name=\"value\""),
        ("<svg><path d=\"M0 0\"/></svg>", "an <svg> inside the drawing"),
        ("<g><path d=\"M0 0\"/>", "</svg> does not close <g>"),
        ("<g></script></g>", "</script> does not close <g>"),
        ("</svg><svg viewBox=\"0 0 1 1\">", "must be one <svg> element"),
    ])
    func anythingButDrawingIsRefused(inner: String, problem: String) {
        let text = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\(inner)</svg>"
        let (result, problems) = Self.parse(text)
        #expect(result == nil)
        #expect(problems.contains { $0.contains(problem) }, "\(problems)")
    }

    @Test func aBadSymbolFileIsNamedWhenTheDataLoads() throws {
        var frameworks: [Framework] = []
        for id in BundledData.frameworkIDs { frameworks.append(try #require(try BundledData.framework(id))) }
        let error = #expect(throws: ToolError.self) {
            try EasyRead.decode(
                FrameworkCatalogue.easyRead, file: "Frameworks/easy-read.json", frameworks: frameworks,
                symbolFile: { name in
                    name == "group_work.svg"
                        ? Array("<svg viewBox=\"0 0 1 1\"><script>x</script></svg>".utf8)
                        : FrameworkCatalogue.symbol(name)
                })
        }
        let text = error.map { "\($0)" } ?? ""
        #expect(
            text.contains("Frameworks/symbols/group_work.svg") && text.contains("<script> is not allowed"), "\(text)")
        #expect(text.contains("no usable symbol for stage procurement"), "\(text)")
    }
}
