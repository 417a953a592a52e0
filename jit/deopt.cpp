// The runtime half of deoptimizing compiled functions (see jit/deopt.h): the helpers the
// deoptimization exits of compiled code call, the pending result of a call that came back with
// a value of another type, and the connection to the interpreter.
#include "jit/deopt.h"
#include "jit/runtime_helpers.h"

#include "runtime/errors.h"
#include "runtime/iterator.h"

#include <bit>
#include <cstdarg>
#include <cstring>
#include <deque>
#include <new>

namespace fastjit::jit {

using rt::Value;

namespace {

InterpreterResume gInterpreter;
int64_t gDeopts = 0;

// A call's result of another type than its specialization's, between the callee's return and the
// caller's look at it (both in the same thread, nothing runs in between).
thread_local bool tPending = false;
thread_local Value tPendingResult;

std::deque<DeoptSite> &sites() {
  static std::deque<DeoptSite> all;
  return all;
}

}  // namespace

void setInterpreterResume(const InterpreterResume &entry) { gInterpreter = entry; }

int64_t deoptCount() { return gDeopts; }

DeoptSite &newDeoptSite() { return sites().emplace_back(); }

}  // namespace fastjit::jit

using namespace fastjit;
using fastjit::rt::Value;

namespace {

// Reads one slot's words and stores its Value into frame[slot.reg]. false: MemoryError pending.
bool boxSlot(const jit::DeoptSlot &slot, Value *frame, va_list &words) {
  auto word = [&] { return va_arg(words, int64_t); };
  if (slot.maybeUnbound && word() == 0) {
    // Unbound: the words follow all the same (codegen passes them regardless).
    int n = slot.kind == jit::DeoptSlot::Complex || slot.kind == jit::DeoptSlot::ListIter ||
                    slot.kind == jit::DeoptSlot::TupleIter
                ? 2
            : slot.kind == jit::DeoptSlot::Value3                                        ? 3
            : slot.kind == jit::DeoptSlot::Constant ||
                    (slot.kind == jit::DeoptSlot::Scalar && slot.tag == rt::Tag::None)
                ? 0
                : 1;
    for (int i = 0; i < n; ++i) word();
    return true;
  }
  Value &dst = frame[slot.reg];
  switch (slot.kind) {
  case jit::DeoptSlot::Scalar:
    switch (slot.tag) {
    case rt::Tag::Int: dst = Value::integer(word()); break;
    case rt::Tag::Float: dst = Value::floating(std::bit_cast<double>(word())); break;
    case rt::Tag::Bool: dst = Value::boolean(word() != 0); break;
    default: dst = Value::none(); break;
    }
    return true;
  case jit::DeoptSlot::Complex: {
    double re = std::bit_cast<double>(word());
    dst = Value::complex(re, std::bit_cast<double>(word()));
    return true;
  }
  case jit::DeoptSlot::Value3: {
    // The words are a Value's bytes (codegen.h: a boxed register has the Value's layout).
    alignas(Value) unsigned char bytes[sizeof(Value)] = {};
    int64_t w[3];
    for (int64_t &x : w) x = word();
    bytes[0] = uint8_t(w[0]);
    std::memcpy(bytes + 8, &w[1], 16);
    dst = *std::launder(reinterpret_cast<const Value *>(bytes));  // a copy: its own reference
    return true;
  }
  case jit::DeoptSlot::Object:
    dst = Value::borrow(reinterpret_cast<rt::Object *>(word()));
    return true;
  case jit::DeoptSlot::ListIter:
  case jit::DeoptSlot::TupleIter: {
    auto *seq = reinterpret_cast<rt::Object *>(word());
    int64_t index = word();
    Value it = rt::makeSeqIterator(
        slot.kind == jit::DeoptSlot::ListIter ? rt::IterKind::List : rt::IterKind::Tuple,
        Value::borrow(seq));
    if (it.isError()) return false;
    rt::asIterator(it)->index = index;
    dst = std::move(it);
    return true;
  }
  case jit::DeoptSlot::Constant:
    dst = Value::borrow(static_cast<rt::Object *>(const_cast<void *>(slot.object)));
    return true;
  }
  return true;
}

}  // namespace

extern "C" {

int32_t fj_deopt(const void *sitePtr, Value *value, Value *out, ...) {
  const auto &site = *static_cast<const jit::DeoptSite *>(sitePtr);
  const ir::Function &fn = *site.fn;
  Value *frame = jit::gInterpreter.frame ? jit::gInterpreter.frame(fn) : nullptr;
  bool scratch = frame == nullptr;  // no interpreter to continue in: box, then raise
  std::vector<Value> scratchRegs;
  if (scratch) {
    scratchRegs.assign(site.numRegs, Value::error());
    frame = scratchRegs.data();
  }
  bool ok = true;
  va_list words;
  va_start(words, out);
  for (const jit::DeoptSlot &slot : site.slots)
    if (ok) ok = boxSlot(slot, frame, words);
  va_end(words);
  if (value) {  // an instruction's result: moves into its register (or is dropped)
    Value v = std::move(*value);
    if (site.dst != ir::NoReg) frame[site.dst] = std::move(v);
  }
  if (scratch || !ok) {  // without an interpreter, or MemoryError pending
    if (!scratch) jit::gInterpreter.discard(fn, frame);
    else if (ok)
      rt::raise(rt::ExcType::RuntimeError,
                "fastjit: compiled code met an unexpected type and has no interpreter to continue in");
    rt::addTraceback(site.file, site.line, fn.name);
    return -1;
  }
  ++jit::gDeopts;
  Value r = jit::gInterpreter.resume(fn, frame, site.block, site.inst);
  if (r.isError()) return -1;
  new (out) Value(std::move(r));
  return 0;
}

void fj_deopt_set_result(Value *v) {
  jit::tPendingResult = std::move(*v);  // *v is left a None (raw memory to compiled code)
  jit::tPending = true;
}

int32_t fj_deopt_take_result(Value *out) {
  if (!jit::tPending) return 0;
  jit::tPending = false;
  new (out) Value(std::move(jit::tPendingResult));
  return 1;
}

void fj_move_value(Value *slot, Value *v) { *slot = std::move(*v); }

}  // extern "C"
