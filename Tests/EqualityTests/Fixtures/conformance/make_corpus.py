#!/usr/bin/env python3
"""Writes the conformance corpus: answer files that every channel must read alike. Each file is
read by `equality-assess validate --format json` and `report --format json`, and by the fillable
form's Load in Chromium (.ci/form_conformance.py); the two must accept the same files, name the
same places in the ones they refuse, and, for the ones they accept, the form's saved file must
give the same report as the original.

Names start with c- (the commissioning framework's form) or v- (the voluntary one). The corpus
covers every response alias, yes/no word, date form, blank character, context label, ID case,
count form, encoding and separator the readers accept, the archived version, and the malformed
cases each reader refuses. Run it again after changing a rule: python3 make_corpus.py
"""
import json, pathlib

HERE = pathlib.Path(__file__).parent
ROOT = HERE.parents[3]
C = json.loads((ROOT / "Frameworks/commissioning-for-equality.json").read_text(encoding="utf-8"))
V = json.loads((ROOT / "Frameworks/voluntary-organisation-self-assessment.json").read_text(encoding="utf-8"))
C0 = json.loads((ROOT / "Frameworks/archive/commissioning-for-equality-1.0.0.json").read_text(encoding="utf-8"))
V0 = json.loads((ROOT / "Frameworks/archive/voluntary-organisation-self-assessment-1.0.0.json").read_text(encoding="utf-8"))
CQ = [q["id"] for q in C["questions"]]
VQ = [q["id"] for q in V["questions"]]

files = {}

def put(name, content):
    assert name not in files, name
    files[name] = content if isinstance(content, bytes) else content.encode("utf-8")

def answer_json(framework, version, answers, respondent=None, context=None, profile=None, extra=None):
    doc = {"framework": framework, "frameworkVersion": version,
           "respondent": respondent or {"organisation": "Corpus test", "role": "", "exercise": "Conformance", "date": "2026-11-20"}}
    if context is not None: doc["context"] = context
    if profile is not None: doc["profile"] = profile
    doc["answers"] = answers
    if extra: doc.update(extra)
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"

def a(q, response, evidence="Board minutes", notes=""):
    return {"question": q, "response": response, "evidence": evidence, "notes": notes}

def csv_text(rows, sep=",", end="\r\n"):
    def cell(v):
        v = str(v)
        if any(ch in v for ch in [sep, '"', "\n", "\r"]): return '"' + v.replace('"', '""') + '"'
        return v
    return end.join(sep.join(cell(c) for c in row) for row in rows) + end

def csv_answers(framework, version, answers, head=None, extra_rows=(), sep=",", end="\r\n", bom=False):
    rows = [head or ["question", "response", "evidence", "notes"]]
    if framework is not None: rows.append(["framework:id", framework])
    if version is not None: rows.append(["framework:version", version])
    rows += list(extra_rows)
    rows += [[x["question"], x["response"], x["evidence"], x["notes"]] for x in answers]
    text = csv_text(rows, sep, end)
    return ("\ufeff" + text) if bom else text

CF, CV = C["id"], C["version"]
VF, VV = V["id"], V["version"]
base = [a(q, ["partly", "mostly", "fully", "not-in-place"][i % 4]) for i, q in enumerate(CQ) if q != "EV-02"]

# 1. Every response word, in JSON and in CSV.
words = ["not-in-place", "partly", "mostly", "fully", "not-applicable", "dont-know",
         "Partly", "PARTLY", " partly ", "Partly in place", "partly_in_place", "Mostly in place", "Fully in place",
         "Fully in place and evidenced", "Not in place", "N/A", "n/a", "NA", "na", "Not applicable", "Don't know",
         "Don\u2019t know", "don't-know", "Do not know", "not known", "Not Known", "fully\u00a0in\u00a0place",
         "maybe", "yes", "partlyy", "Don't", ""]
for i, w in enumerate(words):
    notes = "Not part of this exercise" if "pplicable" in w or w.lower().replace("/", "") in ("na", "n a") else ""
    put(f"c-response-{i:02d}.json", answer_json(CF, CV, [a("NA-01", w, notes=notes), a("NA-02", "mostly")]))
    put(f"c-response-{i:02d}.csv", csv_answers(CF, CV, [a("NA-01", w, notes=notes), a("NA-02", "mostly")]))

# 2. Yes/no words and context labels. servesUnder18s is asked by 1.1.0 only: read against 1.1.0 by
# the tool, and left behind (with a note) when the form moves the file to the current version.
for i, w in enumerate(["TRUE", "True", "true", "yes", "Y", "FALSE", "no", "N", "maybe", "1"]):
    put(f"c-under18s-{i:02d}.csv", csv_answers(CF, "1.1.0", base[:3], extra_rows=[["context:servesUnder18s", w]]))
    put(f"c-under18s-{i:02d}.json", answer_json(CF, "1.1.0", base[:3], context={"servesUnder18s": w}))
put("c-under18s-bool.json", answer_json(CF, "1.1.0", base[:3], context={"servesUnder18s": True}))
put("c-under18s-current.json", answer_json(CF, CV, base[:3], context={"servesUnder18s": True}))
for i, (field, w) in enumerate([("nation", "Wales"), ("nation", "WALES"), ("nation", "england"), ("nation", "Cymru"),
                                 ("organisationType", "Public authority"), ("organisationType", "public-authority"),
                                 ("organisationType", "Voluntary organisation"), ("organisationType", "charity"),
                                 ("routeToMarket", "Grant"), ("routeToMarket", "In-house"), ("routeToMarket", "in house"),
                                 ("routeToMarket", "Provider Selection Regime"), ("routeToMarket", "procurement_act"),
                                 ("dutyList", "uk-list"), ("dutyList", "Don't know"), ("dutyList", "welsh list"),
                                 ("dutyList", "Not-Listed"), ("dutyList", "scottish-list")]):
    put(f"c-context-{i:02d}.csv", csv_answers(CF, CV, base[:3], extra_rows=[[f"context:{field}", w]]))
    put(f"c-context-{i:02d}.json", answer_json(CF, CV, base[:3], context={field: w}))
put("v-context-not-asked.json", answer_json(VF, VV, [a("UN-01", "partly")], context={"routeToMarket": "grant"}))
put("v-context-not-asked.csv", csv_answers(VF, VV, [a("UN-01", "partly")], extra_rows=[["context:routeToMarket", "grant"]]))
put("c-context-unknown-field.csv", csv_answers(CF, CV, base[:2], extra_rows=[["context:region", "north"]]))
put("c-context-unknown-field.json", answer_json(CF, CV, base[:2], context={"region": "north"}))

# 3. Dates.
for i, d in enumerate(["2026-11-20", "20/11/2026", "1/2/2026", "01/02/2026", "20/11/26", "2026-11-20T00:00:00",
                       "2026-11-20 00:00:00", " 20/11/2026 ", "31/02/2026", "2026-13-01", "20.11.2026",
                       "Nov 20 2026", "11/20/2026", "2026-02-29", "2024-02-29", ""]):
    r = {"organisation": "Corpus test", "role": "", "exercise": "Conformance", "date": d}
    put(f"c-date-{i:02d}.json", answer_json(CF, CV, base[:2], respondent=r))
    put(f"c-date-{i:02d}.csv", csv_answers(CF, CV, base[:2], extra_rows=[["respondent:date", d]]))

# 4. Blank classes: evidence that is only blank characters counts as none (fully scores as
#    mostly), and a reason that is only blank characters is no reason.
for i, b in enumerate(["\u00a0", "\u2003", "\ufeff", "\u0085", "\u200b", "\t \n", "\u3000", "\u2028", " . "]):
    put(f"c-blank-{i:02d}.json", answer_json(CF, CV, [a("NA-01", "fully", evidence=b), a("NA-02", "not-applicable", evidence="", notes=b)]))
    put(f"c-blank-evidence-{i:02d}.json", answer_json(CF, CV, [a("NA-01", "fully", evidence=b)]))
    put(f"c-blank-evidence-{i:02d}.csv", csv_answers(CF, CV, [a("NA-01", "fully", evidence=b)]))

# 5. Question IDs in any case; unknown IDs; a question answered twice.
for i, q in enumerate(["na-02", " NA-02 ", "Na-02", "NA-2", "XX-99", "na-02 ", "\u00a0NA-02"]):
    put(f"c-id-{i:02d}.json", answer_json(CF, CV, [a(q, "partly")]))
    put(f"c-id-{i:02d}.csv", csv_answers(CF, CV, [a(q, "partly")]))
put("c-id-twice.json", answer_json(CF, CV, [a("NA-01", "partly"), a("na-01", "mostly")]))
put("c-id-twice.csv", csv_answers(CF, CV, [a("NA-01", "partly"), a("NA-01", "mostly")]))

# 6. Counts and the organisation profile (voluntary framework).
prof = {"board-total": 7, "board-minoritised": 4, "senior-total": 3, "senior-minoritised": 2, "clinks-member": False,
        "capacity-needs": ["trustee-board"]}
for i, n in enumerate(["4", "4.0", "4.00", " 7 ", "4.5", "-1", "four", "yes", "1e3", "1000001", "007", "4."]):
    put(f"v-count-{i:02d}.csv", csv_answers(VF, VV, [a("UN-01", "partly")], extra_rows=[["profile:board-total", "9"], ["profile:board-minoritised", n]]))
put("v-profile.json", answer_json(VF, VV, [a("UN-01", "partly")], profile=prof))
put("v-profile-float.json", answer_json(VF, VV, [a("UN-01", "partly")], profile=dict(prof, **{"board-total": 7.0})))
put("v-profile-part-over-whole.json", answer_json(VF, VV, [a("UN-01", "partly")], profile=dict(prof, **{"board-minoritised": 9})))
put("v-profile-undisclosed.json", answer_json(VF, VV, [a("UN-01", "partly")], profile=dict(prof, **{"board-undisclosed": 1})))
put("v-profile-undisclosed-over-whole.json", answer_json(VF, VV, [a("UN-01", "partly")], profile=dict(prof, **{"board-undisclosed": 8})))
put("v-profile-undisclosed-over-whole.csv", csv_answers(VF, VV, [a("UN-01", "partly")], extra_rows=[["profile:board-total", "5"], ["profile:board-minoritised", "3"], ["profile:board-undisclosed", "3"]]))
put("v-profile-bad-option.json", answer_json(VF, VV, [a("UN-01", "partly")], profile=dict(prof, **{"capacity-needs": ["yachts"]})))
put("v-profile-wrong-kind.json", answer_json(VF, VV, [a("UN-01", "partly")], profile=dict(prof, **{"clinks-member": 3})))
put("v-profile-unknown.json", answer_json(VF, VV, [a("UN-01", "partly")], profile=dict(prof, **{"staff-total": 3})))
put("v-profile-yes.csv", csv_answers(VF, VV, [a("UN-01", "partly")], extra_rows=[["profile:clinks-member", "TRUE"], ["profile:capacity-needs", "trustee-board; funding-and-bids"]]))
put("c-profile-not-asked.json", answer_json(CF, CV, base[:2], profile={"board-total": 3}))

# 7. Encodings and separators.
plain = csv_answers(CF, CV, base)
put("c-enc-utf8-bom.csv", "\ufeff" + plain)
put("c-enc-utf16le.txt", b"\xff\xfe" + csv_answers(CF, CV, base, sep="\t").encode("utf-16-le"))
put("c-enc-utf16be.txt", b"\xfe\xff" + csv_answers(CF, CV, base, sep="\t").encode("utf-16-be"))
put("c-enc-cp1252.csv", csv_answers(CF, CV, [a("NA-01", "partly", evidence="Budget \u00a3400 agreed")]).encode("cp1252"))
put("c-enc-invalid-utf8.json", answer_json(CF, CV, [a("NA-01", "partly")]).encode("utf-8").replace(b"Board", b"Bo\xffrd"))
put("c-enc-json-bom.json", "\ufeff" + answer_json(CF, CV, base[:4]))
put("c-sep-semicolon.csv", csv_answers(CF, CV, base, sep=";"))
put("c-sep-tab.tsv", csv_answers(CF, CV, base, sep="\t"))
put("c-sep-lf.csv", csv_answers(CF, CV, base, end="\n"))
put("c-sep-cr.csv", csv_answers(CF, CV, base, end="\r"))
put("c-quoted.csv", csv_answers(CF, CV, [a("NA-01", "partly", evidence='Minutes, "March", and\nthe follow-up'), a("NA-02", "=SUM(1)", evidence="'=SUM(1)")]))
put("c-formula-guard.csv", csv_answers(CF, CV, [a("NA-01", "partly", evidence="'=HYPERLINK(1)", notes="'+44 phone")]))
put("c-curly.csv", csv_answers(CF, CV, [a("NA-01", "partly", evidence="\u201cMinutes\u201d \u2013 caf\u00e9 r\u00e9sum\u00e9 \u00a3")], bom=True))
put("c-extra-columns.csv", csv_text([["question", "response", "evidence", "notes", "stage", "owner"], ["framework:id", CF], ["framework:version", CV], ["NA-01", "partly", "x", "", "needs-assessment", "Sam"]]))
put("c-no-evidence-column.csv", csv_text([["question", "response"], ["framework:id", CF], ["framework:version", CV], ["NA-01", "partly"]]))
put("c-answers.txt", plain)
put("c-no-extension", plain)

# 8. Plain spreadsheets, framework columns, missing and wrong framework rows.
put("c-plain.csv", csv_answers(None, None, base))
put("c-plain-respondent.csv", csv_answers(None, None, base[:3], extra_rows=[["respondent:organisation", "Wexmoor"], ["respondent:date", "20/11/2026"]]))
put("c-no-version.csv", csv_answers(CF, None, base[:3]))
put("c-no-id.csv", csv_answers(None, CV, base[:3]))
put("c-unknown-framework.json", answer_json("commissioning-for-equity", CV, base[:2]))
put("c-framework-column.csv", csv_text([["question", "response", "evidence", "notes", "framework"]] + [[x["question"], x["response"], x["evidence"], x["notes"], CF] for x in base[:4]]))
put("c-framework-column-clash.csv", csv_text([["question", "response", "evidence", "notes", "framework"], ["framework:id", CF], ["framework:version", CV], ["NA-01", "partly", "x", "", CF], ["NA-02", "partly", "x", "", VF]]))
put("c-unknown-row.csv", csv_answers(CF, CV, base[:2], extra_rows=[["framework:owner", "Sam"]]))
put("c-unknown-respondent-row.csv", csv_answers(CF, CV, base[:2], extra_rows=[["respondent:email", "a@b.example"]]))
put("c-ragged.csv", csv_text([["question", "response", "evidence", "notes"], ["framework:id", CF], ["framework:version", CV], ["NA-01", "partly", "a", "b", "c, d"]]))
put("c-unclosed-quote.csv", 'question,response,evidence,notes\r\nframework:id,' + CF + '\r\nNA-01,partly,"never closed\r\n')
put("c-quote-inside.csv", 'question,response,evidence,notes\r\nframework:id,' + CF + '\r\nNA-01,partly,a "quote" inside\r\n')
put("c-no-header.csv", "NA-01,partly\r\nNA-02,mostly\r\n")
put("c-empty.csv", "")
put("v-plain-in-voluntary.csv", csv_answers(VF, VV, [a(q, "partly") for q in VQ[:5]]))

# 9. Perspectives, agreement and drafts.
for i, p in enumerate(["commissioner", "Commissioner", "COMMISSIONER", "lived-experience", "People with lived experience", "Voluntary-sector partner", "boss", ""]):
    r = {"organisation": "Corpus test", "role": "", "perspective": p, "exercise": "Conformance", "date": "2026-11-20"}
    put(f"c-perspective-{i:02d}.json", answer_json(CF, CV, base[:2], respondent=r))
    put(f"c-perspective-{i:02d}.csv", csv_answers(CF, CV, base[:2], extra_rows=[["respondent:perspective", p]]))
put("c-draft.json", answer_json(CF, CV, base[:3], extra={"drawnFrom": ["commissioner", "provider"]}))
put("c-draft-agreed.json", answer_json(CF, CV, base[:3], extra={"drawnFrom": ["commissioner", "provider"], "agreedWith": ["commissioner"]}))
put("c-draft.csv", csv_answers(CF, CV, base[:3], extra_rows=[["framework:drawnFrom", "commissioner; provider"], ["framework:agreedWith", ""]]))
put("c-draft-bad.csv", csv_answers(CF, CV, base[:3], extra_rows=[["framework:agreedWith", "comissioner"]]))
put("c-draft-bad.json", answer_json(CF, CV, base[:3], extra={"agreedWith": ["Commissioner"]}))
# The language the form or ask that wrote a file was in: a record, read alike by every channel.
put("c-language-cy.json", answer_json(CF, CV, base[:3], extra={"language": "cy"}))
put("c-language-en.json", answer_json(CF, CV, base[:3], extra={"language": "EN-gb"}))
put("c-language-bad.json", answer_json(CF, CV, base[:3], extra={"language": "fr"}))
put("c-language-constructor.json", answer_json(CF, CV, base[:3], extra={"language": "constructor"}))
put("c-language-number.json", answer_json(CF, CV, base[:3], extra={"language": 1}))

# 10. Archived version: read against 1.0.0 by the tool, moved to the current version by the form.
put("c-archived.json", answer_json(CF, "1.0.0", [a(q["id"], "partly") for q in C0["questions"] if not q.get("condition")]))
put("c-archived.csv", csv_answers(CF, "1.0.0", [a(q["id"], "mostly") for q in C0["questions"] if not q.get("condition")]))
put("v-archived.json", answer_json(VF, "1.0.0", [a(q["id"], "partly") for q in V0["questions"]]))
put("c-archived-unknown-question.json", answer_json(CF, "1.0.0", [a("SD-13", "partly")]))
put("c-version-unknown.json", answer_json(CF, "9.9.9", base[:2]))
put("c-archived-1.1.0.json", answer_json(CF, "1.1.0", base[:4], context={"nation": "wales", "servesUnder18s": False}))
put("c-archived-1.1.0.csv", csv_answers(CF, "1.1.0", base[:4], extra_rows=[["context:servesUnder18s", "no"]]))
# Questions the legal context leaves out, answered anyway: kept in the file, left out of the totals.
put("c-not-in-context.json", answer_json(CF, CV, [a("PR-02", "partly"), a("EV-11", "fully"), a("NA-01", "mostly")],
                                         context={"routeToMarket": "grant", "dutyList": "uk-list", "organisationType": "public-authority"}))

# 11. Malformed JSON and wrong shapes.
put("c-json-duplicate-key.json", '{"framework": "%s", "framework": "%s", "frameworkVersion": "%s", "answers": []}\n' % (CF, CF, CV))
put("c-json-truncated.json", answer_json(CF, CV, base[:2])[:-20])
put("c-json-trailing.json", answer_json(CF, CV, base[:2]) + "{}\n")
put("c-json-deep.json", '{"framework": "%s", "frameworkVersion": "%s", "answers": [], "profile": %s}\n' % (CF, CV, "[" * 70 + "]" * 70))
put("c-json-unknown-field.json", answer_json(CF, CV, base[:2], extra={"owner": "Sam"}))
put("c-json-wrong-types.json", json.dumps({"framework": CF, "frameworkVersion": CV, "respondent": {"organisation": 7}, "answers": [{"question": "NA-01", "response": 2}, "NA-02", {"question": "", "response": "partly"}, {"response": "partly"}]}))
put("c-json-answers-object.json", json.dumps({"framework": CF, "frameworkVersion": CV, "answers": {"NA-01": "partly"}}))
put("c-json-array.json", "[]\n")
put("c-json-null-fields.json", json.dumps({"framework": CF, "frameworkVersion": CV, "respondent": None, "context": None, "answers": [{"question": "NA-01", "response": None, "evidence": None, "notes": None}]}))
put("c-json-escapes.json", json.dumps({"framework": CF, "frameworkVersion": CV, "answers": [a("NA-01", "partly", evidence="Tab\tquote\" slash\\ \u00e9 \U0001F600")]}, ensure_ascii=True))
put("c-json-empty-answers.json", answer_json(CF, CV, []))
put("c-na-no-reason.json", answer_json(CF, CV, [a("NA-01", "not-applicable", notes="")]))
put("c-na-no-reason.csv", csv_answers(CF, CV, [a("NA-01", "N/A", notes="")]))
put("c-conditional.json", answer_json(CF, CV, [a("EV-01", "not-in-place"), a("EV-02", "partly")]))
put("c-voluntary-into-commissioning.json", answer_json(VF, VV, [a("UN-01", "partly")]))
put("c-workbook.xlsx", b"PK\x03\x04" + b"\x00" * 60)
put("c-workbook-named.csv", b"PK\x03\x04" + b"\x00" * 60)
put("c-full-example.json", (ROOT / "Frameworks/examples/commissioning.json").read_text(encoding="utf-8"))
put("v-full-example.json", (ROOT / "Frameworks/examples/voluntary.json").read_text(encoding="utf-8"))

for old in HERE.iterdir():
    if old.name != pathlib.Path(__file__).name and old.name != "README.md":
        old.unlink()
for name, content in sorted(files.items()):
    (HERE / name).write_bytes(content)
print(f"{len(files)} files written to {HERE}")
