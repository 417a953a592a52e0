#!/usr/bin/env python3
"""Prints CPython's own AST of Python files in the format of fastjit's frontend/dump.cpp.

Used by ast_vs_cpython_test.cpp: for each file given, python3's ast.parse() tree is written as
fastjit's --emit=ast dump would show it, then a line "=== end" (or "=== syntax error" when CPython
rejects the file). Positions inside f-strings and of comprehension clauses are printed as "@?":
CPython 3.11 gives f-string parts the position of the whole string and clauses none.
"""
import ast
import re
import sys

def col(src_lines, node):
    line = src_lines[node.lineno - 1].encode()
    return len(line[:node.col_offset].decode('utf-8', 'replace')) + 1

BIN = {ast.Add:'+',ast.Sub:'-',ast.Mult:'*',ast.Div:'/',ast.FloorDiv:'//',ast.Mod:'%',ast.Pow:'**',
       ast.LShift:'<<',ast.RShift:'>>',ast.BitAnd:'&',ast.BitOr:'|',ast.BitXor:"^",ast.MatMult:"@"}
UN = {ast.USub:'-',ast.UAdd:'+',ast.Invert:'~',ast.Not:'not'}
CMP = {ast.Lt:'<',ast.LtE:'<=',ast.Eq:'==',ast.NotEq:'!=',ast.Gt:'>',ast.GtE:'>=',ast.Is:'is',
       ast.IsNot:'is not',ast.In:'in',ast.NotIn:'not in'}
def ctx(n):
    c = getattr(n, 'ctx', None)
    return ' store' if isinstance(c, ast.Store) else ' del' if isinstance(c, ast.Del) else ''
def q(s):
    out = b'"'
    for ch in s.encode('utf-8', 'surrogatepass'):
        c = bytes([ch])
        if c == b'\n': out += b'\\n'
        elif c == b'\r': out += b'\\r'
        elif c == b'\t': out += b'\\t'
        elif c == b'\\': out += b'\\\\'
        elif c == b'"': out += b'\\"'
        elif ch < 0x20 or ch == 0x7f: out += b'\\x%02x' % ch
        else: out += c
    return (out + b'"').decode('utf-8', 'surrogateescape')

class P:
    def __init__(self, lines): self.lines = lines; self.out = []
    def emit(self, ind, label, text, node, inf):
        pos = '' if inf else '  @%d:%d' % (node.lineno, col(self.lines, node))
        self.out.append('  ' * ind + (label + ': ' if label else '') + text + (pos if not inf else '  @?'))
    def node(self, n, ind, label='', inf=False):
        k = type(n).__name__
        if isinstance(n, ast.Constant):
            v = n.value
            if v is None: t = 'NoneLit'
            elif isinstance(v, bool): t = 'BoolLit ' + str(v)
            elif isinstance(v, int): t = 'IntLit %d' % v if -2**63 <= v < 2**63 else 'IntLit big'
            elif isinstance(v, float): t = 'FloatLit ' + ('%.17g' % v).replace('inf','inf')
            elif isinstance(v, complex): t = 'ImagLit %.17gj' % v.imag
            elif isinstance(v, str): t = 'StrLit ' + q(v)
            else: t = 'Const?'
            return self.emit(ind, label, t, n, inf)
        if isinstance(n, ast.Name): return self.emit(ind, label, 'Name ' + n.id + ctx(n), n, inf)
        if isinstance(n, ast.JoinedStr):
            self.emit(ind, label, 'FString', n, inf)
            for v in n.values: self.node(v, ind+1, '', True)
            return
        if isinstance(n, ast.FormattedValue):
            conv = '' if n.conversion == -1 else ' !' + chr(n.conversion)
            self.emit(ind, label, 'FormattedValue' + conv, n, inf)
            self.node(n.value, ind+1, 'value', inf)
            if n.format_spec: self.node(n.format_spec, ind+1, 'spec', True)
            return
        if isinstance(n, ast.BinOp):
            self.emit(ind, label, 'BinOp ' + BIN[type(n.op)], n, inf)
            self.node(n.left, ind+1, '', inf); self.node(n.right, ind+1, '', inf); return
        if isinstance(n, ast.UnaryOp):
            self.emit(ind, label, 'UnaryOp ' + UN[type(n.op)], n, inf)
            self.node(n.operand, ind+1, '', inf); return
        if isinstance(n, ast.BoolOp):
            self.emit(ind, label, 'BoolOp ' + ('and' if isinstance(n.op, ast.And) else 'or'), n, inf)
            for v in n.values: self.node(v, ind+1, '', inf)
            return
        if isinstance(n, ast.Compare):
            self.emit(ind, label, 'Compare ' + ' '.join(CMP[type(o)] for o in n.ops), n, inf)
            self.node(n.left, ind+1, '', inf)
            for v in n.comparators: self.node(v, ind+1, '', inf)
            return
        if isinstance(n, ast.IfExp):
            self.emit(ind, label, 'IfExp', n, inf)
            self.node(n.test, ind+1, 'test', inf); self.node(n.body, ind+1, 'body', inf); self.node(n.orelse, ind+1, 'else', inf); return
        if isinstance(n, ast.Call):
            self.emit(ind, label, 'Call', n, inf)
            self.node(n.func, ind+1, 'func', inf)
            for a in n.args: self.node(a, ind+1, 'arg', inf)
            for kw in n.keywords: self.node(kw.value, ind+1, 'keyword ' + kw.arg, inf)
            return
        if isinstance(n, ast.Attribute):
            self.emit(ind, label, 'Attribute .' + n.attr + ctx(n), n, inf)
            self.node(n.value, ind+1, '', inf); return
        if isinstance(n, ast.Subscript):
            self.emit(ind, label, 'Subscript' + ctx(n), n, inf)
            self.node(n.value, ind+1, 'value', inf); self.node(n.slice, ind+1, 'index', inf); return
        if isinstance(n, ast.Slice):
            self.emit(ind, label, 'Slice', n, inf)
            for nm, v in (('lower', n.lower), ('upper', n.upper), ('step', n.step)):
                if v: self.node(v, ind+1, nm, inf)
            return
        if isinstance(n, (ast.List, ast.Tuple)):
            self.emit(ind, label, ('ListDisplay' if isinstance(n, ast.List) else 'TupleDisplay') + ctx(n), n, inf)
            for v in n.elts: self.node(v, ind+1, '', inf)
            return
        if isinstance(n, ast.ListComp):
            self.emit(ind, label, 'ListComp', n, inf)
            self.node(n.elt, ind+1, 'elt', inf)
            for g in n.generators:
                self.out.append('  ' * (ind+1) + 'for  @?')
                self.node(g.target, ind+2, 'target', inf); self.node(g.iter, ind+2, 'iter', inf)
                for c in g.ifs: self.node(c, ind+2, 'if', inf)
            return
        # statements
        if isinstance(n, ast.Expr): self.emit(ind, label, 'ExprStmt', n, inf); self.node(n.value, ind+1); return
        if isinstance(n, ast.Assign):
            self.emit(ind, label, 'Assign', n, inf)
            for t in n.targets: self.node(t, ind+1, 'target')
            self.node(n.value, ind+1, 'value'); return
        if isinstance(n, ast.AugAssign):
            self.emit(ind, label, 'AugAssign ' + BIN[type(n.op)] + '=', n, inf)
            self.node(n.target, ind+1, 'target'); self.node(n.value, ind+1, 'value'); return
        def block(lst, name):
            if lst:
                self.out.append('  ' * (ind+1) + name + ':')
                for s in lst: self.node(s, ind+2)
        if isinstance(n, ast.If):
            self.emit(ind, label, 'If', n, inf); self.node(n.test, ind+1, 'test'); block(n.body, 'then'); block(n.orelse, 'else'); return
        if isinstance(n, ast.While):
            self.emit(ind, label, 'While', n, inf); self.node(n.test, ind+1, 'test'); block(n.body, 'body'); block(n.orelse, 'else'); return
        if isinstance(n, ast.For):
            self.emit(ind, label, 'For', n, inf); self.node(n.target, ind+1, 'target'); self.node(n.iter, ind+1, 'iter'); block(n.body, 'body'); block(n.orelse, 'else'); return
        if isinstance(n, (ast.Break, ast.Continue, ast.Pass)): return self.emit(ind, label, k, n, inf)
        if isinstance(n, ast.Return):
            self.emit(ind, label, 'Return', n, inf)
            if n.value: self.node(n.value, ind+1)
            return
        if isinstance(n, ast.FunctionDef):
            a = n.args; names = [x.arg for x in a.args]; nd = len(a.args) - len(a.defaults)
            ps = ', '.join(nm + ('=...' if i >= nd else '') for i, nm in enumerate(names))
            self.emit(ind, label, 'FunctionDef %s(%s)' % (n.name, ps), n, inf)
            for i, d in enumerate(a.defaults): self.node(d, ind+1, 'default ' + names[nd + i])
            block(n.body, 'body'); return
        if isinstance(n, ast.Global): return self.emit(ind, label, 'Global ' + ' '.join(n.names), n, inf)
        if isinstance(n, ast.Assert):
            self.emit(ind, label, 'Assert', n, inf); self.node(n.test, ind+1, 'test')
            if n.msg: self.node(n.msg, ind+1, 'msg')
            return
        if isinstance(n, ast.Import):
            return self.emit(ind, label, 'Import ' + ' '.join(a.name + (' as ' + a.asname if a.asname else '') for a in n.names), n, inf)
        if isinstance(n, ast.ImportFrom):
            return self.emit(ind, label, 'ImportFrom %s import ' % n.module + ' '.join(a.name + (' as ' + a.asname if a.asname else '') for a in n.names), n, inf)
        if isinstance(n, ast.Delete):
            self.emit(ind, label, 'Delete', n, inf)
            for t in n.targets: self.node(t, ind+1)
            return
        self.emit(ind, label, '?' + k, n, inf)


def main():
    sys.stdout.reconfigure(encoding="utf-8", errors="surrogateescape", newline="\n")
    for f in sys.argv[1:]:
        src = open(f, encoding="utf-8").read()
        try:
            tree = ast.parse(src)
        except SyntaxError:
            print("=== syntax error")
            continue
        # Lines as Python's tokenizer sees them (str.splitlines would also split at U+2028).
        p = P(re.split(r"\r\n|\r|\n", src))
        p.out.append("Module " + f + "  @1:1")
        for s in tree.body:
            p.node(s, 1)
        for line in p.out:
            print(line)
        print("=== end")


main()
