#!/usr/bin/env python3
"""Turns the benchmark's hyperfine exports into bench/RESULTS.md."""
import json, os, platform, subprocess, sys

work = sys.argv[1]
def load(name): return json.load(open(os.path.join(work, name)))["results"]
def ms(r): return r["mean"] * 1000
def sd(r): return r["stddev"] * 1000

cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem = next(l.split(":", 1)[1].strip() for l in open("/proc/meminfo") if l.startswith("MemTotal"))
swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
tools = {t: subprocess.run([t, "--version"], capture_output=True, text=True).stdout.splitlines()[0] for t in ("hyperfine", "pandoc")}

out = ["# Benchmark results", "",
       "Written by `bench/run` (do not edit by hand). Figures are means over repeated runs, measured with hyperfine; peak memory is GNU time's maximum resident set size. "
       "Both Swift binaries are release builds with the Swift runtime and Foundation linked statically (`--static-swift-stdlib`), the same way.", "",
       f"- Machine: {os.cpu_count()} cores, {cpu}, {mem} memory, {platform.system()} {platform.release()}",
       f"- Toolchain: {swift}; {tools['hyperfine']}; {tools['pandoc']}; Python {platform.python_version()}", ""]

r = load("report.json")
hello, tool, pandoc = r
out += ["## `report` as a whole process", "",
        "| Command | Mean (ms) | ± (ms) |", "| --- | ---: | ---: |"]
out += [f"| `{x['command']}` | {ms(x):.1f} | {sd(x):.1f} |" for x in r]
floor_ratio = ms(tool) / ms(hello); pandoc_ratio = ms(pandoc) / ms(tool)
sizes = dict(l.split("\t") for l in open(os.path.join(work, "sizes.tsv")).read().splitlines())
packaged = int(sizes["packaged"]) / 1048576
out += ["", f"- Against the hello floor (a static hello that imports and uses Foundation, built the same way): {floor_ratio:.2f}× (target: at most 3×) — {'met' if floor_ratio <= 3 else 'not met'}.",
        f"- The packaged binary (`scripts/package`: static, stripped): {packaged:.1f} MB (target: at most 40 MB) — {'met' if packaged <= 40 else 'not met'}; unstripped {int(sizes['unstripped']) / 1048576:.1f} MB.",
        f"- Against pandoc: {pandoc_ratio:.1f}× faster (target: at least 10×) — {'met' if pandoc_ratio >= 10 else 'not met'}.", ""]

memory = {int(l.split()[0]): (int(l.split()[1]), int(l.split()[2])) for l in open(os.path.join(work, "memory.tsv"))}
out += ["## `aggregate` over synthetic answer sets", "",
        "Answer sets from `bench/generate.py 42 N` (commissioning framework, all six responses, some unanswered, 80% with evidence). "
        "The baseline is `bench/baseline.py`: plain Python 3, one process, computing per-stage averages and the exact count of each response to each question "
        "from the same files; the tool also validates every file, gives each answer set a record key (SHA-256 of its organisation, exercise and normalised answers), counts each respondent once, publishes those counts through the cell key method (rounded to base 5 by each cell's key) after its disclosure audit, and uses both cores. "
        "\"Counts agree\" checks that every published count is a multiple of 5 within 4 of the baseline's exact count.", "",
        "| Answer sets | Reading the files (s) | equality-assess (s) | × reading | Python baseline (s) | Speed-up | CPU, tool (s) | CPU, Python (s) | Peak memory, tool (MB) | Peak memory, Python (MB) | Counts agree |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |"]
times, ratios, cpus = {}, {}, {}
for n in sorted(memory):
    t, p, reading = load(f"aggregate-{n}.json")
    ours = json.load(open(os.path.join(work, f"aggregate-{n}.out.json")))
    base = json.load(open(os.path.join(work, f"baseline-{n}.json")))
    # The tool publishes counts rounded to base 5 by the cell key method: each must be a multiple of 5 within 4 of
    # the exact count the baseline computed.
    def near(published, exact): return isinstance(published, int) and published % 5 == 0 and abs(published - exact) <= 4
    same = near(ours["filesUsed"], base["respondents"]) and all(
        near(v, base["responses"][q["id"]][k]) for q in ours["questions"] for k, v in q["responses"].items())
    times[n] = t["mean"]
    cpu = lambda r: r["user"] + r["system"]
    ratios[n] = t["mean"] / reading["mean"]
    cpus[n] = (cpu(t), cpu(p))
    out.append(f"| {n:,} | {reading['mean']:.3f} | {t['mean']:.3f} | {t['mean'] / reading['mean']:.2f}× | {p['mean']:.3f} | {p['mean'] / t['mean']:.1f}× | {cpu(t):.2f} | {cpu(p):.2f} | {memory[n][0] / 1024:.1f} | {memory[n][1] / 1024:.1f} | {'yes' if same else 'NO'} |")
t10, t100 = times.get(10000), times.get(100000)
speedups = [load(f"aggregate-{n}.json")[1]["mean"] / times[n] for n in times]
out += ["",
        f"- 10,000 answer sets in under 1 s: {t10:.2f} s — {'met' if t10 < 1 else 'not met'}.",
        f"- 100,000 in under 10 s: {t100:.2f} s — {'met' if t100 < 10 else 'not met'}.",
        f"- Linear growth: 10,000 → 100,000 took {t100 / t10:.1f}× as long for 10× the files.",
        f"- 100,000 within 1.5× the time to read the same files: {ratios[100000]:.2f}× — {'met' if ratios[100000] <= 1.5 else 'not met'}.",
        f"- At least 5× faster than the Python baseline at 100,000: {speedups[-1]:.1f}× — {'met' if speedups[-1] >= 5 else 'not met'} ({min(speedups):.1f}× at worst over all sizes; the baseline's own time varies by about 10% between runs on this machine).",
        f"- Less total CPU time than the Python baseline at 100,000: {cpus[100000][0]:.2f} s against {cpus[100000][1]:.2f} s — {'met' if cpus[100000][0] < cpus[100000][1] else 'not met'}.",
        f"- Peak memory under 200 MB: {max(m[0] for m in memory.values()) / 1024:.1f} MB at most — {'met' if max(m[0] for m in memory.values()) < 200 * 1024 else 'not met'}.", ""]
out += ["## Notes", "",
        "- The hello floor imports Foundation and uses it (`ProcessInfo`), built with `--static-swift-stdlib` like equality-assess. equality-assess imports only "
        "`FoundationEssentials`, so its binary leaves out ICU; the report's own work (load and check the framework, hash it, score, render) is the rest of its time. "
        "Dynamically linked, start-up is dominated by loading the shared libraries (about 9 ms on this machine), so the benchmark compares static builds of both.",
        "- `aggregate` reads plain answer files with POSIX calls and scans them straight into response codes (`CompactAnswerScanner`, `ScoringPlan`), making no strings; "
        "it steps aside to the full reader and validator for anything it is not sure of (escapes, a context or profile, unknown keys, questions or responses), and tests check "
        "the two paths agree. It validates and tallies every question on both cores. Checking that `-o` is not one of 100,000 inputs is one `stat` per input, and only when the output already exists.",
        "- Reading the files is `find DIR -name '*.json' -exec cat {} +` to /dev/null: opening and reading 100,000 small files, the floor any tool pays.", ""]
print("\n".join(out))
