#!/usr/bin/env python3
"""The baseline a data analyst would write: per-stage average scores over a folder of answer sets,
with the same rules as the tool (weights, evidence rule, not applicable, conditions), in plain
Python 3, one process. Prints the mean stage and overall percentages, and the exact count of each
response to each question (what the tool publishes, rounded), as JSON.

usage: baseline.py FRAMEWORK.json DIR"""
import json, os, sys

def main(framework_path, folder):
    fw = json.load(open(framework_path, encoding="utf-8"))
    points = {r["id"]: r.get("points") for r in fw["scale"]["responses"]}
    fallback = {r["id"]: r.get("withoutEvidence") for r in fw["scale"]["responses"]}
    stages = [s["id"] for s in fw["stages"]]
    maxp = fw["scale"]["maxPoints"]
    sums = {s: 0 for s in stages}; counts = {s: 0 for s in stages}
    overall_sum = overall_n = 0
    keys = [r["id"] for r in fw["scale"]["responses"]] + ["unanswered", "not-asked"]
    tallies = {q["id"]: {k: 0 for k in keys} for q in fw["questions"]}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            doc = json.load(f)
        answers = {}
        for a in doc["answers"]:
            answers.setdefault(a["question"], a)
        got = {s: 0.0 for s in stages}; top = {s: 0.0 for s in stages}
        for q in fw["questions"]:
            cond = q.get("condition")
            if cond:
                parent = answers.get(cond["question"], {}).get("response") or None
                if parent not in cond["responses"]:
                    tallies[q["id"]]["not-asked"] += 1
                    continue
            a = answers.get(q["id"])
            r = (a or {}).get("response") or ""
            tallies[q["id"]][r or "unanswered"] += 1
            if r and points.get(r) is None:
                continue  # not applicable
            p = 0
            if r:
                p = points[r]
                if fallback.get(r) and not (a.get("evidence") or "").strip():
                    p = points[fallback[r]]
            got[q["stage"]] += p * q["weight"]; top[q["stage"]] += maxp * q["weight"]
        for s in stages:
            if top[s] > 0:
                sums[s] += round(got[s] / top[s] * 1000)
                counts[s] += 1
        if sum(top.values()) > 0:
            overall_sum += round(sum(got.values()) / sum(top.values()) * 1000); overall_n += 1
    mean = lambda t, n: int((t * 2 + n) // (2 * n)) / 10 if n else None
    print(json.dumps({"overall": mean(overall_sum, overall_n), "stages": {s: mean(sums[s], counts[s]) for s in stages},
                      "respondents": overall_n, "responses": tallies}))

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
