#!/usr/bin/env python3
"""Word and Excel files in real clients: LibreOffice (headless) opens every generated .docx and
.xlsx and converts it to PDF or CSV; python-docx reads the report's heading styles and tables;
openpyxl reads the action plan's drop-down and date cells. Hostile text comes back as text: a
payload stored as a formula would be evaluated by LibreOffice's CSV export.

usage: office_check.py BIN OUTDIR"""
import csv, html.parser, io, json, pathlib, re, subprocess, sys, tempfile
sys.path.insert(0, str(pathlib.Path(__file__).parent))
from print_check import split_words

failures = []
def check(ok, message):
    print(("ok: " if ok else "FAIL: ") + message)
    if not ok: failures.append(message)

def run(bin_, *args):
    r = subprocess.run([bin_, *args], capture_output=True, text=True)
    if r.returncode != 0: raise SystemExit(f"{args}: exit {r.returncode}: {r.stderr}")

def convert(path, to, outdir):
    """LibreOffice conversion with its own profile folder, as CONFORMANCE.md section 7 says."""
    profile = tempfile.mkdtemp(prefix="lo-profile-")
    target = "csv:Text - txt - csv (StarCalc):44,34,76,1" if to == "csv" else to
    r = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", target,
                        "--outdir", str(outdir), str(path)], capture_output=True, text=True, timeout=180)
    out = outdir / (path.stem + "." + to)
    check(out.exists() and out.stat().st_size > 0, f"LibreOffice converted {path.name} to {to} ({r.stderr.strip()[:80] or 'no errors'})")
    return out

class H2(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.inside = False; self.found = []
    def handle_starttag(self, tag, attrs):
        if tag == "h2": self.inside = True; self.found.append("")
    def handle_endtag(self, tag):
        if tag == "h2": self.inside = False
    def handle_data(self, data):
        if self.inside: self.found[-1] += data

def unguard(cell):
    """`actions --format csv` prefixes ' to a cell a spreadsheet would run as a formula."""
    return cell[1:] if cell[:1] == "'" and cell[1:2] in ("=", "+", "-", "@", "\t", "\r") else cell

def main(bin_, outdir):
    import docx, openpyxl
    out = pathlib.Path(outdir); out.mkdir(parents=True, exist_ok=True)
    for example in ("commissioning", "voluntary"):
        report = out / f"report-{example}.docx"
        run(bin_, "report", "--example", example, "--format", "docx", "-o", str(report))
        run(bin_, "report", "--example", example, "--format", "html", "-o", str(out / f"report-{example}.html"))
        pdf = convert(report, "pdf", out)
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout).group(1))
        check(f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text, f"{report.name}: page numbers in the footer ({pages} pages)")
        check("Draft" in text, f"{report.name}: the status is printed")
        parser = H2(); parser.feed((out / f"report-{example}.html").read_text(encoding="utf-8"))
        html_headings = [re.sub(r"\s+", " ", h).strip() for h in parser.found]
        document = docx.Document(str(report))
        word_headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
        check(word_headings == html_headings, f"{report.name}: Heading 1 styles match the HTML report's sections {word_headings[:3]}…")
        flat = re.sub(r"\s+", " ", text)
        check(all(h in flat for h in html_headings), f"{report.name}: every section heading is in the PDF")
        check(len(document.tables) >= 8 and all(len(t.rows) >= 1 for t in document.tables), f"{report.name}: {len(document.tables)} tables read")
        check(document.core_properties.language == "en-GB" and document.core_properties.title.startswith("Equality gap report"),
              f"{report.name}: title and language properties")
        split = split_words(pdf, out / f"report-{example}.html")
        check(not split, f"{report.name}: no word split across lines in LibreOffice's PDF {split[:6]}")

    plan = out / "actions.xlsx"
    run(bin_, "actions", "--example", "--format", "xlsx", "-o", str(plan))
    run(bin_, "actions", "--example", "--format", "csv", "-o", str(out / "actions.csv"))
    run(bin_, "actions", "--example", "--format", "docx", "-o", str(out / "actions.docx"))
    actions_pdf = convert(out / "actions.docx", "pdf", out)
    run(bin_, "actions", "--example", "--format", "html", "-o", str(out / "actions.html"))
    split = split_words(actions_pdf, out / "actions.html")
    check(not split, f"actions.docx: no word split across lines in LibreOffice's PDF (Priority, Medium, A-NA-09) {split[:6]}")
    # The workbook prints landscape, one page wide, with the header row on every page.
    printed = out / "actions-printed.xlsx"
    printed.write_bytes(plan.read_bytes())
    plan_pdf = convert(printed, "pdf", out)
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(plan_pdf)], capture_output=True, text=True).stdout).group(1))
    page_texts = [subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(plan_pdf), "-"], capture_output=True, text=True).stdout
                  for n in range(1, pages + 1)]
    action_pages = [t for t in page_texts if re.search(r"\bA-[A-Z]+-\d+\b", t)]
    check(all("Priority" in t and "Status" in t and "Due date" in t for t in action_pages),
          f"actions.xlsx: every printed page of the plan has the whole header row ({len(action_pages)} of {pages} pages)")
    check(len(action_pages) == pages - 1 and len(action_pages) <= 4,
          f"actions.xlsx: the plan prints one page wide, no page holds a lone column ({pages} pages in all)")
    lo_csv = convert(plan, "csv", out)
    ours = list(csv.reader(io.StringIO((out / "actions.csv").read_text(encoding="utf-8"))))
    theirs = list(csv.reader(io.StringIO(lo_csv.read_text(encoding="utf-8"))))
    check([[unguard(c) for c in row] for row in ours[1:]] == [row + [""] * (len(ours[0]) - len(row)) for row in theirs[1:]],
          f"actions.xlsx: LibreOffice's CSV has the same {len(ours) - 1} rows as actions --format csv")
    book = openpyxl.load_workbook(str(plan))
    sheet = book["Action plan"]
    kinds = {dv.type: dv for dv in sheet.data_validations.dataValidation}
    check("list" in kinds and kinds["list"].formula1 == '"Not started,In progress,Done,Closed"', "actions.xlsx: Status drop-down (Not started, In progress, Done, Closed)")
    check("date" in kinds and sheet["J2"].is_date, "actions.xlsx: Due date cells typed as dates, with a date check")
    check(sheet.freeze_panes == "A2", "actions.xlsx: header row frozen")
    check(book.sheetnames == ["Action plan", "Legal risks"], "actions.xlsx: a second sheet lists the legal risks")

    # Every CSV the tool writes starts with a UTF-8 byte order mark. LibreOffice's import with the
    # text import dialog's defaults (comma, quote, character set 0: the system's) takes the mark as
    # the mark, not as text in the first cell, and reads curly quotes and accents as written.
    # (Headless LibreOffice given no filter options at all assumes Windows-1252 whatever the file
    # says, so the dialog's defaults are given explicitly.)
    name = "Caf\u00e9 \u201cWexmoor\u201d \u2013 \u0174"
    views = []
    for who in ("commissioner", "provider"):
        doc = json.loads(pathlib.Path("Tests/EqualityTests/Fixtures/perspectives/" + who + ".json").read_text(encoding="utf-8"))
        doc["respondent"]["organisation"] = name
        (out / f"view-{who}.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        views.append(str(out / f"view-{who}.json"))
    subprocess.run([bin_, "perspectives", *views, "--draft", str(out / "draft.csv")], capture_output=True, check=True)
    run(bin_, "questionnaire", "--format", "csv", "-o", str(out / "template.csv"))
    run(bin_, "actions", "--example", "--format", "csv", "-o", str(out / "plan-export.csv"))
    for csv_file, expected in ((out / "draft.csv", name), (out / "template.csv", "question"), (out / "plan-export.csv", "A-NA-04")):
        check(csv_file.read_bytes().startswith(b"\xef\xbb\xbf"), f"{csv_file.name} starts with a UTF-8 byte order mark")
        profile = tempfile.mkdtemp(prefix="lo-profile-")
        imported = out / "imported"
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}",
                        "--infilter=Text - txt - csv (StarCalc):44,34,0,1", "--convert-to", "xlsx",
                        "--outdir", str(imported), str(csv_file)], capture_output=True, text=True, timeout=180)
        sheet = openpyxl.load_workbook(str(imported / (csv_file.stem + ".xlsx"))).active
        cells = [c.value for row in sheet.iter_rows() for c in row]
        check(sheet["A1"].value in ("question", "id") and expected in cells,
              f"{csv_file.name}: LibreOffice's import reads the first cell as {sheet['A1'].value!r} and {expected!r} as written")

    # Hostile text: the hostile answer set, and a framework whose recommendations are formulas.
    hostile = pathlib.Path("Tests/EqualityTests/Fixtures/hostile-commissioning.json")
    run(bin_, "report", str(hostile), "--format", "docx", "-o", str(out / "hostile.docx"))
    pdf = convert(out / "hostile.docx", "pdf", out)
    text = re.sub(r"\s+", " ", subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout)
    check("<script>alert('x')</script>" in text, "hostile.docx: the <script> payload is printed as text")
    framework = json.loads(pathlib.Path("Frameworks/commissioning-for-equality.json").read_text(encoding="utf-8"))
    payloads = ["=1+1", "=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1+1)", "@SUM(A1)"]
    for i, payload in enumerate(payloads):
        for key in framework["questions"][i]["recommendations"]:
            framework["questions"][i]["recommendations"][key] = payload
    (out / "hostile-framework.json").write_text(json.dumps(framework), encoding="utf-8")
    answers = json.loads(pathlib.Path("Frameworks/examples/commissioning.json").read_text(encoding="utf-8"))
    for a in answers["answers"]:
        if a["question"] in [q["id"] for q in framework["questions"][:4]]: a["response"] = "not-in-place"
    (out / "hostile-answers.json").write_text(json.dumps(answers), encoding="utf-8")
    run(bin_, "actions", str(out / "hostile-answers.json"), "--framework", str(out / "hostile-framework.json"),
        "--format", "xlsx", "-o", str(out / "hostile-actions.xlsx"))
    cells = [c for row in csv.reader(io.StringIO(convert(out / "hostile-actions.xlsx", "csv", out).read_text(encoding="utf-8"))) for c in row]
    for payload in payloads:
        check(payload in cells, f"hostile-actions.xlsx: {payload} comes back as text, not evaluated")
    check("2" not in cells and "x" not in cells, "hostile-actions.xlsx: no payload was evaluated as a formula")
    print(f"{len(failures)} failure(s)" if failures else "ok: Word and Excel files open in LibreOffice, python-docx and openpyxl")
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
