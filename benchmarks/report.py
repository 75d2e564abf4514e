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


def warm_row(peer, round_name, walker):
    return next((r for r in peer["warm"] if r["round"] == round_name and r["walker"] == walker), None)


def cold_row(peer, walker):
    return next((r for r in peer["cold"] if r["walker"] == walker), None)


def peer_preliminary(peer):
    """A smoke run, or a machine busier than its CPU count at the start."""
    return peer["config"]["walks"] < 40 or peer["loadStart"][0] > peer["cpus"]


def peer_ratio_rows(peer):
    """The peer benchmark's target rows, for the ratios table beside the JMH rows (medians, not means)."""
    rows = []
    caveat = " (preliminary, see the peer section)" if peer_preliminary(peer) else ""
    walks = f"median of the last {peer['config']['kept']} of {peer['config']['walks']} warm walks"
    for round_name in ("when-asked", "never"):
        ours, ts, plain = (warm_row(peer, round_name, w) for w in ("client", "ts-sdk", "plain"))
        if not (ours and ts and plain):
            continue
        gzip = "server gzips when asked" if round_name == "when-asked" else "server never gzips"
        # the target is against the TS SDK; the plain loop is the floor it is read against
        for base, label, target in ((ts, "TS SDK", 0.8), (plain, "plain Java loop", None)):
            ratio = ours["median"] / base["median"]
            best_ratio = ours["min"] / base["min"]
            verdict = "" if target is None else ("met" if ratio <= target else "**missed**") + caveat
            target_text = "" if target is None else f"≤ {target}"
            rows.append(f"| peer walk, 10 000 routes ({gzip}): this client ÷ {label}, {walks} | {fmt(ratio)} | "
                        f"{fmt(best_ratio)} | | {target_text} | {verdict} |")
    ours, plain = cold_row(peer, "client"), cold_row(peer, "plain")
    if ours and plain:
        ratio = ours["median"] / plain["median"]
        rows.append(f"| cold process, one page of 50: this client ÷ plain java.net.http + Jackson, median of "
                    f"{len(ours['runs'])} runs | {fmt(ratio)} | {fmt(ours['min'] / plain['min'])} | | ≤ 1.15 | "
                    f"{'met' if ratio <= 1.15 else '**missed**'}{caveat} |")
    return rows


# What each cold-start step is made of, whether the plain java.net.http + Jackson program pays it too,
# and what would defer or drop it; keyed by the start of ColdStartProbe's step names.
COLD_START_STEPS = {
    "plain Jackson": (True, "Jackson's core (factory, parser, tree nodes). Unavoidable for a Jackson-based client."),
    "JDK HttpClient.newBuilder()": (True, "`java.net.http`'s start-up: selector thread and the default `SSLContext` "
                                          "(security providers, JSSE, the `cacerts` trust store; even for http). "
                                          "Unavoidable for https."),
    "plain program's first GET": (True, "the first HTTP/1.1 exchange of `java.net.http` (connection, exchange and "
                                        "body classes) and one `readTree`."),
    "SLF4J": (False, "SLF4J's provider lookup (`ServiceLoader`), for the client's `RedactingLogger`. Done: at "
                     "`LogLevel.NONE` the client uses Feign's no-op logger and never starts SLF4J; at the default "
                     "`BASIC` the first request needs the logger anyway."),
    "RouteJson.newObjectMapper()": (False, "the configured `JsonMapper`. Done: it no longer registers Jackson's "
                                           "`JavaTimeModule` (about 180 classes: our routes parse their own "
                                           "dates; only the benchmark's generated-model baseline needs it)."),
    "decode one page straight into typed routes": (False, "Jackson building the envelope's bean deserializers "
                                                         "(annotation introspection, creators, mix-ins, java.time "
                                                         "formatters) and the element deserializers, plus the "
                                                         "parse. Propose: a hand-written streaming decoder for the "
                                                         "hot path (page, route, element) over the parser, "
                                                         "leaving bean binding for the rest; keep Blackbird out of "
                                                         "the cold path (it generates classes at start-up)."),
    "decode the same page with a second": (False, "what a NEW mapper instance costs once classes are loaded: its "
                                                  "deserializer cache starts empty. Done: every client of a JVM "
                                                  "shares one configured mapper (`ClientMapper`), so a second "
                                                  "client no longer pays this."),
    "Feign.builder().target": (False, "Feign's builder, contract parsing of every method of the generated "
                                      "interface (four `@RequestLine` methods, `@Param`/`@QueryMap`, template "
                                      "parsing) and the proxy. Propose: drop Feign from the call path of this "
                                      "one GET: the transport already owns a `java.net.http` client, so the "
                                      "client can build the URL and headers itself (also removes Feign's "
                                      "per-request template expansion)."),
    "DynamicRoutesClient.builder()": (False, "what is left of `build()` once the parts above are loaded: a second "
                                             "Feign target with `SingleSegmentContract` (parsed per target), the "
                                             "shared `HttpClient` lease, the version resource. Propose: no Feign."),
    "first listRoutes": (False, "the client's first request once everything is loaded: a new connection, "
                                "Feign's request path (method handler, template expansion, retryer, logger), our "
                                "decoder (the envelope's bean deserializers). Propose: no Feign."),
    "second listRoutes": (False, "a warm call, for comparison."),
}


def step_info(step):
    return next((info for key, info in COLD_START_STEPS.items() if step.startswith(key)), (False, ""))


def median(values):
    values = sorted(values)
    n = len(values)
    return (values[n // 2] + values[(n - 1) // 2]) / 2 if n else float("nan")


def wire_per_page(peer):
    """This client's body bytes per page with compression (the default, server gzips when asked) and without."""
    requests = peer["config"]["requestsPerWalk"]
    asked = [r for r in peer["warm"] if r["walker"] == "client" and r["round"] == "when-asked"]
    never = [r for r in peer["warm"] if r["walker"] == "client" and r["round"] == "never"]
    if not (asked and never):
        return []
    compressed = sum(asked[0]["wireBytesPerWalk"].values()) / requests
    identity = sum(never[0]["wireBytesPerWalk"].values()) / requests
    return ["Bytes on the wire per page of this client (body bytes per walk ÷ requests; the walk's empty last page "
            "included; the fixture's repeated strings compress far better than real routes):", "",
            "| compression | bytes per page | ÷ uncompressed |", "|---|---|---|",
            f"| on (default, `Accept-Encoding: gzip, deflate`; {', '.join(k for k, v in asked[0]['wireBytesPerWalk'].items() if v)}) "
            f"| {compressed:,.0f} | {fmt(compressed / identity)} |",
            f"| off (server never compresses) | {identity:,.0f} | 1.00 |",
            "", "The decoding cost of gzip is the *(a+gzip)* decode row in the ratios table.", ""]


def peer_section(peer):
    cfg = peer["config"]
    out = ["## Peer benchmark (`benchmarks/peer/run.sh`)", "",
           f"- date: {peer['date']}, machine: {peer['cpus']} CPUs, load average at start "
           f"{' '.join(map(str, peer['loadStart']))}, at end {' '.join(map(str, peer['loadEnd']))}",
           f"- one Node `http` server on loopback (keep-alive) answering from pages serialised before it starts "
           f"(the JMH fixtures' generator): {cfg['routes']:,} routes × {cfg['elementsPerRoute']} elements, pages of "
           f"{cfg['perPage']}, {cfg['requestsPerWalk']} requests per walk (the last page is empty); each walker in "
           f"its own process, {cfg['walks']} walks, figures from the last {cfg['kept']}; Java walkers "
           f"`{' '.join(cfg['warmJvmOptions'])}`. Every walker must read every route and element with exactly "
           f"{cfg['requestsPerWalk']} requests per walk, or the run fails.",
           "- the fixture repeats the same strings in every route, so gzip shrinks it far more than real data "
           "would; the bytes columns show who asked for what, not a real-world compression ratio."]
    if peer_preliminary(peer):
        out.append(f"- **preliminary figures**: {'a smoke run (`--quick`), ' if cfg['walks'] < 40 else ''}"
                   f"load average {peer['loadStart'][0]} at the start on {peer['cpus']} CPUs; rerun on a quiet "
                   "machine before reading the ratios as results.")
    out.append("")
    for round_name, round_label in peer["rounds"].items():
        ts, plain = warm_row(peer, round_name, "ts-sdk"), warm_row(peer, round_name, "plain")
        rows = [r for r in peer["warm"] if r["round"] == round_name]
        if not rows:
            continue
        out += [f"Warm walk, {round_label}:", "",
                "| walker | median (ms) | min–max (ms) | ÷ TS SDK | ÷ plain Java | body bytes per walk | Accept-Encoding sent |",
                "|---|---|---|---|---|---|---|"]
        for r in rows:
            wire = ", ".join(f"{k} {v:,}" for k, v in r["wireBytesPerWalk"].items() if v)
            sent = ", ".join(f"`{k}`" for k in r["acceptEncoding"])
            out.append(f"| {peer['walkers'][r['walker']]} | {fmt(r['median'], 1)} | {fmt(r['min'], 1)}–{fmt(r['max'], 1)} | "
                       f"{fmt(r['median'] / ts['median']) if ts else 'n/a'} | "
                       f"{fmt(r['median'] / plain['median']) if plain else 'n/a'} | {wire} | {sent} |")
        out.append("")
    out += wire_per_page(peer)
    if peer.get("cold"):
        ts, plain = cold_row(peer, "ts-sdk"), cold_row(peer, "plain")
        out += [f"Cold process: start, fetch page 1 of {cfg['perPage']}, exit (whole process wall time, "
                f"{cfg['coldRuns']} runs each, interleaved; the Java processes with default JVM options):", "",
                "| program | median (ms) | min–max (ms) | ÷ plain Java | ÷ TS SDK | inside: set-up / first call (median ms) |",
                "|---|---|---|---|---|---|"]
        for r in peer["cold"]:
            inside = ""
            if r["runs"] and "setUpMillis" in r["runs"][0]:
                inside = (f"{fmt(median([x['setUpMillis'] for x in r['runs']]), 0)} / "
                          f"{fmt(median([x['firstCallMillis'] for x in r['runs']]), 0)}")
            out.append(f"| {peer['coldPrograms'][r['walker']]} | {fmt(r['median'], 0)} | {fmt(r['min'], 0)}–{fmt(r['max'], 0)} | "
                       f"{fmt(r['median'] / plain['median']) if plain else 'n/a'} | "
                       f"{fmt(r['median'] / ts['median']) if ts else 'n/a'} | {inside} |")
        out.append("")
    cold_start = peer.get("coldStart") or {}
    probes = cold_start.get("probes") or []
    for order, title in (("client-first", "as a user's process runs it"),
                         ("split", "split: the parts first, ranked by time (`ColdStartProbe split`)")):
        runs = [p for p in probes if p["order"] == order]
        if not runs:
            continue
        names = [s["step"] for s in runs[0]["steps"]]
        steps = [(name, median([s["millis"] for p in runs for s in p["steps"] if s["step"] == name]),
                  median([s["classesLoaded"] for p in runs for s in p["steps"] if s["step"] == name])) for name in names]
        if order == "split":
            steps.sort(key=lambda s: -s[1])
        out += [f"Cold start, {title}; median of {len(runs)} fresh JVM(s), "
                f"{fmt(median([p['classesBeforeSteps'] for p in runs]), 0)} classes loaded before `main`:", ""]
        if order == "split":
            out += ["| rank | step | ms | classes loaded | plain program pays it too | what it is, and what would "
                    "defer or drop it |", "|---|---|---|---|---|---|"]
            for rank, (name, ms, loaded) in enumerate(steps, 1):
                shared, text = step_info(name)
                out.append(f"| {rank} | {name} | {fmt(ms, 0)} | {fmt(loaded, 0)} | {'yes' if shared else 'no'} | {text} |")
        else:
            out += ["| step | ms | classes loaded |", "|---|---|---|"]
            for name, ms, loaded in steps:
                out.append(f"| {name} | {fmt(ms, 0)} | {fmt(loaded, 0)} |")
        out.append("")
    profile = cold_start.get("jfr")
    if profile and profile["mainThreadSamples"]:
        n = profile["mainThreadSamples"]
        out += [f"JFR execution samples of the client's cold process (`settings=profile`, {profile['runs']} run(s), "
                f"{n} samples of the main thread inside `main`; inclusive: a sample counts for every marker on its "
                "stack). JFR samples Java code only, not the VM's own class loading and linking, and its start "
                "slows the process: read the shares beside the wall times above.", "",
                "| on the stack | samples | share |", "|---|---|---|"]
        for m in profile["markers"]:
            label = m["label"]
            indent = (len(label) - len(label.lstrip(" "))) // 2
            out.append(f"| {'&nbsp;&nbsp;' * 2 * indent}{label.strip()} | {m['samples']} | {m['samples'] / n:.0%} |")
        out.append("")
    loading = cold_start.get("classLoading")
    if loading:
        origins = sorted({o for v in loading.values() for o in v["byOrigin"]},
                         key=lambda o: -max(v["byOrigin"].get(o, 0) for v in loading.values()))
        walkers = list(loading)
        out += ["Classes loaded by the cold process (`-Xlog:class+load`), by origin; in brackets those read from "
                "the JDK's CDS archive (cheap to load):", "",
                "| origin | " + " | ".join(peer["walkers"][w].split(" (")[0] for w in walkers) + " |",
                "|---|" + "---|" * len(walkers)]
        for o in origins:
            out.append(f"| {o} | " + " | ".join(f"{loading[w]['byOrigin'].get(o, 0):,} ({loading[w]['fromCdsArchive'].get(o, 0):,})"
                                                for w in walkers) + " |")
        out.append("| total | " + " | ".join(f"{loading[w]['total']:,}" for w in walkers) + " |")
        out.append("")
    return out


def main(results_dir):
    decode = load(os.path.join(results_dir, "decode.json"))
    paging = load(os.path.join(results_dir, "paging.json"))
    memory = load(os.path.join(results_dir, "memory.json"))
    peer = load(os.path.join(results_dir, "peer.json"))
    env = load(os.path.join(results_dir, "environment.json")) or {}
    out = ["# Benchmark results", "",
           "Written by `benchmarks/run.sh` (see the README's *Benchmarks* section); raw JMH output is in "
           "`decode.json` and `paging.json`, the memory run in `memory.json`, the peer benchmark "
           "(`benchmarks/peer/run.sh`) in `peer.json`. Stack profiles of the paging and peer-walk request "
           "path (JFR execution samples beside `-prof gc`) and what would close each missed target: "
           "[profiles.md](profiles.md) (`benchmarks/profile.sh`, or `benchmarks/run.sh --profile`).", ""]
    jvm = (decode or paging or [{}])[0]

    def iterations(run):
        return (f"{run.get('forks', '?')} fork, {run.get('warmupIterations', '?')} warm-up × "
                f"{run.get('warmupTime', '?')}, {run.get('measurementIterations', '?')} measured × "
                f"{run.get('measurementTime', '?')}")

    runs = "; ".join(f"{name} {iterations(run[0])}" for name, run in (("decode", decode), ("paging", paging)) if run)
    out += [f"- date: {env.get('date', '?')}, machine: {env.get('cpus', '?')} CPUs, load average at start "
            f"{env.get('loadStart', '?')}, at end {env.get('loadEnd', '?')}",
            f"- JVM: {jvm.get('vmName', '?')} {jvm.get('jdkVersion', '?')}; JMH {jvm.get('jmhVersion', '?')}: "
            f"{runs or iterations(jvm)}", ""]

    out += ["## Ratios", "",
            "Candidate ÷ baseline from the same run. *mean*: JMH scores (for the peer rows: medians); *best*: "
            "fastest iterations (steadier on a shared machine); *alloc*: bytes allocated per operation. A target is met when the mean ratio "
            "is at or below it. *noisy* marks a ratio whose candidate or baseline varied by more than a quarter "
            "of its score during the run (other processes on the machine); read its *best* and *alloc* columns.", "",
            "| comparison | mean | best | alloc | target | |", "|---|---|---|---|---|---|"]
    d = index(decode)
    for page in ("50x12", "1MB"):
        base = d.get(("DecodeBenchmark.plainModels", f"page={page}"))
        if not base:
            continue
        for name, label, target in (("typedRoutes", "(a) typed routes", 1.2),
                                    ("typedRoutesViaTree", "(a') typed routes via a tree first", None),
                                    ("jacksonTree", "(c) Jackson tree", None)):
            cand = d.get((f"DecodeBenchmark.{name}", f"page={page}"))
            if cand:
                out.append(ratio_row(f"decode {page}: {label} ÷ (b) plain models", cand, base, target))
        typed = d.get(("DecodeBenchmark.typedRoutes", f"page={page}"))
        gz = d.get(("DecodeBenchmark.typedRoutesGzipped", f"page={page}"))
        if typed and gz:
            out.append(ratio_row(f"decode {page}: (a+gzip) typed routes from the gzipped page ÷ (a) typed routes "
                                 "(the cost of decompressing)", gz, typed, None))
    p = index(paging)
    base = p.get(("PagingBenchmark.rawLoop", ""))
    if base:
        for name, label, target in (("paginator", "(a) client paginator", 1.05),
                                    ("rawLoopTypedRoutes", "(b') raw loop with our typed decoding", None)):
            cand = p.get((f"PagingBenchmark.{name}", ""))
            if cand:
                out.append(ratio_row(f"paging 10 000 routes / 200 pages: {label} ÷ (b) raw loop", cand, base, target))
    if memory:
        verdict = "met" if memory["passed"] else "**missed**"
        out.append(f"| memory, {memory['routesWalked']:,} routes at -Xmx{memory['maxHeapBytes'] // (1024 * 1024)}m: "
                   f"retained by the walk ÷ one page | {memory['retainedByWalkInPages']:.2f} | | | ≤ 2 (about one page) | {verdict} |")
    if peer:
        out += peer_ratio_rows(peer)
    out.append("")
    if peer:
        out += peer_section(peer)

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
