#!/usr/bin/env python3
"""The XLIFF 2.0 export read by Translate Toolkit (PyPI translate-toolkit), its placeholder and
markup checks run on every translated unit, and a round trip: a target changed through Translate
Toolkit is imported by the tool; a target that loses a placeholder or gains markup is refused.

    xliff_check.py BIN WORKDIR
"""
import os, shutil, subprocess, sys
from translate.storage import xliff2
from translate.filters import checks

BIN, WORK = sys.argv[1], sys.argv[2]
os.makedirs(WORK, exist_ok=True)
export = os.path.join(WORK, "cy.xlf")
subprocess.run([BIN, "translations", "export", "--language", "cy", "-o", export], check=True)

# Checks that must pass on every translated unit: placeholders and markup kept, escapes and line
# breaks as in the source. The others (style, length) are printed for a reviewer, not failed on.
CRITICAL = {"variables", "pythonbraceformat", "printf", "xmltags", "escapes", "newlines", "tabs"}

def load(path):
    with open(path, "rb") as f:
        return xliff2.Xliff2File.parsefile(f)

store = load(export)
units = [u for u in store.units if not u.isheader()]
assert len(units) > 1000, f"only {len(units)} units"
translated = [u for u in units if u.target]
checker = checks.StandardChecker()
failed, advisory = [], {}
for u in translated:
    for name, message in checker.run_filters(u).items():
        (failed if name in CRITICAL else advisory.setdefault(name, [])).append((u.getid(), name, message))
for name, items in sorted(advisory.items()):
    print(f"advisory ({name}): {len(items)}, e.g. {items[0][0]}: {items[0][2]}")
if failed:
    for f in failed[:20]:
        print("FAIL", *f)
    sys.exit(f"{len(failed)} translated units fail Translate Toolkit's placeholder or markup checks")
print(f"ok: {len(units)} units, {len(translated)} translated, none fail the placeholder and markup checks")

# The checks can fail: a unit with its placeholder dropped is caught by Translate Toolkit.
probe = next(u for u in translated if "{0}" in u.source)
saved = probe.target
probe.target = saved.replace("{0}", "")
assert any(n in CRITICAL for n in checker.run_filters(probe)), "Translate Toolkit did not flag a lost placeholder"
probe.target = saved

def import_(store, name):
    path = os.path.join(WORK, name)
    with open(path, "wb") as f:
        store.serialize(f)
    into = os.path.join(WORK, name + ".out")
    shutil.rmtree(into, ignore_errors=True)
    os.makedirs(into)
    r = subprocess.run([BIN, "translations", "import", path, "--into", into], capture_output=True, text=True)
    return r, into

# 1. Round trip unchanged: the files written are the bundled ones, byte for byte.
r, into = import_(load(export), "same.xlf")
assert r.returncode == 0, r.stderr
for name in sorted(os.listdir(into)):
    with open(os.path.join(into, name), "rb") as a, open(os.path.join("Frameworks/translations", name), "rb") as b:
        assert a.read() == b.read(), f"{name} changed on a round trip through Translate Toolkit"
print(f"ok: a round trip through Translate Toolkit gives the bundled translation files back ({len(os.listdir(into))})")

# 2. A new target set through Translate Toolkit is imported.
s = load(export)
unit = next(u for u in s.units if u.getid() == "report.summary")
unit.target = "Crynodeb (newydd)"
r, into = import_(s, "edited.xlf")
assert r.returncode == 0, r.stderr
assert "Crynodeb (newydd)" in open(os.path.join(into, "messages.cy.json"), encoding="utf-8").read()
print("ok: a target edited in Translate Toolkit is imported")

# 3. A lost placeholder and smuggled markup are refused, naming the unit, and nothing is written.
for label, change in [("lost placeholder", lambda t: t.replace("{0}", "")), ("markup", lambda t: t + " <b>x</b>")]:
    s = load(export)
    unit = next(u for u in s.units if u.getid() == "report.overall")
    unit.target = change(unit.target)
    r, into = import_(s, "bad.xlf")
    assert r.returncode == 65, (label, r.returncode, r.stderr)
    assert "report.overall" in r.stderr, r.stderr
    assert not os.listdir(into), "files were written from a refused import"
    print(f"ok: {label} refused: {r.stderr.strip().splitlines()[0]}")
