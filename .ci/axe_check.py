#!/usr/bin/env python3
"""axe-core check of local HTML files in headless Chromium; exit 1 on any WCAG 2.2 A/AA violation."""
import importlib.util, pathlib, shutil, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
RUN = """const [tags, done] = arguments;
const known = new Set(axe.getRules().flatMap(r => r.tags));
const use = tags.filter(t => known.has(t));
axe.run(document, {runOnly: {type: "tag", values: use}, resultTypes: ["violations"]})
   .then(r => done({version: axe.version, tags: use, violations: r.violations}),
         e => done({error: String(e)}));"""

def axe_source():  # newest bundled axe-core first
    for pkg, rel in (("axe_playwright_python", "axe.min.js"),
                     ("axe_selenium_python", "node_modules/axe-core/axe.min.js")):
        spec = importlib.util.find_spec(pkg)
        if spec and (js := pathlib.Path(spec.submodule_search_locations[0], rel)).exists():
            return js.read_text(encoding="utf-8")
    sys.exit("no axe.min.js: pip install --no-deps axe-playwright-python")

def chromium():
    o = webdriver.ChromeOptions()
    o.binary_location = shutil.which("chromium")
    for a in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,1024"):
        o.add_argument(a)
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=o)

def main(paths):
    src, bad, drv = axe_source(), 0, chromium()
    drv.set_script_timeout(60)
    try:
        for p in paths:
            drv.get(pathlib.Path(p).resolve().as_uri())
            drv.execute_script(src)
            res = drv.execute_async_script(RUN, TAGS)
            if "error" in res:
                print(f"{p}: axe error: {res['error']}"); bad += 1; continue
            v = res["violations"]
            print(f"{p}: {len(v)} violation(s) (axe-core {res['version']}: {' '.join(res['tags'])})")
            for x in v:
                for n in x["nodes"]:
                    print(f"  [{x['impact']}] {x['id']}: {x['help']} at {' '.join(map(str, n['target']))}")
            bad += bool(v)
    finally:
        drv.quit()
    return 1 if bad else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
