#!/usr/bin/env python3
"""srdi report against DuckDB, pandas and Miller, side by side in one run.

Each tool loads the same recognitions CSV and counts distinct firms per district and designation
(the core of the report's region counts). srdi does more on top: it validates every cell, resolves
regions, follows every firm through time and counts every target; the others only load and group.
The machine is noisy: the tools take turns (srdi, DuckDB, pandas, Miller, srdi, DuckDB, …) so
that each round measures them under the same load, and the ratio of srdi to each tool is taken
round by round; its median, lowest and highest over the rounds are what to compare.

    python3 Benchmarks/compare.py [--file big.csv] [--runs 5]

Without --file it makes a 1,000,000-row sample with `srdi sample`. Tools that are not installed
are listed as missing (pip install duckdb pandas; apt-get install miller).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRDI = os.path.join(ROOT, ".build", "release", "srdi")

DUCKDB = """
import duckdb, sys
rows = duckdb.sql('''
  select "区县", "认定类型", count(distinct coalesce(nullif("统一社会信用代码", ''), "企业名称")) as firms
  from read_csv(?, header = true, all_varchar = true) group by all''', params=[sys.argv[1]]).fetchall()
print(len(rows))
"""

PANDAS = """
import pandas, sys
frame = pandas.read_csv(sys.argv[1], dtype=str, keep_default_na=False)
frame["firm"] = frame["统一社会信用代码"].where(frame["统一社会信用代码"] != "", frame["企业名称"])
print(len(frame.groupby(["区县", "认定类型"])["firm"].nunique()))
"""


def measure(command):
    """Wall seconds and peak resident MB of one run, or None when it fails."""
    result = subprocess.run(["/usr/bin/time", "-f", "%e %M"] + command, capture_output=True, text=True)
    if result.returncode != 0:
        return None
    seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
    return float(seconds), int(kilobytes) / 1024


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--file")
    parser.add_argument("--runs", type=int, default=5, help="rounds: each tool runs once per round")
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release"], cwd=ROOT, check=True, capture_output=True)
    path = args.file or os.path.join(ROOT, ".build", "compare-1m.csv")
    if not os.path.exists(path):
        subprocess.run([SRDI, "sample", "--rows", "1000000", "--output", path], cwd=ROOT, check=True)
    size = os.path.getsize(path) / 1e6
    tools = [("srdi report (validate, resolve, count every target)", [SRDI, "report", "--format", "json", "--recognitions", path,
                                                                       "--data", os.path.join(ROOT, "data")])]
    python = sys.executable
    missing = []
    for name, module, script in [("DuckDB (load, group by)", "duckdb", DUCKDB), ("pandas (load, group by)", "pandas", PANDAS)]:
        if subprocess.run([python, "-c", f"import {module}"], capture_output=True).returncode == 0:
            tools.append((name, [python, "-c", script, path]))
        else:
            missing.append(module)
    if shutil.which("mlr"):
        tools.append(("Miller (load, group by)", ["mlr", "--icsv", "--ojson", "put",
                      '$firm = is_empty($统一社会信用代码) ? $企业名称 : $统一社会信用代码',
                      "then", "uniq", "-g", "区县,认定类型,firm", "then", "count", "-g", "区县,认定类型", path]))
    else:
        missing.append("miller")
    results = {name: [] for name, _ in tools}
    for _ in range(args.runs):
        for name, command in tools:
            results[name].append(measure(command))
    print(f"{path}: {size:.0f} MB; {args.runs} rounds, each tool once per round; median time, largest peak memory")
    for name, _ in tools:
        runs = results[name]
        if any(run is None for run in runs):
            print(f"  {name:55} failed")
            continue
        print(f"  {name:55} {statistics.median(run[0] for run in runs):6.2f} s  {max(run[1] for run in runs):6.0f} MB")
    srdi_name = tools[0][0]
    for name, _ in tools[1:]:
        pairs = [(mine, theirs) for mine, theirs in zip(results[srdi_name], results[name]) if mine and theirs]
        if not pairs:
            continue
        ratios = [mine[0] / theirs[0] for mine, theirs in pairs]
        memory = max(mine[1] for mine, _ in pairs) / max(theirs[1] for _, theirs in pairs)
        print(f"  srdi / {name.split(' (')[0]:8} time: median {statistics.median(ratios):.2f}, min {min(ratios):.2f}, max {max(ratios):.2f}"
              f" over {len(pairs)} rounds; peak memory {memory:.2f}")
    if missing:
        print("  missing: " + ", ".join(missing))


if __name__ == "__main__":
    main()
