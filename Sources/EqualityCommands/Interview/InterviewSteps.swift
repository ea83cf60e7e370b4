import EqualityCore
import EqualityRendering

/// The steps before and after the questions: the legal context, the respondent's details, the
/// organisation profile and, for a consensus draft, who agreed it. Each reads what is typed by
/// `ReadingRules`, as the CSV template and the form do: a choice by its number, its ID or its
/// words, in any letter case; a date in any form the template takes.
extension Interview {
    /// A step's outcome from a prompt's reply; `interrupted` carries no question.
    func outcome<Value>(_ reply: Reply<Value>, skip: () -> Void, value: (Value) throws(ToolError) -> Void)
        throws(ToolError) -> Outcome
    {
        switch reply {
        case .value(let v):
            try value(v)
            return .next
        case .skip:
            skip()
            return .next
        case .back: return .back
        case .quit: return .quit
        case .endOfInput: return .endOfInput
        case .interrupted: return .interrupted(pending: nil)
        }
    }

    /// The legal context, asked first: it decides which legal duties apply and which questions are asked.
    func askContext(_ field: AssessmentContext.Field, _ index: Int) throws(ToolError) -> Outcome {
        if index == 0 {
            say(
                "\n\(bold("Your legal context")) (asked first: it decides which legal duties apply and which questions are asked; Enter leaves it unstated, and every duty and question is then treated as applying)"
            )
        }
        let options = AssessmentContext.choices(field)
        say("\(AnswerFields.contextQuestion(field))")
        choices(options.map(\.label))
        let reply: Reply<String?> = prompt(
            "Choose 1-\(options.count), or Enter to leave it unstated: ", choice: true,
            guidance: {
                say(
                    "Legal duties differ by the list of specific duties a body is on, between public authorities, providers and voluntary organisations, and between routes to market; some questions exist only for one duty or route. The report lists the duties that apply and why, and the questions not asked."
                )
            },
            read: { text in
                if text.isEmpty { return .value(nil) }
                if let n = Int(text), n >= 1, n <= options.count { return .value(options[n - 1].value) }
                if let value = ReadingRules.contextValue(field, text) { return .value(value) }
                return .again("Please choose a number from 1 to \(options.count), or press Enter to leave it unstated.")
            })
        return try outcome(
            reply, skip: { done.insert(index) },
            value: { (value: String?) throws(ToolError) in
                done.insert(index)
                if let value, answerSet.context.set(field, value) { try save() }
            })
    }

    func askRespondent(_ key: String, _ index: Int) throws(ToolError) -> Outcome {
        if isFirstBlankDetail(index) {
            say("\n\(bold("About you")) (asked once; Enter leaves a detail blank)")
        }
        let label = AnswerFields.respondent(for: framework).first { $0.key == key }?.label ?? key
        let current = answerSet.respondent[key]
        if key == "perspective" { choices(Perspective.allCases.map(\.label)) }
        let reply: Reply<String> = prompt(
            "\(key == "perspective" ? "Whose view these answers give (a number or the words)" : label): ",
            choice: false,
            guidance: { say("These details appear on the title page of the report.") },
            read: { typed in
                let text = typed.trimmingWhitespace()
                if text.isEmpty { return .value(current) }
                switch key {
                case "perspective":
                    let all = Perspective.allCases
                    if let n = Int(text), n >= 1, n <= all.count { return .value(all[n - 1].rawValue) }
                    if let p = ReadingRules.perspective(text) { return .value(p.rawValue) }
                    return .again(
                        "Please give a number from 1 to \(all.count), or the words, or press Enter to leave it blank.")
                case "date":
                    if let iso = ReadingRules.date(text) { return .value(iso) }
                    return .again(
                        "Please give the date as \(ReadingRules.dateForms.joined(separator: ", or ")), or press Enter to leave it blank."
                    )
                default: return .value(typed)
                }
            })
        return try outcome(
            reply, skip: { done.insert(index) },
            value: { (value: String) throws(ToolError) in
                answerSet.respondent[key] = value
                done.insert(index)
                try save()
            })
    }

    /// The first of the details left blank, when resuming: "About you" is said before it.
    func isFirstBlankDetail(_ index: Int) -> Bool {
        steps.indices.first { i in
            if case .respondent = steps[i] { return !done.contains(i) }
            return false
        } == index
    }

    func askProfile(_ id: String, _ index: Int) throws(ToolError) -> Outcome {
        guard let profile = framework.profile, let field = profile.field(id) else { return .next }
        if profile.fields.first?.id == id { say("\n\(bold("\(profile.title)"))\n\(profile.introduction)") }
        var text: ConsoleText = "\(field.label)"
        switch field.kind {
        case .count: text += " (a number): "
        case .yesNo: text += " (y/n): "
        case .choices:
            say("\(field.label)")
            choices(field.options.map(\.label))
            text = "Numbers separated by commas, or Enter for none: "
        }
        let reply: Reply<ProfileValue> = prompt(
            text, choice: true, guidance: { say("\(field.help)") },
            read: { typed in
                guard let value = ReadingRules.profileValue(typed, kind: field.kind, options: field.options) else {
                    switch field.kind {
                    case .count: return .again("Please give a whole number, such as 0 or 7.")
                    case .yesNo: return .again("Please answer y or n.")
                    case .choices: return .again("Please give option numbers from the list, such as 1,3.")
                    }
                }
                if let problem = headcountProblem(id, value) { return .again("\(problem)") }
                return .value(value)
            })
        return try outcome(
            reply, skip: { skipped.insert(index) },
            value: { (value: ProfileValue) throws(ToolError) in
                answerSet.profile[id] = value
                done.insert(index)
                try save()
            })
    }

    /// A share part (or a part and those who prefer not to say) larger than its whole is refused
    /// at once, so the saved file always validates: `Share.problem`, the rule `validate` applies.
    func headcountProblem(_ id: String, _ value: ProfileValue) -> String? {
        var profile = answerSet.profile
        profile[id] = value
        let count = { (field: String) -> Int? in if case .count(let n)? = profile[field] { n } else { nil } }
        for category in framework.profile?.network?.categories ?? [] {
            guard case .sharesAtLeast(_, let shares) = category.rule else { continue }
            for share in shares where share.problem(count) != nil {
                let whole = count(share.whole) ?? 0
                return share.undisclosed == id
                    ? "With those who prefer not to say, that is more than the total (\(whole)); please check the headcount."
                    : "That is more than the total (\(whole)); please check the headcount."
            }
        }
        return nil
    }

    /// The agreement step for a consensus draft (`perspectives --draft`): who agreed it, if the
    /// group has. Until someone says so here (or in the form, or the CSV), its report says
    /// "Draft for agreement" and cannot be final.
    func askAgreement() throws(ToolError) -> Outcome {
        let drawn = answerSet.drawnFrom.map { $0.label.lowercased() }
        say(
            "\n\(bold("Agreement")) This is a draft drawn from the views of \(ListText.and(drawn)). If the group has agreed these answers, say who agreed them."
        )
        let all = Perspective.allCases
        choices(all.map(\.label))
        let reply: Reply<[Perspective]> = prompt(
            "Numbers or names separated by commas, or Enter to leave it as a draft for agreement: ", choice: true,
            guidance: {
                say("Only the people who took part can say they agree. The report names them on its first page.")
            },
            read: { text in
                if text.isEmpty { return .value([]) }
                var agreed: [Perspective] = []
                for part in text.split(separator: ",") {
                    let token = String(part).trimmingWhitespace()
                    if let n = Int(token), n >= 1, n <= all.count {
                        agreed.append(all[n - 1])
                    } else if let p = ReadingRules.perspective(token) {
                        agreed.append(p)
                    } else if !token.isEmpty {
                        return .again(
                            "Please give numbers from 1 to \(all.count) or names from the list, separated by commas.")
                    }
                }
                return .value(all.filter { agreed.contains($0) })
            })
        return try outcome(
            reply, skip: {},
            value: { (agreed: [Perspective]) throws(ToolError) in
                guard !agreed.isEmpty else { return }
                answerSet.agreedWith = agreed
                try save()
                say("Saved: agreed with \(ListText.and(agreed.map { $0.label.lowercased() })).")
            })
    }
}
