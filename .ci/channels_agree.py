#!/usr/bin/env python3
"""One set of answers entered four ways gives byte-identical JSON reports: through `ask` (piped),
through the fillable form in headless Chromium (clicking and typing, not loading a file), in the
CSV template as a spreadsheet saves it, and as a JSON answer file. Exit 1 if any differ.

usage: channels_agree.py EQUALITY_ASSESS_BINARY"""
import csv, io, json, pathlib, subprocess, sys, tempfile
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select
from form_roundtrip import chromium, check, wait_for

FRAMEWORK = "commissioning-for-equality"
CONTEXT = {"nation": "wales", "organisationType": "public-authority", "routeToMarket": "grant", "dutyList": "welsh-list"}
RESPONDENT = {"organisation": "Wexmoor PCC", "role": "Commissioner", "perspective": "commissioner", "exercise": "Women's services", "date": "2026-11-20"}

def not_asked_in_context():
    """Questions the framework asks only in other legal contexts (askedWhen): no channel asks them here."""
    framework = json.loads(pathlib.Path(__file__).resolve().parent.parent.joinpath("Frameworks", FRAMEWORK + ".json").read_text(encoding="utf-8"))
    return {q["id"] for q in framework["questions"]
            if any(CONTEXT.get(key) not in values for key, values in q.get("askedWhen", {}).items())}

NOT_ASKED = not_asked_in_context()

def plan(questionnaire):
    """The answers: every kind of response, one unanswered, EV-01 not in place so EV-02 is not asked."""
    responses = ["not-in-place", "partly", "mostly", "fully", "not-applicable", "dont-know"]
    answers = {}
    for i, q in enumerate(q for stage in questionnaire["stages"] for q in stage["questions"]):
        if q["id"] in ("EV-02", "SD-06") or q["id"] in NOT_ASKED:
            continue  # EV-02 and the questions of other legal contexts are not asked; SD-06 is left unanswered
        response = "not-in-place" if q["id"] == "EV-01" else responses[i % len(responses)]
        evidence = "" if response == "not-applicable" or i % 4 == 0 else f"Evidence {q['id']}"
        notes = f"No need here {q['id']}" if response == "not-applicable" else ("" if i % 3 else f"Note {q['id']}")
        answers[q["id"]] = {"response": response, "evidence": evidence, "notes": notes}
    return answers

def as_json(questionnaire, answers, path):
    fw = questionnaire["framework"]
    doc = {"framework": fw["id"], "frameworkVersion": fw["version"], "respondent": RESPONDENT, "context": CONTEXT,
           "answers": [{"question": q, **a} for q, a in answers.items()]}
    path.write_text(json.dumps(doc, indent=2), encoding="utf-8")

def as_csv(binary, answers, path):
    template = subprocess.run([binary, "questionnaire", "--framework", FRAMEWORK, "--format", "csv"],
                              check=True, capture_output=True, text=True).stdout
    rows = list(csv.reader(io.StringIO(template)))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")  # as Excel in many locales saves it
    for row in rows:
        key = row[0]
        if key.startswith("context:"):
            value = CONTEXT[key[8:]]
            row[1] = ("true" if value else "false") if isinstance(value, bool) else value
        elif key.startswith("respondent:"):
            row[1] = RESPONDENT[key[11:]]
        elif key in answers:
            row[1], row[2], row[3] = answers[key]["response"], answers[key]["evidence"], answers[key]["notes"]
        writer.writerow(row)
    path.write_text(out.getvalue(), encoding="utf-8")

def as_ask(binary, questionnaire, answers, path):
    values = {"nation": ["england", "wales"],
              "organisationType": ["public-authority", "public-functions", "voluntary-organisation"],
              "routeToMarket": ["procurement-act", "below-threshold", "provider-selection-regime", "grant", "in-house"],
              "dutyList": ["uk-list", "welsh-list-socio-economic", "welsh-list", "not-listed", "dont-know"]}
    lines = []
    for field in questionnaire["context"]:
        value = CONTEXT[field["id"]]
        value = ("true" if value else "false") if isinstance(value, bool) else value
        lines.append(str(values[field["id"]].index(value) + 1))
    lines += [RESPONDENT[k] for k in ("organisation", "role", "perspective", "exercise", "date")]
    for stage in questionnaire["stages"]:
        for q in stage["questions"]:
            if q["id"] == "EV-02" or q["id"] in NOT_ASKED:
                continue  # not asked: ask skips it
            a = answers.get(q["id"])
            if a is None:
                lines.append("/s")
                continue
            lines.append(a["response"])
            if a["response"] != "not-applicable":
                lines.append(a["evidence"])
            lines.append(a["notes"])
    run = subprocess.run([binary, "ask", "--framework", FRAMEWORK, "-o", str(path)],
                         input="\n".join(lines) + "\n", capture_output=True, text=True)
    if run.returncode != 0:
        raise AssertionError(f"ask failed: {run.stderr}")

def as_form(binary, answers, folder):
    form = folder / "form.html"
    subprocess.run([binary, "questionnaire", "--framework", FRAMEWORK, "--format", "html", "--fillable", "-o", str(form)],
                   check=True, capture_output=True)
    drv = chromium(folder)
    try:
        drv.get(form.as_uri())
        for field, value in CONTEXT.items():
            value = ("true" if value else "false") if isinstance(value, bool) else value
            drv.find_element(By.ID, f"context-{field}-{value}").click()
        for key, value in RESPONDENT.items():
            if key == "perspective":  # a list to pick from, so no one can type a view the tool refuses
                Select(drv.find_element(By.ID, "respondent-perspective")).select_by_value(value)
            else:
                drv.find_element(By.ID, f"respondent-{key}").send_keys(value)
        for q, a in answers.items():
            drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", drv.find_element(By.ID, f"{q}-{a['response']}"))
            drv.find_element(By.ID, f"{q}-{a['response']}").click()
            if a["evidence"]:
                drv.find_element(By.ID, f"{q}-evidence").send_keys(a["evidence"])
            if a["notes"]:
                drv.find_element(By.ID, f"{q}-notes").send_keys(a["notes"])
        drv.find_element(By.ID, "save").click()
        return wait_for(folder, f"answers-{FRAMEWORK}.json")
    finally:
        drv.quit()

def main(binary):
    folder = pathlib.Path(tempfile.mkdtemp(prefix="channels-"))
    questionnaire = json.loads(subprocess.run([binary, "questionnaire", "--framework", FRAMEWORK, "--format", "json"],
                                              check=True, capture_output=True, text=True).stdout)
    answers = plan(questionnaire)
    files = {"json": folder / "answers.json", "csv": folder / "answers.csv", "ask": folder / "ask.json"}
    as_json(questionnaire, answers, files["json"])
    as_csv(binary, answers, files["csv"])
    as_ask(binary, questionnaire, answers, files["ask"])
    files["form"] = as_form(binary, answers, folder)
    reports = {}
    for channel, path in files.items():
        run = subprocess.run([binary, "report", str(path), "--format", "json"], capture_output=True, text=True)
        if run.returncode != 0:
            raise AssertionError(f"{channel}: report failed: {run.stderr}")
        reports[channel] = run.stdout
    for channel in ("csv", "ask", "form"):
        if reports[channel] != reports["json"]:
            a, b = reports["json"].splitlines(), reports[channel].splitlines()
            first = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
            raise AssertionError(f"{channel} differs from json at line {first + 1}: {b[first:first + 1]} vs {a[first:first + 1]}")
    check(True, "the same answers through ask, the form, the CSV template and JSON give byte-identical reports")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
