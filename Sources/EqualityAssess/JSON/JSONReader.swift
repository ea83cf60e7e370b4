/// Reads typed fields out of a parsed JSON document, recording a diagnostic with the JSON path
/// for anything missing, mistyped or unknown instead of stopping at the first problem.
public struct JSONNode {
    public let value: JSONValue
    public let path: String
    let diagnostics: DiagnosticCollector

    public init(_ value: JSONValue, path: String = "", diagnostics: DiagnosticCollector) {
        self.value = value
        self.path = path
        self.diagnostics = diagnostics
    }

    func error(_ message: String) {
        diagnostics.add(path, message)
    }

    func keyPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// This node as an object, checking that it has no keys outside `allowed`.
    public func object(allowed: [String]) -> JSONObjectReader? {
        guard case let .object(members) = value else {
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

    public func array() -> [JSONNode]? {
        guard case let .array(elements) = value else {
            error("expected an array, found \(value.kindName)")
            return nil
        }
        return elements.enumerated().map { JSONNode($1, path: "\(path)[\($0)]", diagnostics: diagnostics) }
    }

    public func string() -> String? {
        guard case let .string(s) = value else {
            error("expected a string, found \(value.kindName)")
            return nil
        }
        return s
    }

    public func number() -> Double? {
        guard case let .number(n) = value else {
            error("expected a number, found \(value.kindName)")
            return nil
        }
        return n
    }

    /// A whole number within `range`.
    public func integer(in range: ClosedRange<Int>) -> Int? {
        guard let n = number() else { return nil }
        guard n == n.rounded(), n >= Double(range.lowerBound), n <= Double(range.upperBound) else {
            error("expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(JSONWriter.formatNumber(n))")
            return nil
        }
        return Int(n)
    }

    public func bool() -> Bool? {
        guard case let .bool(b) = value else {
            error("expected true or false, found \(value.kindName)")
            return nil
        }
        return b
    }
}

public struct JSONObjectReader {
    public let node: JSONNode
    let members: [(key: String, value: JSONValue)]

    public var path: String { node.path }

    public func has(_ key: String) -> Bool {
        members.contains { $0.key == key }
    }

    /// The member under `key`; a missing required member is recorded as an error.
    public func field(_ key: String, required: Bool = true) -> JSONNode? {
        guard let member = members.first(where: { $0.key == key }), member.value != .null else {
            if required { node.diagnostics.add(node.keyPath(key), "required field is missing") }
            return nil
        }
        return JSONNode(member.value, path: node.keyPath(key), diagnostics: node.diagnostics)
    }

    /// A string that must contain more than white space when present.
    public func text(_ key: String, required: Bool = true) -> String? {
        guard let s = field(key, required: required)?.string() else { return nil }
        if s.trimmingWhitespace().isEmpty {
            node.diagnostics.add(node.keyPath(key), "must not be empty")
            return nil
        }
        return s
    }

    /// A string that may be empty (free text a respondent typed).
    public func freeText(_ key: String) -> String? {
        field(key, required: false)?.string()
    }

    public func texts(_ key: String, required: Bool = true) -> [String]? {
        guard let items = field(key, required: required)?.array() else { return nil }
        let strings = items.compactMap { $0.string() }
        return strings.count == items.count ? strings : nil
    }

    public func array(_ key: String, required: Bool = true) -> [JSONNode]? {
        field(key, required: required)?.array()
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
