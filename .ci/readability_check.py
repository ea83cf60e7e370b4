#!/usr/bin/env python3
"""Easy Read readability with a real tool (textstat 0.7.3, see CONFORMANCE.md section 8): every
Easy Read text is one sentence of at most 15 words, and the Flesch reading ease of the Easy Read
texts, for each framework and for the answers, is at least 70.

usage: readability_check.py Frameworks/easy-read.json FRAMEWORK.json... [--html REPORT.html...]
Easy Read reports and forms (--html) are checked the same way on their own words: every sentence at
most 15 words and Flesch at least 70; text marked class="given" (names the answers gave, the symbols'
licence credit) and scripts are left out."""
import html.parser, json, re, sys, textstat

class Words(html.parser.HTMLParser):
    """The report's own text: no style, title or class="given" elements."""
    def __init__(self):
        super().__init__(); self.skip = 0; self.parts = []
    def handle_starttag(self, tag, attrs):
        if self.skip or tag in ("style", "title", "script") or any(k == "class" and "given" in (v or "").split() for k, v in attrs): self.skip += 1
        if tag in ("p", "li", "h1", "h2", "h3", "br", "label", "span"): self.parts.append("\n")
    def handle_endtag(self, tag):
        if self.skip and tag in ("style", "title", "script", "p", "li", "h1", "h2"): self.skip -= 1
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)

def report_check(path):
    parser = Words(); parser.feed(open(path, encoding="utf-8").read())
    text = "".join(parser.parts)
    sentences = [s.strip() for line in text.split("\n") for s in re.split(r"(?<=[.?!])\s+", line) if s.strip()]
    failures = 0
    for s in sentences:
        if textstat.lexicon_count(s) > 15:
            print(f"FAIL: {path}: {textstat.lexicon_count(s)} words: {s}"); failures += 1
    score = textstat.flesch_reading_ease(" ".join(s if s[-1] in ".?!" else s + "." for s in sentences))
    print(f"{'ok' if score >= 70 else 'FAIL'}: {path}: {len(sentences)} sentences, Flesch reading ease {score:.1f} (at least 70)")
    return failures + (score < 70)

def main(easy_path, args):
    frameworks = args[:args.index("--html")] if "--html" in args else args
    reports = args[args.index("--html") + 1:] if "--html" in args else []
    easy = json.load(open(easy_path, encoding="utf-8"))
    failures = 0
    groups = {"answers": list(easy["answers"].values()) + list(easy.get("formAnswers", {}).values())}
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
    for report in reports: failures += report_check(report)
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
