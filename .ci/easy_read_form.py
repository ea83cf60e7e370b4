#!/usr/bin/env python3
"""The Easy Read form in real headless Chromium: it asks only what a person who uses the service can
answer from their own experience, in the exercise's legal context; answer in plain words, be asked
why for "This is not about me", save (a Blob download) with the exercise's context, reload, start
again, load the saved file, keep answers the form does not ask, refuse a commissioner's file; then
`validate` and `perspectives` read the saved file beside the commissioner's example. Exit 1 on any
failure.

usage: easy_read_form.py EQUALITY_ASSESS_BINARY EASY_READ_FORM.html COMMISSIONER_ANSWERS.json
The form must have been made with --context-from COMMISSIONER_ANSWERS.json."""
import json, pathlib, subprocess, sys, tempfile, time
from selenium.webdriver.common.by import By
from form_roundtrip import chromium, wait_for, check

def click(drv, element_id):
    element = drv.find_element(By.ID, element_id)
    drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
    element.click()

def main(binary, page, commissioner):
    page = pathlib.Path(page).resolve()
    downloads = pathlib.Path(tempfile.mkdtemp(prefix="easy-read-"))
    name = "easy-read-answers-commissioning-for-equality.json"
    easy = json.loads(pathlib.Path("Frameworks/easy-read.json").read_text(encoding="utf-8"))
    framework = json.loads(pathlib.Path("Frameworks/commissioning-for-equality.json").read_text(encoding="utf-8"))
    lived = [q["id"] for q in framework["questions"] if easy["livedExperience"][q["id"]]["answerable"]]
    others = [q["id"] for q in framework["questions"] if q["id"] not in lived]
    commissioner_set = json.loads(pathlib.Path(commissioner).read_text(encoding="utf-8"))
    drv = chromium(downloads)
    try:
        drv.get(page.as_uri())
        check(drv.find_elements(By.ID, "respondent-exercise") == [], "the exercise is fixed by the commissioner, not typed")
        shown = drv.execute_script("return Array.prototype.map.call(document.querySelectorAll('.er-question'), function (q) { return q.id.slice(2); });")
        check(shown == lived, f"only the {len(lived)} questions a person can answer from their own experience, in order")
        check(all(drv.find_elements(By.ID, "q-" + q) == [] for q in others), "no question about commissioning paperwork")
        # A date box types in the browser's own order; set it as a person's pick would.
        drv.execute_script("var d = document.getElementById('respondent-date'); d.value = '2026-11-26'; d.dispatchEvent(new Event('input', { bubbles: true }));")
        click(drv, "NA-03-not-in-place")
        drv.find_element(By.ID, "NA-03-more").send_keys("Nobody asked me <b>anything</b> & I waited\nfor months")
        click(drv, "NA-05-fully")
        check(drv.find_element(By.ID, "check-NA-05").text.startswith("What did you see?"), "'Yes, and I have seen it' asks gently what they saw")
        click(drv, "SD-02-not-applicable")
        check(drv.find_element(By.ID, "check-SD-02").text.startswith("Why is this not about you?"), "a reason is asked for in plain words, gently")
        drv.find_element(By.ID, "SD-02-more").send_keys("I was not there then")
        check(drv.find_element(By.ID, "check-SD-02").text == "", "the request clears once a reason is given")
        # "This is not about me" with no words: kept on screen, left out of the file's answers.
        click(drv, "SD-03-not-applicable")
        click(drv, "EV-03-partly")
        check(drv.find_element(By.ID, "progress").text == "You have answered 5 questions.", "progress in plain words")
        symbols = drv.execute_script("return Array.prototype.map.call(document.querySelectorAll('.er-question svg.symbol'), function (s) { var r = s.getBoundingClientRect(); return r.width > 40 && r.height > 40; });")
        check(len(symbols) == len(lived) and all(symbols), "every question shows its picture")
        answers_css = drv.execute_script("return getComputedStyle(document.querySelector('.er-answers')).display;")
        check(answers_css == "block", "one answer to a line, in reading order")

        click(drv, "save")
        saved = json.loads(wait_for(downloads, name).read_text(encoding="utf-8"))
        exercise = commissioner_set["respondent"]["exercise"]
        check(saved["respondent"] == {"perspective": "lived-experience", "exercise": exercise, "date": "2026-11-26"},
              "the file says lived experience, names the commissioner's exercise, and holds no name")
        check(saved.get("context") == commissioner_set.get("context"), "the exercise's legal context is saved with the answers")
        answers = {a["question"]: a for a in saved["answers"]}
        check(list(answers) == ["NA-03", "NA-05", "SD-02", "SD-03", "EV-03"], "the answers in order")
        check(answers["SD-03"]["response"] == "" and "without saying why" in answers["SD-03"]["notes"],
              "'This is not about me' with no reason is left out of the scores, as the rules say, and the file stays usable")
        check(answers["NA-05"]["response"] == "fully" and answers["NA-05"]["evidence"] == "", "'Yes' with no words is kept (the rules score it as mostly)")
        check(answers["NA-03"]["evidence"] == "Nobody asked me <b>anything</b> & I waited\nfor months", "the person's words kept exactly")
        check(answers["SD-02"]["notes"] == "I was not there then" and answers["SD-02"]["evidence"] == "", "the reason goes in the notes")

        drv.refresh()
        check(drv.find_element(By.ID, "NA-05-fully").is_selected(), "answers restored from the browser after reload")
        drv.execute_script("window.confirm = function () { return true; };")
        click(drv, "clear")
        check(drv.find_element(By.ID, "progress").text == "You have answered 0 questions.", "start again clears the form")
        # A file from an earlier form that asked more: the answers it does not ask are kept, unseen.
        earlier = dict(saved)
        earlier["answers"] = saved["answers"] + [{"question": "NA-01", "response": "partly", "evidence": "From the old form", "notes": ""}]
        earlier_path = downloads / "earlier.json"
        earlier_path.write_text(json.dumps(earlier), encoding="utf-8")
        drv.find_element(By.ID, "load").send_keys(str(earlier_path))
        time.sleep(0.5)
        check(drv.find_element(By.ID, "NA-03-more").get_attribute("value").startswith("Nobody asked me"), "open saved answers brings them back")
        check(drv.find_element(By.ID, "SD-03-not-applicable").is_selected(), "the left-out answer comes back as the person chose it")
        check("They are kept" in drv.find_element(By.ID, "status").text, "answers the form does not ask are kept, and it says so")
        for old in downloads.glob("easy-read-answers-*.json"):
            old.unlink()
        click(drv, "save")
        again = json.loads(wait_for(downloads, name).read_text(encoding="utf-8"))
        check(any(a["question"] == "NA-01" and a["evidence"] == "From the old form" for a in again["answers"]),
              "saved again, the answer the form does not ask is still there")
        drv.find_element(By.ID, "load").send_keys(str(pathlib.Path(commissioner).resolve()))
        time.sleep(0.5)
        check("view of a commissioner" in drv.find_element(By.ID, "status").text, "a commissioner's file is refused")
        check(drv.find_element(By.ID, "NA-05-fully").is_selected(), "and nothing was changed")
    finally:
        drv.quit()

    saved_path = downloads / name
    validate = subprocess.run([binary, "validate", str(saved_path)], capture_output=True, text=True)
    check(validate.returncode == 0, f"validate accepts the saved file (exit {validate.returncode}: {validate.stderr.strip()})")
    views = subprocess.run([binary, "perspectives", commissioner, str(saved_path), "--format", "json"], capture_output=True, text=True)
    check(views.returncode == 0, f"perspectives puts it beside the commissioner's answers (exit {views.returncode}: {views.stderr.strip()})")
    check("lived-experience" in views.stdout and "I waited" not in views.stdout,
          "one lived-experience voice is shown without its words (fewer than the minimum count)")
    print("Easy Read form: passed")
    return 0

if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
