import FrameworkData

/// A picture printed beside the Easy Read questions of one stage: an SVG from the Mulberry Symbols
/// set (CC BY-SA 4.0), compiled in. A symbol file is as untrusted as any framework file, so it is
/// accepted only when it is plain drawing: `svg`, `g` and `path` elements with drawing attributes,
/// no text, no links, no script, no entities and no comments.
package struct EasyReadSymbol: Sendable, Equatable {
    /// The file in `Frameworks/symbols/`.
    package var file: String
    /// Plain words for what the picture shows, read out by screen readers.
    package var description: String
    /// The drawing's `viewBox`.
    package var viewBox: String
    /// The markup inside the outer `svg` element, checked as above.
    package var drawing: String

    static let elements: Set<String> = ["svg", "g", "path"]
    static let attributes: Set<String> = [
        "xmlns", "width", "height", "viewBox", "overflow", "d", "fill", "class", "stroke", "stroke-width",
        "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
    ]

    /// Checks an SVG file and takes it apart into its `viewBox` and drawing; every problem is
    /// recorded against `location`.
    static func parse(_ text: String, location: String, diagnostics: DiagnosticCollector) -> (String, String)? {
        var problems: [String] = []
        var viewBox: String?
        var unclosed: [String] = []  // the elements not yet closed, outermost first
        var rest = Substring(text)
        var outerEnd: String.Index?
        var innerStart: String.Index?
        while let open = rest.firstIndex(of: "<") {
            if !rest[rest.startIndex..<open].allSatisfy(\.isWhitespace) {
                problems.append(
                    "text outside a tag (\(rest[rest.startIndex..<open].prefix(20))); symbols carry no words")
            }
            guard let close = rest[open...].firstIndex(of: ">") else {
                problems.append("a tag is not closed")
                break
            }
            let tag = rest[rest.index(after: open)..<close]
            let next = rest.index(after: close)
            rest = rest[next...]
            if tag.hasPrefix("/") {
                let name = String(tag.dropFirst()).trimmingWhitespace()
                guard unclosed.last == name else {
                    problems.append("</\(name.prefix(20))> does not close <\(unclosed.last ?? "nothing")>")
                    break
                }
                unclosed.removeLast()
                if unclosed.isEmpty { outerEnd = open }
                continue
            }
            let selfClosing = tag.hasSuffix("/")
            let body = selfClosing ? tag.dropLast() : tag
            let name = String(body.prefix { !$0.isWhitespace })
            guard elements.contains(name) else {
                problems.append("<\(name.prefix(20))> is not allowed; only svg, g and path")
                continue
            }
            if unclosed.isEmpty {
                if name != "svg" || outerEnd != nil { problems.append("the file must be one <svg> element") }
                innerStart = next
            } else if name == "svg" {
                problems.append("an <svg> inside the drawing is not allowed")
            }
            for (attribute, value) in attributes(of: body.dropFirst(name.count), problems: &problems) {
                if !attributes.contains(attribute) {
                    problems.append("attribute \(attribute.prefix(30)) on <\(name)> is not allowed")
                } else if value.contains(where: { "<>&;()".contains($0) }) {
                    problems.append("attribute \(attribute) on <\(name)> has a value that is not plain drawing")
                } else if attribute == "xmlns" && value != "http://www.w3.org/2000/svg" {
                    problems.append("xmlns must be the SVG namespace")
                }
                if unclosed.isEmpty && attribute == "viewBox" { viewBox = value }
            }
            if !selfClosing { unclosed.append(name) }
        }
        if !rest.allSatisfy(\.isWhitespace) { problems.append("text after the drawing") }
        if !unclosed.isEmpty { problems.append("<\(unclosed.last ?? "")> is not closed") }
        if viewBox == nil { problems.append("the <svg> element needs a viewBox") }
        for problem in problems { diagnostics.add(location, problem) }
        guard problems.isEmpty, let viewBox, let innerStart, let outerEnd, innerStart <= outerEnd else { return nil }
        return (viewBox, String(text[innerStart..<outerEnd]))
    }

    /// `name="value"` pairs; anything else in a tag is a problem.
    static func attributes(of text: Substring, problems: inout [String]) -> [(String, String)] {
        var found: [(String, String)] = []
        var rest = text.drop { $0.isWhitespace }
        while !rest.isEmpty {
            guard let equals = rest.firstIndex(of: "="), rest[rest.index(after: equals)...].first == "\"" else {
                problems.append("a tag has an attribute that is not name=\"value\"")
                return found
            }
            let name = String(rest[rest.startIndex..<equals])
            let valueStart = rest.index(equals, offsetBy: 2)
            guard let valueEnd = rest[valueStart...].firstIndex(of: "\"") else {
                problems.append("an attribute value is not closed")
                return found
            }
            found.append((name, String(rest[valueStart..<valueEnd])))
            rest = rest[rest.index(after: valueEnd)...].drop { $0.isWhitespace }
        }
        return found
    }
}
