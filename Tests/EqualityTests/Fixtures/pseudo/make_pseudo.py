#!/usr/bin/env python3
"""The bundled examples with every typed text accented and bracketed as the pseudo-locale does,
so a pseudo-locale rendering has no plain ASCII word that a person typed: any left is a string
that bypassed the catalogue. Run from the repository root."""
import json, os
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

here = os.path.dirname(os.path.abspath(__file__))
for name in ["commissioning", "voluntary"]:
    d = json.load(open(f"Frameworks/examples/{name}.json"))
    d.pop("$schema", None)
    with open(os.path.join(here, f"{name}.json"), "w") as f:
        json.dump(walk(d), f, ensure_ascii=False, indent=2)
        f.write("\n")
