#!/usr/bin/env python3
"""Summarises JFR execution samples (jdk.ExecutionSample) of a benchmark into Markdown tables.

  python3 benchmarks/profile.py --title "paging: client paginator" rec1.jfr [rec2.jfr ...]

For each recording set it prints four tables:
  threads   samples per thread group (the walking thread, java.net.http's threads, the test server's)
  layers    per layer of the code (this client, typed decoding, Feign, Jackson, java.net.http, ...):
            *self*, samples whose top frame is in the layer (JDK frames are charged to the nearest
            calling layer that is not plain JDK, so a HashMap.put inside Feign counts as Feign), and
            *inclusive*, samples with the layer anywhere on the stack
  stages    samples under each stage of a request (decoding, Feign's template, sending, logging, ...)
  methods   the methods of our code, Feign, Jackson and java.net.http with the most self samples
            (topmost of those layers on the stack), with their inclusive samples

JFR samples threads that run Java code (not threads parked waiting for bytes), every 10-20 ms per
thread with the `profile` settings, so the shares say where CPU goes, not where the walk waits.
benchmarks/profile.sh records the profiles and writes benchmarks/results/profiles.md with this script.
"""
import argparse
import collections
import json
import re
import subprocess
import sys

# (layer, regex on "package.Class"), first match wins; "JDK" frames are charged to their caller's layer
LAYERS = [
    ("this client: request path (dev.dynamicroutes.client, pagination)", r"^dev\.dynamicroutes\.(client|pagination|error)\."),
    ("typed decoding (dev.dynamicroutes.element)", r"^dev\.dynamicroutes\.element\."),
    ("generated models", r"^dev\.dynamicroutes\.generated\."),
    ("benchmark code (baselines, walkers, test server)", r"^dev\.dynamicroutes\.benchmarks\."),
    ("Feign", r"^feign\."),
    ("Jackson", r"^com\.fasterxml\.jackson\."),
    ("SLF4J", r"^org\.slf4j\."),
    ("java.net.http (JDK HTTP client)", r"^(java\.net\.http|jdk\.internal\.net\.http)\."),
    ("JDK HTTP server (the benchmark's server)", r"^(sun\.net\.httpserver|com\.sun\.net\.httpserver)\."),
    ("JMH", r"^org\.openjdk\.jmh\."),
]
JDK = "JDK (java.*, sun.*, jdk.*) with no other layer below it"

THREAD_GROUPS = [
    ("walking thread (JMH worker / main)", r"(jmh-worker|^main$)"),
    ("java.net.http threads (selector, executor)", r"^HttpClient-"),
    ("test server threads (JDK HttpServer / Node)", r"(HTTP-Dispatcher|^pool-|httpserver)"),
]
OTHER_THREADS = "other threads (JIT, GC, JFR, ...)"

# stages of a request, inclusive (a sample counts for every stage on its stack): (label, regex on "Class.method")
STAGES = [
    ("decoding the body (`ResponseDecoder.decode`; raw loops: `ObjectMapper.readValue`)",
     r"^(dev\.dynamicroutes\.client\.ResponseDecoder\.decode|com\.fasterxml\.jackson\.databind\.ObjectMapper\.readValue)$"),
    ("  typed routes (`element.RouteCodec`)", r"^dev\.dynamicroutes\.element\.RouteCodec[.$]"),
    ("  reading the body stream (`DeadlineBody.read`, gzip)", r"^dev\.dynamicroutes\.client\.(DeadlineBody\.read|ContentDecoding)"),
    ("Feign: request template from the arguments, interceptor, target",
     r"^feign\.(SynchronousMethodHandler\.targetRequest|RequestTemplateFactoryResolver\$BuildTemplateByResolvingArgs\.create)$"),
    ("sending and waiting for the headers (`HttpTransport.execute`; raw loops: `HttpClient.send`)",
     r"^(dev\.dynamicroutes\.client\.HttpTransport\.execute|jdk\.internal\.net\.http\.HttpClientImpl\.send)$"),
    ("Feign logger", r"^(feign\.Logger|feign\.slf4j\.|dev\.dynamicroutes\.client\.RedactingLogger)"),
    ("retryer", r"^(dev\.dynamicroutes\.client\.BackoffRetryer|feign\.Retryer)"),
    ("page mapping, next-page rule, repeated-page guard",
     r"^dev\.dynamicroutes\.(client\.PageMapper|pagination\.(RoutesNextPageRule|PageFingerprints|RoutesPage))"),
]

# the methods listed in the method table come from these layers only (JDK internals are too fine-grained)
LISTED = ("this client", "typed decoding", "Feign", "Jackson", "java.net.http", "benchmark code")


def layer_of(cls):
    for label, rx in LAYERS:
        if re.match(rx, cls):
            return label
    return JDK


def thread_group(name):
    for label, rx in THREAD_GROUPS:
        if re.search(rx, name or ""):
            return label
    return OTHER_THREADS


def samples(path):
    """(thread name, [frame "Class.method" from the top], truncated) per execution sample."""
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "512", "--events", "jdk.ExecutionSample",
                              path], capture_output=True, text=True, check=True).stdout
    for event in json.loads(printed)["recording"]["events"]:
        values = event["values"]
        thread = (values.get("sampledThread") or {}).get("javaName") or "?"
        stack = values.get("stackTrace") or {"frames": []}
        frames = [f["method"]["type"]["name"].replace("/", ".") + "." + f["method"]["name"] for f in stack["frames"]]
        yield thread, frames


def summarise(paths, only_walking):
    threads = collections.Counter()
    self_layer = collections.Counter()
    incl_layer = collections.Counter()
    incl_method = collections.Counter()
    stages = collections.Counter()
    self_method = collections.Counter()
    total = 0
    for path in paths:
        for thread, frames in samples(path):
            group = thread_group(thread)
            threads[group] += 1
            if only_walking and group != THREAD_GROUPS[0][0]:
                continue
            if not frames:
                continue
            total += 1
            layers = [layer_of(f.rsplit(".", 1)[0]) for f in frames]
            charged = next((lay for lay in layers if lay != JDK), JDK)
            self_layer[charged] += 1
            for lay in set(layers):
                incl_layer[lay] += 1
            seen = set()
            for f, lay in zip(frames, layers):
                if lay.startswith(LISTED) and f not in seen:
                    seen.add(f)
                    incl_method[f] += 1
            for label, rx in STAGES:
                if any(re.match(rx, f) for f in frames):
                    stages[label] += 1
            top_listed = next((f for f, lay in zip(frames, layers) if lay.startswith(LISTED)), None)
            if top_listed:
                self_method[top_listed] += 1
    return threads, self_layer, incl_layer, incl_method, self_method, stages, total


def pct(n, total):
    return f"{100.0 * n / total:.0f}%" if total else "n/a"


def short(frame):
    """dev.dynamicroutes.client.HttpTransport.execute -> client.HttpTransport.execute"""
    for prefix in ("dev.dynamicroutes.", "com.fasterxml.jackson.", "jdk.internal.net.http."):
        if frame.startswith(prefix):
            return frame[len(prefix):]
    return frame


def render(title, paths, top, only_walking):
    threads, self_layer, incl_layer, incl_method, self_method, stages, total = summarise(paths, only_walking)
    all_samples = sum(threads.values())
    out = [f"### {title}", ""]
    out += ["| thread group | samples | share |", "|---|---|---|"]
    for label, _ in THREAD_GROUPS + [(OTHER_THREADS, None)]:
        out.append(f"| {label} | {threads[label]:,} | {pct(threads[label], all_samples)} |")
    scope = "the walking thread" if only_walking else "all threads"
    out += ["", f"By layer, {scope} ({total:,} samples):", "",
            "| layer | self | self share | inclusive | inclusive share |", "|---|---|---|---|---|"]
    for label in sorted(set(self_layer) | set(incl_layer), key=lambda k: (-self_layer[k], -incl_layer[k])):
        out.append(f"| {label} | {self_layer[label]:,} | {pct(self_layer[label], total)} | {incl_layer[label]:,} | "
                   f"{pct(incl_layer[label], total)} |")
    out += ["", f"Stages of a request ({scope}, inclusive):", "", "| stage | samples | share |", "|---|---|---|"]
    for label, _ in STAGES:
        out.append(f"| {label.replace('  ', '&nbsp;&nbsp;&nbsp;&nbsp;')} | {stages[label]:,} | {pct(stages[label], total)} |")
    out += ["", f"Top {top} methods by self samples ({scope}; self = the method is the topmost frame of our code, "
                "Feign, Jackson or java.net.http, so JDK code it calls counts for it):", "",
            "| method | layer | self | self share | inclusive |", "|---|---|---|---|---|"]
    for frame, n in self_method.most_common(top):
        lay = layer_of(frame.rsplit(".", 1)[0]).split(" (")[0].split(":")[0]
        out.append(f"| `{short(frame)}` | {lay} | {n:,} | {pct(n, total)} | {incl_method[frame]:,} |")
    out.append("")
    return "\n".join(out)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--title", required=True)
    p.add_argument("--top", type=int, default=25)
    p.add_argument("--all-threads", action="store_true", help="layer and method tables over every thread")
    p.add_argument("recordings", nargs="+")
    args = p.parse_args()
    print(render(args.title, args.recordings, args.top, not args.all_threads))


if __name__ == "__main__":
    sys.exit(main())
