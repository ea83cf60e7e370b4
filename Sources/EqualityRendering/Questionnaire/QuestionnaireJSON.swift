import EqualityCore

/// The questionnaire as JSON for other tools: every question with its guidance, prompts,
/// citations and conditions, grouped by stage.
package enum QuestionnaireJSON {
    package static func render(_ framework: Framework, sources: SourceRegister) -> String {
        var root: [(key: String, value: JSONValue)] = [
            (
                "framework",
                .object([
                    ("id", .string(framework.id)), ("version", .string(framework.version.description)),
                    ("title", .string(framework.title)), ("sha256", .string(framework.sha256)),
                ])
            ),
            (
                "context",
                .array(
                    AnswerFields.context.filter { framework.contextFields.contains($0.field) }.map { field, label in
                        .object([
                            ("id", .string(field.rawValue)), ("label", .string(label)),
                            ("values", .array(AssessmentContext.allowedValues(field).map(JSONValue.string))),
                        ])
                    })
            ),
            (
                "legalDuties",
                .array(
                    framework.legalDuties.map { duty in
                        .object([
                            ("id", .string(duty.id)), ("name", .string(duty.name)),
                            ("citation", .string(sources.display(duty.citation))),
                            ("appliesTo", .string(duty.appliesTo)),
                            (
                                "appliesWhen",
                                .object(
                                    duty.conditions.fields.map { field in
                                        (
                                            field.rawValue,
                                            .array((duty.conditions.values[field] ?? []).map(JSONValue.string))
                                        )
                                    })
                            ),
                        ])
                    })
            ),
            (
                "responses",
                .array(
                    framework.scale.responses.map { option in
                        var o: [(key: String, value: JSONValue)] = [
                            ("id", .string(option.id)), ("label", .string(option.label)),
                            ("description", .string(option.description)),
                        ]
                        o.append(("points", option.points.map { .number(Double($0)) } ?? .null))
                        return .object(o)
                    })
            ),
            (
                "stages",
                .array(
                    framework.stages.map { stage in
                        .object([
                            ("id", .string(stage.id)), ("name", .string(stage.name)),
                            ("description", .string(stage.description)),
                            (
                                "questions",
                                .array(framework.questions(in: stage.id).map { question($0, framework, sources) })
                            ),
                        ])
                    })
            ),
        ]
        if let profile = framework.profile {
            root.append(
                (
                    "profile",
                    .array(
                        profile.fields.map { field in
                            .object([
                                ("id", .string(field.id)), ("kind", .string(field.kind.rawValue)),
                                ("label", .string(field.label)),
                                ("options", .array(field.options.map { .string($0.id) })),
                            ])
                        })
                ))
        }
        root.append(("notice", .string(Disclaimer.text)))
        return JSONWriter.write(.object(root))
    }

    static func question(_ q: Question, _ framework: Framework, _ sources: SourceRegister) -> JSONValue {
        var o: [(key: String, value: JSONValue)] = [
            ("id", .string(q.id)), ("text", .string(q.text)), ("guidance", .string(q.guidance)),
            ("evidencePrompts", .array(q.evidencePrompts.map(JSONValue.string))),
            ("alsoStages", .array(q.alsoStages.map(JSONValue.string))),
            ("concerns", .array(q.concerns.map(JSONValue.string))),
            ("weight", .number(q.weight)),
            ("legalDuty", q.legalDuty.map(JSONValue.string) ?? .null),
            ("citations", .array(q.citations.map { .string(sources.display($0)) })),
        ]
        if let condition = q.condition {
            o.append(
                (
                    "condition",
                    .object([
                        ("question", .string(condition.question)),
                        ("responses", .array(condition.responses.map(JSONValue.string))),
                    ])
                ))
        }
        return .object(o)
    }
}
