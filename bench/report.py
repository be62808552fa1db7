#!/usr/bin/env python3
"""bench/run's table: reads the RESULT key=value lines of target/bench/<name>.log and the steps
of the run (target/bench/steps.tsv), prints one Markdown table of the figures with their targets,
and writes it as results.md and results.json. A figure that is missing shows as n/a, with the log
to read.

Usage: report.py OUT_DIR quick|full GIT_REVISION TOTAL_SECONDS
"""
import json
import operator
import os
import re
import sys
import time

OUT, MODE, REVISION, TOTAL = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
AT_LEAST, BELOW = (operator.ge, "≥"), (operator.lt, "<")
SERVICES = ["directory", "referral", "prospection", "reporting", "webhook", "gateway"]

# (bench, key, figure, unit, target): the figures of issue #16 and those of the earlier issues.
ROWS = [
    ("gateway", "trivial_gateway_over_direct", "gateway / direct, trivial upstream (req/s)", "", None),
    ("gateway", "trivial_gateway_over_nginx", "gateway / nginx, trivial upstream", "", (AT_LEAST, 0.5)),
    ("gateway", "trivial_gateway_added_p50_ms", "p50 added by the gateway, trivial upstream, one connection", "ms", (BELOW, 1)),
    ("gateway", "trivial_gateway_warmup_s", "gateway warm-up until its rate stopped rising, trivial upstream", "s", None),
    ("gateway", "directory_gateway_over_direct", "gateway / direct, directory `GET /api/v1/sites?limit=20`", "", (AT_LEAST, 0.85)),
    ("gateway", "directory_gateway_over_nginx", "gateway / nginx, directory", "", None),
    ("gateway", "directory_gateway_added_p50_ms", "p50 added by the gateway, directory, one connection", "ms", (BELOW, 1)),
    ("directory", None, "directory (test app)", "", None),
    ("nearby", "nearby_p50_ms", "nearest sites p50 at ~200 req/s (stack)", "ms", None),
    ("nearby", "nearby_p99_ms", "nearest sites p99 at ~200 req/s (stack)", "ms", None),
    ("referral", "submissions_per_s", "referral submissions through the gateway", "/s", (AT_LEAST, 1000)),
    ("referral", "over_pgbench_all", "referral submissions / pgbench, all statements", "", (AT_LEAST, 0.42)),
    ("referral", "over_pgbench_inserts", "referral submissions / pgbench, the same (five) INSERTs", "", None),
    ("referral", "submission_p99_ms", "referral submission p99 under that load", "ms", None),
    ("referral", "warmup_s", "referral warm-up until its rate stopped rising", "s", None),
    ("prospection", "contacts_per_s", "prospection contacts recorded through the gateway", "/s", None),
    ("prospection", "over_pgbench_all", "prospection contacts / pgbench, all statements", "", (AT_LEAST, 0.5)),
    ("prospection", "search_p99_ms", "employer search p99 at 200 req/s", "ms", (BELOW, 20)),
    ("reporting", "indicator_p99_ms", "referral commit → indicator p99 (20 submissions/s)", "ms", (BELOW, 500)),
    ("rebuild", "rebuild_events_per_s", "reporting rebuild ({rebuild_events} events)", "events/s", (AT_LEAST, 20000)),
    ("webhook", "commit_delivery_p99_ms", "referral commit → webhook received p99 (20/s, stack)", "ms", (BELOW, 1000)),
    ("webhook", "outbox_kafka_p99_ms", "outbox written → on Kafka p99 (referral relay, stack)", "ms", None),
    ("webhook-test", "kafka_delivery_p99_ms", "webhook Kafka → received p99 (200/s, test app)", "ms", (BELOW, 1000)),
    ("webhook-test", "deliveries_per_s", "webhook deliveries/s, a burst of 5,000 (test app)", "/s", None),
    ("outbox", "commit_kafka_p99_ms", "outbox commit → Kafka p99 (bin/bench-outbox, test app)", "ms", None),
    ("stack", "stack_first_start_s", "first start of the whole stack", "s", (BELOW, 60)),
    ("stack", "stack_later_start_s", "later start of the whole stack", "s", (BELOW, 30)),
]
# Not measured by the quick run (bench/run --quick).
NOT_IN_QUICK = {"search_p99_ms"}
# Targets of the directory's figures, by the words of their keys (its script names them).
DIRECTORY_TARGETS = [(("list", "cpu"), (BELOW, 150)), (("import",), (BELOW, 5))]


def read_steps():
    steps = {}
    path = os.path.join(OUT, "steps.tsv")
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            name, status, seconds, kind = line.rstrip("\n").split("\t")
            steps[name] = {"status": int(status), "seconds": int(seconds), "counted": kind == "counted"}
    return steps


def read_figures():
    figures = {}
    for name in sorted(os.listdir(OUT)):
        if name.endswith(".log"):
            with open(os.path.join(OUT, name), encoding="utf-8", errors="replace") as log:
                found = dict(m.groups() for m in re.finditer(r"^RESULT ([\w.-]+)=(\S+)$", log.read(), re.M))
            if found:
                figures[name[:-4]] = found
    return figures


def number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def suffix(unit):
    return "" if unit == "" else "/s" if unit == "/s" else " " + unit


def shown(value, unit):
    v = number(value)
    if v is None:
        return "n/a"
    return (f"{v:,.0f}" if abs(v) >= 100 or v == int(v) else f"{v:.3g}") + suffix(unit)


def judged(value, target, unit):
    """The target as text, and whether the value meets it."""
    if target is None:
        return "", ""
    (compare, sign), limit = target
    v = number(value)
    return f"{sign} {limit:,}{suffix(unit)}", ("" if v is None else "met" if compare(v, limit) else "**not met**")


def unit_of(key):
    """The unit a key's name ends with: cpu_us_per_request is in µs, import_s in s."""
    for ending, unit in (("per_s", "/s"), ("_us", "µs"), ("_ms", "ms"), ("_mb", "MB"), ("_s", "s"),
                         ("seconds", "s")):
        if ending in key and (ending != "_s" or key.endswith("_s")):
            return unit
    return ""


def rows(figures, steps):
    """(figure, value, unit, target) of the benchmarks that ran, and the benches with a figure missing."""
    table, missing = [], set()
    for bench, key, label, unit, target in ROWS:
        if bench not in steps and bench not in figures:
            continue  # not run (--only, or not in this mode)
        own = figures.get(bench, {})
        if key is None:  # the directory's figures, as its script names them
            for k in list(own) or [None]:
                target_k = next((t for words, t in DIRECTORY_TARGETS
                                 if k and all(w in k for w in words)), None)
                table.append((f"{label}: {k or 'its figures'}", own.get(k), unit_of(k or ""), target_k))
            if not own:
                missing.add(bench)
            continue
        if key not in own and (bench == "stack" or (MODE == "quick" and key in NOT_IN_QUICK)):
            continue  # a first or a later start, not always both; or not in the quick run
        events = number(own.get("rebuild_events"))
        label = label.replace("{rebuild_events}", f"{events:,.0f}" if events else "?")
        table.append((label, own.get(key), unit, target))
        if key not in own:
            missing.add(bench)
    return table, missing


def starts_table(figures):
    own = figures.get("stack", {})
    if not any(k.endswith(("_rss_stack_mb", "_start_in_stack_s")) for k in own):
        return []
    lines = ["| service | start alone (< 3 s) | start in the stack | RSS alone (< 250 MB) | RSS in the stack, after the load (< 250 MB) |",
             "|---|---:|---:|---:|---:|"]
    for service in SERVICES:
        cells = []
        for key, unit, limit in (("start_alone_s", "s", 3), ("start_in_stack_s", "s", None),
                                 ("rss_alone_mb", "MB", 250), ("rss_stack_mb", "MB", 250)):
            value = own.get(f"{service}_{key}")
            cell = "–" if value is None else shown(value, unit)
            if value is not None and limit is not None and number(value) >= limit:
                cell += " (**not met**)"
            cells.append(cell)
        lines.append(f"| {service} | " + " | ".join(cells) + " |")
    return lines


steps = read_steps()
figures = read_figures()
table, missing = rows(figures, steps)
stack = figures.get("stack", {})
counted = sum(s["seconds"] for s in steps.values() if s["counted"])
apart = {name: s["seconds"] for name, s in steps.items() if not s["counted"]}
failed = [name for name, s in steps.items() if s["status"] != 0]

lines = [f"Passerelle benchmarks, {time.strftime('%Y-%m-%d %H:%M')}, git {REVISION}, "
         f"{'quick run (--quick)' if MODE == 'quick' else 'full run'}, {stack.get('cores', '?')} cores, "
         f"load average {stack.get('load_start', '?')} at the start, {stack.get('load_end', '?')} at the end.",
         "", "| figure | value | target | |", "|---|---:|---|---|"]
for label, value, unit, target in table:
    target_text, verdict = judged(value, target, unit)
    lines.append(f"| {label} | {shown(value, unit)} | {target_text} | {verdict} |")
starts = starts_table(figures)
if starts:
    lines += ["", *starts]
lines += ["", f"Time: {counted} s of benchmarks"
          + (" (the quick run's budget: 5 minutes)" if MODE == "quick" else "")
          + "; apart, not counted: " + (", ".join(f"{n} {s} s" for n, s in apart.items()) or "nothing")
          + f"; {TOTAL} s in all."]
if failed or missing:
    lines.append("n/a or failed: " + ", ".join(
        f"{name} (target/bench/{name}.log)" for name in sorted(set(failed) | missing)) + ".")
text = "\n".join(lines) + "\n"
print(text, end="")
with open(os.path.join(OUT, "results.md"), "w", encoding="utf-8") as md:
    md.write(text)
with open(os.path.join(OUT, "results.json"), "w", encoding="utf-8") as out:
    json.dump({"date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "git": REVISION, "mode": MODE,
               "seconds": {"benchmarks": counted, "apart": apart, "total": TOTAL},
               "steps": steps, "figures": figures,
               "table": [{"figure": label, "value": number(value), "unit": unit,
                          "target": judged(value, target, unit)[0] or None,
                          "met": {"met": True, "**not met**": False}.get(judged(value, target, unit)[1])}
                         for label, value, unit, target in table]},
              out, indent=2, ensure_ascii=False)
print(f"Written: {os.path.join(OUT, 'results.md')} and results.json; each benchmark's output in {OUT}/<name>.log")
