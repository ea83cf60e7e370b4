import EqualityCore

/// An inline SVG bar chart of stage scores. Every bar carries its name, percentage and band as
/// text, so the chart reads without colour and in greyscale print.
enum StageChart {
    static func svg(_ stages: [StageScore], bands: [Band]) -> HTML {
        let labelWidth = 190.0
        let barWidth = 360.0
        let rowHeight = 28.0
        let top = 22.0
        let width = labelWidth + barWidth + 150
        let height = top + rowHeight * Double(stages.count) + 10
        let f = { (x: Double) in NumberText.plain((x * 10).rounded() / 10) }
        var s: HTML =
            "<svg class=\"chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 \(f(width)) \(f(height))\">\n"
        s +=
            "<title id=\"chart-title\">\(say("chart.score-by-stage", "Score by stage"))</title>\n<desc id=\"chart-desc\">"
        s += stages.map { stage -> HTML in "\(stage.stage.name): \(Wording.scoreText(stage.score))" }.joined(
            separator: "; ")
        s += "</desc>\n"
        // Band boundaries as dashed lines, labelled along the top.
        for band in bands where band.min > 0 {
            let x = labelWidth + barWidth * band.min / 100
            s +=
                "<line x1=\"\(f(x))\" y1=\"\(f(top - 6))\" x2=\"\(f(x))\" y2=\"\(f(height - 6))\" stroke=\"#4d4d4d\" stroke-dasharray=\"3 3\"/>\n"
            s +=
                "<text x=\"\(f(x + 3))\" y=\"\(f(top - 10))\" font-size=\"11\" fill=\"#1a1a1a\">\(band.name) \(NumberText.plain(band.min))%</text>\n"
        }
        for (i, stage) in stages.enumerated() {
            let y = top + rowHeight * Double(i)
            s += "<text x=\"0\" y=\"\(f(y + 16))\" font-size=\"13\" fill=\"#1a1a1a\">\(stage.stage.name)</text>\n"
            s +=
                "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(barWidth))\" height=\"18\" fill=\"#ffffff\" stroke=\"#4d4d4d\"/>\n"
            if let percent = stage.score.percent {
                s +=
                    "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 3))\" width=\"\(f(barWidth * percent / 100))\" height=\"18\" fill=\"#0b4f8a\"/>\n"
            }
            s +=
                "<text x=\"\(f(labelWidth + barWidth + 8))\" y=\"\(f(y + 16))\" font-size=\"13\" fill=\"#1a1a1a\">\(Wording.scoreText(stage.score))</text>\n"
        }
        return s + "</svg>\n"
    }
}
