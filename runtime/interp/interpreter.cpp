// The dispatch loop of the IR interpreter and the program entry point (see interpreter.h).
//
// execute() runs one decoded function over its register file (a window of the program's register
// stack). Hot cases carry inline fast paths that must agree with runtime/ops.h: int and float
// arithmetic and comparisons (via the inline helpers of runtime/numeric.h, so the overflow and
// ZeroDivisionError rules are the same code), truthiness of immediates, list get/set on int64 and
// double storage, list iteration and the counted range loop. Everything else calls runtime/.
// One C++ frame per Python call (calls recurse through execute), bounded by the recursion limit.
#include "runtime/interp/interpreter.h"

#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/instructions.h"
#include "runtime/interp/decoded.h"
#include "runtime/interp/support.h"
#include "runtime/io.h"
#include "runtime/iterator.h"
#include "runtime/list.h"
#include "runtime/modules.h"
#include "runtime/numeric.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"

#include <cmath>
#include <cstdlib>
#include <new>

#include <pthread.h>

namespace fastjit::interp {

using rt::Value;

namespace {

// Truthiness of immediates inline; objects through the runtime. -1 on error.
inline int truth(const Value &v) {
  switch (v.tag()) {
  case rt::Tag::Bool:
  case rt::Tag::Int: return v.asInt() != 0;
  case rt::Tag::None: return 0;
  case rt::Tag::Float: return v.asFloat() != 0.0;
  default: return rt::truthy(v);
  }
}

// Result of an inline numeric comparison: -1 when the operands are not both int/float.
template <rt::CompareOp Op> inline int fastCompare(const Value &x, const Value &y) {
  if (x.isInt() && y.isInt()) {
    int64_t a = x.asInt(), b = y.asInt();
    switch (Op) {
    case rt::CompareOp::Lt: return a < b;
    case rt::CompareOp::Le: return a <= b;
    case rt::CompareOp::Eq: return a == b;
    case rt::CompareOp::Ne: return a != b;
    case rt::CompareOp::Gt: return a > b;
    case rt::CompareOp::Ge: return a >= b;
    default: return -1;
    }
  }
  if (x.isFloat() && y.isFloat()) {
    double a = x.asFloat(), b = y.asFloat();
    switch (Op) {
    case rt::CompareOp::Lt: return a < b;
    case rt::CompareOp::Le: return a <= b;
    case rt::CompareOp::Eq: return a == b;
    case rt::CompareOp::Ne: return a != b;
    case rt::CompareOp::Gt: return a > b;
    case rt::CompareOp::Ge: return a >= b;
    default: return -1;
    }
  }
  return -1;
}

// The generic comparison as a truth value: 1, 0, or -1 on error.
inline int slowCompare(rt::CompareOp op, const Value &x, const Value &y) {
  Value r = rt::compare(op, x, y);
  if (r.isError()) return -1;
  return truth(r);
}

// Both operands int or float (not bool, not complex): the float fast path applies.
inline bool numericPair(const Value &x, const Value &y, double &a, double &b) {
  if (x.isFloat()) a = x.asFloat();
  else if (x.isInt()) a = double(x.asInt());
  else return false;
  if (y.isFloat()) b = y.asFloat();
  else if (y.isInt()) b = double(y.asInt());
  else return false;
  return true;
}

inline Value slowBinary(const DInst &I, const Value &x, const Value &y) {
  rt::BinaryOp op = rt::BinaryOp(I.sub & ~kInplace);
  return (I.sub & kInplace) ? rt::inplaceOp(op, x, y) : rt::binaryOp(op, x, y);
}

// Stores an immediate without the generic assignment's release of the old value when that old
// value is itself an immediate (the common case in arithmetic loops).
inline void setInt(Value &dst, int64_t v) {
  if (dst.isObject()) [[unlikely]] dst = Value::integer(v);
  else new (&dst) Value(Value::integer(v));
}
inline void setFloat(Value &dst, double v) {
  if (dst.isObject()) [[unlikely]] dst = Value::floating(v);
  else new (&dst) Value(Value::floating(v));
}
inline void setBool(Value &dst, bool v) {
  if (dst.isObject()) [[unlikely]] dst = Value::boolean(v);
  else new (&dst) Value(Value::boolean(v));
}
inline void setComplex(Value &dst, rt::Complex c) {
  if (dst.isObject()) [[unlikely]] dst = Value::complex(c.re, c.im);
  else new (&dst) Value(Value::complex(c.re, c.im));
}

// Calls an interpreted function: checks the recursion limit, takes a frame from the register
// stack, copies the arguments (from caller registers argRegs, or from args).
inline Value callInterpreted(DecodedFunction &callee, const Value *regs, const uint32_t *argRegs,
                             const Value *args, size_t nargs) {
  ModuleState &state = *callee.state;
  if (*state.depth >= kRecursionLimit) [[unlikely]]
    return rt::raise(rt::ExcType::RecursionError, "maximum recursion depth exceeded");
  Value *frame = state.stackTop;
  if (size_t(state.stackEnd - frame) < callee.numRegs) [[unlikely]]
    return rt::raise(rt::ExcType::MemoryError, "");
  if (argRegs)
    for (size_t i = 0; i < nargs; ++i) new (&frame[i]) Value(regs[argRegs[i]]);
  else
    for (size_t i = 0; i < nargs; ++i) new (&frame[i]) Value(args[i]);
  state.stackTop = frame + callee.numRegs;
  ++*state.depth;
  Value result = execute(callee, frame);
  --*state.depth;
  state.stackTop = frame;
  return result;
}

// abs() of a number inline (julia's `abs(z) < 2`); false when the argument is not a number.
inline bool inlineAbs(const Value &x, Value &out) {
  if (x.isComplex()) {
    double r;
    if (!rt::complexAbs(x.asComplex(), r)) return false;
    out = Value::floating(r);
    return true;
  }
  if (x.isFloat()) {
    out = Value::floating(std::fabs(x.asFloat()));
    return true;
  }
  return false;
}

// dst = l[i] (i normalised): int and float elements are written in place, without building a
// temporary Value (that round trip through memory costs a store-forwarding stall per element).
inline void loadListItem(Value &dst, const rt::ListObject *l, int64_t i) {
  switch (l->storage) {
  case rt::ListStorage::Int: setInt(dst, l->ints[i]); return;
  case rt::ListStorage::Float: setFloat(dst, l->floats[i]); return;
  case rt::ListStorage::Bool: dst = rt::Value::boolean(l->bools[i] != 0); return;
  case rt::ListStorage::Boxed: dst = l->boxed[i]; return;
  default: dst = rt::listGet(l, i); return;
  }
}

const SourceFile *gSource = nullptr;

std::string_view sourceLine(const std::string &, int line) {
  return gSource ? gSource->line(uint32_t(line)) : std::string_view();
}

}  // namespace

Value interpretFunction(rt::FunctionObject *fn, const Value *args, size_t nargs) {
  auto *code = static_cast<DecodedFunction *>(static_cast<const ir::Function *>(fn->code)->interpCache);
  return callInterpreted(*code, nullptr, nullptr, args, nargs);
}

Value *deoptFrame(const ir::Function &fn) {
  auto *code = static_cast<DecodedFunction *>(fn.interpCache);
  if (!code) return nullptr;
  ModuleState &state = *code->state;
  Value *frame = state.stackTop;
  if (size_t(state.stackEnd - frame) < code->numRegs) return nullptr;
  // Unbound registers and preloaded constants, the parameters included (the compiled frame
  // writes every register live at the resume point, its parameters among them).
  for (uint32_t i = 0; i < code->numRegs; ++i) new (&frame[i]) Value(code->regTemplate[i]);
  state.stackTop = frame + code->numRegs;
  return frame;
}

Value resumeFunction(const ir::Function &fn, Value *regs, uint32_t block, uint32_t inst) {
  DecodedFunction &code = *static_cast<DecodedFunction *>(fn.interpCache);
  // No change to the call depth: the compiled frame being continued has counted itself.
  Value result = execute(code, regs, code.code.data() + code.resume[block][inst]);
  code.state->stackTop = regs;
  return result;
}

void discardFrame(const ir::Function &fn, Value *regs) {
  DecodedFunction &code = *static_cast<DecodedFunction *>(fn.interpCache);
  for (uint32_t i = 0; i < code.numRegs; ++i) regs[i].~Value();
  code.state->stackTop = regs;
}

Value execute(DecodedFunction &code, Value *R, const DInst *resumeAt) {
  if (!resumeAt) [[likely]] {
    const Value *tmpl = code.regTemplate.data();
    for (uint32_t i = code.numParams; i < code.numRegs; ++i) new (&R[i]) Value(tmpl[i]);
  }
  ModuleState &state = *code.state;
  const DInst *const base = code.code.data();
  const DInst *ip = resumeAt ? resumeAt : base;
  Value result;

  // Threaded dispatch: every handler ends with its own indirect jump (better branch prediction
  // than one shared switch jump). The table follows the order of DOp.
  static const void *const kLabels[] = {
#define LABEL(X) &&L_##X,
      DOP_LIST(LABEL)
#undef LABEL
  };
#define FAIL() goto error
#define DISPATCH() goto *kLabels[uint8_t(ip->op)]
#define NEXT() { ++ip; DISPATCH(); }
#define JUMP(t) { ip = base + (t); DISPATCH(); }
#define CASE(X) case DOp::X: L_##X:
// Leaving a scope that owns Values: a direct goto (which runs their destructors) to a shared dispatch.
#define NEXT_SLOW() { ++ip; goto dispatchSlow; }
#define JUMP_SLOW(t) { ip = base + (t); goto dispatchSlow; }

#define I (*ip)
  for (;;) {
  dispatchSlow:
    switch (I.op) {
    CASE(LoadConst) R[I.a] = code.consts[I.b]; NEXT();
    CASE(Move) R[I.a] = R[I.b]; NEXT();
    CASE(CheckBound)
      if (R[I.a].isError()) [[unlikely]] {
        raiseUnbound(code.names[I.b]);
        FAIL();
      }
      NEXT();
    CASE(LoadGlobal) {
      const Value &g = state.globals[I.b];
      if (!g.isError()) [[likely]] {
        R[I.a] = g;
      } else {
        Value v = loadGlobalSlow(state, I.b);
        if (v.isError()) FAIL();
        R[I.a] = std::move(v);
      }
      NEXT();
    }
    CASE(StoreGlobal) state.globals[I.a] = R[I.b]; NEXT();

    CASE(Add) {
      const Value &x = R[I.b], &y = R[I.c];
      double a, b;
      if (x.isInt() && y.isInt()) {
        int64_t r;
        if (!rt::intAdd(x.asInt(), y.asInt(), r)) FAIL();
        setInt(R[I.a], r);
      } else if (numericPair(x, y, a, b)) {
        setFloat(R[I.a], a + b);
      } else if (x.isComplex() && y.isComplex()) {
        setComplex(R[I.a], rt::complexAdd(x.asComplex(), y.asComplex()));
      } else {
        Value v = slowBinary(I, x, y);
        if (v.isError()) FAIL();
        R[I.a] = std::move(v);
      }
      NEXT();
    }
    CASE(Sub) {
      const Value &x = R[I.b], &y = R[I.c];
      double a, b;
      if (x.isInt() && y.isInt()) {
        int64_t r;
        if (!rt::intSub(x.asInt(), y.asInt(), r)) FAIL();
        setInt(R[I.a], r);
      } else if (numericPair(x, y, a, b)) {
        setFloat(R[I.a], a - b);
      } else if (x.isComplex() && y.isComplex()) {
        setComplex(R[I.a], rt::complexSub(x.asComplex(), y.asComplex()));
      } else {
        Value v = slowBinary(I, x, y);
        if (v.isError()) FAIL();
        R[I.a] = std::move(v);
      }
      NEXT();
    }
    CASE(Mul) {
      const Value &x = R[I.b], &y = R[I.c];
      double a, b;
      if (x.isInt() && y.isInt()) {
        int64_t r;
        if (!rt::intMul(x.asInt(), y.asInt(), r)) FAIL();
        setInt(R[I.a], r);
      } else if (numericPair(x, y, a, b)) {
        setFloat(R[I.a], a * b);
      } else if (x.isComplex() && y.isComplex()) {
        setComplex(R[I.a], rt::complexMul(x.asComplex(), y.asComplex()));
      } else {
        Value v = slowBinary(I, x, y);
        if (v.isError()) FAIL();
        R[I.a] = std::move(v);
      }
      NEXT();
    }
    CASE(TrueDiv) {
      const Value &x = R[I.b], &y = R[I.c];
      double a, b, r;
      if (x.isInt() && y.isInt()) {
        if (!rt::intTrueDiv(x.asInt(), y.asInt(), r)) FAIL();
        setFloat(R[I.a], r);
      } else if (numericPair(x, y, a, b)) {
        if (!rt::floatTrueDiv(a, b, r)) FAIL();
        setFloat(R[I.a], r);
      } else {
        Value v = slowBinary(I, x, y);
        if (v.isError()) FAIL();
        R[I.a] = std::move(v);
      }
      NEXT();
    }
    CASE(FloorDiv) {
      const Value &x = R[I.b], &y = R[I.c];
      double a, b, r;
      if (x.isInt() && y.isInt()) {
        int64_t q;
        if (!rt::intFloorDiv(x.asInt(), y.asInt(), q)) FAIL();
        setInt(R[I.a], q);
      } else if (numericPair(x, y, a, b)) {
        if (!rt::floatFloorDiv(a, b, r)) FAIL();
        setFloat(R[I.a], r);
      } else {
        Value v = slowBinary(I, x, y);
        if (v.isError()) FAIL();
        R[I.a] = std::move(v);
      }
      NEXT();
    }
    CASE(Mod) {
      const Value &x = R[I.b], &y = R[I.c];
      double a, b, r;
      if (x.isInt() && y.isInt()) {
        int64_t m;
        if (!rt::intMod(x.asInt(), y.asInt(), m)) FAIL();
        setInt(R[I.a], m);
      } else if (numericPair(x, y, a, b)) {
        if (!rt::floatMod(a, b, r)) FAIL();
        setFloat(R[I.a], r);
      } else {
        Value v = slowBinary(I, x, y);
        if (v.isError()) FAIL();
        R[I.a] = std::move(v);
      }
      NEXT();
    }
    CASE(BinaryGeneric) {
      Value v = slowBinary(I, R[I.b], R[I.c]);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(Neg) {
      const Value &x = R[I.b];
      if (x.isFloat()) {
        setFloat(R[I.a], -x.asFloat());
      } else if (x.isInt()) {
        int64_t r;
        if (!rt::intNeg(x.asInt(), r)) FAIL();
        setInt(R[I.a], r);
      } else {
        Value v = rt::unaryOp(rt::UnaryOp::Neg, x);
        if (v.isError()) FAIL();
        R[I.a] = std::move(v);
      }
      NEXT();
    }
    CASE(Not) {
      int t = truth(R[I.b]);
      if (t < 0) FAIL();
      setBool(R[I.a], !t);
      NEXT();
    }
    CASE(UnaryGeneric) {
      Value v = rt::unaryOp(rt::UnaryOp(I.sub), R[I.b]);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }

#define COMPARE_CASE(NAME, OP)                                            \
    CASE(NAME) {                                                     \
      int t = fastCompare<rt::CompareOp::OP>(R[I.b], R[I.c]);             \
      if (t < 0) {                                                        \
        Value v = rt::compare(rt::CompareOp::OP, R[I.b], R[I.c]);         \
        if (v.isError()) FAIL();                                          \
        R[I.a] = std::move(v);                                            \
      } else {                                                            \
        setBool(R[I.a], t);                                       \
      }                                                                   \
      NEXT();                                                             \
    }                                                                     \
    CASE(Br##NAME) {                                                      \
      int t = fastCompare<rt::CompareOp::OP>(R[I.b], R[I.c]);             \
      if (t < 0) {                                                        \
        t = slowCompare(rt::CompareOp::OP, R[I.b], R[I.c]);               \
        if (t < 0) FAIL();                                                \
      }                                                                   \
      JUMP(t ? I.t1 : I.t2);                                              \
    }
    COMPARE_CASE(Lt, Lt)
    COMPARE_CASE(Le, Le)
    COMPARE_CASE(Eq, Eq)
    COMPARE_CASE(Ne, Ne)
    COMPARE_CASE(Gt, Gt)
    COMPARE_CASE(Ge, Ge)
#undef COMPARE_CASE
    CASE(CompareGeneric) {
      Value v = rt::compare(rt::CompareOp(I.sub), R[I.b], R[I.c]);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(BrCompareGeneric) {
      int t = slowCompare(rt::CompareOp(I.sub), R[I.b], R[I.c]);
      if (t < 0) FAIL();
      JUMP(t ? I.t1 : I.t2);
    }

    CASE(GetItem) {
      const Value &obj = R[I.b], &idx = R[I.c];
      if (rt::isList(obj) && idx.isInt()) {
        const rt::ListObject *l = rt::asList(obj);
        int64_t i = idx.asInt();
        if (i < 0) i += l->size;
        if (uint64_t(i) < uint64_t(l->size)) {
          loadListItem(R[I.a], l, i);
          NEXT();
        }
      }
      Value v = rt::getItem(obj, idx);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(SetItem) {
      const Value &obj = R[I.a], &idx = R[I.b], &val = R[I.c];
      if (rt::isList(obj) && idx.isInt()) {
        rt::ListObject *l = rt::asList(obj);
        int64_t i = idx.asInt();
        if (i < 0) i += l->size;
        if (uint64_t(i) < uint64_t(l->size)) {
          if (l->storage == rt::ListStorage::Float && val.isFloat()) l->floats[i] = val.asFloat();
          else if (l->storage == rt::ListStorage::Int && val.isInt()) l->ints[i] = val.asInt();
          else if (l->storage == rt::ListStorage::Bool && val.isBool()) l->bools[i] = val.asBool();
          else if (rt::listSet(l, i, val) < 0) FAIL();
          NEXT();
        }
      }
      if (rt::setItem(obj, idx, val) < 0) FAIL();
      NEXT();
    }
    CASE(DelItem)
      if (rt::delItem(R[I.a], R[I.b]) < 0) FAIL();
      NEXT();
    CASE(GetSlice) {
      const auto &ops = I.ir->ops;
      Value v = rt::getSlice(R[ops[0]], R[ops[1]], R[ops[2]], R[ops[3]]);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(GetAttr) {
      Value v = getAttr(code, R[I.b], I);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(BuildList)
    CASE(BuildTuple) {
      Value v = buildSequence(R, I, I.op == DOp::BuildList);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(ListAppend)
      if (rt::listAppend(rt::asList(R[I.a]), R[I.b]) < 0) FAIL();
      NEXT();
    CASE(Unpack)
      if (!unpack(R, I)) FAIL();
      NEXT();

    CASE(Call) {
      const auto &ops = I.ir->ops;
      const Value &callee = R[ops[0]];
      Value v;
      if (callee.isObject() && callee.asObject() == state.builtinAbs.asObject() && ops.size() == 2 &&
          I.c == ir::NoIndex && inlineAbs(R[ops[1]], v)) {
        R[I.a] = std::move(v);
        NEXT_SLOW();
      }
      if (I.c == ir::NoIndex && rt::isFunction(callee)) {
        rt::FunctionObject *f = rt::asFunction(callee);
        if (f->invoke == &interpretFunction && f->params.size() == ops.size() - 1) {
          // Interpreted to interpreted: arguments go straight from our registers to the frame.
          auto *target = static_cast<DecodedFunction *>(static_cast<const ir::Function *>(f->code)->interpCache);
          v = callInterpreted(*target, R, ops.data() + 1, nullptr, ops.size() - 1);
        } else {
          v = callGeneric(code, R, I);
        }
      } else {
        v = callGeneric(code, R, I);
      }
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(CallMethod) {
      if (I.method == FastMethod::Append && rt::isList(R[I.ir->ops[0]])) {
        if (rt::listAppend(rt::asList(R[I.ir->ops[0]]), R[I.ir->ops[1]]) < 0) FAIL();
        R[I.a] = Value::none();
        NEXT();
      }
      Value v = callMethod(code, R, I);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(MakeFunction) {
      Value v = makeFunction(code, R, I);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(Import) {
      Value v = rt::importModule(code.names[I.b]);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(FormatValue) {
      Value v = formatValue(R, I);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(BuildString) {
      Value v = buildString(R, I);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(GetIter) {
      Value v = rt::getIter(R[I.b]);
      if (v.isError()) FAIL();
      R[I.a] = std::move(v);
      NEXT_SLOW();
    }
    CASE(ForRangeInit)
      if (!forRangeInit(state, R, I)) FAIL();
      NEXT();
    CASE(LoopEntry) {
      int64_t next = state.options->onLoopEntry(I.a, R);
      if (next == kInterpretLoop) NEXT();
      if (next == kLoopFailed) goto compiledError;  // its traceback line is added
      JUMP(code.resume[uint32_t(next >> 32)][uint32_t(next)]);
    }
    CASE(RaiseAssert) {
      rt::raiseAssertion(I.ir->ops.empty() ? nullptr : &R[I.ir->ops[0]]);
      FAIL();
    }
    CASE(RaiseError)
      rt::raise(rt::ExcType(I.sub), std::string(rt::strView(code.consts[I.b])));
      FAIL();

    CASE(Jump) JUMP(I.t1);
    CASE(Branch) {
      int t = truth(R[I.a]);
      if (t < 0) FAIL();
      JUMP(t ? I.t1 : I.t2);
    }
    CASE(ForIter) {
      const Value &itv = R[I.b];
      rt::IteratorObject *it = rt::asIterator(itv);
      if (itv.isObject(rt::ObjKind::Iterator) && it->iterKind == rt::IterKind::List) {
        // List iteration inline: re-reads the size each step (the list may change in the loop).
        const rt::ListObject *l = rt::asList(it->source);
        if (it->index < l->size) {
          loadListItem(R[I.a], l, it->index++);
          JUMP(I.t1);
        }
      }
      Value item;
      int r = rt::iterNext(itv, item);
      if (r < 0) FAIL();
      if (r == 0) JUMP_SLOW(I.t2);
      R[I.a] = std::move(item);
      JUMP_SLOW(I.t1);
    }
    CASE(ForRangeNext) {
      Value &cur = R[I.b];
      const Value &step = R[I.d];
      if (step.isInt()) [[likely]] {
        int64_t c = cur.asInt(), s = step.asInt(), e = R[I.c].asInt();
        if (s > 0 ? c < e : c > e) {
          setInt(R[I.a], c);
          int64_t n;
          if (__builtin_add_overflow(c, s, &n)) n = e;  // past the end either way
          cur = Value::integer(n);
          JUMP(I.t1);
        }
        JUMP(I.t2);
      }
      Value item;
      int r = rt::iterNext(cur, item);
      if (r < 0) FAIL();
      if (r == 0) JUMP_SLOW(I.t2);
      R[I.a] = std::move(item);
      JUMP_SLOW(I.t1);
    }
    CASE(Return)
      result = std::move(R[I.a]);
      goto done;
    }
  }
#undef FAIL
#undef NEXT_SLOW
#undef JUMP_SLOW
#undef DISPATCH
#undef NEXT
#undef JUMP
#undef CASE
#undef I

error:
  rt::addTraceback(state.file, ip->line, code.fn->name);
compiledError:
  result = Value::error();
done:
  for (uint32_t i = 0; i < code.numRegs; ++i) R[i].~Value();
  return result;
}

namespace {

int runModuleHere(const ir::Module &module, const SourceFile &source, const RunOptions &options);

struct ThreadArgs {
  const ir::Module *module;
  const SourceFile *source;
  const RunOptions *options;
  int status;
};

void *runModuleThread(void *p) {
  auto *args = static_cast<ThreadArgs *>(p);
  args->status = runModuleHere(*args->module, *args->source, *args->options);
  return nullptr;
}

}  // namespace

// The program runs on a thread of its own with a large stack: one C++ frame chain per Python call
// must never overflow, whatever the caller's stack limit (`ulimit -s`, sanitizer builds with
// bigger frames). The stack is reserved, not committed: untouched pages cost nothing.
int runModule(const ir::Module &module, const SourceFile &source) {
  return runModule(module, source, RunOptions());
}

int runModule(const ir::Module &module, const SourceFile &source, const RunOptions &options) {
  constexpr size_t kStackBytes = size_t(256) << 20;
  ThreadArgs args{&module, &source, &options, 1};
  pthread_attr_t attr;
  pthread_t thread;
  if (pthread_attr_init(&attr) == 0) {
    bool ok = pthread_attr_setstacksize(&attr, kStackBytes) == 0 &&
              pthread_create(&thread, &attr, &runModuleThread, &args) == 0;
    pthread_attr_destroy(&attr);
    if (ok) {
      pthread_join(thread, nullptr);
      return args.status;
    }
  }
  return runModuleHere(module, source, options);  // no thread available: the caller's stack
}

namespace {

int runModuleHere(const ir::Module &module, const SourceFile &source, const RunOptions &options) {
  ModuleState state;
  state.module = &module;
  state.options = &options;
  if (options.callDepth) state.depth = options.callDepth;
  state.file = module.sourceName.empty() ? source.name() : module.sourceName;
  // CPython names the main script by its absolute path in tracebacks: the working directory joined
  // with the path as given, without normalising it ("/tmp/./x.py").
  if (!state.file.empty() && state.file[0] != '/' && state.file[0] != '<') {
    llvm::SmallString<256> cwd;
    if (!llvm::sys::fs::current_path(cwd)) state.file = std::string(cwd.str()) + "/" + state.file;
  }
  state.globals.resize(module.globals.size(), Value::error());
  state.builtinCache.resize(module.globals.size(), Value::error());
  for (size_t i = 0; i < module.globals.size(); ++i)
    if (module.globals[i] == "__name__") state.globals[i] = rt::makeStr("__main__");
  state.builtinRange = rt::lookupBuiltin("range");
  state.builtinAbs = rt::lookupBuiltin("abs");

  // The register stack: reserved once, touched lazily (the OS commits pages on first use).
  const size_t stackValues = size_t(1) << 22;
  state.stackBase = static_cast<Value *>(std::malloc(stackValues * sizeof(Value)));
  if (!state.stackBase) {
    rt::writeStderr("fastjit: cannot allocate the interpreter stack\n");
    return 1;
  }
  state.stackTop = state.stackBase;
  state.stackEnd = state.stackBase + stackValues;

  const SourceFile *savedSource = gSource;
  gSource = &source;
  if (options.onStart) options.onStart(state.globals.data(), state.globals.size());
  DecodedFunction *top = decode(state, module.top());
  const int64_t outerDepth = *state.depth;
  *state.depth = outerDepth + 1;  // the module's frame
  Value *frame = state.stackTop;
  state.stackTop += top->numRegs;
  Value result = execute(*top, frame);
  state.stackTop = frame;
  *state.depth = outerDepth;

  int status = 0;
  if (result.isError()) {
    rt::PendingException exc = rt::takePending();
    rt::flushStdout();
    if (exc.type == rt::ExcType::SystemExit) {
      std::string text;
      status = rt::systemExitStatus(exc, text);
      if (!text.empty()) rt::writeStderr(text);
    } else {
      rt::writeStderr(rt::formatTraceback(exc, &sourceLine));
      status = 1;
    }
  }
  rt::flushStdout();
  // Globals may hold functions that point at the decoded code: release them before the code.
  state.globals.clear();
  state.builtinCache.clear();
  for (const auto &fn : module.functions) fn->interpCache = nullptr;
  std::free(state.stackBase);
  gSource = savedSource;
  return status;
}

}  // namespace

}  // namespace fastjit::interp
