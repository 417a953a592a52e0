// Typed IR -> LLVM IR. For each ready specialization (ir/specialize.h) codegen emits two functions
// into an LLVM module:
//
//   typed entry  "<name>"        { Ret, i1 failed } (Arg0, Arg1, ...)
//       unboxed arguments and result: int i64, float double, bool i1, complex {double, double},
//       None i8, list/tuple a pointer to the object (arguments borrowed, result owned); called
//       directly by other compiled code.
//   boxed entry  "<name>.boxed"  i32 (const rt::Value *args, rt::Value *out)
//       the boundary with the interpreter: unboxes args (whose types the caller has matched to
//       the specialization), calls the typed entry, boxes the result into *out. 0, or -1 with a
//       Python exception pending.
//
// A failing operation raises through runtime/errors.h, adds this frame's traceback line and
// returns `failed`; callers propagate it, adding their own lines. A failed type guard instead
// continues the call in the interpreter (jit/deopt.h); `failed` with no exception pending then
// means "returned a value of another type", which callers take with fj_deopt_take_result. This header is light on purpose
// (no LLVM IR headers): the API includes it.
#pragma once

#include "ir/regions.h"
#include "ir/specialize.h"

#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace llvm {
class Module;
}

namespace fastjit::jit {

struct CodegenOptions {
  bool unsafe = false;  // --unsafe: no bounds or overflow checks (not Python semantics)
  std::string file;     // the script's name in traceback lines (empty: module.sourceName)
};

// The boxed entry's C type.
using BoxedEntry = int (*)(const rt::Value *args, rt::Value *out);

// Emits every specialization of `specs` (all ready) into `m`; callees that are not in `specs` are
// declared and must be defined in a module the engine already has or gets in the same batch.
// An Error names the specialization, the line and what could not be lowered.
llvm::Error emitSpecializations(llvm::Module &m, ir::Specializer &specializer,
                                const std::vector<ir::Specialization *> &specs,
                                const CodegenOptions &options);

std::string boxedEntryName(const ir::Specialization &spec);

// A module-level loop compiled on its own (ir/regions.h; jit/codegen_region.cpp). Its entry,
//   int64_t "<name>.entry"(rt::Value *regs)
// takes the interpreter's register file of `<module>`, reads the loop's live-in registers and
// promoted globals, runs the loop, writes back what the interpreter needs and returns where it
// continues: (module block << 32) | instruction index; or -1 with a Python exception pending (the
// traceback line added). Reads of globals kept in the table are guarded by the type they had
// when the region was compiled (`guards`); a failed guard leaves the loop at that instruction.
struct RegionCode {
  const ir::Region *region = nullptr;
  ir::Specialization *spec = nullptr;  // fn = region->fn; args = the entry types
  rt::Value *globals = nullptr;        // the global table (a stable address)
  std::vector<ir::Type> guardTypes;    // per global slot read from the table (else unknown)
  std::vector<const rt::Value *> guardValues;  // per slot: the value seen (identity guards)
  std::vector<bool> constant;                  // per slot: cannot change any more (no guard)
};
using RegionEntry = int64_t (*)(rt::Value *regs);
std::string regionEntryName(const ir::Specialization &spec);
llvm::Error emitRegion(llvm::Module &m, ir::Specializer &specializer, const RegionCode &region,
                       const CodegenOptions &options);

}  // namespace fastjit::jit
