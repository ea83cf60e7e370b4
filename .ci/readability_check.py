#!/usr/bin/env python3
"""Easy Read readability with a real tool (textstat 0.7.3, see CONFORMANCE.md section 8): every
Easy Read text is one sentence of at most 15 words, and the Flesch reading ease of the Easy Read
texts, for each framework and for the answers, is at least 70.

usage: readability_check.py Frameworks/easy-read.json FRAMEWORK.json..."""
import json, sys, textstat

def main(easy_path, frameworks):
    easy = json.load(open(easy_path, encoding="utf-8"))
    failures = 0
    groups = {"answers": list(easy["answers"].values())}
    for path in frameworks:
        fw = json.load(open(path, encoding="utf-8"))
        groups[fw["id"]] = [easy["questions"][q["id"]] for q in fw["questions"]]
    for name, texts in groups.items():
        for text in texts:
            words, sentences = textstat.lexicon_count(text), textstat.sentence_count(text)
            if words > 15 or sentences != 1:
                print(f"FAIL: {name}: {words} words, {sentences} sentences: {text}"); failures += 1
        joined = " ".join(t if t.endswith(("?", ".")) else t + "." for t in texts)
        score = textstat.flesch_reading_ease(joined)
        ok = score >= 70
        print(f"{'ok' if ok else 'FAIL'}: {name}: {len(texts)} texts, Flesch reading ease {score:.1f} (at least 70), longest {max(textstat.lexicon_count(t) for t in texts)} words")
        failures += not ok
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
