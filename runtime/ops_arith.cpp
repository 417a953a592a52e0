// Arithmetic of ops.h: binaryOp, inplaceOp, unaryOp and truthy, dispatching on the operands' tags
// with int/int and float/float first (the interpreter's inner loop), then mixed numbers (bool acts
// as int; int widens to float, float to complex), then sequences (str/list/tuple + and *), then
// CPython's TypeError for everything else. The numeric rules themselves live in numeric.h.
#include "runtime/errors.h"
#include "runtime/list.h"
#include "runtime/numeric.h"
#include "runtime/ops.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include <fmt/format.h>

namespace fastjit::rt {
namespace {

// Numeric rank of a value: 0 int or bool, 1 float, 2 complex, -1 not a number.
inline int numRank(const Value &v) {
  switch (v.tag()) {
  case Tag::Bool:
  case Tag::Int: return 0;
  case Tag::Float: return 1;
  case Tag::Complex: return 2;
  default: return -1;
  }
}
inline double toDouble(const Value &v) { return v.isFloat() ? v.asFloat() : double(v.asInt()); }
inline Complex toComplex(const Value &v) {
  return v.isComplex() ? v.asComplex() : Complex{toDouble(v), 0.0};
}

// Set while inplaceOp runs: CPython names the augmented operator ("+=") in the message.
thread_local bool inInplace = false;

Value unsupported(BinaryOp op, const Value &a, const Value &b) {
  std::string sym(binaryOpSymbol(op));
  if (inInplace) sym += "=";
  else if (op == BinaryOp::Pow) sym = "** or pow()";
  return raise(ExcType::TypeError, fmt::format("unsupported operand type(s) for {}: '{}' and '{}'",
                                               sym, typeName(a), typeName(b)));
}

Value intResult(bool ok, int64_t r) { return ok ? Value::integer(r) : Value::error(); }
Value floatResult(bool ok, double r) { return ok ? Value::floating(r) : Value::error(); }
Value complexResult(bool ok, Complex c) { return ok ? Value::complex(c.re, c.im) : Value::error(); }

Value intOp(BinaryOp op, int64_t a, int64_t b) {
  int64_t r = 0;
  switch (op) {
  case BinaryOp::Add: return intResult(intAdd(a, b, r), r);
  case BinaryOp::Sub: return intResult(intSub(a, b, r), r);
  case BinaryOp::Mul: return intResult(intMul(a, b, r), r);
  case BinaryOp::TrueDiv: {
    double d;
    return floatResult(intTrueDiv(a, b, d), d);
  }
  case BinaryOp::FloorDiv: return intResult(intFloorDiv(a, b, r), r);
  case BinaryOp::Mod: return intResult(intMod(a, b, r), r);
  case BinaryOp::Pow: return intPow(a, b);
  case BinaryOp::LShift: return intResult(intLShift(a, b, r), r);
  case BinaryOp::RShift: return intResult(intRShift(a, b, r), r);
  case BinaryOp::BitAnd: return Value::integer(a & b);
  case BinaryOp::BitOr: return Value::integer(a | b);
  case BinaryOp::BitXor: return Value::integer(a ^ b);
  }
  return Value::error();
}

Value floatOp(BinaryOp op, const Value &va, const Value &vb) {
  double a = toDouble(va), b = toDouble(vb), r = 0;
  switch (op) {
  case BinaryOp::Add: return Value::floating(a + b);
  case BinaryOp::Sub: return Value::floating(a - b);
  case BinaryOp::Mul: return Value::floating(a * b);
  case BinaryOp::TrueDiv: return floatResult(floatTrueDiv(a, b, r), r);
  case BinaryOp::FloorDiv: return floatResult(floatFloorDiv(a, b, r), r);
  case BinaryOp::Mod: return floatResult(floatMod(a, b, r), r);
  case BinaryOp::Pow: return floatPow(a, b);
  default: return unsupported(op, va, vb);
  }
}

Value complexOp(BinaryOp op, const Value &va, const Value &vb) {
  Complex a = toComplex(va), b = toComplex(vb), r{0, 0};
  switch (op) {
  case BinaryOp::Add: r = complexAdd(a, b); return Value::complex(r.re, r.im);
  case BinaryOp::Sub: r = complexSub(a, b); return Value::complex(r.re, r.im);
  case BinaryOp::Mul: r = complexMul(a, b); return Value::complex(r.re, r.im);
  case BinaryOp::TrueDiv: return complexResult(complexDiv(a, b, r), r);
  case BinaryOp::Pow: return complexResult(complexPow(a, b, r), r);
  default: return unsupported(op, va, vb);
  }
}

// seq * n for str/list/tuple; `count` is an int or bool.
Value repeatSeq(const Value &seq, const Value &count) {
  int64_t n = count.asInt();
  switch (seq.asObject()->kind) {
  case ObjKind::Str: return strRepeat(asStr(seq), n);
  case ObjKind::List: return listRepeat(asList(seq), n);
  default: return tupleRepeat(asTuple(seq), n);
  }
}

bool isSequence(const Value &v) { return isStr(v) || isList(v) || isTuple(v); }

Value sequenceOp(BinaryOp op, const Value &a, const Value &b) {
  if (op == BinaryOp::Add && a.isObject()) {
    ObjKind k = a.asObject()->kind;
    if (k == ObjKind::Str || k == ObjKind::List || k == ObjKind::Tuple) {
      if (b.isObject(k)) {
        if (k == ObjKind::Str) return strConcat(asStr(a), asStr(b));
        if (k == ObjKind::List) return listConcat(asList(a), asList(b));
        return tupleConcat(asTuple(a), asTuple(b));
      }
      const char *what = k == ObjKind::Str ? "str" : k == ObjKind::List ? "list" : "tuple";
      return raise(ExcType::TypeError, fmt::format("can only concatenate {} (not \"{}\") to {}",
                                                   what, typeName(b), what));
    }
  }
  if (op == BinaryOp::Mul) {
    if (isSequence(a) || isSequence(b)) {
      const Value &seq = isSequence(a) ? a : b;
      const Value &count = isSequence(a) ? b : a;
      if (count.isInt() || count.isBool()) return repeatSeq(seq, count);
      return raise(ExcType::TypeError, fmt::format("can't multiply sequence by non-int of type '{}'",
                                                   typeName(count)));
    }
  }
  return unsupported(op, a, b);
}

}  // namespace

Value binaryOp(BinaryOp op, const Value &a, const Value &b) {
  // Same-type numbers first: the interpreter's generic path is mostly these.
  if (a.tag() == b.tag()) {
    if (a.isInt()) return intOp(op, a.asInt(), b.asInt());
    if (a.isFloat()) return floatOp(op, a, b);
    if (a.isComplex()) return complexOp(op, a, b);
  }
  int ra = numRank(a), rb = numRank(b);
  if (ra >= 0 && rb >= 0) {
    int rank = ra > rb ? ra : rb;
    if (rank == 0) {
      // bool op bool stays bool for the bitwise operators (True & False is False).
      if (a.isBool() && b.isBool() &&
          (op == BinaryOp::BitAnd || op == BinaryOp::BitOr || op == BinaryOp::BitXor)) {
        Value r = intOp(op, a.asInt(), b.asInt());
        return Value::boolean(r.asInt() != 0);
      }
      return intOp(op, a.asInt(), b.asInt());
    }
    if (rank == 1) return floatOp(op, a, b);
    return complexOp(op, a, b);
  }
  return sequenceOp(op, a, b);
}

Value inplaceOp(BinaryOp op, const Value &a, const Value &b) {
  if (op == BinaryOp::Add && isList(a)) {
    // list += iterable extends in place (every alias sees it) and accepts any iterable.
    if (listExtend(asList(a), b) < 0) return Value::error();
    return a;
  }
  if (op == BinaryOp::Mul && isList(a) && (b.isInt() || b.isBool())) {
    // list *= n repeats in place.
    Value r = listRepeat(asList(a), b.asInt());
    if (r.isError()) return r;
    ListObject *l = asList(a);
    ListObject *src = asList(r);
    std::swap(l->storage, src->storage);
    std::swap(l->size, src->size);
    std::swap(l->capacity, src->capacity);
    std::swap(l->data, src->data);
    return a;
  }
  if (a.isInt() && b.isInt()) return intOp(op, a.asInt(), b.asInt());
  inInplace = true;
  Value r = binaryOp(op, a, b);
  inInplace = false;
  return r;
}

Value unaryOp(UnaryOp op, const Value &a) {
  switch (op) {
  case UnaryOp::Not: {
    int t = truthy(a);
    return t < 0 ? Value::error() : Value::boolean(t == 0);
  }
  case UnaryOp::Neg:
    if (a.isInt() || a.isBool()) {
      int64_t r;
      return intResult(intNeg(a.asInt(), r), r);
    }
    if (a.isFloat()) return Value::floating(-a.asFloat());
    if (a.isComplex()) return Value::complex(-a.asComplex().re, -a.asComplex().im);
    break;
  case UnaryOp::Pos:
    if (a.isInt() || a.isBool()) return Value::integer(a.asInt());
    if (a.isFloat() || a.isComplex()) return a;
    break;
  case UnaryOp::Invert:
    if (a.isInt() || a.isBool()) return Value::integer(~a.asInt());
    break;
  }
  const char *sym = op == UnaryOp::Neg ? "-" : op == UnaryOp::Pos ? "+" : "~";
  return raise(ExcType::TypeError,
               fmt::format("bad operand type for unary {}: '{}'", sym, typeName(a)));
}

int truthy(const Value &a) {
  switch (a.tag()) {
  case Tag::Error:
  case Tag::None: return 0;
  case Tag::Bool:
  case Tag::Int: return a.asInt() != 0;
  case Tag::Float: return a.asFloat() != 0.0;
  case Tag::Complex: return a.asComplex().re != 0.0 || a.asComplex().im != 0.0;
  case Tag::Object: break;
  }
  switch (a.asObject()->kind) {
  case ObjKind::Str: return asStr(a)->byteLength != 0;
  case ObjKind::List: return asList(a)->size != 0;
  case ObjKind::Tuple: return asTuple(a)->size != 0;
  case ObjKind::Range: return asRange(a)->length != 0;
  default: return 1;
  }
}

}  // namespace fastjit::rt
