// Calling the builtin types as constructors: int(), float(), complex(), bool(), str(), list(),
// tuple(), range(), with CPython's argument rules and messages (string parsing is numeric.h's).
#include "runtime/builtins.h"

#include "runtime/callargs.h"
#include "runtime/list.h"
#include "runtime/numeric.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

namespace fastjit::rt {
namespace {

size_t positional(size_t n, const KeywordNames *kw) { return n - keywordCount(kw); }

Value makeInt(const Value *args, size_t n, const KeywordNames *kw) {
  if (!checkKeywords("int", kw, {"base"})) return Value::error();
  if (n > 2) return raise(ExcType::TypeError, fmt::format("int() takes at most 2 arguments ({} given)", n));
  size_t np = positional(n, kw);
  const Value *base = np >= 2 ? &args[1] : keywordArg(args, n, kw, "base");
  if (np == 0) {
    if (base) return raise(ExcType::TypeError, "int() missing string argument");
    return Value::integer(0);
  }
  const Value &x = args[0];
  if (base) {
    int64_t b;
    if (!indexArg(*base, b)) return Value::error();
    if (!isStr(x)) return raise(ExcType::TypeError, "int() can't convert non-string with explicit base");
    if (b != 0 && (b < 2 || b > 36))
      return raise(ExcType::ValueError, "int() base must be >= 2 and <= 36, or 0");
    int64_t r;
    return parseInt(strView(x), int(b), r, [&] { return reprString(x); }) ? Value::integer(r)
                                                                          : Value::error();
  }
  if (x.isInt() || x.isBool()) return Value::integer(x.asInt());
  if (x.isFloat()) {
    int64_t r;
    return floatToInt(x.asFloat(), r) ? Value::integer(r) : Value::error();
  }
  if (isStr(x)) {
    int64_t r;
    return parseInt(strView(x), 10, r, [&] { return reprString(x); }) ? Value::integer(r) : Value::error();
  }
  return raise(ExcType::TypeError, fmt::format("int() argument must be a string, a bytes-like object "
                                               "or a real number, not '{}'", typeName(x)));
}

Value makeFloat(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("float", kw)) return Value::error();
  if (n > 1) return raise(ExcType::TypeError, fmt::format("float expected at most 1 argument, got {}", n));
  if (n == 0) return Value::floating(0.0);
  const Value &x = args[0];
  if (x.isFloat()) return x;
  if (x.isInt() || x.isBool()) return Value::floating(double(x.asInt()));
  if (isStr(x)) {
    double r;
    return parseFloat(strView(x), r, [&] { return reprString(x); }) ? Value::floating(r) : Value::error();
  }
  return raise(ExcType::TypeError,
               fmt::format("float() argument must be a string or a real number, not '{}'", typeName(x)));
}

Value makeComplex(const Value *args, size_t n, const KeywordNames *kw) {
  if (!checkKeywords("complex", kw, {"real", "imag"})) return Value::error();
  if (n > 2) return raise(ExcType::TypeError, fmt::format("complex() takes at most 2 arguments ({} given)", n));
  size_t np = positional(n, kw);
  const Value *re = np >= 1 ? &args[0] : keywordArg(args, n, kw, "real");
  const Value *im = np >= 2 ? &args[1] : keywordArg(args, n, kw, "imag");
  if (re && isStr(*re)) {
    if (im) return raise(ExcType::TypeError, "complex() can't take second arg if first is a string");
    Complex c;
    return parseComplex(strView(*re), c) ? Value::complex(c.re, c.im) : Value::error();
  }
  auto asComplexArg = [](const Value *v, bool first, Complex &out) -> bool {
    if (v->isComplex()) out = v->asComplex();
    else if (v->isFloat()) out = {v->asFloat(), 0.0};
    else if (v->isInt() || v->isBool()) out = {double(v->asInt()), 0.0};
    else {
      if (first)
        raise(ExcType::TypeError, fmt::format("complex() first argument must be a string or a number, "
                                              "not '{}'", typeName(*v)));
      else
        raise(ExcType::TypeError, fmt::format("complex() second argument must be a number, not '{}'",
                                              typeName(*v)));
      return false;
    }
    return true;
  };
  Complex r{0.0, 0.0}, i{0.0, 0.0};
  if (re && !asComplexArg(re, true, r)) return Value::error();
  if (im && isStr(*im))
    return raise(ExcType::TypeError, "complex() second arg can't be a string");
  if (im && !asComplexArg(im, false, i)) return Value::error();
  // complex(r, i) == r + i*1j, computed as CPython does: (r.re - i.im) + (r.im + i.re)j, where a
  // real r keeps its imaginary part exactly i.re (no -0.0 + 0.0 rounding).
  double outRe = r.re, outIm = r.im;
  if (im) {
    if (im->isComplex()) outRe -= i.im;
    outIm = re && re->isComplex() ? r.im + i.re : i.re;
  }
  return Value::complex(outRe, outIm);
}

Value makeBool(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("bool", kw)) return Value::error();
  if (n > 1) return raise(ExcType::TypeError, fmt::format("bool expected at most 1 argument, got {}", n));
  if (n == 0) return Value::boolean(false);
  int t = truthy(args[0]);
  return t < 0 ? Value::error() : Value::boolean(t);
}

Value makeStrFrom(const Value *args, size_t n, const KeywordNames *kw) {
  if (!checkKeywords("str", kw, {"object", "encoding", "errors"})) return Value::error();
  size_t np = positional(n, kw);
  if (n > 3) return raise(ExcType::TypeError, fmt::format("str() takes at most 3 arguments ({} given)", n));
  if (np >= 2 || keywordArg(args, n, kw, "encoding"))
    return raise(ExcType::TypeError, "decoding str is not supported");
  const Value *obj = np >= 1 ? &args[0] : keywordArg(args, n, kw, "object");
  if (!obj) return makeStr("");
  return str(*obj);
}

Value makeSequence(const char *name, bool tuple, const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords(name, kw)) return Value::error();
  if (n > 1) return raise(ExcType::TypeError, fmt::format("{} expected at most 1 argument, got {}", name, n));
  if (tuple && n == 1 && isTuple(args[0])) return args[0];
  Value list = makeList();
  if (list.isError()) return list;
  if (n == 1) {
    if (isList(args[0])) list = listCopy(asList(args[0]));
    else if (listExtend(asList(list), args[0]) < 0) return Value::error();
  }
  if (!tuple) return list;
  ListObject *l = asList(list);
  TupleObject *t = newTuple(l->size);
  if (!t) return Value::error();
  for (int64_t i = 0; i < l->size; ++i) t->items()[i] = listGet(l, i);
  return Value::adopt(t);
}

Value makeRangeFrom(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("range", kw)) return Value::error();
  if (n == 0) return raise(ExcType::TypeError, "range expected at least 1 argument, got 0");
  if (n > 3) return raise(ExcType::TypeError, fmt::format("range expected at most 3 arguments, got {}", n));
  int64_t v[3] = {0, 0, 1};
  for (size_t i = 0; i < n; ++i)
    if (!indexArg(args[i], v[i])) return Value::error();
  if (n == 1) return makeRange(0, v[0], 1);
  return makeRange(v[0], v[1], n == 3 ? v[2] : 1);
}

}  // namespace

Value callType(const Value &type, const Value *args, size_t nargs, const KeywordNames *kw) {
  const TypeObject *t = static_cast<const TypeObject *>(type.asObject());
  switch (t->id) {
  case TypeId::Int: return makeInt(args, nargs, kw);
  case TypeId::Float: return makeFloat(args, nargs, kw);
  case TypeId::Complex: return makeComplex(args, nargs, kw);
  case TypeId::Bool: return makeBool(args, nargs, kw);
  case TypeId::Str: return makeStrFrom(args, nargs, kw);
  case TypeId::List: return makeSequence("list", false, args, nargs, kw);
  case TypeId::Tuple: return makeSequence("tuple", true, args, nargs, kw);
  case TypeId::Range: return makeRangeFrom(args, nargs, kw);
  default:
    return raise(ExcType::TypeError, fmt::format("cannot create '{}' instances", t->name));
  }
}

}  // namespace fastjit::rt
