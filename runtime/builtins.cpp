// The builtin functions of Tier 1 (print, len, abs, min, max, sum, round, divmod, pow, repr,
// isinstance, hex, bin, oct, ord, chr, enumerate, zip, reversed, sorted, iter, next, format, type)
// and lookupBuiltin, which also hands out the type objects (int, float, ... in builtins_types.cpp).
// Each builtin checks its arguments with CPython's messages and computes with the numeric rules
// of numeric.h, so results match CPython's for every Tier 1 type.
#include "runtime/builtins.h"

#include "runtime/callargs.h"
#include "runtime/io.h"
#include "runtime/iterator.h"
#include "runtime/list.h"
#include "runtime/numeric.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include <cmath>
#include <vector>

namespace fastjit::rt {

Value listSortM(const Value &self, const Value *args, size_t n, const KeywordNames *kw);

namespace {

size_t positional(size_t n, const KeywordNames *kw) { return n - keywordCount(kw); }

Value bPrint(const Value *args, size_t n, const KeywordNames *kw) {
  if (!checkKeywords("print", kw, {"sep", "end", "flush", "file"})) return Value::error();
  size_t np = positional(n, kw);
  std::string_view sep = " ", end = "\n";
  for (const char *name : {"sep", "end"}) {
    const Value *v = keywordArg(args, n, kw, name);
    if (!v || v->isNone()) continue;
    if (!isStr(*v))
      return raise(ExcType::TypeError,
                   fmt::format("{} must be None or a string, not {}", name, typeName(*v)));
    (name[0] == 's' ? sep : end) = strView(*v);
  }
  if (const Value *file = keywordArg(args, n, kw, "file"); file && !file->isNone())
    return raise(ExcType::TypeError, "print(file=...) is not supported by fastjit");
  thread_local std::string line;
  line.clear();
  for (size_t i = 0; i < np; ++i) {
    if (i) line += sep;
    if (!appendStr(line, args[i])) return Value::error();
  }
  line += end;
  writeStdout(line);
  if (const Value *flush = keywordArg(args, n, kw, "flush"); flush && truthy(*flush) == 1) flushStdout();
  return Value::none();
}

Value bLen(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("len", kw) || !exactlyOne("len", n)) return Value::error();
  const Value &v = args[0];
  if (v.isObject()) {
    switch (v.asObject()->kind) {
    case ObjKind::Str: return Value::integer(asStr(v)->length);
    case ObjKind::List: return Value::integer(asList(v)->size);
    case ObjKind::Tuple: return Value::integer(asTuple(v)->size);
    case ObjKind::Range: return Value::integer(asRange(v)->length);
    default: break;
    }
  }
  return raise(ExcType::TypeError, fmt::format("object of type '{}' has no len()", typeName(v)));
}

Value bAbs(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("abs", kw) || !exactlyOne("abs", n)) return Value::error();
  const Value &v = args[0];
  if (v.isInt() || v.isBool()) {
    int64_t r;
    return intAbs(v.asInt(), r) ? Value::integer(r) : Value::error();
  }
  if (v.isFloat()) return Value::floating(std::fabs(v.asFloat()));
  if (v.isComplex()) {
    double r;
    return complexAbs(v.asComplex(), r) ? Value::floating(r) : Value::error();
  }
  return raise(ExcType::TypeError, fmt::format("bad operand type for abs(): '{}'", typeName(v)));
}

// min() and max(): CPython's min_max (first of equal items kept, key=, default=).
Value minMax(const Value *args, size_t n, const KeywordNames *kw, bool isMax) {
  const char *name = isMax ? "max" : "min";
  if (!checkKeywords(name, kw, {"key", "default"})) return Value::error();
  size_t np = positional(n, kw);
  if (np == 0) return raise(ExcType::TypeError, fmt::format("{} expected at least 1 argument, got 0", name));
  const Value *keyArg = keywordArg(args, n, kw, "key");
  const Value *dflt = keywordArg(args, n, kw, "default");
  Value key = keyArg ? *keyArg : Value::none();
  if (dflt && np > 1)
    return raise(ExcType::TypeError, fmt::format("Cannot specify a default for {}() with multiple "
                                                 "positional arguments", name));
  CompareOp op = isMax ? CompareOp::Gt : CompareOp::Lt;
  Value best, bestKey;
  bool have = false;
  auto consider = [&](const Value &item) -> bool {
    Value k = key.isNone() ? item : call(key, &item, 1, nullptr);
    if (k.isError()) return false;
    if (!have) {
      best = item;
      bestKey = std::move(k);
      have = true;
      return true;
    }
    int r = compareBool(op, k, bestKey);
    if (r < 0) return false;
    if (r) {
      best = item;
      bestKey = std::move(k);
    }
    return true;
  };
  if (np > 1) {
    for (size_t i = 0; i < np; ++i)
      if (!consider(args[i])) return Value::error();
  } else if (isList(args[0]) && key.isNone() && asList(args[0])->storage == ListStorage::Int) {
    const ListObject *l = asList(args[0]);
    if (l->size > 0) {
      int64_t b = l->ints[0];
      for (int64_t i = 1; i < l->size; ++i)
        if (isMax ? l->ints[i] > b : l->ints[i] < b) b = l->ints[i];
      return Value::integer(b);
    }
  } else {
    Value it = getIter(args[0]);
    if (it.isError()) return it;
    Value item;
    int r;
    while ((r = iterNext(it, item)) > 0)
      if (!consider(item)) return Value::error();
    if (r < 0) return Value::error();
  }
  if (!have) {
    if (dflt) return *dflt;
    return raise(ExcType::ValueError, fmt::format("{}() arg is an empty sequence", name));
  }
  return best;
}
Value bMin(const Value *a, size_t n, const KeywordNames *kw) { return minMax(a, n, kw, false); }
Value bMax(const Value *a, size_t n, const KeywordNames *kw) { return minMax(a, n, kw, true); }

Value bSum(const Value *args, size_t n, const KeywordNames *kw) {
  if (!checkKeywords("sum", kw, {"start"})) return Value::error();
  size_t np = positional(n, kw);
  if (np == 0)
    return raise(ExcType::TypeError, fmt::format("sum() takes at least 1 positional argument ({} given)", np));
  if (np > 2) return raise(ExcType::TypeError, fmt::format("sum() takes at most 2 arguments ({} given)", n));
  const Value *startKw = keywordArg(args, n, kw, "start");
  Value acc = np == 2 ? args[1] : startKw ? *startKw : Value::integer(0);
  if (isStr(acc)) return raise(ExcType::TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  if (isList(args[0]) && (acc.isInt() || acc.isFloat())) {
    // Typed fast paths; they add in the same order and with the same rules as the generic loop.
    const ListObject *l = asList(args[0]);
    if (l->storage == ListStorage::Int && acc.isInt()) {
      int64_t s = acc.asInt();
      for (int64_t i = 0; i < l->size; ++i)
        if (!intAdd(s, l->ints[i], s)) return Value::error();
      return Value::integer(s);
    }
    if (l->storage == ListStorage::Bool && acc.isInt()) {
      int64_t trues = 0;
      for (int64_t i = 0; i < l->size; ++i) trues += l->bools[i];
      int64_t s = acc.asInt();
      if (!intAdd(s, trues, s)) return Value::error();
      return Value::integer(s);
    }
    if (l->storage == ListStorage::Float) {
      double s = acc.isInt() ? double(acc.asInt()) : acc.asFloat();
      if (l->size == 0) return acc;
      for (int64_t i = 0; i < l->size; ++i) s += l->floats[i];
      return Value::floating(s);
    }
  }
  Value it = getIter(args[0]);
  if (it.isError()) return it;
  Value item;
  int r;
  while ((r = iterNext(it, item)) > 0) {
    acc = binaryOp(BinaryOp::Add, acc, item);
    if (acc.isError()) return acc;
  }
  return r < 0 ? Value::error() : acc;
}

Value bRound(const Value *args, size_t n, const KeywordNames *kw) {
  if (!checkKeywords("round", kw, {"number", "ndigits"})) return Value::error();
  size_t np = positional(n, kw);
  if (np > 2) return raise(ExcType::TypeError, fmt::format("round() takes at most 2 arguments ({} given)", n));
  const Value *number = np >= 1 ? &args[0] : keywordArg(args, n, kw, "number");
  const Value *nd = np >= 2 ? &args[1] : keywordArg(args, n, kw, "ndigits");
  if (!number) return raise(ExcType::TypeError, "round() missing required argument 'number' (pos 1)");
  const Value &x = *number;
  bool hasNd = nd && !nd->isNone();
  int64_t digits = 0;
  if (!x.isInt() && !x.isBool() && !x.isFloat())
    return raise(ExcType::TypeError, fmt::format("type {} doesn't define __round__ method", typeName(x)));
  if (hasNd && !indexArg(*nd, digits)) return Value::error();
  if (x.isFloat()) {
    if (!hasNd) {
      int64_t r;
      return roundFloatToInt(x.asFloat(), r) ? Value::integer(r) : Value::error();
    }
    double r;
    return roundFloat(x.asFloat(), digits, r) ? Value::floating(r) : Value::error();
  }
  if (!hasNd) return Value::integer(x.asInt());
  int64_t r;
  return roundInt(x.asInt(), digits, r) ? Value::integer(r) : Value::error();
}

Value bDivmod(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("divmod", kw) || !argRange("divmod", n, 2, 2)) return Value::error();
  const Value &a = args[0], &b = args[1];
  bool ai = a.isInt() || a.isBool(), bi = b.isInt() || b.isBool();
  if (ai && bi) {
    int64_t q, r;
    if (!intDivmod(a.asInt(), b.asInt(), q, r)) return Value::error();
    return makeTuple2(Value::integer(q), Value::integer(r));
  }
  if ((ai || a.isFloat()) && (bi || b.isFloat())) {
    double x = a.isFloat() ? a.asFloat() : double(a.asInt());
    double y = b.isFloat() ? b.asFloat() : double(b.asInt());
    double q, r;
    if (!floatDivmod(x, y, q, r)) return Value::error();
    return makeTuple2(Value::floating(q), Value::floating(r));
  }
  return raise(ExcType::TypeError, fmt::format("unsupported operand type(s) for divmod(): '{}' and '{}'",
                                               typeName(a), typeName(b)));
}

Value bPow(const Value *args, size_t n, const KeywordNames *kw) {
  if (!checkKeywords("pow", kw, {"base", "exp", "mod"})) return Value::error();
  size_t np = positional(n, kw);
  if (np > 3) return raise(ExcType::TypeError, fmt::format("pow() takes at most 3 arguments ({} given)", n));
  const char *names[] = {"base", "exp", "mod"};
  const Value *p[3] = {};
  for (size_t i = 0; i < 3; ++i) p[i] = i < np ? &args[i] : keywordArg(args, n, kw, names[i]);
  for (size_t i = 0; i < 2; ++i)
    if (!p[i])
      return raise(ExcType::TypeError,
                   fmt::format("pow() missing required argument '{}' (pos {})", names[i], i + 1));
  if (!p[2] || p[2]->isNone()) return binaryOp(BinaryOp::Pow, *p[0], *p[1]);
  auto isI = [](const Value *v) { return v->isInt() || v->isBool(); };
  if (!isI(p[0]) || !isI(p[1]) || !isI(p[2])) {
    bool numeric = true;
    for (const Value *v : p) numeric = numeric && (isI(v) || v->isFloat() || v->isComplex());
    if (numeric)
      return raise(ExcType::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return raise(ExcType::TypeError,
                 fmt::format("unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                             typeName(*p[0]), typeName(*p[1]), typeName(*p[2])));
  }
  int64_t r;
  return intPowMod(p[0]->asInt(), p[1]->asInt(), p[2]->asInt(), r) ? Value::integer(r) : Value::error();
}

Value bRepr(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("repr", kw) || !exactlyOne("repr", n)) return Value::error();
  return repr(args[0]);
}

Value bFormat(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("format", kw) || !argRange("format", n, 1, 2)) return Value::error();
  if (n == 2 && !isStr(args[1]))
    return raise(ExcType::TypeError,
                 fmt::format("format() argument 2 must be str, not {}", typeName(args[1])));
  return format(args[0], n == 2 ? strView(args[1]) : std::string_view());
}

// isinstance(x, t) with t a type or a (nested) tuple of types; -1 when t is not one.
int instanceOf(const Value &x, const Value &t) {
  if (t.isObject(ObjKind::Type)) return isInstanceOf(x, static_cast<TypeObject *>(t.asObject())->id);
  if (isTuple(t)) {
    const TupleObject *tt = asTuple(t);
    for (int64_t i = 0; i < tt->size; ++i) {
      int r = instanceOf(x, tt->items()[i]);
      if (r != 0) return r;
    }
    return 0;
  }
  raise(ExcType::TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}

Value bIsinstance(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("isinstance", kw) || !argRange("isinstance", n, 2, 2)) return Value::error();
  int r = instanceOf(args[0], args[1]);
  return r < 0 ? Value::error() : Value::boolean(r);
}

template <std::string (*Conv)(int64_t)>
Value intText(const char *name, const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords(name, kw) || !exactlyOne(name, n)) return Value::error();
  int64_t i;
  if (!indexArg(args[0], i)) return Value::error();
  return makeStr(Conv(i));
}
Value bHex(const Value *a, size_t n, const KeywordNames *kw) { return intText<intToHex>("hex", a, n, kw); }
Value bBin(const Value *a, size_t n, const KeywordNames *kw) { return intText<intToBin>("bin", a, n, kw); }
Value bOct(const Value *a, size_t n, const KeywordNames *kw) { return intText<intToOct>("oct", a, n, kw); }

Value bOrd(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("ord", kw) || !exactlyOne("ord", n)) return Value::error();
  if (!isStr(args[0]))
    return raise(ExcType::TypeError,
                 fmt::format("ord() expected string of length 1, but {} found", typeName(args[0])));
  const StrObject *s = asStr(args[0]);
  if (s->length != 1)
    return raise(ExcType::TypeError,
                 fmt::format("ord() expected a character, but string of length {} found", s->length));
  size_t pos = 0;
  return Value::integer(decodeUtf8(s->view(), pos));
}

Value bChr(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("chr", kw) || !exactlyOne("chr", n)) return Value::error();
  int64_t i;
  if (!indexArg(args[0], i)) return Value::error();
  if (i < 0 || i > 0x10FFFF) return raise(ExcType::ValueError, "chr() arg not in range(0x110000)");
  return makeChar(uint32_t(i));
}

Value bEnumerate(const Value *args, size_t n, const KeywordNames *kw) {
  if (!checkKeywords("enumerate", kw, {"iterable", "start"})) return Value::error();
  size_t np = positional(n, kw);
  if (np > 2)
    return raise(ExcType::TypeError, fmt::format("enumerate() takes at most 2 arguments ({} given)", n));
  const Value *iterable = np >= 1 ? &args[0] : keywordArg(args, n, kw, "iterable");
  const Value *start = np >= 2 ? &args[1] : keywordArg(args, n, kw, "start");
  if (!iterable) return raise(ExcType::TypeError, "enumerate() missing required argument 'iterable'");
  int64_t s = 0;
  if (start && !indexArg(*start, s)) return Value::error();
  Value it = getIter(*iterable);
  if (it.isError()) return it;
  return makeEnumerate(it, s);
}

Value bZip(const Value *args, size_t n, const KeywordNames *kw) {
  if (!checkKeywords("zip", kw, {"strict"})) return Value::error();
  size_t np = positional(n, kw);
  std::vector<Value> its;
  for (size_t i = 0; i < np; ++i) {
    Value it = getIter(args[i]);
    if (it.isError()) return it;
    its.push_back(std::move(it));
  }
  return makeZip(its.data(), int64_t(its.size()));
}

Value bReversed(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("reversed", kw) || !argRange("reversed", n, 1, 1)) return Value::error();
  const Value &v = args[0];
  if (isList(v) || isTuple(v) || isStr(v) || isRange(v)) return makeReversed(v);
  return raise(ExcType::TypeError, fmt::format("'{}' object is not reversible", typeName(v)));
}

Value bSorted(const Value *args, size_t n, const KeywordNames *kw) {
  size_t np = positional(n, kw);
  if (np != 1) return raise(ExcType::TypeError, fmt::format("sorted expected 1 argument, got {}", np));
  Value list = makeList();
  if (list.isError() || listExtend(asList(list), args[0]) < 0) return Value::error();
  Value r = listSortM(list, args + 1, n - 1, kw);
  return r.isError() ? r : list;
}

Value bIter(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("iter", kw) || !argRange("iter", n, 1, 1)) return Value::error();
  return getIter(args[0]);
}

Value bNext(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("next", kw) || !argRange("next", n, 1, 2)) return Value::error();
  if (!isIterator(args[0]))
    return raise(ExcType::TypeError, fmt::format("'{}' object is not an iterator", typeName(args[0])));
  Value out;
  int r = iterNext(args[0], out);
  if (r < 0) return Value::error();
  if (r == 0) return n == 2 ? args[1] : raise(ExcType::StopIteration, "");
  return out;
}

Value bType(const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("type", kw)) return Value::error();
  if (n != 1) return raise(ExcType::TypeError, "type() takes 1 or 3 arguments");
  return Value::borrow(typeObject(typeIdOf(args[0])));
}

#define FJ_BUILTIN(name, fn) makeStaticBuiltin(name, fn)
BuiltinFunctionObject builtinTable[] = {
    FJ_BUILTIN("print", bPrint),       FJ_BUILTIN("len", bLen),
    FJ_BUILTIN("abs", bAbs),           FJ_BUILTIN("min", bMin),
    FJ_BUILTIN("max", bMax),           FJ_BUILTIN("sum", bSum),
    FJ_BUILTIN("round", bRound),       FJ_BUILTIN("divmod", bDivmod),
    FJ_BUILTIN("pow", bPow),           FJ_BUILTIN("repr", bRepr),
    FJ_BUILTIN("format", bFormat),     FJ_BUILTIN("isinstance", bIsinstance),
    FJ_BUILTIN("hex", bHex),           FJ_BUILTIN("bin", bBin),
    FJ_BUILTIN("oct", bOct),           FJ_BUILTIN("ord", bOrd),
    FJ_BUILTIN("chr", bChr),           FJ_BUILTIN("zip", bZip),
    FJ_BUILTIN("reversed", bReversed), FJ_BUILTIN("sorted", bSorted),
    FJ_BUILTIN("iter", bIter),         FJ_BUILTIN("next", bNext),
    FJ_BUILTIN("enumerate", bEnumerate), FJ_BUILTIN("type", bType),
};
#undef FJ_BUILTIN

// enumerate, zip, reversed and type are classes in CPython; here they are builtin functions,
// which is all Tier 1 needs of them (they are called, not subclassed or used with isinstance).

}  // namespace

Value lookupBuiltin(std::string_view name) {
  struct TypeName {
    const char *name;
    TypeId id;
  };
  static const TypeName types[] = {
      {"int", TypeId::Int},   {"float", TypeId::Float}, {"complex", TypeId::Complex},
      {"bool", TypeId::Bool}, {"str", TypeId::Str},     {"list", TypeId::List},
      {"tuple", TypeId::Tuple}, {"range", TypeId::Range},
  };
  for (const TypeName &t : types)
    if (name == t.name) return Value::borrow(typeObject(t.id));
  for (BuiltinFunctionObject &b : builtinTable)
    if (name == b.name) return Value::borrow(&b);
  return Value::error();  // not a builtin: the caller raises NameError (nothing is pending)
}

}  // namespace fastjit::rt
