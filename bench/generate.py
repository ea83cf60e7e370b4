#!/usr/bin/env python3
"""Writes N synthetic answer sets for the commissioning framework into DIR, deterministic by SEED.

usage: generate.py SEED N DIR"""
import json, os, random, sys

def main(seed, n, folder):
    here = os.path.dirname(os.path.abspath(__file__))
    fw = json.load(open(os.path.join(here, "..", "Frameworks", "commissioning-for-equality.json"), encoding="utf-8"))
    ids = [q["id"] for q in fw["questions"]]
    rng = random.Random(seed)
    responses = ["not-in-place", "partly", "mostly", "fully", "fully", "not-applicable", "dont-know", ""]
    os.makedirs(folder, exist_ok=True)
    for i in range(n):
        answers = []
        for q in ids:
            r = rng.choice(responses)
            if r == "":
                continue
            answers.append({"question": q, "response": r,
                            "evidence": "Evidence held on file" if rng.random() < 0.8 else "",
                            "notes": "Outside the scope of this exercise" if r == "not-applicable" else ""})
        doc = {"framework": fw["id"], "frameworkVersion": fw["version"],
               "respondent": {"organisation": f"Synthetic commissioner {i}", "role": "", "exercise": "", "date": "2026-11-25"},
               "answers": answers}
        with open(os.path.join(folder, f"answers-{i:06d}.json"), "w", encoding="utf-8") as f:
            json.dump(doc, f)

if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
