import EqualityCore

/// The questionnaire as a CSV template to fill in a spreadsheet. Rows whose `question` starts with
/// `framework:`, `respondent:` or `profile:` carry the file's identity, the respondent's details and
/// the organisation profile, so one sheet holds a whole answer set.
package enum QuestionnaireCSV {
    package static func render(_ framework: Framework) -> String {
        var csv = CSVText.byteOrderMark + CSVText.row(AnswerCSV.header)
        let scaleIDs = framework.scale.responses.map(\.id).joined(separator: " | ")
        csv += CSVText.row(["framework:id", framework.id, "", "", "", "Framework ID (do not change)", ""])
        csv += CSVText.row([
            "framework:version", framework.version.description, "", "", "", "Framework version (do not change)", "",
        ])
        for (field, label) in AnswerFields.context where framework.contextFields.contains(field) {
            csv += CSVText.row([
                "context:\(field.rawValue)", "", "", "", "", label,
                AssessmentContext.allowedValues(field).joined(separator: " | "),
            ])
        }
        for (key, label) in AnswerFields.respondent(for: framework) {
            csv += CSVText.row(["respondent:\(key)", "", "", "", "", label, key == "date" ? "YYYY-MM-DD" : "free text"])
        }
        for field in framework.profile?.fields ?? [] {
            let allowed: String
            switch field.kind {
            case .count: allowed = "a whole number"
            case .yesNo: allowed = "yes | no"
            case .choices:
                allowed = field.options.map(\.id).joined(separator: " | ") + " (several allowed, separated by ;)"
            }
            csv += CSVText.row(["profile:\(field.id)", "", "", "", "", field.label, allowed])
        }
        for stage in framework.stages {
            for q in framework.questions(in: stage.id) {
                var text = q.text
                if let condition = framework.conditionText(q) { text += " (\(condition))" }
                csv += CSVText.row([q.id, "", "", "", stage.id, text, scaleIDs])
            }
        }
        return csv
    }
}
