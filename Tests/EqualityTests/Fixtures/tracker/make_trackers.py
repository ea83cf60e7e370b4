"""Edits the tool's own tracker as a person would, for TrackerTests. Needs openpyxl (the CI's
conformance environment has it) and, for the LibreOffice copy, soffice. Run from this folder
with the workbook `equality-assess actions --example -o tracker.xlsx` wrote beside it."""
import csv
import datetime
import subprocess
import openpyxl

wb = openpyxl.load_workbook("tracker.xlsx")
ws = wb["Action plan"]
rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
rows = [r for r in rows if r[0]]
# Typed in: owners, a real date, a date as UK text, a status outside the drop-down, notes in a
# new column; then the rows re-sorted (last first) and a sheet of the team's own added.
edits = {
    "A-NA-04": ("Head of commissioning", datetime.date(2027, 3, 31), "In progress", "Draft ready"),
    "A-SD-03": ("Contracts lead", "30/06/2027", "completed", ""),
    "A-EV-04": ("", None, "Done", "Signed off at board, May"),
}
ws.cell(row=1, column=12, value="Notes")
for i, r in enumerate(reversed(rows)):
    for j, v in enumerate(r):
        ws.cell(row=2 + i, column=1 + j, value=v)
    owner, due, status, notes = edits.get(r[0], (None, None, None, None))
    ws.cell(row=2 + i, column=9, value=owner)
    ws.cell(row=2 + i, column=10, value=due)
    ws.cell(row=2 + i, column=11, value=status)
    ws.cell(row=2 + i, column=12, value=notes)
    if isinstance(due, datetime.date):
        ws.cell(row=2 + i, column=10).number_format = "DD/MM/YYYY"
ws.auto_filter.ref = "A1:L%d" % (len(rows) + 1)
wb.create_sheet("Our notes")["A1"] = "Board dates: March, June"
wb.save("openpyxl-edited.xlsx")

subprocess.run(["soffice", "--headless", "--calc", "--convert-to", "xlsx", "--outdir", "lo", "openpyxl-edited.xlsx"],
               check=True, capture_output=True)
import os, shutil
shutil.move("lo/openpyxl-edited.xlsx", "libreoffice-edited.xlsx")
os.rmdir("lo")

# The CSV as a UK spreadsheet saves it: semicolons, a byte order mark, dates as 31/03/2027.
with open("tracker.csv", encoding="utf-8-sig") as f:
    table = list(csv.reader(f))
head = table[0]
out = [head + ["notes"]]
for r in reversed(table[1:]):
    owner, due, status, notes = edits.get(r[0], ("", "", "", ""))
    if isinstance(due, datetime.date):
        due = due.strftime("%d/%m/%Y")
    r[head.index("owner")], r[head.index("due_date")], r[head.index("status")] = owner or "", due or "", status or ""
    out.append(r + [notes or ""])
with open("edited-tracker.csv", "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, delimiter=";").writerows(out)
