/// Reads typed fields out of a parsed JSON document, recording a diagnostic with the JSON path
/// for anything missing, mistyped or unknown instead of stopping at the first problem.
struct JSONNode {
    let value: JSONValue
    let trail: JSONPathTrail?
    let diagnostics: DiagnosticCollector

    init(_ value: JSONValue, path: String = "", diagnostics: DiagnosticCollector) {
        self.init(value, trail: path.isEmpty ? nil : JSONPathTrail(literal: path), diagnostics: diagnostics)
    }

    init(_ value: JSONValue, trail: JSONPathTrail?, diagnostics: DiagnosticCollector) {
        self.value = value
        self.trail = trail
        self.diagnostics = diagnostics
    }

    /// The JSON path, e.g. `questions[12].stage`; built only when a message needs it.
    var path: String { trail?.text ?? "" }

    func error(_ message: String) {
        diagnostics.add(path, message)
    }

    func keyPath(_ key: String) -> String { JSONPathTrail(parent: trail, key: key).text }

    func child(_ key: String, _ value: JSONValue) -> JSONNode {
        JSONNode(value, trail: JSONPathTrail(parent: trail, key: key), diagnostics: diagnostics)
    }

    /// This node as an object, checking that it has no keys outside `allowed`.
    func object(allowed: [String]) -> JSONObjectReader? {
        guard case .object(let members) = value else {
            error("expected an object, found \(value.kindName)")
            return nil
        }
        for member in members where !allowed.contains(member.key) {
            var hint = "allowed: \(allowed.filter { $0 != "$schema" }.joined(separator: ", "))"
            if let near = Spelling.nearest(to: member.key, in: allowed) { hint = "did you mean \"\(near)\"?" }
            diagnostics.add(keyPath(member.key), "unknown field (\(hint))")
        }
        return JSONObjectReader(node: self, members: members)
    }

    func array() -> [JSONNode]? {
        guard case .array(let elements) = value else {
            error("expected an array, found \(value.kindName)")
            return nil
        }
        return elements.enumerated().map {
            JSONNode($1, trail: JSONPathTrail(parent: trail, index: $0), diagnostics: diagnostics)
        }
    }

    func string() -> String? {
        guard case .string(let s) = value else {
            error("expected a string, found \(value.kindName)")
            return nil
        }
        return s
    }

    func number() -> Double? {
        guard case .number(let n) = value else {
            error("expected a number, found \(value.kindName)")
            return nil
        }
        return n
    }

    /// A whole number within `range`.
    func integer(in range: ClosedRange<Int>) -> Int? {
        guard let n = number() else { return nil }
        guard n == n.rounded(), n >= Double(range.lowerBound), n <= Double(range.upperBound) else {
            error(
                "expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(NumberText.plain(n))")
            return nil
        }
        return Int(n)
    }

    func bool() -> Bool? {
        guard case .bool(let b) = value else {
            error("expected true or false, found \(value.kindName)")
            return nil
        }
        return b
    }
}

struct JSONObjectReader {
    let node: JSONNode
    let members: [(key: String, value: JSONValue)]

    var path: String { node.path }

    func has(_ key: String) -> Bool {
        members.contains { $0.key == key }
    }

    /// The member under `key`; a missing required member is recorded as an error.
    func field(_ key: String, required: Bool = true) -> JSONNode? {
        guard let member = members.first(where: { $0.key == key }), member.value != .null else {
            if required { node.diagnostics.add(node.keyPath(key), "required field is missing") }
            return nil
        }
        return node.child(key, member.value)
    }

    /// A string that must contain more than white space when present.
    func text(_ key: String, required: Bool = true) -> String? {
        guard let s = field(key, required: required)?.string() else { return nil }
        if s.isBlank {
            node.diagnostics.add(node.keyPath(key), "must not be empty")
            return nil
        }
        return s
    }

    /// A string that may be empty (free text a respondent typed).
    func freeText(_ key: String) -> String? {
        field(key, required: false)?.string()
    }

    func texts(_ key: String, required: Bool = true) -> [String]? {
        guard let items = field(key, required: required)?.array() else { return nil }
        let strings = items.compactMap { $0.string() }
        return strings.count == items.count ? strings : nil
    }

    func array(_ key: String, required: Bool = true) -> [JSONNode]? {
        field(key, required: required)?.array()
    }
}

/// A JSON path kept as links to the parent, so building one costs nothing until a message is written.
final class JSONPathTrail: Sendable {
    let parent: JSONPathTrail?
    let key: String?
    let index: Int
    let literal: String?

    init(literal: String) {
        parent = nil
        key = nil
        index = 0
        self.literal = literal
    }
    init(parent: JSONPathTrail?, key: String) {
        self.parent = parent
        self.key = key
        index = 0
        literal = nil
    }
    init(parent: JSONPathTrail?, index: Int) {
        self.parent = parent
        key = nil
        self.index = index
        literal = nil
    }

    var text: String {
        if let literal { return literal }
        let base = parent?.text ?? ""
        if let key { return base.isEmpty ? key : base + "." + key }
        return base + "[\(index)]"
    }
}
