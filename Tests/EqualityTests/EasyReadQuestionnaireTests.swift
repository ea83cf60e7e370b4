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
        #expect(Self.count("class=\"er-question\"", in: html) == framework.questions.count)
        for (n, q) in framework.questions.enumerated() {
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
            #expect(Self.count("<symbol id=\"symbol-\(stage.id)\"", in: html) == 1)
            #expect(
                Self.count("<use href=\"#symbol-\(stage.id)\">", in: html)
                    == framework.questions(in: stage.id).count + 2)
        }
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

    @Test func theConditionIsSaidInPlainWords() throws {
        let html = Support.run(["questionnaire", "--easy-read", "--format", "html"]).out
        let framework = try #require(try BundledData.framework("commissioning-for-equality"))
        let parent = try #require(framework.questions.firstIndex { $0.id == "EV-01" }) + 1
        let start = try #require(html.range(of: "id=\"q-EV-02\""))
        #expect(
            html[start.upperBound...].prefix(2000).contains(
                "Only answer this if your answer to question \(parent) was one of these:</p>\n<ul>\n<li>A little</li>"))
    }

    @Test func theExerciseIsNamedAndEscaped() throws {
        for payload in HostileInputTests.payloads {
            let paper = Support.run(["questionnaire", "--easy-read", "--format", "html", "--exercise", payload])
            #expect(paper.code == 0)
            #expect(paper.out.contains("<p class=\"given exercise\">\(HTMLEscaping.escape(payload))</p>"))
            let framework = try #require(try BundledData.framework("commissioning-for-equality"))
            HostileInputTests.checkHTML(
                paper.out, payload: payload, svgCount: 1 + 2 * framework.stages.count + framework.questions.count,
                extraTags: ["symbol", "use", "g", "path"])
            let form = Support.run(
                ["questionnaire", "--easy-read", "--format", "html", "--fillable", "--exercise", payload]
            ).out
            try HostileFrameworkTests.checkForm(
                form, payload: payload, script: EasyReadQuestionnaire.script,
                svgCount: 1 + 2 * framework.stages.count + framework.questions.count)
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
                EmbeddedFrameworks.easyRead, file: "Frameworks/easy-read.json", frameworks: frameworks,
                symbolFile: { name in
                    name == "group_work.svg"
                        ? Array("<svg viewBox=\"0 0 1 1\"><script>x</script></svg>".utf8)
                        : EmbeddedFrameworks.symbol(name)
                })
        }
        let text = error.map { "\($0)" } ?? ""
        #expect(
            text.contains("Frameworks/symbols/group_work.svg") && text.contains("<script> is not allowed"), "\(text)")
        #expect(text.contains("no usable symbol for stage procurement"), "\(text)")
    }
}
