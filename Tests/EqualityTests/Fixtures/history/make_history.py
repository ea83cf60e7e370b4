"""Three assessments of one fictional service over three years, for the trend tests and CI:
2026 is the bundled commissioning example; 2025 and 2024 are earlier, weaker rounds, and 2024
was answered on the framework's version 1.1.0, so the trend names the questions that changed.
Run from this folder; the outputs are committed."""
import json

example = json.load(open("../../../../Frameworks/examples/commissioning.json"))
old = json.load(open("../../../../Frameworks/archive/commissioning-for-equality-1.1.0.json"))
old_ids = {q["id"] for q in old["questions"]}
old_context = set(old.get("context", []))

def weaker(answer, steps):
    order = ["not-in-place", "partly", "mostly", "fully"]
    a = dict(answer)
    if a.get("response") in order:
        a["response"] = order[max(0, order.index(a["response"]) - steps)]
        if a["response"] != "fully":
            a["evidence"] = a.get("evidence", "")
    return a

def write(name, data):
    with open(name, "w") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
        f.write("\n")

y2026 = dict(example)
y2026.pop("$schema", None)
write("2026.json", y2026)

y2025 = json.loads(json.dumps(y2026))
y2025["respondent"]["date"] = "2025-11-03"
y2025["answers"] = [weaker(a, 1) if i % 2 == 0 else a for i, a in enumerate(y2025["answers"])]
write("2025.json", y2025)

y2024 = json.loads(json.dumps(y2026))
y2024["respondent"]["date"] = "2024-11-04"
y2024["frameworkVersion"] = old["version"]
y2024["context"] = {k: v for k, v in y2024.get("context", {}).items() if k in old_context}
y2024["answers"] = [weaker(a, 2) for a in y2024["answers"] if a["question"] in old_ids]
write("2024.json", y2024)
