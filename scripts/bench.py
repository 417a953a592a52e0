#!/usr/bin/env python3
"""Side-by-side timing of the reference workloads: CPython, fastjit's interpreter, fastjit's
compiled modes and the C references of ../shared/bench/.

Every workload prints `kernel_seconds S` (its own timing of the hot part); this script runs each
runner on each workload in round-robin order (so machine noise spreads over all of them), takes the
median of --repeat runs, checks that every runner printed the same checksum lines as CPython, and
prints a Markdown table of kernel seconds and ratios. Wall time (start-up and compile included) is
reported too. The table is what docs/performance.md records.

    scripts/bench.py [--repeat 3] [--modes interp,auto] [--no-c] [--scale-down] [workload ...]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.normpath(os.path.join(ROOT, "..", "shared", "bench"))


def run(cmd):
    start = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.perf_counter() - start
    kernel = None
    lines = []
    for line in proc.stdout.splitlines():
        if line.startswith("kernel_seconds "):
            kernel = float(line.split()[1])
        else:
            lines.append(line)
    return proc.returncode, "\n".join(lines), kernel, wall, proc.stderr


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--modes", default="interp,auto", help="fastjit modes to time")
    ap.add_argument("--fastjit", default=os.path.join(ROOT, "build", "fastjit"))
    ap.add_argument("--bench-dir", default=BENCH)
    ap.add_argument("--no-c", action="store_true", help="skip the C references")
    ap.add_argument("--no-python", action="store_true", help="skip CPython")
    ap.add_argument("workloads", nargs="*")
    args = ap.parse_args()

    names = args.workloads or sorted(f[:-3] for f in os.listdir(args.bench_dir) if f.endswith(".py"))
    cc = shutil.which("clang-19")
    tmp = tempfile.mkdtemp(prefix="fastjit-bench-")
    runners = []  # (label, function name -> command or None)
    if not args.no_python:
        runners.append(("CPython", lambda n: [sys.executable, os.path.join(args.bench_dir, n + ".py")]))
    for mode in args.modes.split(","):
        runners.append((f"fastjit {mode}",
                        lambda n, m=mode: [args.fastjit, f"--mode={m}", os.path.join(args.bench_dir, n + ".py")]))
    c_binaries = {}
    if not args.no_c and cc:
        for n in names:
            src = os.path.join(args.bench_dir, n + ".c")
            if os.path.exists(src):
                exe = os.path.join(tmp, n)
                subprocess.run([cc, "-O3", "-march=native", "-ffp-contract=off", src, "-o", exe, "-lm"], check=True)
                c_binaries[n] = exe
        runners.append(("C -O3", lambda n: [c_binaries[n]] if n in c_binaries else None))

    results = {}  # (name, label) -> (kernel list, wall list, ok)
    for name in names:
        reference = None
        for _ in range(args.repeat):
            for label, make in runners:
                cmd = make(name)
                if cmd is None:
                    continue
                code, out, kernel, wall, err = run(cmd)
                entry = results.setdefault((name, label), {"kernel": [], "wall": [], "status": "ok"})
                if code != 0:
                    entry["status"] = f"exit {code}: {err.strip().splitlines()[-1] if err.strip() else ''}"
                    continue
                if reference is None:
                    reference = out
                elif out != reference:
                    entry["status"] = "WRONG OUTPUT"
                if kernel is not None:
                    entry["kernel"].append(kernel)
                entry["wall"].append(wall)
        print(f"{name}: done", file=sys.stderr)

    labels = [label for label, _ in runners]
    base = "fastjit interp" if "fastjit interp" in labels else None
    header = "| workload | " + " | ".join(f"{l} kernel s" for l in labels)
    header += " | CPython time / interp time" if base and "CPython" in labels else ""
    for l in labels:
        if l.startswith("fastjit") and l != base and base:
            header += f" | {l} speedup over interp"
    print(header + " |")
    print("|" + "---|" * (header.count("|")))
    for name in names:
        row = [name]
        med = {}
        for l in labels:
            e = results.get((name, l))
            if not e or not e["kernel"]:
                row.append(e["status"] if e else "-")
                continue
            med[l] = statistics.median(e["kernel"])
            row.append(f"{med[l]:.4g}" + ("" if e["status"] == "ok" else f" ({e['status']})"))
        if base and "CPython" in labels:
            row.append(f"{med['CPython'] / med[base]:.2f}" if base in med and "CPython" in med else "-")
        for l in labels:
            if l.startswith("fastjit") and l != base and base:
                row.append(f"{med[base] / med[l]:.1f}x" if base in med and l in med else "-")
        print("| " + " | ".join(row) + " |")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
