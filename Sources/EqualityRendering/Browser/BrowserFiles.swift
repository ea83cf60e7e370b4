/// The forms' browser code, kept as ordinary `.js` and `.css` files beside this one (so editors,
/// linters and `.ci/run`'s syntax check read them as what they are) and compiled into the binary
/// by the EmbedData build plugin (listed in `embedded-files.txt`). Each file's opening comment is for its readers, not the page,
/// and is left out of what is written.
enum BrowserFiles {
    static var formCommonJS: String { text(PackageResources.form_common_js) }
    static var answerReaderJS: String { text(PackageResources.answer_reader_js) }
    static var questionnaireFormJS: String { text(PackageResources.questionnaire_form_js) }
    static var easyReadFormJS: String { text(PackageResources.easy_read_form_js) }
    static var questionnaireFormCSS: String { text(PackageResources.questionnaire_form_css) }
    static var easyReadFormCSS: String { text(PackageResources.easy_read_form_css) }

    /// The file without its opening comment (`//` lines or one `/* … */` block) and the blank
    /// line that ends it.
    static func text(_ bytes: [UInt8]) -> String {
        let file = String(decoding: bytes, as: UTF8.self)
        guard file.hasPrefix("//") || file.hasPrefix("/*"), let end = file.firstRange(of: "\n\n") else { return file }
        return String(file[end.upperBound...])
    }
}
