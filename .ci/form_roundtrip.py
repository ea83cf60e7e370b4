#!/usr/bin/env python3
"""The fillable form in real headless Chromium: answer questions, save (a Blob download), reload
(answers restored from the browser), clear, load the saved file, save again, and feed the saved
file to `equality-assess report`. Exit 1 on any failure.

usage: form_roundtrip.py EQUALITY_ASSESS_BINARY FORM.html"""
import json, pathlib, shutil, subprocess, sys, tempfile, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

def wait_for(folder, name, timeout=20):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        path = folder / name
        if path.exists() and path.stat().st_size > 0 and not list(folder.glob("*.crdownload")):
            return path
        time.sleep(0.1)
    raise TimeoutError(f"{name} not in {folder}: {[p.name for p in folder.iterdir()]}")

def chromium(downloads):
    o = webdriver.ChromeOptions()
    o.binary_location = shutil.which("chromium")
    for a in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1024"):
        o.add_argument(a)
    o.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False})
    drv = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=o)
    drv.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return drv

def check(condition, message):
    if not condition:
        raise AssertionError(message)
    print("ok:", message)

def main(binary, page):
    page = pathlib.Path(page).resolve()
    first, second = (pathlib.Path(tempfile.mkdtemp(prefix="downloads-")) for _ in range(2))
    drv = chromium(first)
    try:
        drv.get(page.as_uri())
        drv.find_element(By.ID, "context-nation-wales").click()
        drv.find_element(By.CSS_SELECTOR, 'label[for="context-dutyList-welsh-list"]').click()
        drv.find_element(By.ID, "respondent-organisation").send_keys("Wexmoor <b>PCC</b> & \"partners\"")
        drv.find_element(By.ID, "respondent-date").send_keys("2026-11-25")
        drv.find_element(By.CSS_SELECTOR, 'label[for="NA-01-partly"]').click()
        drv.find_element(By.ID, "NA-01-evidence").send_keys("Cohort profile v2,\nwith a second line")
        drv.find_element(By.ID, "NA-02-fully").click()
        drv.find_element(By.ID, "NA-02-evidence").send_keys("EIA signed 3 May")
        drv.find_element(By.ID, "SD-08-not-applicable").click()
        check("needs a reason" in drv.find_element(By.ID, "check-SD-08").text, "not applicable without a reason is flagged at the question")
        drv.find_element(By.ID, "SD-08-notes").send_keys("No new approach, so no pilot")
        check(drv.find_element(By.ID, "check-SD-08").text == "", "the flag clears once a reason is given")
        check(not drv.find_element(By.ID, "q-EV-02").is_displayed(), "EV-02 is not asked while EV-01 is unanswered, as in the report")
        drv.find_element(By.ID, "EV-01-partly").click()
        check(drv.find_element(By.ID, "q-EV-02").is_displayed(), "EV-02 appears once EV-01 is partly in place")
        drv.find_element(By.ID, "EV-01-dont-know").click()
        check(not drv.find_element(By.ID, "q-EV-02").is_displayed(), "EV-02 is hidden once EV-01 rules it out, as the report leaves it out")
        check(drv.find_element(By.ID, "progress").text == "4 of 46 questions answered", "progress counts answered questions in scope")
        check(drv.find_element(By.ID, "progress-needs-assessment").text == "2 of 12 answered", "per-stage progress")

        drv.find_element(By.ID, "save").click()
        saved = json.loads(wait_for(first, "answers-commissioning-for-equality.json").read_text(encoding="utf-8"))
        check(saved["framework"] == "commissioning-for-equality" and saved["frameworkVersion"] == "1.2.0", "saved file names the framework")
        check(saved.get("context") == {"nation": "wales", "dutyList": "welsh-list"}, "saved file holds the legal context")
        check([a["question"] for a in saved["answers"]] == ["NA-01", "NA-02", "SD-08", "EV-01"], "saved file holds the answers in order")
        check(saved["answers"][0]["evidence"] == "Cohort profile v2,\nwith a second line", "evidence kept exactly")

        drv.refresh()
        check(drv.find_element(By.ID, "respondent-organisation").get_attribute("value") == "Wexmoor <b>PCC</b> & \"partners\"", "answers restored from the browser after reload")
        check(drv.find_element(By.ID, "NA-02-fully").is_selected(), "radio restored after reload")
        check(drv.find_element(By.ID, "context-nation-wales").is_selected(), "context restored after reload")

        drv.execute_script("window.confirm = function () { return true; };")
        drv.find_element(By.ID, "clear").click()
        check(drv.find_element(By.ID, "respondent-organisation").get_attribute("value") == "", "clear empties the form")
        progress = drv.find_element(By.ID, "progress").text
        check(progress == "0 of 48 questions answered", f"progress reset (EV-02 is out of scope with EV-01 unanswered): {progress}")

        saved_path = first / "answers-commissioning-for-equality.json"
        drv.find_element(By.ID, "load").send_keys(str(saved_path))
        time.sleep(0.5)
        check(drv.find_element(By.ID, "SD-08-notes").get_attribute("value") == "No new approach, so no pilot", "load restores answers from the saved file")
        check("Loaded 4 answers" in drv.find_element(By.ID, "status").text, "status says what was loaded")

        drv.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(second)})
        drv.find_element(By.ID, "save").click()
        again = wait_for(second, "answers-commissioning-for-equality.json").read_text(encoding="utf-8")
        check(json.loads(again) == saved, "save, load, save gives the same answers")

        # The CSV template, saved by a spreadsheet with semicolons, loads too.
        csv_path = second / "template.csv"
        csv_path.write_text("question;response;evidence;notes\r\nframework:id;commissioning-for-equality\r\nframework:version;1.2.0\r\ncontext:nation;wales\r\nNA-03;mostly;Training log;\r\n", encoding="utf-8")
        drv.find_element(By.ID, "load").send_keys(str(csv_path))
        time.sleep(0.5)
        check(drv.find_element(By.ID, "NA-03-mostly").is_selected(), "the CSV template loads into the form")
        check(drv.find_element(By.ID, "context-nation-wales").is_selected(), "the CSV context loads into the form")

        # A file the tool refuses is refused here too, naming the same places, and nothing changes.
        bad_path = second / "bad.csv"
        bad_path.write_text("question,response,evidence,notes\r\nframework:id,commissioning-for-equality\r\nNA-01,maybe,,\r\nNA-02,not-applicable,,\r\n", encoding="utf-8")
        drv.find_element(By.ID, "load").send_keys(str(bad_path))
        time.sleep(0.5)
        check("Nothing was loaded from bad.csv" in drv.find_element(By.ID, "status").text, "a file validate refuses is refused on Load")
        named = json.loads(drv.find_element(By.ID, "load-problems").get_attribute("data-problems"))
        cli = json.loads(subprocess.run([binary, "validate", "--format", "json", str(bad_path)], capture_output=True, text=True).stdout)
        check(sorted(named) == sorted(p["location"] for p in cli["files"][0]["problems"]), f"the same places as validate: {named}")
        check(drv.find_element(By.ID, "NA-03-mostly").is_selected(), "and nothing in the form changed")

        # A consensus draft kept as CSV says who agreed it; loading and saving in the form keeps that.
        third = pathlib.Path(tempfile.mkdtemp(prefix="downloads-"))
        agreed_path = third / "draft.csv"
        agreed_path.write_text("question,response,evidence,notes\r\nframework:id,commissioning-for-equality\r\nframework:version,1.2.0\r\nframework:agreedWith,commissioner; lived-experience\r\nNA-03,partly,Panel notes,\r\n", encoding="utf-8")
        drv.find_element(By.ID, "load").send_keys(str(agreed_path))
        time.sleep(0.5)
        drv.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(third)})
        drv.find_element(By.ID, "save").click()
        agreed = json.loads(wait_for(third, "answers-commissioning-for-equality.json").read_text(encoding="utf-8"))
        check(agreed.get("agreedWith") == ["commissioner", "lived-experience"], "a CSV draft's agreedWith survives the form")

        # A draft from `perspectives --draft` is not an agreement: the form shows the agreement step,
        # nothing ticked, and saves agreedWith only once the group ticks who agreed.
        fourth = pathlib.Path(tempfile.mkdtemp(prefix="downloads-"))
        draft_path = fourth / "draft-for-agreement.csv"
        draft_path.write_text("question,response,evidence,notes\r\nframework:id,commissioning-for-equality\r\nframework:version,1.2.0\r\nframework:drawnFrom,commissioner; provider; lived-experience\r\nframework:agreedWith,\r\nNA-03,partly,Panel notes,\r\n", encoding="utf-8")
        drv.find_element(By.ID, "load").send_keys(str(draft_path))
        time.sleep(0.5)
        check(drv.find_element(By.ID, "agreement").is_displayed(), "a consensus draft shows the agreement step")
        check(not any(b.is_selected() for b in drv.find_elements(By.NAME, "agreedWith")), "nobody is ticked as having agreed")
        drv.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(fourth)})
        drv.find_element(By.ID, "save").click()
        unagreed = json.loads(wait_for(fourth, "answers-commissioning-for-equality.json").read_text(encoding="utf-8"))
        check(unagreed.get("drawnFrom") == ["commissioner", "provider", "lived-experience"] and "agreedWith" not in unagreed,
              "saved untouched, the draft keeps who it was drawn from and claims no agreement")
        (fourth / "answers-commissioning-for-equality.json").unlink()
        for who in ("commissioner", "lived-experience"):
            box = drv.find_element(By.ID, f"agreedWith-{who}")
            drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", box)
            box.click()
        drv.find_element(By.ID, "save").click()
        agreed_now = json.loads(wait_for(fourth, "answers-commissioning-for-equality.json").read_text(encoding="utf-8"))
        check(agreed_now.get("agreedWith") == ["commissioner", "lived-experience"], "ticking who agreed saves agreedWith")
        status_line = subprocess.run([binary, "report", str(fourth / "answers-commissioning-for-equality.json")], capture_output=True, text=True).stdout
        check("| Agreement | Agreed with: commissioner and people with lived experience. |" in status_line, "the report names who agreed")

        # Rules shown as the person works: legal duties marked, progress kept on screen, fully
        # without evidence flagged, and Save saying what validate will refuse (it still saves).
        check("Legal duty:" in drv.find_element(By.ID, "q-NA-02").text, "a legal-duty question is marked outside the collapsed panel")
        check(drv.execute_script("return getComputedStyle(document.getElementById('progress')).position") == "sticky", "progress stays on screen")
        drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", drv.find_element(By.ID, "SD-01-fully"))
        drv.find_element(By.ID, "SD-01-fully").click()
        check("No evidence given" in drv.find_element(By.ID, "check-SD-01").text, "fully without evidence is flagged at the question")
        evidence = drv.find_element(By.ID, "SD-01-evidence")
        check(evidence.get_attribute("aria-invalid") == "true" and evidence.get_attribute("aria-describedby") == "check-SD-01",
              "the warning marks the evidence box for screen readers (aria-invalid, aria-describedby)")
        evidence.send_keys("Signed specification")
        check(evidence.get_attribute("aria-invalid") is None, "aria-invalid clears once evidence is given")
        evidence.clear()
        check(drv.find_element(By.ID, "summary-body").get_attribute("aria-live") == "polite", "the live summary is a polite live region")
        drv.execute_script("arguments[0].scrollIntoView({block: 'center'});", drv.find_element(By.ID, "SD-02-not-applicable"))
        drv.find_element(By.ID, "SD-02-not-applicable").click()
        drv.find_element(By.ID, "save").click()
        check("give a reason in the notes for: SD-02" in drv.find_element(By.ID, "status").text, "Save says what validate will refuse")
        check("Overall:" in drv.find_element(By.ID, "summary-body").text, "the live summary is shown")
    finally:
        drv.quit()

    report = subprocess.run([binary, "report", str(saved_path), "--format", "json"], capture_output=True, text=True)
    check(report.returncode == 0, f"equality-assess report reads the saved file (exit {report.returncode}: {report.stderr.strip()})")
    data = json.loads(report.stdout)
    findings = {f["question"]: f for f in data["findings"]}
    check(findings["NA-01"]["response"] == "partly" and findings["SD-08"]["response"] == "not-applicable", "report scores the form's answers")
    check(data["respondent"]["organisation"] == "Wexmoor <b>PCC</b> & \"partners\"", "respondent details reach the report")
    check(data["context"]["fields"]["nation"] == "wales" and data["context"]["stated"] is False, "the context reaches the report")
    print("form round trip: passed")
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
