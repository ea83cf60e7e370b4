#!/usr/bin/env python3
"""The form's live summary agrees with the tool. Random answer sets (both frameworks, with
conditional questions, not applicable, don't know, unanswered, missing evidence and random legal
context, every field stated or not) are loaded into the fillable form in headless Chromium; the
summary the form works out is compared, number by number and list by list, with `equality-assess
report --format json` on the same file, and so are the questions the form hides (its condition or
the legal context) and the ones the report says were not asked. Exit 1 on the first disagreement.

usage: form_agreement.py EQUALITY_ASSESS_BINARY [SETS]   (SETS: total, split between the frameworks; default 200)"""
import json, os, pathlib, random, subprocess, sys, tempfile, time
from selenium.webdriver.common.by import By
from form_roundtrip import chromium, check

CONTEXT = {
    "nation": ["england", "wales"],
    "organisationType": ["public-authority", "public-functions", "voluntary-organisation"],
    "routeToMarket": ["procurement-act", "below-threshold", "provider-selection-regime", "grant", "in-house"],
    "dutyList": ["uk-list", "welsh-list-socio-economic", "welsh-list", "not-listed", "dont-know"],
}

def answer_set(rng, questionnaire):
    fw = questionnaire["framework"]
    responses = [r["id"] for r in questionnaire["responses"]]
    context = {}
    for field in questionnaire["context"]:
        if rng.random() < 0.7:
            context[field["id"]] = rng.choice(CONTEXT[field["id"]])
    answers = []
    for stage in questionnaire["stages"]:
        for q in stage["questions"]:
            roll = rng.random()
            if roll < 0.12:
                continue  # unanswered
            response = rng.choice(responses)
            evidence = rng.choice(["", "", "   ", "Minutes of the March board", "Survey report"])
            notes = "Does not apply to this service" if response == "not-applicable" else rng.choice(["", "See file"])
            answers.append({"question": q["id"], "response": response, "evidence": evidence, "notes": notes})
    doc = {"framework": fw["id"], "frameworkVersion": fw["version"],
           "respondent": {"organisation": "Test", "role": "", "exercise": "", "date": "2026-11-20"}}
    if context:
        doc["context"] = context
    doc["answers"] = answers
    return doc

def expected(report):
    return {
        "completion": {"answered": report["completion"]["answered"], "total": report["completion"]["total"],
                       "dontKnow": report["completion"]["dontKnow"], "provisional": report["completion"]["provisional"]},
        "overall": {"percent": report["overall"]["percent"], "band": report["overall"]["band"]},
        "stages": [{"id": s["id"], "percent": s["percent"], "band": s["band"]} for s in report["stages"]],
        "legalRisks": [r["question"] for r in report["legalRisks"]],
        "topGaps": report["topGaps"],
        "notAsked": sorted(f["question"] for f in report["findings"] if f["status"] in ("condition-not-met", "not-in-context")),
    }

def shown(summary, hidden):
    return {
        "completion": summary["completion"],
        "overall": {"percent": summary["overall"]["percent"], "band": summary["overall"]["band"]},
        "stages": [{"id": s["id"], "percent": s["percent"], "band": s["band"]} for s in summary["stages"]],
        "legalRisks": summary["legalRisks"],
        "topGaps": summary["topGaps"],
        "notAsked": sorted(hidden),
    }

HIDDEN = "return Array.prototype.slice.call(document.querySelectorAll('[id^=\"q-\"]')).filter(function (e) { return e.hidden; }).map(function (e) { return e.id.slice(2); });"

def main(binary, total):
    rng = random.Random(int(os.environ.get("FORM_SEED", "2026")))
    work = pathlib.Path(tempfile.mkdtemp(prefix="form-agreement-"))
    frameworks = ["commissioning-for-equality", "voluntary-organisation-self-assessment"]
    compared = 0
    for n, fw in enumerate(frameworks):
        sets = total // len(frameworks) + (1 if n < total % len(frameworks) else 0)
        form = work / f"form-{fw}.html"
        subprocess.run([binary, "questionnaire", "--framework", fw, "--format", "html", "--fillable", "-o", str(form)],
                       check=True, capture_output=True)
        questionnaire = json.loads(subprocess.run([binary, "questionnaire", "--framework", fw, "--format", "json"],
                                                  check=True, capture_output=True, text=True).stdout)
        drv = chromium(work)
        try:
            drv.get(form.as_uri())
            for i in range(sets):
                doc = answer_set(rng, questionnaire)
                path = work / f"{fw}-{i}.json"
                path.write_text(json.dumps(doc), encoding="utf-8")
                drv.find_element(By.ID, "load").send_keys(str(path))
                end = time.monotonic() + 10
                while f"from {path.name}" not in drv.find_element(By.ID, "status").text and time.monotonic() < end:
                    time.sleep(0.02)
                summary = json.loads(drv.find_element(By.ID, "summary-body").get_attribute("data-summary"))
                report = subprocess.run([binary, "report", str(path), "--format", "json"], capture_output=True, text=True)
                if report.returncode != 0:
                    raise AssertionError(f"{path}: report failed: {report.stderr}")
                want, got = expected(json.loads(report.stdout)), shown(summary, drv.execute_script(HIDDEN))
                if want != got:
                    raise AssertionError(f"{path}: the form says {json.dumps(got)}\nbut the report says {json.dumps(want)}")
                compared += 1
        finally:
            drv.quit()
    check(compared == total, f"the form's live summary and hidden questions equal the report for {compared} random answer sets")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 200))
