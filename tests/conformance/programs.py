"""Shared by record.py and run.py: where the conformance programs and samples live, their directives,
and the format of the recorded expectations. Not a program of the suite (it is excluded by name).

Program names (what --list prints, what ctest names carry):
  NAME           tests/conformance/NAME.py           expected/NAME.out + expected/NAME.status
  refused/NAME   tests/conformance/refused/NAME.py   expectations in its directive comments
  syntax/NAME    tests/conformance/syntax/NAME.py    expected/syntax/NAME.status (class and line)
  samples/NAME   samples/NAME.py                     samples/expected/NAME.out + .status

Directives are comments at the start of a line, anywhere in the first 30 lines:
  # args: A B C        command-line arguments (sys.argv[1:]) for this program
  # expect: CLASS      the program must end with this uncaught exception (used only for the licensed
                       OverflowError difference: CPython grows the int, fastjit must raise); the
                       overflowing statement is the last one the program executes, so CPython's
                       stdout is exactly what fastjit prints before the error
  # refused: TEXT      (refused/) stderr must contain TEXT
  # at: LINE:COL       (refused/) stderr must contain `:LINE:COL:` (1-based column of the token that
                       starts the refused construct: the keyword, the '{', the '*', the module name)
  # test-args: A B     (samples/) the small problem size the tests run the sample with

A .status file holds `exit N`, then `exception CLASS` if the program ended with an uncaught
exception, `message TEXT` (CPython's last stderr line, informative; run.py --strict-messages
compares it), and for syntax/ programs `line N`.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SAMPLES = os.path.join(ROOT, "samples")
TOOLS = {"record", "run", "check_subset", "programs", "gen_expr_fuzz", "gen_program_fuzz"}


def all_names():
    names = []
    for f in sorted(os.listdir(HERE)):
        if f.endswith(".py") and f[:-3] not in TOOLS:
            names.append(f[:-3])
    for sub in ("refused", "syntax"):
        d = os.path.join(HERE, sub)
        if os.path.isdir(d):
            names += [f"{sub}/{f[:-3]}" for f in sorted(os.listdir(d)) if f.endswith(".py")]
    if os.path.isdir(SAMPLES):
        names += [f"samples/{f[:-3]}" for f in sorted(os.listdir(SAMPLES)) if f.endswith(".py")]
    return names


def normalize(arg):
    """Accepts a name (`list_append`, `refused/class_def`, `samples/julia`) or a path to the .py."""
    if arg.endswith(".py"):
        path = os.path.abspath(arg)
        if os.path.dirname(path) == SAMPLES:
            return "samples/" + os.path.basename(path)[:-3]
        rel = os.path.relpath(path, HERE)
        if rel.startswith(".."):
            return path[:-3]  # a file outside the suite (run.py --live); paths join as absolute
        return rel[:-3].replace(os.sep, "/")
    return arg


def kind(name):
    if name.startswith("samples/"):
        return "sample"
    if name.startswith("refused/"):
        return "refused"
    if name.startswith("syntax/"):
        return "syntax"
    return "program"


def source_path(name):
    if kind(name) == "sample":
        return os.path.join(SAMPLES, name[len("samples/"):] + ".py")
    return os.path.join(HERE, name + ".py")


def expected_base(name):
    """Path without extension of the .out/.status files (None for refused/ programs)."""
    k = kind(name)
    if k == "sample":
        return os.path.join(SAMPLES, "expected", name[len("samples/"):])
    if k == "refused":
        return None
    return os.path.join(HERE, "expected", name)


def directives(name):
    """Dict of directive -> value from the program's leading comments."""
    out = {}
    with open(source_path(name), encoding="utf-8", errors="replace") as f:
        for i, line in enumerate(f):
            if i >= 30:
                break
            m = re.match(r"#\s*(args|expect|refused|at|test-args):\s?(.*?)\s*$", line)
            if m and m.group(1) not in out:
                out[m.group(1)] = m.group(2)
    return out


def program_args(name):
    key = "test-args" if kind(name) == "sample" else "args"
    return directives(name).get(key, "").split()


def exception_of(stderr):
    """(class, last line) from a CPython-style error report on stderr, or (None, last line)."""
    lines = [l for l in stderr.splitlines() if l.strip()]
    if not lines:
        return None, ""
    last = lines[-1].strip()
    m = re.match(r"([A-Za-z_][A-Za-z0-9_.]*)(:|$)", last)
    return (m.group(1).rsplit(".", 1)[-1] if m else None), last


def read_status(path):
    st = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition(" ")
            st[key] = value
    return st


def format_status(exit_code, exception=None, message=None, line=None):
    text = f"exit {exit_code}\n"
    if exception:
        text += f"exception {exception}\n"
    if message:
        text += f"message {message}\n"
    if line is not None:
        text += f"line {line}\n"
    return text
