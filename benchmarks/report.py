#!/usr/bin/env python3
"""Turns the JSON written by benchmarks/run.sh into benchmarks/results/RESULTS.md (printed to stdout).

Each ratio compares a candidate to the baseline measured in the same run:
  mean ratio  = JMH score (mean of the measured iterations) of candidate / baseline
  best ratio  = fastest iteration of candidate / fastest iteration of baseline; on a shared machine the
                fastest iteration is the one least disturbed by other processes, so this is the steadier figure
  alloc ratio = bytes allocated per operation (JMH -prof gc), candidate / baseline; independent of load
A target is met when the mean ratio is at or below it.
"""
import json
import os
import sys

PKG = "dev.dynamicroutes.benchmarks."


def load(path):
    if not os.path.exists(path):
        return None
    with open(path) as f:
        return json.load(f)


def index(results):
    """{(short benchmark name, param string): result}"""
    out = {}
    for r in results or []:
        name = r["benchmark"].replace(PKG, "")
        params = ",".join(f"{k}={v}" for k, v in sorted((r.get("params") or {}).items()))
        out[(name, params)] = r
    return out


def score(r):
    return r["primaryMetric"]["score"]


def error(r):
    e = r["primaryMetric"].get("scoreError")
    return e if isinstance(e, (int, float)) and e == e else float("nan")


def best(r):
    return min(x for fork in r["primaryMetric"]["rawData"] for x in fork)


def alloc(r):
    metrics = r.get("secondaryMetrics") or {}
    m = metrics.get("gc.alloc.rate.norm") or metrics.get("·gc.alloc.rate.norm")
    return m["score"] if m else None


def fmt(x, digits=2):
    return "n/a" if x is None or x != x else f"{x:,.{digits}f}"


def noisy(r):
    """True when the 99.9 % error is over a quarter of the score: the machine was busy during that benchmark."""
    e = error(r)
    return e == e and e > 0.25 * score(r)


def ratio_row(label, cand, base, target):
    mean = score(cand) / score(base)
    best_ratio = best(cand) / best(base)
    a, b = alloc(cand), alloc(base)
    alloc_ratio = a / b if a and b else None
    verdict = "" if target is None else ("met" if mean <= target else "**missed**")
    if noisy(cand) or noisy(base):
        verdict = (verdict + " (noisy: error > 25 % of score)").strip()
    target_text = "" if target is None else f"≤ {target}"
    return f"| {label} | {fmt(mean)} | {fmt(best_ratio)} | {fmt(alloc_ratio)} | {target_text} | {verdict} |"


def scores_table(results, unit_note):
    lines = ["| benchmark | params | score ± error | unit | alloc/op |", "|---|---|---|---|---|"]
    for (name, params), r in sorted(index(results).items()):
        pm = r["primaryMetric"]
        a = alloc(r)
        lines.append(f"| {name} | {params or '-'} | {fmt(score(r))} ± {fmt(error(r))} | {pm['scoreUnit']} | "
                     f"{'n/a' if a is None else f'{a / 1024:,.0f} KiB'} |")
    return lines


def mib(b):
    return f"{b / (1024 * 1024):,.2f} MiB"


def main(results_dir):
    decode = load(os.path.join(results_dir, "decode.json"))
    paging = load(os.path.join(results_dir, "paging.json"))
    memory = load(os.path.join(results_dir, "memory.json"))
    env = load(os.path.join(results_dir, "environment.json")) or {}
    out = ["# Benchmark results", "",
           "Written by `benchmarks/run.sh` (see the README's *Benchmarks* section); raw JMH output is in "
           "`decode.json` and `paging.json`, the memory run in `memory.json`.", ""]
    jvm = (decode or paging or [{}])[0]
    out += [f"- date: {env.get('date', '?')}, machine: {env.get('cpus', '?')} CPUs, load average at start "
            f"{env.get('loadStart', '?')}, at end {env.get('loadEnd', '?')}",
            f"- JVM: {jvm.get('vmName', '?')} {jvm.get('jdkVersion', '?')}; JMH {jvm.get('jmhVersion', '?')}, "
            f"{jvm.get('forks', '?')} fork, {jvm.get('warmupIterations', '?')} warm-up × {jvm.get('warmupTime', '?')}, "
            f"{jvm.get('measurementIterations', '?')} measured × {jvm.get('measurementTime', '?')}", ""]

    out += ["## Ratios", "",
            "Candidate ÷ baseline from the same run. *mean*: JMH scores; *best*: fastest iterations (steadier "
            "on a shared machine); *alloc*: bytes allocated per operation. A target is met when the mean ratio "
            "is at or below it. *noisy* marks a ratio whose candidate or baseline varied by more than a quarter "
            "of its score during the run (other processes on the machine); read its *best* and *alloc* columns.", "",
            "| comparison | mean | best | alloc | target | |", "|---|---|---|---|---|---|"]
    d = index(decode)
    for page in ("50x12", "1MB"):
        base = d.get(("DecodeBenchmark.plainModels", f"page={page}"))
        if not base:
            continue
        for name, label, target in (("typedRoutes", "(a) typed routes", 1.3),
                                    ("wireModelsOnly", "(a1) our mapper only, without Route.fromWire", None),
                                    ("typedRoutesViaTree", "(a') typed routes via a tree (the client decoder before the one-pass fix)", None),
                                    ("typedRoutesProposedSinglePass", "(a) with the proposed single-pass elements (prototype)", 1.3),
                                    ("jacksonTree", "(c) Jackson tree", None)):
            cand = d.get((f"DecodeBenchmark.{name}", f"page={page}"))
            if cand:
                out.append(ratio_row(f"decode {page}: {label} ÷ (b) plain models", cand, base, target))
    p = index(paging)
    base = p.get(("PagingBenchmark.rawLoop", ""))
    if base:
        for name, label, target in (("paginator", "(a) client paginator", 1.15),
                                    ("rawLoopTypedRoutes", "(b') raw loop with our typed decoding", None),
                                    ("rawLoopProposedSinglePass", "(b'') raw loop with the proposed single-pass elements (prototype)", None)):
            cand = p.get((f"PagingBenchmark.{name}", ""))
            if cand:
                out.append(ratio_row(f"paging 10 000 routes / 200 pages: {label} ÷ (b) raw loop", cand, base, target))
    if memory:
        verdict = "met" if memory["passed"] else "**missed**"
        out.append(f"| memory, {memory['routesWalked']:,} routes at -Xmx{memory['maxHeapBytes'] // (1024 * 1024)}m: "
                   f"retained by the walk ÷ one page | {memory['retainedByWalkInPages']:.2f} | | | ≤ 2 (about one page) | {verdict} |")
    out.append("")

    if memory:
        out += ["## Memory (benchmark 3)", "",
                f"Walked {memory['routesWalked']:,} routes ({memory['pages']:,} pages of {memory['perPage']}, "
                f"{memory['requests']:,} requests, {memory['walkMillis'] / 1000:.1f} s) from a loopback server that "
                f"generates each page on the fly, in a JVM with max heap {mib(memory['maxHeapBytes'])} "
                f"({', '.join(memory['garbageCollectors'])}).", "",
                "| figure | value |", "|---|---|",
                f"| one page on the wire | {mib(memory['onePageWireBytes'])} |",
                f"| one decoded page retained (live heap with it − without it) | {mib(memory['onePageRetainedBytes'])} |",
                f"| all pages, were they retained | {mib(memory['allPagesIfRetainedBytes'])} |",
                f"| live heap before the walk (after full GC) | {mib(memory['liveHeapBeforeWalkBytes'])} |",
                f"| max live heap during the walk (after full GC, {memory['liveHeapSamples']} samples) | {mib(memory['maxLiveHeapDuringWalkBytes'])} |",
                f"| retained by the walk (max live − before) | {mib(memory['retainedByWalkBytes'])} = {memory['retainedByWalkInPages']:.2f} pages |",
                f"| peak heap after any GC ({memory['collectionsDuringWalk']:,} collections, includes in-flight decoding) | {mib(memory['peakHeapAfterAnyGcBytes'])} |",
                f"| verdict | {memory['verdict']} |", ""]

    out += ["## Scores", ""]
    if decode:
        out += ["Decode (one page per operation):", ""] + scores_table(decode, "") + [""]
    if paging:
        out += ["Paging (10 000 routes over 200 pages + the empty page 201 per operation):", ""] + scores_table(paging, "") + [""]
    print("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "results"))
