// repr() and str() of every value, and format(value, spec), as CPython prints them: numbers through
// float_repr/numeric, strings with CPython's quoting, containers recursively with "[...]" for a list
// that contains itself, and the "<class 'int'>" / "<built-in function len>" forms of the rest.
// Text is appended into one std::string, so printing a big list allocates once.
#include "runtime/errors.h"
#include "runtime/float_repr.h"
#include "runtime/format_spec.h"
#include "runtime/function.h"
#include "runtime/iterator.h"
#include "runtime/list.h"
#include "runtime/modules.h"
#include "runtime/numeric.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include <algorithm>
#include <fmt/format.h>
#include <vector>

namespace fastjit::rt {
namespace {

// Containers whose repr is in progress on this thread (CPython's Py_ReprEnter).
thread_local std::vector<const Object *> reprStack;

struct ReprGuard {
  bool recursive;
  explicit ReprGuard(const Object *o) {
    recursive = std::find(reprStack.begin(), reprStack.end(), o) != reprStack.end();
    if (!recursive) reprStack.push_back(o);
  }
  ~ReprGuard() {
    if (!recursive) reprStack.pop_back();
  }
};

// CPython raises RecursionError from repr() of containers nested this deep (measured with python3
// 3.11 at the default recursion limit: 998 nested lists print, 999 do not).
constexpr size_t kMaxReprNesting = 998;

bool tooDeep() {
  if (reprStack.size() < kMaxReprNesting) return false;
  raise(ExcType::RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  return true;
}

void appendAddress(std::string &out, const void *p) { out += fmt::format("0x{:x}", uintptr_t(p)); }

}  // namespace

std::string_view typeName(const Value &a) { return typeObject(typeIdOf(a))->name; }

bool appendRepr(std::string &out, const Value &v) {
  switch (v.tag()) {
  case Tag::Error: out += "<error>"; return true;
  case Tag::None: out += "None"; return true;
  case Tag::Bool: out += v.asBool() ? "True" : "False"; return true;
  case Tag::Int: appendIntDecimal(out, v.asInt()); return true;
  case Tag::Float: appendFloatRepr(out, v.asFloat()); return true;
  case Tag::Complex: appendComplexRepr(out, v.asComplex()); return true;
  case Tag::Object: break;
  }
  Object *o = v.asObject();
  switch (o->kind) {
  case ObjKind::Str: appendStrRepr(out, strView(v)); return true;
  case ObjKind::List: {
    const ListObject *l = asList(v);
    if (tooDeep()) return false;
    ReprGuard guard(o);
    if (guard.recursive) {
      out += "[...]";
      return true;
    }
    out += '[';
    for (int64_t i = 0; i < l->size; ++i) {
      if (i) out += ", ";
      switch (l->storage) {
      case ListStorage::Int: appendIntDecimal(out, l->ints[i]); break;
      case ListStorage::Float: appendFloatRepr(out, l->floats[i]); break;
      case ListStorage::Bool: out += l->bools[i] ? "True" : "False"; break;
      default:
        if (!appendRepr(out, listGet(l, i))) return false;
        break;
      }
    }
    out += ']';
    return true;
  }
  case ObjKind::Tuple: {
    const TupleObject *t = asTuple(v);
    if (tooDeep()) return false;
    ReprGuard guard(o);
    if (guard.recursive) {
      out += "(...)";
      return true;
    }
    out += '(';
    for (int64_t i = 0; i < t->size; ++i) {
      if (i) out += ", ";
      if (!appendRepr(out, t->items()[i])) return false;
    }
    if (t->size == 1) out += ',';
    out += ')';
    return true;
  }
  case ObjKind::Range: {
    const RangeObject *r = asRange(v);
    if (r->step == 1) out += fmt::format("range({}, {})", r->start, r->stop);
    else out += fmt::format("range({}, {}, {})", r->start, r->stop, r->step);
    return true;
  }
  case ObjKind::Function:
    out += fmt::format("<function {} at ", asFunction(v)->name);
    appendAddress(out, o);
    out += '>';
    return true;
  case ObjKind::BuiltinFunction:
    out += fmt::format("<built-in function {}>", static_cast<BuiltinFunctionObject *>(o)->name);
    return true;
  case ObjKind::BoundMethod: {
    auto *m = static_cast<BoundMethodObject *>(o);
    out += fmt::format("<built-in method {} of {} object at ", m->name, typeName(m->self));
    appendAddress(out, m->self.isObject() ? (const void *)m->self.asObject() : (const void *)m);
    out += '>';
    return true;
  }
  case ObjKind::Module: {
    auto *m = asModule(v);
    if (m->name == "random") out += "<module 'random' from '/usr/lib/python3.11/random.py'>";
    else out += fmt::format("<module '{}' (built-in)>", m->name);
    return true;
  }
  case ObjKind::Type:
    out += fmt::format("<class '{}'>", static_cast<TypeObject *>(o)->name);
    return true;
  case ObjKind::Iterator:
    out += fmt::format("<{} object at ", typeName(v));
    appendAddress(out, o);
    out += '>';
    return true;
  }
  return true;
}

bool appendStr(std::string &out, const Value &v) {
  if (isStr(v)) {
    out += strView(v);
    return true;
  }
  return appendRepr(out, v);
}

std::string reprString(const Value &a) {
  std::string out;
  appendRepr(out, a);
  return out;
}

std::string strString(const Value &a) {
  std::string out;
  appendStr(out, a);
  return out;
}

Value repr(const Value &a) {
  std::string out;
  if (!appendRepr(out, a)) return Value::error();
  return makeStr(out);
}

Value str(const Value &a) {
  if (isStr(a)) return a;
  std::string out;
  if (!appendRepr(out, a)) return Value::error();
  return makeStr(out);
}

bool appendFormat(std::string &out, const Value &v, std::string_view spec) {
  switch (v.tag()) {
  case Tag::Bool:
    if (spec.empty()) {
      out += v.asBool() ? "True" : "False";
      return true;
    }
    return formatInt(v.asInt(), spec, out, "bool");
  case Tag::Int: return formatInt(v.asInt(), spec, out);
  case Tag::Float: return formatFloat(v.asFloat(), spec, out);
  case Tag::Complex: return formatComplex(v.asComplex(), spec, out);
  default: break;
  }
  if (isStr(v)) return formatStr(strView(v), spec, out);
  if (spec.empty()) return appendStr(out, v);
  // object.__format__ with a non-empty spec.
  raise(ExcType::TypeError,
        fmt::format("unsupported format string passed to {}.__format__", typeName(v)));
  return false;
}

Value format(const Value &v, std::string_view spec) {
  if (spec.empty() && isStr(v)) return v;
  std::string out;
  if (!appendFormat(out, v, spec)) return Value::error();
  return makeStr(out);
}

}  // namespace fastjit::rt
