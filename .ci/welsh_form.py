#!/usr/bin/env python3
"""The fillable forms printed with --language cy, in real headless Chromium: the script speaks
Welsh (progress, the live summary, the save message, counted phrases by CLDR's Welsh rule), the
saved file records "language": "cy" and `report` reads it. Exit 1 on any failure.

usage: welsh_form.py EQUALITY_ASSESS_BINARY WORKDIR"""
import json, pathlib, subprocess, sys, tempfile
from selenium.webdriver.common.by import By
from form_roundtrip import chromium, wait_for, check

def main(binary, work):
    work = pathlib.Path(work)
    work.mkdir(parents=True, exist_ok=True)
    form, easy = work / "form-cy.html", work / "easy-read-form-cy.html"
    subprocess.run([binary, "questionnaire", "--format", "html", "--fillable", "--language", "cy", "-o", str(form)],
                   check=True, capture_output=True)
    subprocess.run([binary, "questionnaire", "--easy-read", "--fillable", "--language", "cy", "-o", str(easy)],
                   check=True, capture_output=True)
    downloads = pathlib.Path(tempfile.mkdtemp(prefix="downloads-"))
    drv = chromium(downloads)
    try:
        drv.get(form.as_uri())
        check(drv.find_element(By.TAG_NAME, "html").get_attribute("lang") == "cy", "the form says it is in Welsh")
        drv.find_element(By.ID, "context-nation-wales").click()
        drv.find_element(By.CSS_SELECTOR, 'label[for="NA-01-partly"]').click()
        drv.find_element(By.ID, "NA-01-evidence").send_keys("Proffil carfan")
        drv.find_element(By.ID, "NA-02-fully").click()
        progress = drv.find_element(By.ID, "progress").text
        check(progress.startswith("2 o ") and progress.endswith("wedi'u hateb"), f"progress in Welsh ({progress})")
        check("Cyffredinol:" in drv.find_element(By.ID, "summary-body").text, "the live summary in Welsh")
        check("Ni roddwyd tystiolaeth" in drv.find_element(By.ID, "check-NA-02").text, "a check at the question, in Welsh")
        drv.find_element(By.ID, "save").click()
        saved = wait_for(downloads, "answers-commissioning-for-equality.json")
        check(drv.find_element(By.ID, "status").text.startswith("Cadwyd yr atebion fel"), "the save message in Welsh")
        answers = json.loads(saved.read_text(encoding="utf-8"))
        check(answers.get("language") == "cy", "the saved file records cy")
        r = subprocess.run([binary, "report", str(saved), "--language", "cy", "--format", "json"], capture_output=True, text=True)
        check(r.returncode == 0 and json.loads(r.stdout)["language"] == "cy", "report reads it")

        drv.get(easy.as_uri())
        first = drv.find_elements(By.CSS_SELECTOR, '.er-answers input[type="radio"]')[0]
        drv.execute_script("arguments[0].click();", first)
        text = drv.find_element(By.ID, "progress").text
        check(text == "Rydych chi wedi ateb 1 cwestiwn.", f"the Easy Read form counts in Welsh ({text})")
        drv.find_elements(By.CSS_SELECTOR, '.er-answers input[type="radio"]')[6].click()
        text = drv.find_element(By.ID, "progress").text
        check(text == "Rydych chi wedi ateb 2 gwestiwn.", f"the Welsh form for two, by CLDR's rule ({text})")
    finally:
        drv.quit()

if __name__ == "__main__":
    try:
        main(*sys.argv[1:])
    except (AssertionError, subprocess.CalledProcessError, TimeoutError) as e:
        print("FAIL:", e)
        sys.exit(1)
    print("Welsh forms: passed")
