import Testing
@testable import EqualityAssess

@Suite struct JSONParserTests {
    @Test func parsesNestedValuesInOrder() throws {
        let value = try JSONParser.parse(#"{"b": [1, 2.5, "x"], "a": {"t": true, "n": null}}"#)
        guard case let .object(members) = value else { Issue.record("not an object"); return }
        #expect(members.map(\.key) == ["b", "a"])
        #expect(value["b"] == .array([.number(1), .number(2.5), .string("x")]))
        #expect(value["a"]?["t"] == .bool(true))
    }
}
