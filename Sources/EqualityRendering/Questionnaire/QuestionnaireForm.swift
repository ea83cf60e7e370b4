import EqualityCore

/// The fillable offline form: one HTML file that works from an email attachment with no network
/// and no server. It keeps answers in the browser as the person types, saves them as the answer
/// JSON that `report` reads, and loads a saved file to continue. It never scores: scoring stays in
/// the Swift tool.
public enum QuestionnaireForm {
    public static func render(_ framework: Framework, sources: SourceRegister) -> String {
        var b: HTML = "<header>\n<h1>\(framework.title): answer form</h1>\n"
        b +=
            "<p class=\"meta\">Framework <code>\(framework.id)</code> version \(framework.version.description), SHA-256 <code>\(framework.sha256)</code></p>\n"
        b += "<p>\(framework.purpose)</p>\n"
        b +=
            "<p>Your answers are kept in this browser on this computer as you type, and nothing is sent anywhere. Use <strong>Save answers</strong> to download them as a file you can keep, send, or turn into a gap report with <code>equality-assess report</code>; use <strong>Load answers</strong> to carry on from a saved file.</p>\n"
        b += "<div class=\"toolbar\">\n<button type=\"button\" id=\"save\">Save answers</button>\n"
        b +=
            "<label class=\"load\" for=\"load\">Load answers from a file</label>\n<input type=\"file\" id=\"load\" accept=\".json,.csv,.tsv,.txt,application/json,text/csv\">\n"
        b += "<button type=\"button\" id=\"clear\">Clear all answers</button>\n</div>\n"
        b +=
            "<p id=\"progress\" class=\"progress\" aria-live=\"polite\">0 of \(framework.questions.count) questions answered</p>\n"
        b += "<p id=\"status\" role=\"status\"></p>\n</header>\n<main>\n"
        b +=
            "<section id=\"summary\" class=\"summary\" aria-labelledby=\"summary-title\">\n<h2 id=\"summary-title\">Your result so far</h2>\n"
        b +=
            "<p>Worked out in this browser by the same rules as <code>equality-assess report</code>; it changes as you answer.</p>\n"
        b += "<div id=\"summary-body\" aria-live=\"polite\"></div>\n</section>\n<form id=\"answers\" novalidate>\n"
        if !framework.contextFields.isEmpty {
            b += "<fieldset class=\"about\" id=\"context\">\n<legend>Your legal context</legend>\n"
            b +=
                "<p>Answer these first: they decide which legal duties apply. Leave one unanswered and every duty that depends on it is treated as applying.</p>\n"
            for (field, label) in AnswerFields.context where framework.contextFields.contains(field) {
                let name = "context-\(field.rawValue)"
                b += "<fieldset class=\"inner\">\n<legend>\(label)</legend>\n"
                for value in AssessmentContext.allowedValues(field) {
                    b +=
                        "<span class=\"choice\"><input type=\"radio\" name=\"\(name)\" id=\"\(name)-\(value)\" value=\"\(value)\"><label for=\"\(name)-\(value)\">\(value)</label></span>\n"
                }
                b += "</fieldset>\n"
            }
            b += "</fieldset>\n"
        }
        b += "<fieldset class=\"about\">\n<legend>About you</legend>\n"
        for (key, label) in AnswerFields.respondent(for: framework) {
            if key == "perspective" {
                b +=
                    "<p><label for=\"respondent-perspective\">Whose view these answers give</label><br>\n<select id=\"respondent-perspective\" name=\"respondent-perspective\">\n<option value=\"\">Not stated</option>\n"
                for p in Perspective.allCases { b += "<option value=\"\(p.rawValue)\">\(p.label)</option>\n" }
                b += "</select></p>\n"
                continue
            }
            let pattern: HTML = key == "date" ? " pattern=\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"" : ""
            b +=
                "<p><label for=\"respondent-\(key)\">\(label)</label><br>\n<input type=\"text\" id=\"respondent-\(key)\" name=\"respondent-\(key)\" autocomplete=\"off\"\(pattern)></p>\n"
        }
        b += "</fieldset>\n"
        if let profile = framework.profile { b += profileSection(profile) }
        for (number, stage) in framework.stages.enumerated() {
            let count = framework.questions(in: stage.id).count
            b +=
                "<section class=\"stage-section\">\n<h2>\(number + 1). \(stage.name)</h2>\n<p>\(stage.description)</p>\n"
            b += "<p class=\"stage-progress\" id=\"progress-\(stage.id)\">0 of \(count) answered</p>\n"
            for question in framework.questions(in: stage.id) {
                b += questionBlock(question, framework: framework, sources: sources)
            }
            b += "</section>\n"
        }
        b += "</form>\n</main>\n<footer class=\"notice\">\n<p>\(Disclaimer.text)</p>\n</footer>\n"
        // JSON written with `<`, `>` and `&` escaped cannot close the script block: trusted.
        b +=
            "<script type=\"application/json\" id=\"form-data\">\(HTML(trusted: JSONWriter.write(formData(framework), htmlSafe: true)))</script>\n"
        // The form's own script, a constant in this file: trusted.
        b += "<script>\n\(HTML(trusted: script))</script>\n"
        return HTMLPage.document(title: "\(framework.title): answer form", body: b, extraCSS: css)
    }

    static func questionBlock(_ q: Question, framework: Framework, sources: SourceRegister) -> HTML {
        let id = q.id
        var b: HTML =
            "<fieldset class=\"question\" id=\"q-\(id)\" data-stage=\"\(q.stage)\">\n<legend><strong>\(id)</strong> \(q.text)</legend>\n"
        if let condition = framework.conditionText(q) { b += "<p class=\"condition\">\(condition)</p>\n" }
        if let duty = framework.legalDutyText(q, sources: sources) {
            b += "<p class=\"duty\"><strong>Legal duty:</strong> \(duty)</p>\n"
        }
        b += "<details>\n<summary>What good looks like, and evidence</summary>\n<p>\(q.guidance)</p>\n<ul>\n"
        for prompt in q.evidencePrompts { b += "<li>\(prompt)</li>\n" }
        b += "</ul>\n<p class=\"meta\">Sources: \(sources.display(q.citations))"
        if let duty = framework.legalDutyText(q, sources: sources) { b += ". Legal duty: \(duty)" }
        b += "</p>\n</details>\n<div class=\"choices\">\n"
        for option in framework.scale.responses {
            let rid = "\(id)-\(option.id)"
            b +=
                "<span class=\"choice\"><input type=\"radio\" name=\"\(id)\" id=\"\(rid)\" value=\"\(option.id)\"><label for=\"\(rid)\">\(option.label)</label></span>\n"
        }
        b +=
            "</div>\n<p><label for=\"\(id)-evidence\">Evidence</label><br>\n<textarea id=\"\(id)-evidence\" name=\"\(id)-evidence\" rows=\"3\"></textarea></p>\n"
        b +=
            "<p><label for=\"\(id)-notes\">Notes (a reason is required for not applicable)</label><br>\n<textarea id=\"\(id)-notes\" name=\"\(id)-notes\" rows=\"2\"></textarea></p>\n<p class=\"check\" id=\"check-\(id)\"></p>\n</fieldset>\n"
        return b
    }

    static func profileSection(_ profile: OrganisationProfile) -> HTML {
        var b: HTML = "<fieldset class=\"about\">\n<legend>\(profile.title)</legend>\n<p>\(profile.introduction)</p>\n"
        for field in profile.fields {
            let name = "profile-\(field.id)"
            switch field.kind {
            case .count:
                b +=
                    "<p><label for=\"\(name)\">\(field.label)</label> <span class=\"meta\">\(field.help)</span><br>\n<input type=\"number\" min=\"0\" step=\"1\" id=\"\(name)\" name=\"\(name)\"></p>\n"
            case .yesNo:
                b +=
                    "<fieldset class=\"inner\">\n<legend>\(field.label)</legend>\n<p class=\"meta\">\(field.help)</p>\n"
                for (value, label) in [("yes", "Yes"), ("no", "No")] {
                    b +=
                        "<span class=\"choice\"><input type=\"radio\" name=\"\(name)\" id=\"\(name)-\(value)\" value=\"\(value)\"><label for=\"\(name)-\(value)\">\(label)</label></span>\n"
                }
                b += "</fieldset>\n"
            case .choices:
                b +=
                    "<fieldset class=\"inner\">\n<legend>\(field.label)</legend>\n<p class=\"meta\">\(field.help)</p>\n"
                for option in field.options {
                    let oid = "\(name)-\(option.id)"
                    b +=
                        "<span class=\"choice\"><input type=\"checkbox\" name=\"\(name)\" id=\"\(oid)\" value=\"\(option.id)\"><label for=\"\(oid)\">\(option.label)</label></span>\n"
                }
                b += "</fieldset>\n"
            }
        }
        b += "</fieldset>\n"
        return b
    }

    /// What the script needs to know, as data.
    static func formData(_ framework: Framework) -> JSONValue {
        var stages: [(key: String, value: JSONValue)] = []
        for stage in framework.stages {
            stages.append((stage.id, .array(framework.questions(in: stage.id).map { .string($0.id) })))
        }
        return .object([
            ("framework", .string(framework.id)),
            ("version", .string(framework.version.description)),
            ("respondent", .array(AnswerFields.respondent.map { .string($0.key) })),
            ("context", .array(framework.contextFields.map { .string($0.rawValue) })),
            (
                "profile",
                .array(
                    (framework.profile?.fields ?? []).map {
                        .object([("id", .string($0.id)), ("kind", .string($0.kind.rawValue))])
                    })
            ),
            ("questions", .array(framework.questions.map { .string($0.id) })),
            ("stages", .object(stages)),
            // The rules the form applies as the person types, from the framework: the same ones
            // `validate`, `score` and `report` apply.
            ("conditions", FormScript.conditions(framework)),
            (
                "requiresReason",
                .array(framework.scale.responses.filter(\.requiresReason).map { .string($0.id) })
            ),
            ("scoring", scoringData(framework)),
            (
                "needsEvidence",
                .object(
                    framework.scale.responses.compactMap { o in
                        o.withoutEvidence.map { (o.id, .string(framework.scale.option($0)?.label.lowercased() ?? $0)) }
                    })
            ),
        ])
    }

    /// The scoring rules as data, so the form's live summary applies exactly the tool's rules.
    static func scoringData(_ framework: Framework) -> JSONValue {
        let scale = framework.scale
        return .object([
            ("maxPoints", .number(Double(scale.maxPoints))),
            ("legalRiskBelow", .number(Double(scale.legalRiskBelow))),
            (
                "responses",
                .array(
                    scale.responses.map { o in
                        .object([
                            ("id", .string(o.id)), ("label", .string(o.label)),
                            ("points", o.points.map { .number(Double($0)) } ?? .null),
                            ("withoutEvidence", o.withoutEvidence.map(JSONValue.string) ?? .null),
                        ])
                    })
            ),
            (
                "bands",
                .array(
                    framework.bands.map { band in
                        .object([
                            ("id", .string(band.id)), ("name", .string(band.name)), ("min", .number(band.min)),
                            ("max", .number(band.max)),
                        ])
                    })
            ),
            (
                "stages",
                .array(framework.stages.map { .object([("id", .string($0.id)), ("name", .string($0.name))]) })
            ),
            (
                "questions",
                .array(
                    framework.questions.map { q in
                        .object([
                            ("id", .string(q.id)), ("stage", .string(q.stage)), ("weight", .number(q.weight)),
                            ("legalDuty", q.legalDuty.map(JSONValue.string) ?? .null),
                        ])
                    })
            ),
            (
                "duties",
                .object(
                    framework.legalDuties.map { duty in
                        (
                            duty.id,
                            .object(
                                duty.conditions.fields.map { field in
                                    (
                                        field.rawValue,
                                        .array((duty.conditions.values[field] ?? []).map(JSONValue.string))
                                    )
                                })
                        )
                    })
            ),
        ])
    }

    static let css = """
        .summary { border: 2px solid var(--accent); border-radius: 4px; padding: .5rem .9rem; margin: .8rem 0; }
        .summary h2 { margin-top: .2rem; }
        .toolbar { display: flex; flex-wrap: wrap; gap: .6rem; align-items: center; margin: .8rem 0; }
        .load { font-weight: bold; }
        button { font: inherit; padding: .35rem .8rem; border: 2px solid var(--accent); background: #fff; color: var(--accent); border-radius: 4px; cursor: pointer; }
        button:focus-visible, input:focus-visible, select:focus-visible, textarea:focus-visible, summary:focus-visible { outline: 3px solid #b35900; outline-offset: 2px; }
        .progress { font-weight: bold; position: sticky; top: 0; background: #fff; padding: .3rem 0; border-bottom: 1px solid var(--rule); z-index: 1; }
        .duty { border-left: 4px solid var(--risk); padding: .2rem .6rem; }
        .check { color: var(--risk); font-weight: bold; margin: .2rem 0; }
        .check:empty { display: none; }
        fieldset { border: 1px solid var(--rule); border-radius: 4px; margin: .8rem 0; padding: .5rem .9rem; }
        fieldset.inner { border-style: dashed; }
        legend { padding: 0 .3rem; }
        .choice { display: inline-block; margin: .2rem 1rem .2rem 0; }
        input[type="text"], input[type="number"], select, textarea { font: inherit; width: 100%; max-width: 44rem; padding: .3rem; border: 1px solid #6b6b6b; }
        input[type="number"] { max-width: 8rem; }
        .stage-progress { color: var(--muted); }
        @media print { .toolbar, #status { display: none; } details { display: block; } }

        """

    /// Plain ES5 so it runs in any browser; it reads and writes the answer JSON format exactly.
    static let script = FormScript.wrap(storagePrefix: "", body)

    static let body = #"""
          // A consensus draft says which perspectives agreed it; the form keeps that as it is.
          var agreedWith = null;

          function collect() {
            var out = { framework: data.framework, frameworkVersion: data.version, respondent: {} };
            data.respondent.forEach(function (k) { out.respondent[k] = form.elements["respondent-" + k].value; });
            if (agreedWith) { out.agreedWith = agreedWith; }
            var context = {}, anyContext = false;
            data.context.forEach(function (k) {
              var c = checked("context-" + k);
              if (c) { context[k] = k === "servesUnder18s" ? c.value === "true" : c.value; anyContext = true; }
            });
            if (anyContext) { out.context = context; }
            if (data.profile.length) {
              var profile = {}, any = false;
              data.profile.forEach(function (f) {
                var name = "profile-" + f.id;
                if (f.kind === "count") {
                  var v = form.elements[name].value.trim();
                  if (/^[0-9]+$/.test(v)) { profile[f.id] = parseInt(v, 10); any = true; }
                } else if (f.kind === "yes-no") {
                  var r = checked(name);
                  if (r) { profile[f.id] = r.value === "yes"; any = true; }
                } else {
                  var c = all(name).filter(function (x) { return x.checked; }).map(function (x) { return x.value; });
                  if (c.length) { profile[f.id] = c; any = true; }
                }
              });
              if (any) { out.profile = profile; }
            }
            out.answers = [];
            data.questions.forEach(function (q) {
              var r = checked(q), ev = form.elements[q + "-evidence"].value, notes = form.elements[q + "-notes"].value;
              if (r || ev || notes) { out.answers.push({ question: q, response: r ? r.value : "", evidence: ev, notes: notes }); }
            });
            return out;
          }

          function apply(saved) {
            form.reset();
            agreedWith = Array.isArray(saved.agreedWith) ? saved.agreedWith.filter(function (p) { return typeof p === "string"; }) : null;
            var respondent = saved.respondent || {};
            data.respondent.forEach(function (k) { form.elements["respondent-" + k].value = respondent[k] || ""; });
            var savedContext = saved.context || {};
            data.context.forEach(function (k) {
              var v = savedContext[k];
              all("context-" + k).forEach(function (x) { x.checked = v !== undefined && v !== null && x.value === String(v); });
            });
            var profile = saved.profile || {};
            data.profile.forEach(function (f) {
              var name = "profile-" + f.id, v = profile[f.id];
              if (v === undefined || v === null) { return; }
              if (f.kind === "count") { form.elements[name].value = String(v); }
              else if (f.kind === "yes-no") { all(name).forEach(function (x) { x.checked = (x.value === "yes") === v; }); }
              else { all(name).forEach(function (x) { x.checked = v.indexOf(x.value) >= 0; }); }
            });
            (saved.answers || []).forEach(function (a) {
              if (data.questions.indexOf(a.question) < 0) { return; }
              all(a.question).forEach(function (x) { x.checked = x.value === a.response; });
              form.elements[a.question + "-evidence"].value = a.evidence || "";
              form.elements[a.question + "-notes"].value = a.notes || "";
            });
            progress();
          }

          // What `validate` will refuse, and what will score lower than it looks, for one question.
          function problem(q) {
            var r = checked(q);
            if (!r || !inScope(q)) { return ""; }
            var notes = form.elements[q + "-notes"].value.trim(), evidence = form.elements[q + "-evidence"].value.trim();
            if (data.requiresReason.indexOf(r.value) >= 0 && !notes) {
              return "This needs a reason in the notes: the file will not validate without one.";
            }
            if (data.needsEvidence[r.value] && !evidence) {
              return "No evidence given: this scores as " + data.needsEvidence[r.value] + " until evidence is added.";
            }
            return "";
          }

          // The tool's scoring rules (Scorer in EqualityCore), applied to what is on screen.
          var S = data.scoring;
          function option(id) { return S.responses.filter(function (o) { return o.id === id; })[0]; }
          function isBlank(text) { return !/[^\s]/.test(text || ""); }
          function dutyCounts(dutyId, context) {
            var when = S.duties[dutyId] || {};
            return Object.keys(when).every(function (field) {
              var v = context[field];
              if (v === undefined || v === null) { return true; }
              return when[field].indexOf(String(v)) >= 0;
            });
          }
          function band(percent) {
            return S.bands.filter(function (b) { return percent >= b.min && (percent < b.max || (b.max === 100 && percent <= 100)); })[0] || null;
          }
          function score(points, max) {
            if (max <= 0) { return { percent: null, band: null }; }
            var percent = Math.round(points / max * 1000) / 10, b = band(percent);
            return { percent: percent, band: b ? b.id : null, bandName: b ? b.name : "" };
          }
          function assess() {
            var saved = collect(), context = saved.context || {}, findings = [];
            S.questions.forEach(function (q, order) {
              var f = { id: q.id, stage: q.stage, order: order, points: 0, weightedPoints: 0, weightedMax: 0, excluded: false, answered: false, dontKnow: false, legalRisk: false };
              if (!inScope(q.id)) { f.notAsked = true; f.excluded = true; f.points = null; findings.push(f); return; }
              var r = checked(q.id), o = r ? option(r.value) : null;
              if (o) {
                f.answered = true;
                if (o.points === null) { f.excluded = true; f.points = null; findings.push(f); return; }
                f.points = o.points;
                if (o.withoutEvidence && isBlank(form.elements[q.id + "-evidence"].value)) { f.points = option(o.withoutEvidence).points || 0; }
                f.dontKnow = o.id === "dont-know";
              }
              f.weightedPoints = f.points * q.weight;
              f.weightedMax = S.maxPoints * q.weight;
              f.legalRisk = !!q.legalDuty && dutyCounts(q.legalDuty, context) && f.points < S.legalRiskBelow;
              findings.push(f);
            });
            function sum(list) {
              var p = 0, m = 0;
              list.forEach(function (f) { if (!f.excluded) { p += f.weightedPoints; m += f.weightedMax; } });
              return score(p, m);
            }
            var inScopeList = findings.filter(function (f) { return !f.notAsked; });
            var answered = inScopeList.filter(function (f) { return f.answered; }).length;
            var dontKnow = inScopeList.filter(function (f) { return f.dontKnow; }).length;
            var gaps = findings.filter(function (f) { return f.weightedMax - f.weightedPoints > 0; }).sort(function (a, b) {
              if (a.legalRisk !== b.legalRisk) { return a.legalRisk ? -1 : 1; }
              var sa = a.weightedMax - a.weightedPoints, sb = b.weightedMax - b.weightedPoints;
              if (sa !== sb) { return sb - sa; }
              return a.order - b.order;
            });
            return {
              completion: { answered: answered, total: inScopeList.length, provisional: answered < inScopeList.length || dontKnow > 0 },
              overall: sum(findings),
              stages: S.stages.map(function (s) {
                var r = sum(findings.filter(function (f) { return f.stage === s.id; }));
                r.id = s.id; r.name = s.name;
                return r;
              }),
              legalRisks: findings.filter(function (f) { return f.legalRisk; }).map(function (f) { return f.id; }),
              topGaps: gaps.slice(0, 5).map(function (f) { return f.id; })
            };
          }
          function percentText(s) {
            if (s.percent === null) { return "not assessed"; }
            var t = Math.round(s.percent * 10);
            return Math.floor(t / 10) + "." + (t % 10) + "% " + s.bandName;
          }
          function summary() {
            var a = assess(), body = document.getElementById("summary-body");
            var lines = ["Overall: " + percentText(a.overall) + (a.completion.provisional ? " (provisional: " + a.completion.answered + " of " + a.completion.total + " answered)" : "")];
            a.stages.forEach(function (s) { lines.push(s.name + ": " + percentText(s)); });
            lines.push("Legal risks: " + (a.legalRisks.length ? a.legalRisks.join(", ") : "none"));
            lines.push("Top gaps: " + (a.topGaps.length ? a.topGaps.join(", ") : "none"));
            body.textContent = "";
            lines.forEach(function (line) { var p = document.createElement("p"); p.textContent = line; body.appendChild(p); });
            body.setAttribute("data-summary", JSON.stringify(a));
          }

          function progress() {
            var answered = 0, total = 0;
            Object.keys(data.stages).forEach(function (stage) {
              var ids = data.stages[stage].filter(inScope), done = ids.filter(function (q) { return checked(q); }).length;
              answered += done;
              total += ids.length;
              document.getElementById("progress-" + stage).textContent = done + " of " + ids.length + " answered";
            });
            data.questions.forEach(function (q) {
              document.getElementById("q-" + q).hidden = !inScope(q);
              document.getElementById("check-" + q).textContent = problem(q);
            });
            document.getElementById("progress").textContent = answered + " of " + total + " questions answered";
            summary();
          }

          function refusals() {
            return data.questions.filter(function (q) {
              var r = checked(q);
              return r && inScope(q) && data.requiresReason.indexOf(r.value) >= 0 && !form.elements[q + "-notes"].value.trim();
            });
          }

          // The CSV template, as saved by a spreadsheet (comma, semicolon or tab), read into answers.
          function fromCSV(text) {
            text = text.replace(/^\uFEFF/, "");
            var first = text.split(/\r?\n/)[0], sep = ",";
            [",", ";", "\t"].forEach(function (s) {
              var names = first.split(s).map(function (x) { return x.trim().replace(/^"|"$/g, "").toLowerCase(); });
              if (names.indexOf("question") >= 0 && names.indexOf("response") >= 0) { sep = s; }
            });
            var rows = [], row = [], field = "", quoted = false, i;
            for (i = 0; i < text.length; i++) {
              var ch = text[i];
              if (quoted) {
                if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
                else if (ch === '"') { quoted = false; }
                else { field += ch; }
              } else if (ch === '"' && field === "") { quoted = true; }
              else if (ch === sep) { row.push(field); field = ""; }
              else if (ch === "\n" || ch === "\r") {
                if (ch === "\r" && text[i + 1] === "\n") { i++; }
                row.push(field); rows.push(row); row = []; field = "";
              } else { field += ch; }
            }
            if (field !== "" || row.length) { row.push(field); rows.push(row); }
            var head = rows.shift().map(function (x) { return x.trim().toLowerCase(); });
            var col = function (name) { return head.indexOf(name); };
            var restore = function (v) { return /^'[=+\-@\t\r]/.test(v || "") ? v.slice(1) : (v || ""); };
            var out = { framework: data.framework, frameworkVersion: data.version, respondent: {}, context: {}, profile: {}, answers: [] };
            rows.forEach(function (r) {
              var key = (r[col("question")] || "").trim(), value = restore(r[col("response")]).trim();
              if (!key) { return; }
              if (key === "framework:id") { out.framework = value || data.framework; }
              else if (key === "framework:agreedWith") { out.agreedWith = value.split(";").map(function (x) { return x.trim(); }).filter(Boolean); }
              else if (key.indexOf("respondent:") === 0) { out.respondent[key.slice(11)] = restore(r[col("response")]); }
              else if (key.indexOf("context:") === 0) {
                if (value) { out.context[key.slice(8)] = key === "context:servesUnder18s" ? value === "true" : value; }
              } else if (key.indexOf("profile:") === 0) {
                if (!value) { return; }
                var id = key.slice(8), f = data.profile.filter(function (p) { return p.id === id; })[0];
                if (!f) { return; }
                if (f.kind === "count") { out.profile[id] = parseInt(value, 10); }
                else if (f.kind === "yes-no") { out.profile[id] = /^(yes|y|true)$/i.test(value); }
                else { out.profile[id] = value.split(";").map(function (x) { return x.trim(); }).filter(Boolean); }
              } else if (key.indexOf("framework:") !== 0) {
                out.answers.push({ question: key, response: value, evidence: restore(r[col("evidence")]), notes: restore(r[col("notes")]) });
              }
            });
            return out;
          }

          form.addEventListener("input", store);
          form.addEventListener("change", store);

          document.getElementById("save").addEventListener("click", function () {
            var name = download(collect(), "answers-" + data.framework + ".json");
            var refused = refusals();
            status.textContent = "Answers saved as " + name + "." + (refused.length
              ? " Before 'equality-assess validate' accepts the file, give a reason in the notes for: " + refused.join(", ") + "."
              : "");
          });

          document.getElementById("load").addEventListener("change", function (event) {
            var file = event.target.files[0];
            if (!file) { return; }
            var reader = new FileReader();
            reader.onload = function () {
              try {
                var text = String(reader.result), saved = /^\s*\{/.test(text.replace(/^\uFEFF/, "")) ? JSON.parse(text) : fromCSV(text);
                if (saved.framework !== data.framework) {
                  status.textContent = "That file answers " + saved.framework + ", not " + data.framework + "; nothing was loaded.";
                  return;
                }
                apply(saved);
                store();
                status.textContent = "Loaded " + (saved.answers || []).length + " answers from " + file.name + ".";
              } catch (e) {
                status.textContent = "That file is not an answer file (" + e.message + "); nothing was loaded.";
              }
            };
            reader.readAsText(file);
          });

          start({
            confirmClear: "Clear every answer in this form? Save them first if you need them.",
            cleared: "All answers cleared.",
            restored: "Your earlier answers in this browser were restored."
          });

        """#
}
