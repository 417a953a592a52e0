// The math module: argument conversion ("must be real number, not str"), arity messages, and the
// members of SUBSET.md, each calling the CPython-exact function in math_functions.h.
#include "runtime/callargs.h"
#include "runtime/math_functions.h"
#include "runtime/modules_internal.h"

#include <cmath>
#include <limits>
#include <vector>

namespace fastjit::rt {
namespace {

// A real-number argument as a double (int and bool convert; CPython's PyFloat_AsDouble).
bool realArg(const Value &v, double &out) {
  if (v.isFloat()) out = v.asFloat();
  else if (v.isInt() || v.isBool()) out = double(v.asInt());
  else {
    raise(ExcType::TypeError, fmt::format("must be real number, not {}", typeName(v)));
    return false;
  }
  return true;
}

Value floatOr(bool ok, double r) { return ok ? Value::floating(r) : Value::error(); }
Value intOr(bool ok, int64_t r) { return ok ? Value::integer(r) : Value::error(); }

template <MathFn1 F>
Value oneArg(const char *qualname, const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords(qualname, kw) || !exactlyOne(qualname, n)) return Value::error();
  double x, r;
  if (!realArg(args[0], x)) return Value::error();
  return floatOr(math1(F, x, r), r);
}

#define FJ_MATH1(fname, id)                                                   \
  Value m_##fname(const Value *a, size_t n, const KeywordNames *kw) {         \
    return oneArg<MathFn1::id>("math." #fname, a, n, kw);                     \
  }
FJ_MATH1(sqrt, Sqrt)
FJ_MATH1(exp, Exp)
FJ_MATH1(log2, Log2)
FJ_MATH1(log10, Log10)
FJ_MATH1(sin, Sin)
FJ_MATH1(cos, Cos)
FJ_MATH1(tan, Tan)
FJ_MATH1(asin, Asin)
FJ_MATH1(acos, Acos)
FJ_MATH1(atan, Atan)
FJ_MATH1(sinh, Sinh)
FJ_MATH1(cosh, Cosh)
FJ_MATH1(tanh, Tanh)
FJ_MATH1(fabs, Fabs)
#undef FJ_MATH1

bool twoReals(const char *name, const Value *args, size_t n, const KeywordNames *kw, double &x, double &y) {
  return rejectKeywords(name, kw) && argRange(name, n, 2, 2) && realArg(args[0], x) && realArg(args[1], y);
}

Value m_atan2(const Value *a, size_t n, const KeywordNames *kw) {
  double x, y, r;
  if (!twoReals("atan2", a, n, kw, y, x)) return Value::error();
  return floatOr(mathAtan2(y, x, r), r);
}
Value m_pow(const Value *a, size_t n, const KeywordNames *kw) {
  double x, y, r;
  if (!twoReals("pow", a, n, kw, x, y)) return Value::error();
  return floatOr(mathPow(x, y, r), r);
}
Value m_fmod(const Value *a, size_t n, const KeywordNames *kw) {
  double x, y, r;
  if (!twoReals("fmod", a, n, kw, x, y)) return Value::error();
  return floatOr(mathFmod(x, y, r), r);
}
Value m_copysign(const Value *a, size_t n, const KeywordNames *kw) {
  double x, y;
  if (!twoReals("copysign", a, n, kw, x, y)) return Value::error();
  return Value::floating(mathCopysign(x, y));
}

Value m_log(const Value *a, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("math.log", kw)) return Value::error();
  if (n < 1 || n > 2) return raise(ExcType::TypeError, "math.log requires 1 to 2 arguments");
  double r;
  if (n == 1) {
    if (a[0].isInt() || a[0].isBool()) return floatOr(mathLogInt(a[0].asInt(), r), r);
    double x;
    if (!realArg(a[0], x)) return Value::error();
    return floatOr(math1(MathFn1::Log, x, r), r);
  }
  double x, base;
  if (!realArg(a[0], x) || !realArg(a[1], base)) return Value::error();
  return floatOr(mathLogBase(x, base, r), r);
}

Value m_hypot(const Value *a, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("math.hypot", kw)) return Value::error();
  std::vector<double> coords(n);
  for (size_t i = 0; i < n; ++i)
    if (!realArg(a[i], coords[i])) return Value::error();
  double r;
  return floatOr(mathHypot(coords.data(), n, r), r);
}

// floor/ceil/trunc return ints; an int argument is returned unchanged.
template <bool (*F)(double, int64_t &)>
Value toIntFn(const char *qualname, const char *dunder, const Value *a, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords(qualname, kw) || !exactlyOne(qualname, n)) return Value::error();
  if (a[0].isInt() || a[0].isBool()) return Value::integer(a[0].asInt());
  if (!a[0].isFloat()) {
    if (dunder)
      return raise(ExcType::TypeError,
                   fmt::format("type {} doesn't define {} method", typeName(a[0]), dunder));
    return raise(ExcType::TypeError, fmt::format("must be real number, not {}", typeName(a[0])));
  }
  int64_t r;
  return intOr(F(a[0].asFloat(), r), r);
}
Value m_floor(const Value *a, size_t n, const KeywordNames *kw) { return toIntFn<mathFloor>("math.floor", nullptr, a, n, kw); }
Value m_ceil(const Value *a, size_t n, const KeywordNames *kw) { return toIntFn<mathCeil>("math.ceil", nullptr, a, n, kw); }
Value m_trunc(const Value *a, size_t n, const KeywordNames *kw) { return toIntFn<mathTrunc>("math.trunc", "__trunc__", a, n, kw); }

template <bool (*F)(double)>
Value predicate(const char *qualname, const Value *a, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords(qualname, kw) || !exactlyOne(qualname, n)) return Value::error();
  double x;
  if (!realArg(a[0], x)) return Value::error();
  return Value::boolean(F(x));
}
Value m_isnan(const Value *a, size_t n, const KeywordNames *kw) { return predicate<mathIsnan>("math.isnan", a, n, kw); }
Value m_isinf(const Value *a, size_t n, const KeywordNames *kw) { return predicate<mathIsinf>("math.isinf", a, n, kw); }
Value m_isfinite(const Value *a, size_t n, const KeywordNames *kw) { return predicate<mathIsfinite>("math.isfinite", a, n, kw); }

Value m_isqrt(const Value *a, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("math.isqrt", kw) || !exactlyOne("math.isqrt", n)) return Value::error();
  int64_t x, r;
  if (!indexArg(a[0], x)) return Value::error();
  return intOr(mathIsqrt(x, r), r);
}
Value m_factorial(const Value *a, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("math.factorial", kw) || !exactlyOne("math.factorial", n)) return Value::error();
  int64_t x, r;
  if (!indexArg(a[0], x)) return Value::error();
  return intOr(mathFactorial(x, r), r);
}
Value m_gcd(const Value *a, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("math.gcd", kw)) return Value::error();
  std::vector<int64_t> xs(n);
  for (size_t i = 0; i < n; ++i)
    if (!indexArg(a[i], xs[i])) return Value::error();
  int64_t r;
  return intOr(mathGcd(xs.data(), n, r), r);
}

BuiltinFunctionObject mathFunctions[] = {
    makeStaticBuiltin("sqrt", m_sqrt),   makeStaticBuiltin("exp", m_exp),
    makeStaticBuiltin("log", m_log),     makeStaticBuiltin("log2", m_log2),
    makeStaticBuiltin("log10", m_log10), makeStaticBuiltin("sin", m_sin),
    makeStaticBuiltin("cos", m_cos),     makeStaticBuiltin("tan", m_tan),
    makeStaticBuiltin("asin", m_asin),   makeStaticBuiltin("acos", m_acos),
    makeStaticBuiltin("atan", m_atan),   makeStaticBuiltin("atan2", m_atan2),
    makeStaticBuiltin("sinh", m_sinh),   makeStaticBuiltin("cosh", m_cosh),
    makeStaticBuiltin("tanh", m_tanh),   makeStaticBuiltin("floor", m_floor),
    makeStaticBuiltin("ceil", m_ceil),   makeStaticBuiltin("trunc", m_trunc),
    makeStaticBuiltin("fabs", m_fabs),   makeStaticBuiltin("hypot", m_hypot),
    makeStaticBuiltin("pow", m_pow),     makeStaticBuiltin("copysign", m_copysign),
    makeStaticBuiltin("fmod", m_fmod),   makeStaticBuiltin("isnan", m_isnan),
    makeStaticBuiltin("isinf", m_isinf), makeStaticBuiltin("isfinite", m_isfinite),
    makeStaticBuiltin("isqrt", m_isqrt), makeStaticBuiltin("gcd", m_gcd),
    makeStaticBuiltin("factorial", m_factorial),
};

}  // namespace

ModuleObject *buildMathModule() {
  ModuleObject *m = newModule("math");
  for (BuiltinFunctionObject &f : mathFunctions) addFunction(m, &f);
  m->members.emplace_back("pi", Value::floating(kMathPi));
  m->members.emplace_back("e", Value::floating(kMathE));
  m->members.emplace_back("tau", Value::floating(kMathTau));
  m->members.emplace_back("inf", Value::floating(std::numeric_limits<double>::infinity()));
  m->members.emplace_back("nan", Value::floating(std::numeric_limits<double>::quiet_NaN()));
  return m;
}

}  // namespace fastjit::rt
