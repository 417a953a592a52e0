// Loop regions of module-level code (issue 5: "a hot loop at the top level of a script is as fast
// as in a function"). The interpreter runs `<module>`; when it reaches the header of a loop it
// may hand the loop to compiled code, which runs it and returns the (block, instruction)
// where the interpreter continues. This file holds the analyses that make that possible and the
// construction of the region as an ordinary ir::Function, so that inference (ir/infer.h) and
// codegen (jit/) treat it like any other specialization:
//
//   * natural loops of a CFG (dominators, back edges), with their nesting depth;
//   * register liveness, per block and per instruction (what must be written back to the
//     interpreter's register file when compiled code leaves the loop, normally or to deoptimize);
//   * which globals are "private" to module code (no other function loads or stores them: no call
//     can observe them, so a region may keep them in registers);
//   * buildRegion(): the loop's blocks copied into a new Function whose parameters are the loop's
//     live-in registers and the private globals it touches, with one Return per loop exit.
//
// Pure IR: nothing here knows about runtime values or LLVM. Deciding which globals are bound and
// what types things have belongs to the caller (jit/region.cpp).
#pragma once

#include "ir/ir.h"

#include "llvm/ADT/BitVector.h"

#include <map>
#include <memory>
#include <vector>

namespace fastjit::ir {

// A natural loop: the header and every block that reaches a back edge to it without passing
// through it. Loops sharing a header are merged.
struct Loop {
  BlockId header = 0;
  std::vector<bool> blocks;    // indexed by block id; the header included
  std::vector<BlockId> exits;  // blocks outside the loop that a loop block jumps to (sorted)
  int line = 0;                // the loop statement's line (the header's first instruction)
  int depth = 0;               // how many loops enclose it (0: outermost)
};

// Every natural loop of fn, by header order (an enclosing loop before the loops inside it).
std::vector<Loop> naturalLoops(const Function &fn);
// The outermost ones (loops nested in another are part of it).
std::vector<Loop> outermostLoops(const Function &fn);

// Registers live on entry to each block, and before each instruction.
class Liveness {
public:
  explicit Liveness(const Function &fn);
  const llvm::BitVector &atEntry(BlockId b) const { return in_[b]; }
  // Live immediately before instruction `inst` of block `b` runs.
  llvm::BitVector before(BlockId b, uint32_t inst) const;

private:
  const Function &fn_;
  std::vector<llvm::BitVector> in_, out_;
};

// Registers written exactly once, by a LoadConst (the constant pool registers of ir.h).
std::vector<bool> constantRegisters(const Function &fn);

// Global slots no function other than `<module>` loads or stores.
std::vector<bool> moduleOnlyGlobals(const Module &m);

// Where a register of a region function comes from.
struct RegionSlot {
  enum class Kind : uint8_t { Register, Global, Constant, ExitCode } kind = Kind::Register;
  uint32_t index = 0;  // module register, global slot, constant pool index, or exit's block id
};

// A loop compiled on its own: `fn` is a Function whose code is the loop's, with
//   params         the loop's live-in registers, then the promoted globals bound at entry;
//   block 0        loads the constants the loop uses, then jumps to the header;
//   loop blocks    copied, with LoadGlobal/StoreGlobal of promoted globals turned into Moves
//                  (an unbound promoted global is read through CheckBound with imm2 = 1, which
//                  raises NameError like LoadGlobal would);
//   exit blocks    one per exit target: `Return <its block id>`.
// Other globals keep LoadGlobal/StoreGlobal (the global table; reads are guarded by codegen).
struct Region {
  const Function *module = nullptr;  // the `<module>` function the loop belongs to
  Loop loop;
  std::unique_ptr<Function> fn;
  std::vector<RegionSlot> slots;                   // per register of fn
  std::vector<BlockId> blockOrigin;                // per block of fn: module block (NoIndex: none)
  std::vector<std::vector<uint32_t>> instOrigin;   // per block/instruction of fn: module index
  std::vector<BlockId> exitTarget;                 // per block of fn: module block it exits to
  std::vector<uint32_t> promoted;                  // promoted global slots
  std::vector<bool> writtenInLoop;                 // per module register: written by the loop
  // Module registers that only ever receive a promoted global the loop never assigns (`zs` in
  // `zs[i]`): they are that global's register in fn (no copy, no reference count traffic).
  std::map<Reg, Reg> aliases;
  // Module registers to write back to the interpreter when leaving at (module block, inst).
  std::vector<Reg> liveWritten(BlockId block, uint32_t inst) const;
  // fn's register holding module register r / promoted global g, or NoReg.
  Reg regOfModuleReg(Reg r) const;
  Reg regOfGlobal(uint32_t g) const;

  std::unique_ptr<Liveness> liveness;
};

// globalsBound[g]: the global is bound when the region is entered (only promoted globals that
// are bound become parameters; the others start unbound). promote[g]: slot g may be promoted.
std::unique_ptr<Region> buildRegion(const Function &module, const Loop &loop,
                                    const std::vector<bool> &promote,
                                    const std::vector<bool> &globalsBound,
                                    const std::vector<std::string> &globalNames);

}  // namespace fastjit::ir
