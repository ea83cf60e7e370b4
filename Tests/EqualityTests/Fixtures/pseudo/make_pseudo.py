#!/usr/bin/env python3
"""Answer sets with every typed text accented and bracketed as the pseudo-locale does, so a
pseudo-locale rendering has no plain ASCII word that a person typed: any left is a string that
bypassed the catalogue. The bundled examples, and the compare, trend, perspectives and aggregate
fixtures (each set in its own folder). Run from the repository root."""
import glob, json, os, shutil
PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
MARKED = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
TABLE = str.maketrans(PLAIN, MARKED)
TYPED = {"organisation", "role", "exercise", "evidence", "notes"}

def walk(v, key=None):
    if isinstance(v, dict):
        return {k: walk(x, k) for k, x in v.items()}
    if isinstance(v, list):
        return [walk(x, key) for x in v]
    if isinstance(v, str) and key in TYPED and v:
        return "[" + v.translate(TABLE) + "]"
    return v

def convert(source, target):
    try:
        d = json.load(open(source, encoding="utf-8"))
    except (ValueError, UnicodeDecodeError):
        shutil.copyfile(source, target)  # a broken file stays broken
        return
    d.pop("$schema", None)
    with open(target, "w", encoding="utf-8") as f:
        json.dump(walk(d), f, ensure_ascii=False, indent=2)
        f.write("\n")

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.dirname(here)
for name in ["commissioning", "voluntary"]:
    convert(f"Frameworks/examples/{name}.json", os.path.join(here, f"{name}.json"))
for folder in ["history", "perspectives", "aggregate"]:
    os.makedirs(os.path.join(here, folder), exist_ok=True)
    for path in sorted(glob.glob(os.path.join(fixtures, folder, "*"))):
        if path.endswith((".json", ".csv")):
            out = os.path.join(here, folder, os.path.basename(path))
            if path.endswith(".json"):
                convert(path, out)
            else:
                shutil.copyfile(path, out)
convert(os.path.join(fixtures, "compare", "after-commissioning.json"), os.path.join(here, "compare-after.json"))
