#!/usr/bin/env python3
"""Markdown check: every file renders with cmark-gfm with each of its tables as a table, and the
rendered HTML holds only the tags our renderers mean to produce (so no user text became markup).

usage: markdown_check.py FILE.md..."""
import re, subprocess, sys

ALLOWED = {"h1", "h2", "h3", "h4", "p", "table", "thead", "tbody", "tr", "th", "td", "ul", "ol", "li",
           "strong", "em", "code", "blockquote", "hr", "br", "input", "del"}
DELIMITER = re.compile(r"^\|( *:?-+:? *\|)+ *$")

def main(files):
    bad = 0
    for name in files:
        text = open(name, encoding="utf-8").read()
        expected = sum(1 for line in text.splitlines() if DELIMITER.match(line))
        html = subprocess.run(["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist",
                               "-e", "tagfilter", "--table-prefer-style-attributes", name],
                              capture_output=True, text=True, check=True).stdout
        tables = html.count("<table>")
        tags = set(re.findall(r"</?([a-zA-Z][a-zA-Z0-9]*)", html))
        # The report's contents line links to its own headings; any other link is user text that became markup.
        links = re.findall(r"<a ([^>]*)>", html)
        foreign = [l for l in links if not re.fullmatch(r'href="#[a-z0-9-]+"', l)]
        if links and not foreign:
            tags.discard("a")
        unexpected = sorted(tags - ALLOWED) + [f"a {l}" for l in foreign]
        ok = tables == expected and not unexpected
        print(f"{name}: {tables} of {expected} tables rendered as tables" + (f"; unexpected tags: {unexpected}" if unexpected else ""))
        bad += not ok
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
