// The runtime half of deoptimizing compiled functions (see jit/deopt.h): the helpers the
// deoptimization exits of compiled code call, the pending result of a call that came back with
// a value of another type, and the connection to the interpreter.
#include "jit/deopt.h"
#include "jit/runtime_helpers.h"

#include "runtime/errors.h"

#include <algorithm>
#include <cstdlib>
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

// A frame made when there is no interpreter to continue in: its values are released, then
// fj_deopt_resume says so.
thread_local Value *tScratchFrame = nullptr;
thread_local int64_t tScratchRegs = 0;

}  // namespace

void setInterpreterResume(const InterpreterResume &entry) { gInterpreter = entry; }

int64_t deoptCount() { return gDeopts; }

}  // namespace fastjit::jit

using namespace fastjit;
using fastjit::rt::Value;

extern "C" {

void *fj_deopt_frame(const void *fn, int64_t numRegs) {
  const auto &f = *static_cast<const ir::Function *>(fn);
  if (jit::gInterpreter.frame)
    if (Value *frame = jit::gInterpreter.frame(f)) return frame;
  auto *frame = static_cast<Value *>(std::malloc(sizeof(Value) * size_t(std::max<int64_t>(numRegs, 1))));
  if (!frame) std::abort();
  for (int64_t i = 0; i < numRegs; ++i) new (&frame[i]) Value(Value::error());
  jit::tScratchFrame = frame;
  jit::tScratchRegs = numRegs;
  return frame;
}

int32_t fj_deopt_resume(const void *fn, Value *frame, int32_t block, int32_t inst, int32_t boxedOk,
                        Value *out) {
  const auto &f = *static_cast<const ir::Function *>(fn);
  if (frame == jit::tScratchFrame) {
    for (int64_t i = 0; i < jit::tScratchRegs; ++i) frame[i].~Value();
    std::free(frame);
    jit::tScratchFrame = nullptr;
    if (boxedOk)
      rt::raise(rt::ExcType::RuntimeError,
                "fastjit: compiled code met an unexpected type and has no interpreter to continue in");
    return -2;
  }
  if (!boxedOk) {  // boxing a live value failed (MemoryError pending)
    jit::gInterpreter.discard(f, frame);
    return -2;
  }
  ++jit::gDeopts;
  Value r = jit::gInterpreter.resume(f, frame, uint32_t(block), uint32_t(inst));
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
