#!/usr/bin/env python3
"""CLDR's plural categories for n = 0…1000 and long dates for every month, as Babel (PyPI
`babel`, which carries CLDR's data) gives them, for en-GB and cy. PluralAndDateTests compares the
tool with this file; `.ci/run` regenerates it with Babel and fails if it differs.

    python make_babel.py > babel.json
"""
import datetime, json, sys
import babel
from babel import Locale
from babel.dates import format_date

out = {"babel": babel.__version__, "plural": {}, "longDate": {}}
for tag, locale in [("en-GB", "en_GB"), ("cy", "cy")]:
    rule = Locale.parse(locale).plural_form
    out["plural"][tag] = [rule(n) for n in range(0, 1001)]
    # Every month, on a one-digit and a two-digit day, in two years.
    out["longDate"][tag] = {
        d.isoformat(): format_date(d, "long", locale=locale)
        for d in [datetime.date(y, m, day) for y in (2026, 1999) for m in range(1, 13) for day in (1, 28)]
    }
json.dump(out, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
sys.stdout.write("\n")
