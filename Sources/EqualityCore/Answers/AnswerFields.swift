/// The respondent details every answer set carries, in the order forms ask for them.
public enum AnswerFields {
    public static let respondent: [(key: String, label: String)] = [
        ("organisation", "Organisation"),
        ("role", "Your role"),
        ("exercise", "The commissioning exercise or service assessed"),
        ("date", "Date of the assessment (YYYY-MM-DD)"),
    ]
}
