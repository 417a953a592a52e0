#!/usr/bin/env python3
"""Runs fastjit on the conformance programs and samples and compares with CPython's recorded output.

For each program: runs `fastjit --mode=MODE program.py [args]` (cwd = the program's folder, stdin
/dev/null, a timeout) and checks
  - ordinary programs and samples: stdout byte for byte against expected/<name>.out (a unified diff
    on mismatch), the exit status, and the exception class named on the last line of stderr;
  - refused/ programs: exit status 1, empty stdout, stderr containing the `# refused:` text and
    `:LINE:COL:` from `# at:`;
  - syntax/ programs: exit status 1, empty stdout, stderr naming CPython's class (SyntaxError,
    IndentationError, ...) and CPython's error line (`:LINE:` as in `file:LINE:COL: error: ...`, or
    `line LINE`).
In --mode=jit a program that fastjit refuses to compile (exit 1, `cannot compile` on stderr) is
SKIPPED, as issue 5 allows; skips are counted and, with a single program, exit with status 77
(ctest's SKIP_RETURN_CODE).

    run.py --fastjit build/fastjit --mode interp [--jobs 2] [--timeout 30] [name-or-path ...]
    run.py --list            print every program name (refused/..., syntax/..., samples/... too)
    run.py --fastjit build/fastjit --mode auto --live /tmp/any.py   compare with python3 run now
Exit status: 0 when every program passed (or was skipped), 1 otherwise.
"""
import argparse
import difflib
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import programs as P

SKIP = 77


def live_expectation(args, path, name):
    """--live: what python3 does now, as (stdout, status dict), instead of the recorded files."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONHASHSEED="0")
    proc = subprocess.run([args.python, path] + P.program_args(name), cwd=os.path.dirname(path),
                          capture_output=True, stdin=subprocess.DEVNULL, env=env,
                          timeout=args.timeout * 10)
    st = {"exit": str(proc.returncode)}
    err = proc.stderr.decode("utf-8", "replace")
    if "Traceback (most recent call last):" in err:
        st["exception"], st["message"] = P.exception_of(err)
    return proc.stdout, st


def run_one(args, name):
    """Returns (verdict, details) with verdict one of PASS, FAIL, SKIP."""
    path = P.source_path(name)
    if not os.path.exists(path):
        return "FAIL", f"no such program: {path}"
    cmd = [args.fastjit, f"--mode={args.mode}"] + args.extra + [path] + P.program_args(name)
    try:
        proc = subprocess.run(cmd, cwd=os.path.dirname(path), capture_output=True,
                              stdin=subprocess.DEVNULL, timeout=args.timeout)
    except subprocess.TimeoutExpired:
        return "FAIL", f"timed out after {args.timeout} s: {' '.join(cmd)}"
    except OSError as e:
        return "FAIL", f"cannot run {args.fastjit}: {e}"
    out = proc.stdout
    err = proc.stderr.decode("utf-8", "replace")
    cls, last = P.exception_of(err)
    problems = []
    k = P.kind(name)
    if k in ("program", "sample") and args.mode == "jit" and proc.returncode == 1 \
            and "cannot compile" in err and not out:
        return "SKIP", f"--mode=jit refused it: {last}"
    if proc.returncode < 0:
        problems.append(f"crashed (killed by signal {-proc.returncode})")
    if k == "refused":
        d = P.directives(name)
        if proc.returncode != 1:
            problems.append(f"exit status {proc.returncode}, expected 1")
        if out:
            problems.append("printed on stdout: " + out.decode("utf-8", "replace")[:200])
        if d.get("refused", "\0") not in err:
            problems.append(f"stderr lacks {d.get('refused')!r}")
        if f":{d.get('at')}:" not in err:
            problems.append(f"stderr lacks position ':{d.get('at')}:'")
    elif k == "syntax":
        st = P.read_status(P.expected_base(name) + ".status")
        if proc.returncode != 1:
            problems.append(f"exit status {proc.returncode}, expected 1")
        if out:
            problems.append("printed on stdout: " + out.decode("utf-8", "replace")[:200])
        if st["exception"] not in err:
            problems.append(f"stderr does not name {st['exception']}")
        if f":{st['line']}:" not in err and f"line {st['line']}" not in err:
            problems.append(f"stderr lacks the line: neither ':{st['line']}:' nor 'line {st['line']}'")
    else:
        if args.live:
            want, st = live_expectation(args, path, name)
        else:
            base = P.expected_base(name)
            try:
                with open(base + ".out", "rb") as f:
                    want = f.read()
                st = P.read_status(base + ".status")
            except FileNotFoundError:
                return "FAIL", f"no recorded expectation for {name} (run record.py)"
        if out != want:
            diff = difflib.unified_diff(want.decode("utf-8", "replace").splitlines(True),
                                        out.decode("utf-8", "replace").splitlines(True),
                                        "expected (CPython)", f"fastjit --mode={args.mode}")
            text = "".join(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n"
                           for l in diff)
            problems.append("stdout differs:\n" + text)
        if proc.returncode != int(st["exit"]):
            problems.append(f"exit status {proc.returncode}, expected {st['exit']}")
        want_cls = st.get("exception")
        if want_cls:
            if cls != want_cls:
                problems.append(f"exception {cls!r} (last stderr line {last!r}), expected {want_cls}")
            elif args.strict_messages and st.get("message") and \
                    last != re.sub(r"\. Did you mean: .*\?$", "", st["message"]) and last != st["message"]:
                problems.append(f"message {last!r}, CPython says {st['message']!r}")
    if problems and err and k in ("program", "sample"):
        problems.append("stderr:\n" + err[-2000:])
    if problems:
        return "FAIL", "\n".join(problems)
    return "PASS", ""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fastjit", help="path to the fastjit executable")
    ap.add_argument("--mode", default="interp", choices=["auto", "jit", "interp"])
    ap.add_argument("--jobs", "-j", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=30)
    ap.add_argument("--list", action="store_true", help="print the program names and exit")
    ap.add_argument("--strict-messages", action="store_true",
                    help="also compare the exception message with CPython's")
    ap.add_argument("--extra", action="append", default=[],
                    help="an extra fastjit option (repeatable), e.g. --extra=-O0")
    ap.add_argument("--verbose", "-v", action="store_true", help="print PASS lines too")
    ap.add_argument("--live", action="store_true",
                    help="compare with python3 run now instead of the recorded expectations "
                         "(for any .py file, e.g. a reduced test case; no Tier 1 or int64 checks)")
    ap.add_argument("--python", default="python3", help="the CPython used by --live")
    ap.add_argument("names", nargs="*", help="program names or paths (default: all)")
    args = ap.parse_args()
    names = [P.normalize(n) for n in args.names] or P.all_names()
    if args.list:
        print("\n".join(names))
        return 0
    if not args.fastjit:
        ap.error("--fastjit PATH is required")
    args.fastjit = os.path.abspath(args.fastjit)
    with ThreadPoolExecutor(max(1, args.jobs)) as pool:
        results = list(pool.map(lambda n: (n, *run_one(args, n)), names))
    counts = {"PASS": 0, "FAIL": 0, "SKIP": 0}
    for name, verdict, details in results:
        counts[verdict] += 1
        if verdict == "FAIL" or args.verbose or (verdict == "SKIP" and len(names) == 1):
            print(f"{verdict} {name}" + (f": {details}" if details else ""))
    if len(names) > 1:
        print(f"mode {args.mode}: {counts['PASS']} passed, {counts['FAIL']} failed, "
              f"{counts['SKIP']} skipped of {len(names)}")
        reasons = {}
        for name, verdict, details in results:
            if verdict == "SKIP":
                reasons[details] = reasons.get(details, 0) + 1
        for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1])[:10]:
            print(f"  {n:4d} skipped: {reason}")
    if counts["FAIL"]:
        return 1
    if len(names) == 1 and counts["SKIP"]:
        return SKIP
    return 0


if __name__ == "__main__":
    sys.exit(main())
