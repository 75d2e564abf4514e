#!/usr/bin/env python3
"""Drives the peer benchmark (benchmarks/peer/run.sh calls it; see the README there).

Starts the Node pages server, runs each walker in its own process against it, checks that every
walker read every route and element with the expected number of requests, and writes one JSON file:

  warm       per round (how the server answers Accept-Encoding) and walker: every walk's wall time,
             the median and min-max of the last KEEP walks, requests and body bytes on the wire
  cold       per walker: whole-process wall times of "fetch page 1 of 50 and exit", several runs
             interleaved, plus the set-up / first-call split each Java process reports
  coldStart  ColdStartProbe runs (client-first and split orders) and class-loading counts by origin
             (-Xlog:class+load) for the client and the plain program
"""
import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
JAVA_WALK = "dev.dynamicroutes.benchmarks.PeerWalk"
JAVA_PROBE = "dev.dynamicroutes.benchmarks.ColdStartProbe"
# the same heap for both Java walkers (as the JMH paging benchmark), so GC sizing does not pick a winner
WARM_JVM = ["-Xms1g", "-Xmx1g"]

WALKERS = {
    "ts-sdk": "official TypeScript SDK (npm cloudflare, client.aiGateway.dynamicRouting.list looped by page)",
    "client": "this client (listRoutesPaginator(...).routes(), maxRetries(0))",
    "plain": "plain Java loop (java.net.http HTTP/1.1 + Jackson readTree)",
}
COLD_PROGRAMS = {
    "ts-sdk": "official TypeScript SDK: new Cloudflare(...), one dynamicRouting.list",
    "client": "this client: builder()...build(), one listRoutes",
    "plain": "plain Java: HttpClient + ObjectMapper, one GET + readTree",
}
ROUNDS = {
    "when-asked": "server gzips when the client asks (as Cloudflare's API)",
    "never": "server never compresses (every client reads the same bytes)",
}


def run(cmd, pin, timeout=600):
    started = time.perf_counter()
    done = subprocess.run(pin + cmd, capture_output=True, text=True, timeout=timeout)
    elapsed = (time.perf_counter() - started) * 1000
    if done.returncode != 0:
        sys.exit(f"failed ({done.returncode}): {' '.join(cmd)}\n{done.stderr[-4000:]}")
    last = done.stdout.strip().splitlines()[-1]
    return json.loads(last), elapsed


class Server:
    def __init__(self, pages, gzip, pin):
        self.proc = subprocess.Popen(pin + ["node", os.path.join(HERE, "pages-server.mjs"), "--pages", pages,
                                            "--gzip", gzip], stdout=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()
        if not line:
            sys.exit("the pages server did not start")
        self.port = json.loads(line)["port"]
        self.base_url = f"http://127.0.0.1:{self.port}/client/v4"

    def stats(self):
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/__stats") as r:
            return json.load(r)

    def close(self):
        self.proc.terminate()
        self.proc.wait(10)


def walker_cmd(walker, mode, base_url, jar, walks=None):
    extra = [] if walks is None else [str(walks)]
    if walker == "ts-sdk":
        return ["node", os.path.join(HERE, "ts-sdk-walk.mjs"), mode, base_url] + extra
    jvm = WARM_JVM if mode == "warm" else []
    return ["java"] + jvm + ["-cp", jar, JAVA_WALK, mode, walker, base_url] + extra


def check(what, actual, expected):
    if actual != expected:
        sys.exit(f"{what}: expected {expected}, got {actual}")


def warm_round(args, manifest, gzip, pin):
    server = Server(args.pages, gzip, pin)
    rows = []
    try:
        for walker in WALKERS:
            server.stats()  # reset
            out, _ = run(walker_cmd(walker, "warm", server.base_url, args.jar, args.walks), pin)
            stats = server.stats()
            check(f"{walker} routes per walk", out["routes"], manifest["routes"])
            check(f"{walker} elements per walk", out["elements"], manifest["routes"] * manifest["elementsPerRoute"])
            check(f"{walker} requests", stats["requests"], args.walks * manifest["pages"])
            kept = out["walkMillis"][-args.keep:]
            rows.append({
                "round": gzip, "walker": walker, "runtime": out.get("runtime"),
                "walkMillis": out["walkMillis"], "median": statistics.median(kept), "min": min(kept), "max": max(kept),
                "requestsPerWalk": stats["requests"] // args.walks,
                "wireBytesPerWalk": {k: v // args.walks for k, v in stats["bodyBytes"].items()},
                "acceptEncoding": stats["acceptEncoding"],
            })
            print(f"  warm [{gzip}] {walker}: median {rows[-1]['median']:.1f} ms "
                  f"(min {rows[-1]['min']:.1f}, max {rows[-1]['max']:.1f})", file=sys.stderr)
    finally:
        server.close()
    return rows


def cold_runs(args, manifest, pin):
    server = Server(args.pages, "when-asked", pin)
    runs = collections.defaultdict(list)
    order = list(WALKERS)
    try:
        for i in range(args.cold_runs):
            for walker in order[i % len(order):] + order[:i % len(order)]:  # rotate who goes first
                out, millis = run(walker_cmd(walker, "cold", server.base_url, args.jar), pin)
                check(f"{walker} cold routes", out["routes"], manifest["perPage"])
                runs[walker].append({"processMillis": millis, **{k: v for k, v in out.items() if k.endswith("Millis")}})
        probes = []
        for order_name in ("client-first", "split"):
            for _ in range(args.probe_runs):
                out, millis = run(["java", "-cp", args.jar, JAVA_PROBE, server.base_url,
                                   os.path.join(args.pages, "page-1.json"), order_name], pin)
                out["processMillis"] = millis
                probes.append(out)
        loading = {walker: class_loading(walker, server.base_url, args.jar, pin) for walker in ("client", "plain")}
    finally:
        server.close()
    rows = []
    for walker, samples in runs.items():
        process = [s["processMillis"] for s in samples]
        rows.append({"walker": walker, "runs": samples, "median": statistics.median(process),
                     "min": min(process), "max": max(process)})
    return rows, probes, loading


ORIGINS = [  # (label, regex on the class name), first match wins
    ("Jackson", r"^com\.fasterxml\.jackson\."),
    ("Feign", r"^feign\."),
    ("SLF4J", r"^org\.slf4j\."),
    ("this library (client, elements, generated models)", r"^dev\.dynamicroutes\.(client|element|error|graph|pagination|generated)\."),
    ("java.net.http (JDK)", r"^(java\.net\.http|jdk\.internal\.net\.http)\."),
    ("other JDK", r"^(java|javax|jdk|sun|com\.sun)\."),
]


def class_loading(walker, base_url, jar, pin):
    """One cold process with -Xlog:class+load: classes by origin, and how many came from the CDS archive."""
    with tempfile.TemporaryDirectory() as tmp:
        log = os.path.join(tmp, "classes.log")
        run(["java", f"-Xlog:class+load=info:file={log}", "-cp", jar, JAVA_WALK, "cold", walker, base_url], pin)
        by_origin = collections.Counter()
        shared = collections.Counter()
        total = 0
        with open(log) as f:
            for line in f:
                m = re.search(r"\] (\S+) source: (.*)$", line)
                if not m:
                    continue
                name, source = m.groups()
                total += 1
                origin = next((label for label, rx in ORIGINS if re.match(rx, name)), "other")
                by_origin[origin] += 1
                if "shared objects file" in source:
                    shared[origin] += 1
    return {"total": total, "byOrigin": dict(by_origin), "fromCdsArchive": dict(shared)}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--jar", required=True)
    p.add_argument("--pages", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--walks", type=int, default=40)
    p.add_argument("--keep", type=int, default=20)
    p.add_argument("--cold-runs", type=int, default=5)
    p.add_argument("--probe-runs", type=int, default=3)
    p.add_argument("--pin", default="", help="command prefix for every process, e.g. 'taskset -c 0,1'")
    args = p.parse_args()
    pin = args.pin.split()
    with open(os.path.join(args.pages, "manifest.json")) as f:
        manifest = json.load(f)
    load_start = os.getloadavg()
    warm = []
    for gzip in ROUNDS:
        warm += warm_round(args, manifest, gzip, pin)
    cold, probes, loading = cold_runs(args, manifest, pin)
    result = {
        "date": time.strftime("%Y-%m-%dT%H:%MZ", time.gmtime()),
        "cpus": os.cpu_count(), "loadStart": [round(x, 2) for x in load_start],
        "loadEnd": [round(x, 2) for x in os.getloadavg()],
        "config": {"routes": manifest["routes"], "perPage": manifest["perPage"], "requestsPerWalk": manifest["pages"],
                   "elementsPerRoute": manifest["elementsPerRoute"], "walks": args.walks, "kept": args.keep,
                   "coldRuns": args.cold_runs, "probeRuns": args.probe_runs, "warmJvmOptions": WARM_JVM},
        "walkers": WALKERS, "coldPrograms": COLD_PROGRAMS, "rounds": ROUNDS,
        "warm": warm, "cold": cold, "coldStart": {"probes": probes, "classLoading": loading},
    }
    with open(args.out, "w") as f:
        json.dump(result, f, indent=1)


if __name__ == "__main__":
    main()
