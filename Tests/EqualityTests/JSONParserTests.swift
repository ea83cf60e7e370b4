import Testing

@testable import EqualityCommands
@testable import EqualityCore
@testable import EqualityRendering

@Suite struct JSONParserTests {
    @Test func parsesNestedValuesInOrder() throws {
        let value = try JSONParser.parse(#"{"b": [1, 2.5, "x"], "a": {"t": true, "n": null}}"#)
        guard case .object(let members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(value["b"] == .array([.number(1), .number(2.5), .string("x")]))
        #expect(value["a"]?["t"] == .bool(true))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#"["a\"b\\c\n\u00e9\ud83d\ude00"]"#)
        #expect(value == .array([.string("a\"b\\c\né😀")]))
    }

    @Test func acceptsByteOrderMark() throws {
        #expect(try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array("{}".utf8)) == .object([]))
    }

    @Test(arguments: [
        ("", "line 1, column 1: the file is empty; expected a JSON object"),
        ("{\"a\": 1,\n \"a\": 2}", "line 2, column 2: duplicate key \"a\"; each key may appear once in an object"),
        ("{\"a\": [1, 2}", "line 1, column 12: expected ',' or ']' after an array element"),
        ("{\"a\": 1", "line 1, column 8: unexpected end of file inside an object; is a '}' missing?"),
        ("{\"a\": tru}", "line 1, column 7: invalid literal; expected true"),
        ("[01]", "line 1, column 2: numbers may not have leading zeros"),
        (
            "{\"a\": \"x\ny\"}",
            "line 1, column 9: control character 0xA inside a string; write it as an escape such as \\n"
        ),
        ("{} x", "line 1, column 4: unexpected text after the end of the JSON value"),
        ("[\"\\ud800\"]", "line 1, column 9: unpaired surrogate \\uD800"),
        ("{\"a\": \"unterminated", "line 1, column 7: unterminated string"),
        ("[1e999]", "line 1, column 2: number out of range"),
    ])
    func reportsSyntaxErrorsWithPosition(input: String, expected: String) {
        #expect(throws: JSONParser.SyntaxError.self) { try JSONParser.parse(input) }
        do { _ = try JSONParser.parse(input) } catch { #expect(error.description == expected) }
    }

    @Test func rejectsInvalidUTF8AtTheRightPlace() {
        do {
            _ = try JSONParser.parse(Array("{\"a\":\n \"".utf8) + [0xC3, 0x28] + Array("\"}".utf8))
            Issue.record("accepted invalid UTF-8")
        } catch {
            #expect(error.description == "line 2, column 3: the file is not valid UTF-8 text; save it as UTF-8")
        }
    }

    @Test func capsNestingDepth() {
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        do {
            _ = try JSONParser.parse(deep)
            Issue.record("accepted 10,000 levels")
        } catch {
            #expect(error.message == "nesting is deeper than 64 levels")
        }
    }

    @Test func writerRoundTripsAndIsStable() throws {
        let value = JSONValue.object([
            ("z", .string("<é\u{1}>")), ("a", .array([.number(1), .number(2.5), .bool(false), .null])),
        ])
        let text = JSONWriter.write(value)
        #expect(text == "{\n  \"z\": \"<é\\u0001>\",\n  \"a\": [\n    1,\n    2.5,\n    false,\n    null\n  ]\n}\n")
        #expect(try JSONParser.parse(text) == value)
        #expect(JSONWriter.write(value, htmlSafe: true).contains("\\u003cé\\u0001\\u003e"))
    }
}

@Suite struct SHA256Tests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
    ])
    func knownDigests(input: String, digest: String) {
        #expect(SHA256.hex(Array(input.utf8)) == digest)
    }
}
