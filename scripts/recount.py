#!/usr/bin/env python3
"""Independent recount of `srdi report --format json`.

Recomputes, straight from the recognitions CSV and the data files, every count target's actual
and every region's active/granted counts, with a naive per-firm replay of SPEC §3 (no shared code
with the Swift implementation), and compares them with the JSON report. Regions follow the
dates of regions.csv: a firm counts in the region valid at the date (江北区 before 2025-11-06,
两江新区 from it; 渝北区's five towns under 北碚区 from it), whichever its list names.

    srdi report --format json --as-of 2025-06-30 > report.json
    python3 scripts/recount.py --data data --recognitions data/sample/recognitions.csv \
        --as-of 2025-06-30 --report report.json

Exit status 0 when every number agrees, 1 otherwise. Needs PyYAML.
"""
import argparse
import csv
import datetime as dt
import json
import sys
from collections import defaultdict

import yaml

HEADERS = {
    "code": ["统一社会信用代码", "credit_code"], "firm": ["企业名称", "firm"], "province": ["省", "province"],
    "city": ["市", "city"], "district": ["区县", "district"], "town": ["镇街", "town"],
    "designation": ["认定类型", "designation"], "date": ["认定日期", "date"], "year": ["年度", "year"], "action": ["状态", "action"],
}
ACTIONS = {"": "grant", "认定": "grant", "grant": "grant", "复核": "renew", "renew": "renew", "撤销": "revoke", "revoke": "revoke",
           "取消": "revoke", "到期": "expire", "expire": "expire"}


def key(text):
    return "".join(c for c in text if c not in " \u3000\"'“”‘’「」_-").lower()


def parse_date(text, year):
    text = text.strip()
    if not text:
        return dt.date(int(year), 12, 31)
    for sep in "-/":
        if sep in text:
            y, m, d = text.split(sep)
            return dt.date(int(y), int(m), int(d))
    if "年" in text:
        y, rest = text.split("年")
        m, rest = rest.split("月")
        return dt.date(int(y), int(m), int(rest.rstrip("日")))
    return dt.date(int(text), 12, 31)


def add_years(day, years):
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return dt.date(day.year + years, 3, 1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default="data")
    parser.add_argument("--recognitions", required=True)
    parser.add_argument("--as-of", required=True)
    parser.add_argument("--report", required=True)
    args = parser.parse_args()
    as_of = dt.date.fromisoformat(args.as_of)

    designations = yaml.safe_load(open(f"{args.data}/designations.yaml", encoding="utf-8"))
    lookup = {}
    for d in designations:
        for spelling in [d["code"], d["name"], d.get("name_en", "")] + d.get("aliases", []):
            lookup[key(spelling)] = d["code"]
    valid = {d["code"]: d.get("valid_years") for d in designations}
    rank = {d["code"]: d.get("rank") for d in designations}

    regions, children = {}, defaultdict(list)
    with open(f"{args.data}/regions.csv", encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    for row in csv.DictReader(lines):
        regions[row["code"]] = row
        children[row["parent"]].append(row["code"])

    def child_named(parent, name):
        for code in children[parent]:
            if regions[code]["name"] == name:
                return code
        return None

    def resolve(province, city, district, town):
        current = "CN"
        for cell in (province, city, district, town):
            if not cell or cell in ("市辖区", "县") or (current != "CN" and regions[current]["name"] == cell):
                continue
            found = child_named(current, cell)
            if found is None:
                break
            # A merge of all time is read as its successor; a dated one stays as written.
            if regions[found]["merged_into"] and not regions[found].get("valid_to"):
                found = regions[found]["merged_into"]
            current = found
        return current

    def ancestors(code):
        chain = []
        while code:
            chain.append(code)
            code = regions[code]["parent"]
        return chain

    events = defaultdict(list)  # firm -> [(date, order, action, designation, region, line)]
    with open(args.recognitions, encoding="utf-8-sig", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        col = {}
        for name, spellings in HEADERS.items():
            for i, h in enumerate(header):
                if h.strip() in spellings and name not in col:
                    col[name] = i
        for line, row in enumerate(reader, start=2):
            get = lambda name: row[col[name]].strip() if name in col and col[name] < len(row) else ""
            firm = get("code") or get("firm")
            action = ACTIONS[get("action")]
            day = parse_date(get("date"), get("year"))
            designation = lookup[key(get("designation"))]
            region = resolve(get("province"), get("city"), get("district"), get("town"))
            events[firm].append((day, 1 if action in ("revoke", "expire") else 0, line, action, designation, region))
    for firm_events in events.values():
        firm_events.sort()

    def date_of(code, column):
        text = regions[code].get(column) or ""
        return dt.date.fromisoformat(text) if text else None

    # Regions merged into another on a day, by that other: 两江新区 <- 江北区, 渝北区; 北碚区's 兴隆镇 <- 渝北区's.
    made_from = defaultdict(list)
    for code, row in regions.items():
        if row["merged_into"] and date_of(code, "valid_to"):
            made_from[row["merged_into"]].append(code)

    def effective(code, day):
        """The region a firm listed in `code` counts in at `day`, as regions.csv dates the tree:
        before a region's valid_from, the one region made into it (none chosen when several were);
        from the valid_to of the region or, failing one, of the nearest region above it, the
        region it merged into."""
        for _ in range(8):
            created = date_of(code, "valid_from")
            if created and day < created and len(made_from[code]) == 1:
                code = made_from[code][0]
                continue
            dated = next((c for c in ancestors(code) if date_of(c, "valid_to")), None)
            if dated and date_of(dated, "valid_to") <= day:
                code = regions[dated]["merged_into"]
                continue
            return code
        return code

    def state(firm_events, day):
        """Region, held designations and first-grant dates of a firm at `day`."""
        region, last, ended, first = None, {}, {}, {}
        for when, _, _, action, d, place in firm_events:
            if when > day:
                break
            region = place
            if action == "grant":
                first.setdefault(d, when)
            if action in ("grant", "renew"):
                last[d], ended[d] = when, False
            elif d in last:
                ended[d] = True
        held = {d for d, when in last.items()
                if not ended[d] and (valid[d] is None or day < add_years(when, valid[d]))}
        return (effective(region, day) if region else None), held, first

    def highest(codes):
        ranked = [c for c in codes if rank[c] is not None]
        return max(ranked, key=lambda c: rank[c]) if ranked else None

    report = json.load(open(args.report, encoding="utf-8"))
    targets = {t["id"]: t for t in report["targets"]}
    failures = 0
    snapshots = {}
    for target in report["targets"]:
        if target["mode"] == "observation":
            continue
        day = min(as_of, dt.date.fromisoformat(target["deadline"]))
        if day not in snapshots:
            snapshots[day] = {firm: state(e, day) for firm, e in events.items()}
        parent = targets.get(target["parent"]) if target["count"] == "highest" else None
        window = parent or target
        start = dt.date.fromisoformat(window["window_start"]) if window["window_start"] else dt.date.min
        end = dt.date.fromisoformat(window["deadline"])
        lists = set(target["designations"])
        scope = set(window["designations"]) if parent else lists
        per_place = defaultdict(int)
        by_child = defaultdict(int)
        members = set()
        count = 0
        for firm, (region, held, first) in snapshots[day].items():
            if region is None or target["region_code"] not in ancestors(region):
                continue
            if target["mode"] == "stock":
                qualified = held & scope
            else:
                qualified = {d for d in scope if d in first and start <= first[d] <= end}
            if not qualified:
                continue
            if parent and highest(qualified) not in lists:
                continue
            members.add(firm)
            chain = ancestors(region)
            by_child[chain[chain.index(target["region_code"]) - 1] if region != target["region_code"] else ""] += 1
            if target["each_regions"]:
                for place in ancestors(region):
                    per_place[place] += 1
            else:
                count += 1
        if target["each_regions"]:
            count = max([per_place.get(r["code"], 0) for r in target["each_regions"]] + [0])
        if count != target["actual"]:
            failures += 1
            print(f"target {target['id']}: report {target['actual']}, recount {count}")
        # With --list-firms: the firms themselves, and the split among the regions below.
        if "firms" in target:
            listed = [f["code"] or f["name"] for f in target["firms"]]
            if len(listed) != len(set(listed)) or set(listed) != members:
                failures += 1
                print(f"target {target['id']} firms: report lists {len(listed)}, recount {len(members)}; "
                      f"only in the report {sorted(set(listed) - members)[:3]}, only in the recount {sorted(members - set(listed))[:3]}")
        if "by_child" in target:
            split = {c["code"]: c["count"] for c in target["by_child"] if c["count"]}
            if target["not_given"]:
                split[""] = target["not_given"]
            if split != dict(by_child):
                failures += 1
                print(f"target {target['id']} by region: report {split}, recount {dict(by_child)}")

    latest = {firm: state(e, as_of) for firm, e in events.items()}
    active, granted = defaultdict(int), defaultdict(int)
    for firm, (region, held, first) in latest.items():
        if region is None:
            continue
        for place in ancestors(region):
            for d in held:
                active[(place, d)] += 1
            for d, when in first.items():
                granted[(place, d, when.year)] += 1
    for region in report["regions"]:
        for d, counts in region["counts"].items():
            if counts["active"] != active[(region["code"], d)]:
                failures += 1
                print(f"region {region['code']} {d} active: report {counts['active']}, recount {active[(region['code'], d)]}")
            years = {int(y): n for y, n in counts["granted"].items()}
            expected = {y: n for (place, code, y), n in granted.items() if place == region["code"] and code == d}
            if years != expected:
                failures += 1
                print(f"region {region['code']} {d} granted: report {years}, recount {expected}")
    checked = sum(1 for t in report["targets"] if t["mode"] != "observation")
    print(f"{checked} targets and {len(report['regions'])} regions checked as of {as_of}: "
          + ("all agree" if failures == 0 else f"{failures} differences"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
