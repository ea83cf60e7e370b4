#!/usr/bin/env python3
"""Print check: each HTML file prints to an A4 PDF in headless Chromium with a sensible page count;
at the A4 printable width (print media) no table, figure or element runs past the page edge; no word
of the document's own text is split across two lines of the PDF; and the page budgets hold.

usage: print_check.py OUTDIR [--budget NAME=PAGES[:TEXT@PAGE]]... FILE.html...
  --budget example-commissioning=16:Sign-off (draft)@2  at most 16 pages, and "Sign-off (draft)"
                                                          printed on page 2 or earlier"""
import html.parser, pathlib, re, shutil, subprocess, sys, tempfile, xml.etree.ElementTree as ET
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

# A4 is 210 mm wide; the stylesheet's @page margins are 14 mm each side: 182 mm at 96 px per inch.
# Content inside .landscape prints on A4 landscape pages (297 mm less the same margins: 269 mm).
PRINTABLE_PX = int(182 / 25.4 * 96)
LANDSCAPE_PX = int(269 / 25.4 * 96)
OVERFLOW = """const limit = document.documentElement.clientWidth + 1, bad = [];
for (const el of document.querySelectorAll('body *')) {
  const r = el.getBoundingClientRect();
  const edge = el.closest('.landscape') ? LANDSCAPE + 1 : limit;
  if (r.width > 0 && r.right > edge) bad.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + ' right=' + Math.round(r.right));
}
return {limit: limit, bad: bad.slice(0, 5), count: bad.length};""".replace("LANDSCAPE", str(LANDSCAPE_PX))

def pdf(html, out):
    out.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--no-pdf-header-footer", "--log-level=3", f"--user-data-dir={tempfile.mkdtemp()}",
                    f"--print-to-pdf={out}", html.resolve().as_uri()], capture_output=True, timeout=120)
    if not out.exists() or out.stat().st_size == 0:
        raise SystemExit(f"{html}: no PDF written")
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return pages, "(A4)" in info

class _Headings(html.parser.HTMLParser):
    """The text of every heading and table caption in an HTML file."""
    def __init__(self):
        super().__init__()
        self.found, self.depth, self.current = [], 0, []
    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3", "h4", "caption"):
            self.depth += 1
            self.current = []
    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3", "h4", "caption") and self.depth:
            self.depth -= 1
            self.found.append(re.sub(r"\s+", " ", "".join(self.current)).strip())
    def handle_data(self, data):
        if self.depth: self.current.append(data)

def stranded_headings(pdf_path, html_path):
    """Pages whose last line of body text (above the footer) is a heading or caption, or its start."""
    parser = _Headings()
    parser.feed(html_path.read_text(encoding="utf-8"))
    headings = [h for h in parser.found if len(h) > 3]
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    xhtml = re.sub(r"<!DOCTYPE[^>]*>", "", xhtml).replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    found = []
    pages = list(ET.fromstring(xhtml).iter("page"))
    for page_no, page in enumerate(pages, 1):
        if page_no == len(pages): continue
        footer_top = float(page.get("height")) - 16 / 25.4 * 72
        lines = [(float(l.get("yMax")), " ".join(w.text or "" for w in l.iter("word"))) for l in page.iter("line")]
        body = sorted((y, t) for y, t in lines if y < footer_top and t.strip())
        if not body: continue
        last_y = body[-1][0]
        last = " ".join(t for y, t in body if abs(y - last_y) < 2).strip()
        if len(last) > 3 and any(h == last or (h.startswith(last) and len(last) >= 8) for h in headings):
            found.append(f"page {page_no}: {last!r}")
    return found

class _Text(html.parser.HTMLParser):
    """The visible text of an HTML file (no style, script or title)."""
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0
    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"): self.skip += 1
        if tag in ("br", "p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "dt", "dd", "caption", "tr"): self.parts.append(" ")
    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"): self.skip -= 1
        if tag in ("p", "div", "li", "td", "th", "h1", "h2", "h3", "h4", "dt", "dd", "caption"): self.parts.append(" ")
    def handle_data(self, data):
        if not self.skip: self.parts.append(data)

WORD = re.compile(r"[A-Za-z\u00C0-\u024F']+")

def split_words(pdf_path, html_path):
    """Words the PDF breaks across two lines: a line ending in a fragment A and the next line of the
    same block starting with B, where AB is a word of the HTML's text, A or B is not, and "A B" never
    appears in the HTML. Breaking after a hyphen is a safe point and allowed."""
    parser = _Text()
    parser.feed(html_path.read_text(encoding="utf-8"))
    text = re.sub(r"\s+", " ", "".join(parser.parts))
    vocab = {w.lower() for w in WORD.findall(text)}
    spaced = text.lower()
    xhtml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    xhtml = re.sub(r"<!DOCTYPE[^>]*>", "", xhtml).replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    root = ET.fromstring(xhtml)
    found = []
    for page_no, page in enumerate(root.iter("page"), 1):
        for block in page.iter("block"):
            lines = [[w.text or "" for w in line.iter("word")] for line in block.iter("line")]
            for a_line, b_line in zip(lines, lines[1:]):
                if not a_line or not b_line: continue
                a_raw, b_raw = a_line[-1], b_line[0]
                if a_raw.endswith(("-", "\u2010", "/", "_")): continue
                a_m, b_m = re.search(r"([A-Za-z\u00C0-\u024F']+)$", a_raw), re.match(r"^([A-Za-z\u00C0-\u024F']+)", b_raw)
                if not a_m or not b_m: continue
                a, b = a_m.group(1).lower(), b_m.group(1).lower()
                joined = a + b
                if joined in vocab and (a not in vocab or b not in vocab) and f"{a} {b}" not in spaced:
                    found.append(f"page {page_no}: {a_raw} | {b_raw}")
    return found

def parse_budgets(args):
    budgets, files = {}, []
    global DENSE
    it = iter(args)
    for a in it:
        if a == "--dense":
            DENSE.add(next(it))
        elif a == "--budget":
            spec = next(it)
            name, rest = spec.split("=", 1)
            pages, _, need = rest.partition(":")
            text, _, by = need.rpartition("@")
            budgets[name] = (int(pages), text or None, int(by) if text else None)
        else:
            files.append(a)
    return budgets, files

def text_page(pdf_path, text, pages):
    """The first page whose text contains `text`, or None."""
    for page in range(1, pages + 1):
        got = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
        if text in re.sub(r"\s+", " ", got): return page
    return None

# Files whose pages should all be full but the last (--dense NAME): no section may run a few
# lines onto a page of its own.
DENSE = set()

def sparse_pages(pdf_path, pages):
    """Pages before the last holding under a third of the median page's text: a section that ran
    a few lines onto a page of its own before a forced page break (a landscape section, say)."""
    counts = []
    for page in range(1, pages + 1):
        got = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
        counts.append(len(re.sub(r"\s+", "", got)))
    if pages < 3: return []
    median = sorted(counts)[len(counts) // 2]
    return [f"page {i + 1}: {n} characters (median {median})" for i, n in enumerate(counts[:-1]) if n < median / 3]

def main(outdir, args):
    budgets, files = parse_budgets(args)
    outdir = pathlib.Path(outdir)
    o = webdriver.ChromeOptions()
    o.binary_location = shutil.which("chromium")
    for a in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", f"--window-size={PRINTABLE_PX},1200", "--hide-scrollbars"):
        o.add_argument(a)
    drv = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=o)
    failures = 0
    try:
        drv.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
        drv.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": PRINTABLE_PX, "height": 1200, "deviceScaleFactor": 1, "mobile": False})
        for name in files:
            html = pathlib.Path(name)
            pages, a4 = pdf(html, outdir / (html.stem + ".pdf"))
            subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(outdir / (html.stem + ".pdf")), str(outdir / html.stem)], check=True)
            drv.get(html.resolve().as_uri())
            drv.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
            res = drv.execute_script(OVERFLOW)
            ok = a4 and 1 <= pages <= 80 and res["count"] == 0
            print(f"{html}: {pages} A4 page(s)" if a4 else f"{html}: {pages} page(s), NOT A4", end="")
            print("; nothing past the page edge" if res["count"] == 0 else f"; {res['count']} element(s) past {res['limit']}px: {res['bad']}", end="")
            split = split_words(outdir / (html.stem + ".pdf"), html)
            print("; no word split across lines" if not split else f"; {len(split)} word(s) split across lines: {split[:6]}")
            ok = ok and not split
            stranded = stranded_headings(outdir / (html.stem + ".pdf"), html)
            if stranded:
                print(f"  heading left at the foot of a page: {stranded}")
                ok = False
            if html.stem in DENSE:
                sparse = sparse_pages(outdir / (html.stem + ".pdf"), pages)
                print(f"  nearly blank page(s) before the end: {sparse}" if sparse else "  no nearly blank page before the end")
                ok = ok and not sparse
            if html.stem in budgets:
                most, text, by = budgets.pop(html.stem)
                within = pages <= most
                print(f"  budget: {pages} of at most {most} pages: {'ok' if within else 'OVER BUDGET'}")
                ok = ok and within
                if text:
                    at = text_page(outdir / (html.stem + ".pdf"), text, pages)
                    print(f"  {text!r} on page {at} (must be page {by} or earlier): {'ok' if at and at <= by else 'FAIL'}")
                    ok = ok and at is not None and at <= by
            failures += not ok
    finally:
        drv.quit()
    for name in budgets:
        print(f"budget given for {name}, but no such file was printed")
        failures += 1
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
