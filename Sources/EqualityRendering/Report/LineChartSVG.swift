import EqualityCore

/// An inline SVG line chart of percentages over time. Each line has its own dash pattern and its
/// name written at its end, every point is marked, and the description lists every value in
/// words, so the chart reads without colour; the table beside it has the same numbers.
enum LineChartSVG {
    static let dashes = ["", "6 3", "2 3", "8 3 2 3", "1 3", "10 4"]

    static func svg(_ c: LineChart) -> HTML {
        let left = 50.0
        let plot = 470.0
        let top = 16.0
        let height = 220.0
        let width = left + plot + 280
        let f = { (x: Double) in NumberText.plain((x * 10).rounded() / 10) }
        func x(_ i: Int) -> Double {
            c.dates.count < 2 ? left + plot / 2 : left + plot * Double(i) / Double(c.dates.count - 1)
        }
        func y(_ percent: Double) -> Double { top + height * (1 - min(max(percent, 0), 100) / 100) }
        var s: HTML =
            "<svg class=\"chart trend\" role=\"img\" aria-labelledby=\"trend-title trend-desc\" viewBox=\"0 0 \(f(width)) \(f(top + height + 40))\">\n"
        s += "<title id=\"trend-title\">\(c.title)</title>\n<desc id=\"trend-desc\">"
        s += c.series.map { series -> HTML in
            let points = zip(c.dates, series.values).map { date, v -> String in
                "\(date) \(v.map(Wording.percentText) ?? say("report.not-assessed", "not assessed"))"
            }
            return "\(series.name): \(points.joined(separator: ", "))"
        }.joined(separator: "; ")
        s += "</desc>\n"
        for p in [0.0, 25, 50, 75, 100] {
            s +=
                "<line x1=\"\(f(left))\" y1=\"\(f(y(p)))\" x2=\"\(f(left + plot))\" y2=\"\(f(y(p)))\" stroke=\"#d9d9d9\"/>\n<text x=\"\(f(left - 6))\" y=\"\(f(y(p) + 4))\" text-anchor=\"end\" font-size=\"11\">\(Int(p))%</text>\n"
        }
        for band in c.bands where band.min > 0 {
            s +=
                "<line x1=\"\(f(left))\" y1=\"\(f(y(band.min)))\" x2=\"\(f(left + plot))\" y2=\"\(f(y(band.min)))\" stroke=\"#4d4d4d\" stroke-dasharray=\"2 4\"/>\n<text x=\"\(f(left + plot + 6))\" y=\"\(f(y(band.min) + 4))\" font-size=\"10\" fill=\"#4d4d4d\">\(band.name)</text>\n"
        }
        for (i, date) in c.dates.enumerated() {
            s +=
                "<text x=\"\(f(x(i)))\" y=\"\(f(top + height + 18))\" text-anchor=\"middle\" font-size=\"11\">\(date)</text>\n"
        }
        for (k, series) in c.series.enumerated() {
            let colour = k == 0 ? "#0b4f8a" : "#1a1a1a"
            let dash = dashes[k % dashes.count]
            let dashAttribute: HTML = dash.isEmpty ? "" : " stroke-dasharray=\"\(dash)\""
            let stroke: HTML = k == 0 ? "3" : "1.5"
            var last: (Double, Double)?
            for (i, value) in series.values.enumerated() {
                guard let value else {
                    last = nil
                    continue
                }
                let point = (x(i), y(value))
                if let last {
                    s +=
                        "<line x1=\"\(f(last.0))\" y1=\"\(f(last.1))\" x2=\"\(f(point.0))\" y2=\"\(f(point.1))\" stroke=\"\(colour)\" stroke-width=\"\(stroke)\"\(dashAttribute)/>\n"
                }
                s +=
                    "<rect x=\"\(f(point.0 - 3))\" y=\"\(f(point.1 - 3))\" width=\"6\" height=\"6\" fill=\"\(colour)\"/>\n"
                last = point
            }
        }
        // Each line's name and last value at the right, pushed apart so that lines ending close
        // together stay readable.
        var labels: [(y: Double, text: HTML)] = c.series.compactMap { series in
            guard let v = series.values.last(where: { $0 != nil }) ?? nil else { return nil }
            return (y(v) + 4, "\(series.name) \(Wording.percentText(v))")
        }.sorted { $0.y < $1.y }
        for i in labels.indices.dropFirst() where labels[i].y < labels[i - 1].y + 13 {
            labels[i].y = labels[i - 1].y + 13
        }
        for label in labels {
            s += "<text x=\"\(f(left + plot + 60))\" y=\"\(f(label.y))\" font-size=\"11\">\(label.text)</text>\n"
        }
        return s + "</svg>\n"
    }
}
