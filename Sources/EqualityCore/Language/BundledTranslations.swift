import FrameworkData
import Synchronization

/// The message catalogue, its translations, the framework translations and the glossary compiled
/// into the binary, decoded and checked once per process. A translation that does not fit its
/// catalogue or framework is a build defect, which `CatalogueTests` catches.
extension BundledData {
    private static func bytes(_ path: String) -> [UInt8]? {
        FrameworkCatalogue.translations.first { $0.path == path }?.load()
    }

    /// Every bundled translation file's path under `Frameworks/`.
    package static var translationPaths: [String] { FrameworkCatalogue.translations.map(\.path) }

    package static func catalogue() throws(ToolError) -> MessageCatalogue { try decodedCatalogue.get() }

    private static let decodedCatalogue: Result<MessageCatalogue, ToolError> = {
        let path = "translations/messages.en-GB.json"
        do throws(ToolError) {
            return .success(try MessageCatalogue.decode(bytes(path) ?? [], file: "Frameworks/\(path)"))
        } catch { return .failure(error) }
    }()

    /// The bundled translation of the message catalogue into `language`, checked against the
    /// catalogue; nil for English and the pseudo-locale, which need none.
    package static func messages(_ language: Language) throws(ToolError) -> TranslationFile? {
        guard language == .welsh else { return nil }
        return try decodedWelshMessages.get()
    }

    private static let decodedWelshMessages: Result<TranslationFile, ToolError> = {
        let path = "translations/messages.cy.json"
        do throws(ToolError) {
            let file = try TranslationFile.decode(bytes(path) ?? [], file: "Frameworks/\(path)")
            let problems = try catalogue().problems(in: file)
            guard problems.isEmpty else { throw ToolError(.badData, problems).inFile("Frameworks/\(path)") }
            return .success(file)
        } catch { return .failure(error) }
    }()

    /// The bundled translation of a framework version's texts, or nil when there is none (its
    /// texts then stay English, each marked).
    package static func frameworkTranslation(_ framework: Framework, _ language: Language) throws(ToolError)
        -> TranslationFile?
    {
        guard language == .welsh else { return nil }
        let path = "translations/\(framework.id)-\(framework.version.description).\(language.tag).json"
        guard let data = bytes(path) else { return nil }
        return try cachedTranslations.withLock { cache throws(ToolError) in
            if let known = cache[path] { return try known.get() }
            let result: Result<TranslationFile, ToolError>
            do throws(ToolError) {
                let file = try TranslationFile.decode(data, file: "Frameworks/\(path)")
                let problems = frameworkProblems(file, framework)
                guard problems.isEmpty else { throw ToolError(.badData, problems).inFile("Frameworks/\(path)") }
                result = .success(file)
            } catch { result = .failure(error) }
            cache[path] = result
            return try result.get()
        }
    }

    private static let cachedTranslations = Mutex<[String: Result<TranslationFile, ToolError>]>([:])

    /// A framework translation's problems: another framework or version, or what
    /// `TranslationFile.textProblems` finds.
    package static func frameworkProblems(_ file: TranslationFile, _ framework: Framework) -> [Diagnostic] {
        var found: [Diagnostic] = []
        if file.framework != framework.id || file.version != framework.version.description {
            found.append(
                Diagnostic(
                    location: "framework",
                    message:
                        "translates \(file.framework ?? "no framework") \(file.version ?? "") rather than \(framework.id) \(framework.version)"
                ))
        }
        for (key, message) in framework.translationProblems(file.entries) {
            found.append(Diagnostic(location: "entries.\(key)", message: message))
        }
        return found
    }

    /// The bundled translation of the Easy Read texts, checked against them; nil when there is none.
    package static func easyReadTranslation(_ language: Language) throws(ToolError) -> TranslationFile? {
        guard language == .welsh else { return nil }
        return try decodedWelshEasyRead.get()
    }

    private static let decodedWelshEasyRead: Result<TranslationFile?, ToolError> = {
        let path = "translations/easy-read.cy.json"
        guard let data = bytes(path) else { return .success(nil) }
        do throws(ToolError) {
            let file = try TranslationFile.decode(data, file: "Frameworks/\(path)")
            let problems = try easyRead().translationProblems(file.entries).map {
                Diagnostic(location: "entries.\($0.key)", message: $0.message)
            }
            guard problems.isEmpty else { throw ToolError(.badData, problems).inFile("Frameworks/\(path)") }
            return .success(file)
        } catch { return .failure(error) }
    }()

    package static func glossary() throws(ToolError) -> Glossary { try decodedGlossary.get() }

    private static let decodedGlossary: Result<Glossary, ToolError> = {
        let path = "translations/glossary.cy.json"
        do throws(ToolError) {
            return .success(try Glossary.decode(bytes(path) ?? [], file: "Frameworks/\(path)"))
        } catch { return .failure(error) }
    }()
}
