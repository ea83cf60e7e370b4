#!/usr/bin/env python3
"""Markdown check: every file renders with cmark-gfm with each of its tables as a table, and the
rendered HTML holds only the tags our renderers mean to produce (so no user text became markup).

usage: markdown_check.py FILE.md..."""
import urllib.parse, re, subprocess, sys

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
        # A contents link to a heading's anchor: lower-case letters (Welsh ŵ and ŷ, the pseudo-locale's
        # accented ones, which cmark-gfm percent-encodes), digits and hyphens; anything else is a
        # link from the text.
        def anchor(link):
            m = re.fullmatch(r'href="#((?:[a-z0-9-]|%[0-9A-F]{2})+)"', link)
            return m is not None and re.fullmatch(r"(?:[^\W_A-Z]|-)+", urllib.parse.unquote(m.group(1))) is not None
        foreign = [l for l in links if not anchor(l)]
        if links and not foreign:
            tags.discard("a")
        unexpected = sorted(tags - ALLOWED) + [f"a {l}" for l in foreign]
        ok = tables == expected and not unexpected
        print(f"{name}: {tables} of {expected} tables rendered as tables" + (f"; unexpected tags: {unexpected}" if unexpected else ""))
        bad += not ok
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
