#!/usr/bin/env python3
"""One reader in every channel: every file of the conformance corpus is read by the tool
(`validate --format json`, `report --format json`) and by the fillable form's Load in headless
Chromium. They must accept the same files; for a refused file the form must name the same places
(a syntax error only needs to be a syntax error in both); for an accepted file the form's saved
file must give the same JSON report as the original (for a file of an earlier framework version,
which the form moves to the current one, the same answers to every question both versions share,
and the moved questions named). The form must also load with no script error. Exit 1 on any
difference.

usage: form_conformance.py EQUALITY_ASSESS_BINARY CORPUS_DIR"""
import json, pathlib, subprocess, sys, tempfile, time
from selenium.webdriver.common.by import By
from form_roundtrip import chromium, wait_for

FORMS = {"c": "commissioning-for-equality", "v": "voluntary-organisation-self-assessment"}

def tool(binary, *args):
    r = subprocess.run([binary, *args], capture_output=True, text=True)
    return r.returncode, r.stdout, r.stderr

def syntax(location):
    return location.startswith("line ") or location in ("size", "file type")

def main(binary, corpus):
    corpus = pathlib.Path(corpus).resolve()
    files = sorted(p for p in corpus.iterdir() if p.name[:2] in ("c-", "v-"))
    work = pathlib.Path(tempfile.mkdtemp(prefix="form-conformance-"))
    forms = {}
    for key, fw in FORMS.items():
        forms[key] = work / f"form-{fw}.html"
        subprocess.run([binary, "questionnaire", "--framework", fw, "--format", "html", "--fillable", "-o", str(forms[key])],
                       check=True, capture_output=True)
    differences, accepted, refused, other = [], 0, 0, 0
    drv = chromium(work)
    # Any script error on the page is recorded before the form's own script runs.
    drv.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source":
        "window.__errors = []; window.addEventListener('error', function (e) { window.__errors.push(String(e.message)); });"})
    try:
        # Every form's script loads with no error: the two full forms (below) and the Easy Read form.
        easy = work / "easy-read-form.html"
        subprocess.run([binary, "questionnaire", "--easy-read", "--fillable", "-o", str(easy)], check=True, capture_output=True)
        drv.get(easy.as_uri())
        if drv.execute_script("return window.__errors") != []:
            differences.append(f"{easy.name}: script errors on load: {drv.execute_script('return window.__errors')}")
        current = None
        for path in files:
            key = path.name[0]
            if current != key:
                drv.get(forms[key].as_uri())
                errors = drv.execute_script("return window.__errors")
                if errors is None or errors:
                    differences.append(f"{forms[key].name}: script errors on load: {errors}")
                current = key
                drv.execute_script("window.confirm = function () { return true; };")
            code, out, err = tool(binary, "validate", "--format", "json", str(path))
            cli = json.loads(out)["files"][0] if out.strip() else {"valid": False, "problems": [{"location": "?", "message": err}]}
            drv.find_element(By.ID, "clear").click()
            drv.find_element(By.ID, "load").send_keys(str(path))
            end = time.monotonic() + 10
            status = ""
            while time.monotonic() < end:
                status = drv.find_element(By.ID, "status").text
                if path.name in status and ("Loaded" in status or "Nothing was loaded" in status): break
                time.sleep(0.02)
            listed = drv.find_element(By.ID, "load-problems").get_attribute("data-problems") or "[]"
            form_places = json.loads(listed) if "Nothing was loaded" in status else []
            form_ok = "Loaded" in status and path.name in status
            answers_to = cli.get("summary", "").split(" ")[2] if cli.get("summary", "").startswith("answers to ") else FORMS[key]
            if cli["valid"] and answers_to != FORMS[key]:
                # A form answers one framework: another framework's file is refused, naming the framework.
                other += 1
                if form_ok or not any(p in ("framework", 'row with question "framework:id"') for p in form_places):
                    differences.append(f"{path.name}: answers {answers_to}; the {FORMS[key]} form should refuse it, naming the framework: {status!r}")
                continue
            if cli["valid"] != form_ok:
                differences.append(f"{path.name}: the tool says {'valid' if cli['valid'] else 'invalid ' + json.dumps(cli.get('problems'))}; the form says {status!r} {form_places}")
                continue
            if not cli["valid"]:
                refused += 1
                places = sorted(p["location"] for p in cli["problems"])
                if all(syntax(p) for p in places) and form_places and all(syntax(p) for p in form_places):
                    continue
                if sorted(form_places) != places:
                    differences.append(f"{path.name}: the tool names {places}; the form names {sorted(form_places)}")
                continue
            accepted += 1
            code, original, err = tool(binary, "report", str(path), "--format", "json")
            if code != 0:
                differences.append(f"{path.name}: validate accepts it but report exits {code}: {err}")
                continue
            saves = work / f"saved-{path.name}"
            saves.mkdir()
            drv.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(saves)})
            drv.find_element(By.ID, "save").click()
            saved = wait_for(saves, f"answers-{FORMS[key]}.json")
            code, again, err = tool(binary, "report", str(saved), "--format", "json")
            if code != 0:
                differences.append(f"{path.name}: the form's saved file is refused by report ({err.strip()})")
                continue
            before, after = json.loads(original), json.loads(again)
            migration = json.loads(drv.find_element(By.ID, "load-problems").get_attribute("data-migration") or "null")
            if before["framework"]["version"] != after["framework"]["version"]:
                # Moved to the current version: the answers to every question both versions share
                # are kept, and the form named every question removed or changed.
                old = {f["question"]: (f.get("response"), f.get("evidence"), f.get("notes")) for f in before["findings"]}
                new = {f["question"]: (f.get("response"), f.get("evidence"), f.get("notes")) for f in after["findings"]}
                removed = sorted(q for q in old if q not in new)
                lost = [q for q in old if q in new and old[q] != new[q] and q not in (migration or {}).get("changed", [])]
                if not migration or sorted(migration["removed"]) != removed or lost:
                    differences.append(f"{path.name}: moving to the current version: removed {removed}, form said {migration}; answers changed {lost}")
                continue
            if before != after:
                diff = [k for k in before if before.get(k) != after.get(k)]
                differences.append(f"{path.name}: the report of the form's saved file differs in {diff}")
        print(f"{len(files)} corpus files: {accepted} accepted and {refused} refused by both; {other} of another framework refused by the form, naming it")
    finally:
        drv.quit()
    for d in differences:
        print("DIFFERENCE:", d)
    if differences:
        print(f"{len(differences)} difference(s) between the tool and the form")
        return 1
    print("ok: the tool and the form read every corpus file alike (0 differences)")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
