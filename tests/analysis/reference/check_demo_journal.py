#!/usr/bin/python3
"""End-to-end cross-check of `quietlegs-cli stats --json` on a demo journal against an
independent implementation of the series rules (journal day at 04:00, exposure defined on
recorded dates, topical magnesium excluded) and SciPy. Not run by the tests; use it after
changing the analysis layer:
    /usr/bin/python3 tests/analysis/reference/check_demo_journal.py build/src/cli/quietlegs-cli
Exits 1 on a mismatch."""
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile

from scipy import stats

cli = sys.argv[1] if len(sys.argv) > 1 else "build/src/cli/quietlegs-cli"
folder = tempfile.mkdtemp()
database = os.path.join(folder, "journal.sqlite")


def run(*args):
    return subprocess.run([cli, "--database", database, *args], check=True,
                          capture_output=True, text=True).stdout


run("demo", "--days", "200", "--end", "2026-11-20")
nights = json.loads(run("list", "nights", "--json"))
intakes = json.loads(run("list", "intakes", "--json"))
daily = json.loads(run("list", "daily", "--json"))
report = json.loads(run("stats", "--json"))


def journal_date(taken_at):
    moment = dt.datetime.fromisoformat(taken_at)
    return moment.date() - dt.timedelta(days=1) if moment.hour < 4 else moment.date()


day = dt.date.fromisoformat
recorded = ({day(n["date"]) for n in nights} | {journal_date(i["taken_at"]) for i in intakes}
            | {day(d["date"]) for d in daily})
exposures = {"magnesium_mg": dict.fromkeys(recorded, 0.0), "iron_mg": dict.fromkeys(recorded, 0.0)}
for i in intakes:
    if i["route"] == "oral" and i["nutrient"] in ("magnesium", "iron"):
        exposures[i["nutrient"] + "_mg"][journal_date(i["taken_at"])] += i["elemental_mg"]
for field in ("caffeine_mg", "alcohol_units", "exercise_min", "stress"):
    exposures[field] = {day(d["date"]): d[field] for d in daily if d.get(field) is not None}
irls = {day(n["date"]): sum(n["irls_items"]) for n in nights
        if n["irls_items"] and None not in n["irls_items"]}

failures = 0
for row in report["correlations"]:
    if row["outcome"] != "irls_total":
        continue
    exposure = exposures[row["exposure"]]
    xs, ys = [], []
    for t, value in sorted(irls.items()):
        e = exposure.get(t - dt.timedelta(days=row["lag_days"]))
        if e is not None:
            xs.append(e)
            ys.append(value)
    ok = len(xs) == row["n"]
    if ok and row["pearson_r"] is not None:
        r, s = stats.pearsonr(xs, ys), stats.spearmanr(xs, ys)
        ok = (abs(r.statistic - row["pearson_r"]) < 1e-12
              and abs(r.pvalue - row["pearson_p"]) <= 1e-7 * r.pvalue
              and abs(s.correlation - row["spearman_rho"]) < 1e-12
              and abs(s.pvalue - row["spearman_p"]) <= 1e-9 * s.pvalue)
    failures += not ok
    print("ok " if ok else "BAD", row["exposure"], row["lag_days"], row["n"])


def monday(d):
    return d - dt.timedelta(days=d.weekday())


for week in report["weekly"]:
    start = day(week["week_start"])
    magnesium = [v for d, v in exposures["magnesium_mg"].items() if monday(d) == start]
    scores = [v for d, v in irls.items() if monday(d) == start]
    ok = (abs(statistics.mean(magnesium) - week["magnesium_mg_mean"]) < 1e-9
          and (week["irls_total_mean"] is None if not scores
               else abs(statistics.mean(scores) - week["irls_total_mean"]) < 1e-9))
    failures += not ok
print(len(report["weekly"]), "weeks checked;", failures, "mismatches")
shutil.rmtree(folder)
sys.exit(1 if failures else 0)
