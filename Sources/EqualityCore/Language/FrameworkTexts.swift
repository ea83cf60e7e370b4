/// The framework's words a translation file may replace, each under a stable key: `title`,
/// `stage.design.name`, `question.C03.guidance`, `question.C03.evidencePrompts.1`,
/// `question.C03.recommendations.partly`, `response.fully.label`, `band.developing.name`, and so
/// on. One function lists and replaces them, so the export and the translation read the same keys.
extension Framework {
    /// The framework with every translatable text passed through `replace(key, english)`.
    package func mapTexts(_ replace: (String, String) -> String) -> Framework {
        var f = self
        f.title = replace("title", title)
        f.purpose = replace("purpose", purpose)
        f.audience = replace("audience", audience)
        if let label = exerciseLabel { f.exerciseLabel = replace("exerciseLabel", label) }
        for i in f.stages.indices {
            let s = f.stages[i]
            f.stages[i].name = replace("stage.\(s.id).name", s.name)
            f.stages[i].description = replace("stage.\(s.id).description", s.description)
        }
        for i in f.characteristics.indices {
            f.characteristics[i].name = replace(
                "characteristic.\(f.characteristics[i].id).name", f.characteristics[i].name)
        }
        for i in f.groups.indices {
            let g = f.groups[i]
            f.groups[i].name = replace("group.\(g.id).name", g.name)
            f.groups[i].note = replace("group.\(g.id).note", g.note)
        }
        for i in f.legalDuties.indices {
            let d = f.legalDuties[i]
            f.legalDuties[i].name = replace("duty.\(d.id).name", d.name)
            f.legalDuties[i].appliesTo = replace("duty.\(d.id).appliesTo", d.appliesTo)
        }
        for i in f.scale.responses.indices {
            let r = f.scale.responses[i]
            f.scale.responses[i].label = replace("response.\(r.id).label", r.label)
            f.scale.responses[i].description = replace("response.\(r.id).description", r.description)
        }
        for j in f.scale.rules.indices { f.scale.rules[j] = replace("scale.rules.\(j)", f.scale.rules[j]) }
        if var profile = f.profile {
            profile.title = replace("profile.title", profile.title)
            profile.introduction = replace("profile.introduction", profile.introduction)
            for i in profile.fields.indices {
                let field = profile.fields[i]
                let key = "profile.field.\(field.id)"
                profile.fields[i].label = replace("\(key).label", field.label)
                profile.fields[i].help = replace("\(key).help", field.help)
                for j in field.options.indices {
                    let o = field.options[j]
                    profile.fields[i].options[j].label = replace("\(key).option.\(o.id).label", o.label)
                    profile.fields[i].options[j].signpost = replace("\(key).option.\(o.id).signpost", o.signpost)
                }
            }
            if var network = profile.network {
                network.name = replace("network.name", network.name)
                network.membershipNote = replace("network.membershipNote", network.membershipNote)
                network.noCategoryNote = replace("network.noCategoryNote", network.noCategoryNote)
                for i in network.categories.indices {
                    let c = network.categories[i]
                    network.categories[i].name = replace("network.category.\(c.number).name", c.name)
                    network.categories[i].description = replace(
                        "network.category.\(c.number).description", c.description)
                    if case .sharesAtLeast(let percent, var shares) = c.rule {
                        for j in shares.indices {
                            shares[j].label = replace("network.category.\(c.number).share.\(j).label", shares[j].label)
                        }
                        network.categories[i].rule = .sharesAtLeast(percent: percent, shares: shares)
                    }
                }
                profile.network = network
            }
            f.profile = profile
        }
        for i in f.bands.indices {
            let b = f.bands[i]
            f.bands[i].name = replace("band.\(b.id).name", b.name)
            f.bands[i].description = replace("band.\(b.id).description", b.description)
        }
        for i in f.questions.indices {
            let q = f.questions[i]
            let key = "question.\(q.id)"
            f.questions[i].text = replace("\(key).text", q.text)
            f.questions[i].guidance = replace("\(key).guidance", q.guidance)
            for j in q.evidencePrompts.indices {
                f.questions[i].evidencePrompts[j] = replace("\(key).evidencePrompts.\(j)", q.evidencePrompts[j])
            }
            for level in q.recommendations.keys.sorted() {
                f.questions[i].recommendations[level] = replace(
                    "\(key).recommendations.\(level)", q.recommendations[level]!)
            }
        }
        return f
    }

    /// What is wrong with translated texts of this framework, by key: a bundled file and an
    /// imported one are checked alike.
    package func translationProblems(_ entries: [String: TranslationFile.Entry]) -> [(key: String, message: String)] {
        TranslationFile.textProblems(
            entries, known: Set(translatableTexts.map(\.key)),
            unknown: "\(id) \(version) has no text under this key")
    }

    /// Every translatable text with its key, in the framework's order.
    package var translatableTexts: [(key: String, text: String)] {
        var texts: [(key: String, text: String)] = []
        _ = mapTexts { key, text in
            texts.append((key, text))
            return text
        }
        return texts
    }
}
