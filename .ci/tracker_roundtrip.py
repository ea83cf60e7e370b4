#!/usr/bin/env python3
"""The tracker read back as people leave it (issue 25): the tool's workbook is edited by openpyxl
(owners, a date cell, a date typed as text, a status typed outside the drop-down, notes, rows
re-sorted, a column and a sheet of the team's own added) and saved again by LibreOffice. From each saved copy,
`report`, `compare` and `trend --tracker` must read exactly the edits, and `actions --tracker` must
carry them over to a new workbook that openpyxl reads back with the same values and a real date cell.

usage: tracker_roundtrip.py BIN OUTDIR"""
import datetime, json, pathlib, shutil, subprocess, sys, tempfile
import openpyxl

failures = []
def check(ok, message):
    print(("ok: " if ok else "FAIL: ") + message)
    if not ok: failures.append(message)

bin_, out = sys.argv[1], pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
def run(*args):
    r = subprocess.run([bin_, *args], capture_output=True, text=True)
    if r.returncode != 0: raise SystemExit(f"{args}: exit {r.returncode}: {r.stderr}")
    return r.stdout

run("actions", "--example", "-o", str(out / "plan.xlsx"))
edits = {  # id: (owner, due as written, due as read, status as typed, status as read, notes)
    "A-NA-04": ("Head of commissioning", datetime.date(2027, 3, 31), "2027-03-31", "In progress", "overdue", "Draft ready"),
    "A-SD-03": ("Contracts lead", "30/06/2027", "2027-06-30", "completed", "done-but-gap-remains", ""),
    "A-EV-06": ("Quality team", None, None, "in-progress", "in-progress", "Agenda item added"),
}
book = openpyxl.load_workbook(out / "plan.xlsx")
sheet = book["Action plan"]
header = [c.value for c in sheet[1]]
col = {name: header.index(name) + 1 for name in ("ID", "Owner", "Due date", "Status", "Notes")}
rows = [[c.value for c in r] for r in sheet.iter_rows(min_row=2) if r[0].value]
notes_col = col["Notes"]
extra_col = len(header) + 1
sheet.cell(row=1, column=extra_col, value="Checked by")
for i, values in enumerate(reversed(rows)):
    for j, v in enumerate(values):
        sheet.cell(row=2 + i, column=1 + j, value=v)
    owner, due, _, status, _, notes = edits.get(values[0], (None, None, None, None, None, None))
    sheet.cell(row=2 + i, column=col["Owner"], value=owner)
    sheet.cell(row=2 + i, column=col["Due date"], value=due)
    sheet.cell(row=2 + i, column=col["Status"], value=status)
    sheet.cell(row=2 + i, column=notes_col, value=notes)
    sheet.cell(row=2 + i, column=extra_col, value="RB" if owner else None)
book.create_sheet("Our notes")["A1"] = "Board dates"
book.save(out / "edited.xlsx")

profile = tempfile.mkdtemp(prefix="lo-profile-")
(out / "lo").mkdir(exist_ok=True)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{profile}", "--convert-to", "xlsx",
                "--outdir", str(out / "lo"), str(out / "edited.xlsx")], capture_output=True, timeout=180)
copies = {"openpyxl": out / "edited.xlsx", "LibreOffice": out / "lo" / "edited.xlsx"}
check(copies["LibreOffice"].exists(), "LibreOffice saved the edited workbook again")

for who, path in copies.items():
    if not path.exists(): continue
    report = json.loads(run("report", "--example", "--tracker", str(path), "--date", "2027-04-15", "--format", "json"))
    items = {i["id"]: i for i in report["tracking"]["actions"]}
    for id_, (owner, _, due, _, state, notes) in edits.items():
        got = items.get(id_, {})
        check((got.get("owner"), got.get("dueDate"), got.get("state"), got.get("notes")) == (owner, due, state, notes),
              f"{who}: report --tracker reads {id_} exactly ({got.get('owner')!r}, {got.get('dueDate')!r}, {got.get('state')!r})")
    untouched = [i for k, i in items.items() if k not in edits]
    check(all(i["state"] == "not-started" and i["owner"] == "" for i in untouched),
          f"{who}: the {len(untouched)} actions nobody touched are not started")
    new = out / f"carried-{who}.xlsx"
    run("actions", "--example", "--tracker", str(path), "-o", str(new))
    carried = openpyxl.load_workbook(new)["Action plan"]
    head = [c.value for c in carried[1]]
    by_id = {r[0].value: r for r in carried.iter_rows(min_row=2) if r[0].value}
    for id_, (owner, _, due, _, _, notes) in edits.items():
        r = by_id[id_]
        due_cell = r[head.index("Due date")]
        got_due = due_cell.value.date().isoformat() if isinstance(due_cell.value, datetime.datetime) else due_cell.value
        check(r[head.index("Owner")].value == owner and got_due == due and (r[head.index("Notes")].value or "") == notes,
              f"{who}: actions --tracker carries {id_} over (owner, due date as a date cell, notes)")
    check(list(by_id)[:3] == [r[0] for r in rows[:3]], f"{who}: the new plan is in the plan's order")
    # compare and trend read the same copy: the history's 2026 round is the example's answers.
    history = sorted(str(p) for p in pathlib.Path("Tests/EqualityTests/Fixtures/history").glob("20*.json"))
    comparison = json.loads(run("compare", history[1], history[2], "--tracker", str(path), "--format", "json"))
    trend = json.loads(run("trend", *history, "--tracker", str(path), "--tracker", str(path), "--format", "json"))
    for name, tracking in (("compare", comparison["tracking"]), ("trend", trend["steps"][1]["tracking"])):
        items = {i["id"]: i for i in tracking["actions"]}
        for id_, (owner, _, due, _, _, notes) in edits.items():
            got = items.get(id_, {})
            check((got.get("owner"), got.get("dueDate"), got.get("notes")) == (owner, due, notes),
                  f"{who}: {name} --tracker reads {id_} exactly")

if failures:
    print(f"{len(failures)} tracker check(s) failed", file=sys.stderr)
    sys.exit(1)
print("tracker round trip: all checks passed")
