#!/usr/bin/env python3
"""Print check: each HTML file prints to an A4 PDF in headless Chromium with a sensible page count,
and at the A4 printable width (print media) no table, figure or element runs past the page edge.

usage: print_check.py OUTDIR FILE.html..."""
import pathlib, re, shutil, subprocess, sys, tempfile
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

def main(outdir, files):
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
            print("; nothing past the page edge" if res["count"] == 0 else f"; {res['count']} element(s) past {res['limit']}px: {res['bad']}")
            failures += not ok
    finally:
        drv.quit()
    return 1 if failures else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
