// The random module: Python-level argument handling (Random.method signatures and their
// TypeErrors, randrange's integral-float acceptance, choice/shuffle on sequences) around the
// CPython-identical generator of random_mt.h.
#include "runtime/callargs.h"
#include "runtime/list.h"
#include "runtime/modules_internal.h"
#include "runtime/random_mt.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include <cmath>
#include <initializer_list>
#include <utility>

namespace fastjit::rt {
namespace {

// Binds the arguments of a Python-level Random method (random.py's signatures) to `out`, with the
// messages CPython gives for a bound method (its positional counts include self).
bool bindMethod(const char *qualname, const Value *args, size_t n, const KeywordNames *kw,
                std::initializer_list<const char *> params, size_t required, const Value **out) {
  size_t nkw = keywordCount(kw), np = n - nkw, total = params.size();
  if (np > total) {
    std::string takes = required == total ? fmt::format("{}", total + 1)
                                          : fmt::format("from {} to {}", required + 1, total + 1);
    raise(ExcType::TypeError, fmt::format("{}() takes {} positional arguments but {} were given",
                                          qualname, takes, np + 1));
    return false;
  }
  for (size_t i = 0; i < total; ++i) out[i] = i < np ? &args[i] : nullptr;
  for (size_t k = 0; k < nkw; ++k) {
    size_t j = 0;
    for (const char *p : params) {
      if (kw->names[k] == p) break;
      ++j;
    }
    if (j == total) {
      raise(ExcType::TypeError,
            fmt::format("{}() got an unexpected keyword argument '{}'", qualname, kw->names[k]));
      return false;
    }
    if (out[j]) {
      raise(ExcType::TypeError, fmt::format("{}() got multiple values for argument '{}'", qualname,
                                            kw->names[k]));
      return false;
    }
    out[j] = &args[np + k];
  }
  std::vector<std::string_view> missing;
  for (size_t i = 0; i < required; ++i)
    if (!out[i]) missing.push_back(params.begin()[i]);
  if (!missing.empty()) {
    std::string names;
    for (size_t m = 0; m < missing.size(); ++m) {
      if (m) names += missing.size() == 2 ? " and " : (m + 1 == missing.size() ? ", and " : ", ");
      names += fmt::format("'{}'", missing[m]);
    }
    raise(ExcType::TypeError, fmt::format("{}() missing {} required positional argument{}: {}", qualname,
                                          missing.size(), missing.size() == 1 ? "" : "s", names));
    return false;
  }
  return true;
}

// randrange's argument conversion: ints, and (deprecated in 3.11) integral floats.
bool rangeArg(const Value &v, const char *what, int64_t &out) {
  if (v.isInt() || v.isBool()) {
    out = v.asInt();
    return true;
  }
  if (v.isFloat()) {
    double f = v.asFloat();
    if (std::isfinite(f) && f == std::trunc(f) && std::fabs(f) < 9.2e18) {
      out = int64_t(f);
      return true;
    }
    raise(ExcType::ValueError, fmt::format("non-integer {} for randrange()", what));
    return false;
  }
  return indexArg(v, out);
}

Value numberOr(bool ok, int64_t v) { return ok ? Value::integer(v) : Value::error(); }

Value r_seed(const Value *a, size_t n, const KeywordNames *kw) {
  const Value *p[2];
  if (!bindMethod("Random.seed", a, n, kw, {"a", "version"}, 0, p)) return Value::error();
  MersenneTwister &mt = globalRandom();
  if (!p[0] || p[0]->isNone()) mt.seedTime();
  else if (p[0]->isInt() || p[0]->isBool()) mt.seedInt(p[0]->asInt());
  else if (p[0]->isFloat()) mt.seedFloat(p[0]->asFloat());
  else if (isStr(*p[0])) mt.seedString(strView(*p[0]));
  else
    return raise(ExcType::TypeError,
                 "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
  return Value::none();
}

Value r_random(const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("Random.random", kw) || !noArgs("Random.random", n)) return Value::error();
  return Value::floating(globalRandom().random());
}

Value r_getrandbits(const Value *a, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("Random.getrandbits", kw) || !exactlyOne("Random.getrandbits", n)) return Value::error();
  int64_t k, r;
  if (!indexArg(a[0], k)) return Value::error();
  return numberOr(globalRandom().getrandbits(k, r), r);
}

Value r_randrange(const Value *a, size_t n, const KeywordNames *kw) {
  const Value *p[3];
  if (!bindMethod("Random.randrange", a, n, kw, {"start", "stop", "step"}, 1, p)) return Value::error();
  int64_t start, stop = 0, step = 1, r;
  if (!rangeArg(*p[0], "arg 1", start)) return Value::error();
  bool hasStop = p[1] && !p[1]->isNone();
  if (hasStop && !rangeArg(*p[1], "stop", stop)) return Value::error();
  if (p[2] && !rangeArg(*p[2], "step", step)) return Value::error();
  return numberOr(globalRandom().randrange(start, stop, step, hasStop, r), r);
}

Value r_randint(const Value *a, size_t n, const KeywordNames *kw) {
  const Value *p[2];
  if (!bindMethod("Random.randint", a, n, kw, {"a", "b"}, 2, p)) return Value::error();
  int64_t x, y, r;
  if (!rangeArg(*p[0], "arg 1", x) || !rangeArg(*p[1], "stop", y)) return Value::error();
  return numberOr(globalRandom().randint(x, y, r), r);
}

Value r_uniform(const Value *a, size_t n, const KeywordNames *kw) {
  const Value *p[2];
  if (!bindMethod("Random.uniform", a, n, kw, {"a", "b"}, 2, p)) return Value::error();
  // random.py: a + (b - a) * self.random(), with Python's arithmetic on the given types.
  Value diff = binaryOp(BinaryOp::Sub, *p[1], *p[0]);
  if (diff.isError()) return diff;
  Value scaled = binaryOp(BinaryOp::Mul, diff, Value::floating(globalRandom().random()));
  if (scaled.isError()) return scaled;
  return binaryOp(BinaryOp::Add, *p[0], scaled);
}

Value r_gauss(const Value *a, size_t n, const KeywordNames *kw) {
  const Value *p[2];
  if (!bindMethod("Random.gauss", a, n, kw, {"mu", "sigma"}, 0, p)) return Value::error();
  // random.py returns mu + z * sigma; gauss(0, 1) yields z itself (0.0 + z * 1.0 == z), and the
  // arithmetic is then Python's on the given argument types, with its errors.
  Value z = Value::floating(globalRandom().gauss(0.0, 1.0));
  Value scaled = p[1] ? binaryOp(BinaryOp::Mul, z, *p[1]) : z;
  if (scaled.isError()) return scaled;
  return p[0] ? binaryOp(BinaryOp::Add, *p[0], scaled) : binaryOp(BinaryOp::Add, Value::floating(0.0), scaled);
}

int64_t sequenceLength(const Value &v) {
  if (isList(v)) return asList(v)->size;
  if (isTuple(v)) return asTuple(v)->size;
  if (isStr(v)) return asStr(v)->length;
  if (isRange(v)) return asRange(v)->length;
  raise(ExcType::TypeError, fmt::format("object of type '{}' has no len()", typeName(v)));
  return -1;
}

Value r_choice(const Value *a, size_t n, const KeywordNames *kw) {
  const Value *p[1];
  if (!bindMethod("Random.choice", a, n, kw, {"seq"}, 1, p)) return Value::error();
  int64_t len = sequenceLength(*p[0]);
  if (len < 0) return Value::error();
  size_t idx;
  if (!globalRandom().choiceIndex(size_t(len), idx)) return Value::error();
  return getItem(*p[0], Value::integer(int64_t(idx)));
}

Value r_shuffle(const Value *a, size_t n, const KeywordNames *kw) {
  const Value *p[1];
  if (!bindMethod("Random.shuffle", a, n, kw, {"x"}, 1, p)) return Value::error();
  if (!isList(*p[0])) {
    int64_t len = sequenceLength(*p[0]);
    if (len < 0) return Value::error();
    if (len <= 1) return Value::none();
    return raise(ExcType::TypeError,
                 fmt::format("'{}' object does not support item assignment", typeName(*p[0])));
  }
  ListObject *l = asList(*p[0]);
  switch (l->storage) {
  case ListStorage::Int: globalRandom().shuffle(size_t(l->size), [l](size_t i, size_t j) { std::swap(l->ints[i], l->ints[j]); }); break;
  case ListStorage::Float: globalRandom().shuffle(size_t(l->size), [l](size_t i, size_t j) { std::swap(l->floats[i], l->floats[j]); }); break;
  case ListStorage::Complex: globalRandom().shuffle(size_t(l->size), [l](size_t i, size_t j) { std::swap(l->complexes[i], l->complexes[j]); }); break;
  case ListStorage::Bool: globalRandom().shuffle(size_t(l->size), [l](size_t i, size_t j) { std::swap(l->bools[i], l->bools[j]); }); break;
  case ListStorage::Boxed: globalRandom().shuffle(size_t(l->size), [l](size_t i, size_t j) { std::swap(l->boxed[i], l->boxed[j]); }); break;
  case ListStorage::Empty: break;
  }
  return Value::none();
}

BuiltinFunctionObject randomFunctions[] = {
    makeStaticBuiltin("seed", r_seed),         makeStaticBuiltin("random", r_random),
    makeStaticBuiltin("getrandbits", r_getrandbits), makeStaticBuiltin("randrange", r_randrange),
    makeStaticBuiltin("randint", r_randint),   makeStaticBuiltin("uniform", r_uniform),
    makeStaticBuiltin("gauss", r_gauss),       makeStaticBuiltin("choice", r_choice),
    makeStaticBuiltin("shuffle", r_shuffle),
};

}  // namespace

ModuleObject *buildRandomModule() {
  ModuleObject *m = newModule("random");
  for (BuiltinFunctionObject &f : randomFunctions) addFunction(m, &f);
  return m;
}

}  // namespace fastjit::rt
