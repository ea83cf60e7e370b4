#!/usr/bin/env python3
"""The printed PDFs committed in reports/ are current: each has the same page count and the same
text (pdftotext) as a fresh print of the same HTML. Bytes differ between prints (creation time).

usage: pdf_current.py FRESH_DIR COMMITTED.pdf..."""
import pathlib, re, subprocess, sys

def pages(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))

def text(pdf):
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout

def main(fresh_dir, committed):
    failures = 0
    for name in committed:
        old, new = pathlib.Path(name), pathlib.Path(fresh_dir) / pathlib.Path(name).name
        if not new.exists():
            print(f"{old}: no fresh print at {new}")
            failures += 1
            continue
        same_pages, same_text = pages(old) == pages(new), text(old) == text(new)
        print(f"{old}: {pages(old)} pages, fresh print {pages(new)}; text {'the same' if same_text else 'DIFFERS'}")
        if not (same_pages and same_text):
            failures += 1
    if failures:
        print("reports/*.pdf are out of date: run scripts/print-reports and commit the result", file=sys.stderr)
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
