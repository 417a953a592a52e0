// Private to codegen (codegen.cpp: function structure, registers, control flow, calls, boxing;
// codegen_analysis.cpp: abs(z) < c pairs and borrowed rows; codegen_unions.cpp: union splitting;
// codegen_ops.cpp: operators, comparisons, lists, builtins; codegen_dynamic.cpp: boxed values and
// the generic lowering of instructions inference marked generic; codegen_runtime.cpp:
// declarations of the runtime helpers). Not an interface: nothing outside jit/codegen*.cpp
// includes this.
//
// Registers of the IR become stack slots (allocas) of their inferred LLVM type; mem2reg/SROA turn
// them into SSA values, so codegen stays a direct, instruction-by-instruction translation.
// Registers holding objects (lists, tuples, list iterators, boxed values) own one reference: a
// write releases the previous value, and both exits (return and unwind) release them all.
// Boxed registers (dynamic, str, range, other iterators) hold a whole rt::Value as the LLVM
// struct { i8 tag, i64, i64 }, the Value's own layout, so storing one to memory makes a Value.
#pragma once

#include "jit/codegen.h"
#include "jit/runtime_helpers.h"

#include "ir/regions.h"

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/Module.h"

#include <functional>
#include <optional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fastjit::jit {

using ir::Type;
using K = ir::Type::Kind;

// An LLVM value with the Python type it represents.
struct TV {
  llvm::Value *v = nullptr;
  Type t;
};

// Value tags as compiled code writes them (rt::Tag).
enum : uint8_t { kTagNone = 1, kTagBool = 2, kTagInt = 3, kTagFloat = 4, kTagComplex = 5,
                 kTagObject = 6 };
// The tag a value of type t carries when boxed (or inside a union): kTagObject for everything that
// is not a scalar.
inline uint8_t tagOf(const Type &t) {
  switch (t.kind()) {
  case K::None: return kTagNone;
  case K::Bool: return kTagBool;
  case K::Int: return kTagInt;
  case K::Float: return kTagFloat;
  case K::Complex: return kTagComplex;
  default: return kTagObject;
  }
}

// Declarations of the runtime helpers (jit/runtime_helpers.h) in one module, with attributes.
class RuntimeDecls {
public:
  explicit RuntimeDecls(llvm::Module &m) : m_(m) {}
  llvm::FunctionCallee get(const std::string &name);
  llvm::GlobalVariable *global(const std::string &name);  // an i64 variable (fj_call_depth)

private:
  llvm::Module &m_;
};

// Can codegen_region.cpp's storeBoxed box a register of this type into an interpreter Value?
// (Function, builtin and module types also need their object: knownObject.)
bool boxable(const Type &t);
// The object a function, module or builtin type stands for ("math", "len", "math.sqrt"), kept
// alive for the life of the process; nullptr if unknown.
const void *knownObject(const Type &t);

// The LLVM type holding a value of `t` in compiled code, or nullptr when codegen cannot hold it.
llvm::Type *llvmTypeOf(llvm::LLVMContext &ctx, const Type &t);
// The representation shared by all unions of scalars: { i8 tag, i64 payload, double imag }.
llvm::Type *unionLLVMType(llvm::LLVMContext &ctx);
// Can coerce() convert a value of `from` into a register of type `to`?
bool sameRepresentation(const Type &from, const Type &to);
// Does a register of this type own an object reference?
bool ownsReference(const Type &t);
// Is a value of this type held as a boxed rt::Value ({ i8 tag, i64, i64 })?
// An iterator compiled code steps itself ({container, next index}): over a list with native
// storage, or over a tuple whose items are all one number type (ir::tupleItemType).
bool isTypedIterator(const Type &t);
bool isBoxed(const Type &t);
// Emits the load of a value of type t from the rt::Value at addr, unboxed as compiled code holds
// it (objects and boxed values borrowed): for entries from the interpreter (boxed entries, module
// loops). nullptr when t has no such form.
llvm::Value *loadUnboxed(llvm::IRBuilder<> &b, llvm::Module &m, llvm::Value *addr, const Type &t);
llvm::Type *boxedLLVMType(llvm::LLVMContext &ctx);

class FunctionEmitter {
public:
  FunctionEmitter(llvm::Module &m, ir::Specializer &sp, ir::Specialization &spec,
                  const CodegenOptions &options, const RegionCode *region = nullptr);
  llvm::Error emit();

  static llvm::Function *declareTyped(llvm::Module &m, const ir::Specialization &spec);
  static llvm::Error emitBoxed(llvm::Module &m, const ir::Specialization &spec);

  // --- codegen.cpp ---------------------------------------------------------------------------
private:
  llvm::Error setUp();
  void findAbsCompares();
  void findBorrowedRows();
  void findSelectedSteps();
  llvm::Error lower(const ir::Instruction &inst);
  TV read(ir::Reg r);
  void write(ir::Reg r, llvm::Value *v);  // takes over an owned reference
  const Type &typeOf(ir::Reg r) const { return spec_.types.regs[r]; }
  llvm::BasicBlock *failBlock(int line);
  void failIf(llvm::Value *cond, int line);        // cond true: raise already pending -> unwind
  void checkStatus(llvm::Value *status, int line);  // i32 != 0 -> unwind
  void raise(int32_t excType, const std::string &message, int line);
  void raiseNumeric(int32_t which, int line);
  void emitExits();
  void releaseOwned();
  void incref(llvm::Value *obj);
  void decref(llvm::Value *obj);  // obj non-null
  void decrefIfNonNull(llvm::Value *obj);
  llvm::Value *cString(const std::string &s);
  llvm::Error lowerCall(const ir::Instruction &inst, const Type &callee, size_t firstArg);
  llvm::Error lowerFunctionCall(const ir::Instruction &inst, const Type &callee, size_t firstArg);
  llvm::Expected<TV> materializeConstant(const rt::Value &v, int line);
  llvm::Error unsupported(int line, const std::string &what);
  // A stack Value holding x for helper calls (borrowed: no reference of its own): its address.
  llvm::Value *boxScalar(const TV &x);
  // Reads the 16-byte payload written by a helper as a value of type t.
  llvm::Value *loadPayload(llvm::Value *addr, const Type &t);
  // The constant register r always holds (its only definition is a LoadConst), else nullptr.
  const ir::Constant *constantOf(ir::Reg r) const {
    const ir::Instruction *def = singleDef_[r];
    return def && def->op == ir::Op::LoadConst ? &fn_.consts[def->imm] : nullptr;
  }
  // The payload of item `index` (an i64) of a tuple object: items are rt::Values after the
  // 24-byte header.
  llvm::Value *tupleItemPayload(llvm::Value *tuple, llvm::Value *index);

  // --- codegen_region.cpp: a module loop's entry, exits, deoptimization and global table ----
public:
  static llvm::Error emitRegionEntry(llvm::Module &m, const RegionCode &rc);
  // Set when a value the interpreter needs after the loop cannot be boxed: emitRegion refuses.
  const std::string &regionRefusal() const { return regionRefusal_; }

private:
  llvm::Error lowerRegionGlobal(const ir::Instruction &inst);
  llvm::Error lowerRegionExit(const ir::Instruction &inst);
  // Branches to `deopt` unless the global table's slot holds a value of type t (a number, or a
  // list with t's storage); returns the payload's address.
  llvm::Value *guardGlobalType(uint32_t slot, const Type &t, llvm::BasicBlock *deopt);
  void guardOr(llvm::BasicBlock *fail, llvm::Value *cond, const char *name);
  llvm::Value *globalAddress(uint32_t slot);
  // Boxes x into the rt::Value at addr (releasing what was there).
  void storeBoxed(llvm::Value *addr, const TV &x);
  // Writes back the module registers in `regs` and the promoted globals the loop stores.
  void writeBack(const std::vector<ir::Reg> &regs);
  // Leaves the loop for the interpreter at (module block, instruction): everything written back.
  llvm::BasicBlock *deoptBlock(uint32_t block, uint32_t inst);
  const RegionCode *region_ = nullptr;
  uint32_t curBlock_ = 0, curInst_ = 0;  // the instruction being lowered (region blocks)
  std::map<uint64_t, llvm::BasicBlock *> deoptBlocks_;
  std::string regionRefusal_;

  // --- codegen_deopt.cpp: leaving for the interpreter when an assumed type does not hold ----
  // Where a failed guard of the instruction being lowered branches to: a deoptimization exit
  // that re-runs the instruction in the interpreter; or, when a live register cannot be boxed,
  // RuntimeError "compiled code met an unexpected type for <what>".
  llvm::BasicBlock *guardFailure(const std::string &what, int line);
  // At the insertion point (terminating the block): the instruction being lowered has run, but
  // its result, the owned Value at valueAddr, is not of the type assumed; the interpreter goes
  // on from the next instruction with that Value in dst.
  void deoptAfter(ir::Reg dst, llvm::Value *valueAddr, const std::string &what, int line);
  // Checks the `failed` flag of a call of a compiled function: an exception (unwind), or the
  // callee deoptimized with a result of another type (deoptAfter with it).
  void callFailed(llvm::Value *failed, ir::Reg dst, int line);
  bool canBox(ir::Reg r);
  bool regionCanLeave(uint32_t block, uint32_t inst);
  // A function's exit to the interpreter at (block, inst), dst receiving *valueAddr (if any);
  // nullptr when a live register cannot be boxed.
  llvm::BasicBlock *functionDeopt(uint32_t block, uint32_t inst, ir::Reg dst,
                                  llvm::Value *valueAddr, int line);
  // Returns the interpreter's result (the owned Value at out): typed when it fits, else pending.
  void returnDeoptResult(llvm::Value *out);
  llvm::BasicBlock *raiseUnexpectedBlock(const std::string &what, int line);
  llvm::Value *deoptValueSlot();  // one stack Value for the cold paths
  std::unique_ptr<ir::Liveness> liveness_;  // of fn_, computed at the first exit
  std::vector<bool> constants_;
  std::map<uint64_t, llvm::BasicBlock *> functionDeopts_;
  llvm::BasicBlock *deoptFailBlock_ = nullptr;  // unwind when the interpreter added the line
  llvm::BasicBlock *deoptReturn_ = nullptr;     // after fj_deopt, shared by every exit
  llvm::PHINode *deoptStatus_ = nullptr;
  llvm::AllocaInst *deoptValue_ = nullptr;

  // --- codegen_dynamic.cpp -----------------------------------------------------------------
  // An instruction inference marked generic: boxed operands, one runtime helper call.
  llvm::Error lowerGeneric(const ir::Instruction &inst);
  bool slowPath_ = false;  // lowering the generic half of an instruction split on int operands
  // x as an owned boxed Value ({ i8, i64, i64 }); x's own reference (if any) moves into it.
  llvm::Value *boxOwned(const TV &x);
  // Adds / drops the reference a value of x.t holds (no-op for immediates).
  void retain(const TV &x);
  void release(const TV &x);
  void adjustReference(const TV &x, bool more);  // retain (more) or release
  // A pointer constant to the object of a constant-like type (function, builtin, module) or a
  // pinned runtime value: valid for the life of the process.
  llvm::Value *objectConstant(const Type &t);
  llvm::Value *pinnedObject(const rt::Value &v);
  llvm::Value *objectValue(llvm::Value *obj);  // { kTagObject, obj, 0 }: no reference taken
  llvm::AllocaInst *valueSlots(size_t n, const char *name);  // n raw Values in the entry block
  // An owned Value in memory -> dst; `as` is the type inference gave the result (a fixed builtin
  // result type is unboxed, its tag checked), dynamic for any Value.
  void writeBoxedResult(ir::Reg dst, llvm::Value *valueAddr, const Type &as = Type::dynamic());

  // --- codegen_unions.cpp -------------------------------------------------------------------
  // v converted to `target` (a union containing v's type, or v's own type).
  llvm::Value *coerce(const TV &v, const Type &target);
  using SplitBody = std::function<llvm::Expected<TV>(const std::vector<TV> &)>;
  // Runs body on typed operands: once per member combination of the union operands, results
  // converted to `result` and merged.
  llvm::Expected<TV> split(const std::vector<TV> &operands, const Type &result,
                           const SplitBody &body);

  // --- codegen_ops.cpp -----------------------------------------------------------------------
  llvm::Expected<TV> binary(const ir::Instruction &inst, TV a, TV b);
  llvm::Expected<TV> unary(const ir::Instruction &inst, TV a);
  llvm::Expected<TV> compare(const ir::Instruction &inst, TV a, TV b);
  llvm::Value *truthy(const TV &a);
  llvm::Value *toFloat(const TV &a);
  llvm::Value *toInt(const TV &a);  // bool -> i64
  llvm::Value *toComplex(const TV &a);
  llvm::Value *intArith(llvm::Intrinsic::ID id, llvm::Value *a, llvm::Value *b, int line);
  llvm::Value *compareIntFloat(rt::CompareOp op, llvm::Value *i, llvm::Value *f);
  // Whether an int64 converts to a double exactly (|i| <= 2**53).
  llvm::Value *exactDouble(llvm::Value *i);
  // `fastOk ? fast() : slow()`, each emitted in its own block (slow: the runtime's function for
  // the rare operands where Python semantics are expensive), merged into one value.
  llvm::Value *withSlowPath(llvm::Value *fastOk, const std::function<llvm::Value *()> &fast,
                            const std::function<llvm::Value *()> &slow);
  bool tryAbsCompare(const ir::Instruction &inst, TV &out);
  llvm::Value *complexAbs(llvm::Value *z, int line);
  // Calls a runtime helper that returns 0, or -1 with the exception pending, and writes its
  // result through a last pointer argument (an outTy slot): unwinds on -1, else the result.
  llvm::Value *callWithOut(const char *helper, std::vector<llvm::Value *> args, llvm::Type *outTy,
                           int line);
  llvm::Value *normaliseIndex(llvm::Value *list, llvm::Value *index, bool store, int line);
  // Tells the optimizer that `list` points to a whole list object (after a row's kind check).
  void assumeListObject(llvm::Value *list);
  llvm::Value *loadListElement(llvm::Value *list, llvm::Value *index, const Type &elem, int line);
  void storeListElement(llvm::Value *list, llvm::Value *index, const TV &value, int line);
  llvm::Error appendToList(llvm::Value *list, const TV &value, int line);
  llvm::Expected<TV> callBuiltin(const ir::Instruction &inst, const std::string &name,
                                 const std::vector<TV> &args);
  llvm::Value *listSize(llvm::Value *list);
  // --- codegen_modules.cpp -------------------------------------------------------------------
  // A math or random module function on unboxed numbers, as a direct call of the runtime's own
  // function (no boxing, no rt::call); nullopt when these argument types go the generic way.
  std::optional<TV> callModuleFunction(const std::string &name, const std::vector<TV> &args,
                                       const Type &result, int line);
  // random.random() inline on the random module's generator (runtime/random_mt.h).
  llvm::Value *inlineRandom();
  llvm::Value *storageMatches(llvm::Value *list, const Type &elem);

  llvm::Module &m_;
  llvm::LLVMContext &ctx_;
  ir::Specializer &sp_;
  ir::Specialization &spec_;
  const ir::Function &fn_;
  CodegenOptions options_;
  RuntimeDecls rt_;
  llvm::IRBuilder<> b_;
  llvm::Function *f_ = nullptr;
  llvm::Type *retType_ = nullptr;  // the unboxed result type (i8 for None/unknown)
  std::vector<llvm::AllocaInst *> slots_;
  std::vector<llvm::AllocaInst *> bound_;  // locals read under CheckBound
  std::vector<llvm::BasicBlock *> blocks_;
  std::vector<int> uses_;
  std::vector<const ir::Instruction *> singleDef_;
  std::vector<bool> borrowed_;  // temporaries holding a row without a reference of their own
  std::vector<bool> skip_;  // registers whose defining call is folded into a use (abs(z) < c)
  // `if c: n += k` (findSelectedSteps): the branch ending block b adds select(c, k, 0) to n
  // itself and jumps to the join, instead of branching on c to the arm.
  struct SelectedStep {
    const ir::Instruction *step;  // the arm's `n = n + k` or `n = n - k`
    bool onTrue;                  // the arm is the branch's true target
    uint32_t join;                // the block both the arm and the other target lead to
  };
  std::map<uint32_t, SelectedStep> selectedSteps_;
  llvm::AllocaInst *retSlot_ = nullptr, *lineSlot_ = nullptr, *depthSlot_ = nullptr;
  llvm::BasicBlock *exitBlock_ = nullptr, *unwindBlock_ = nullptr, *depthFailBlock_ = nullptr;
  std::map<int, llvm::BasicBlock *> failBlocks_;
  llvm::MDNode *unlikely_ = nullptr, *likely_ = nullptr;
  // Type-based alias classes of the object memory compiled code touches (see tag()).
  enum Access { kRefcount, kHeader, kElements, kSlot, kRandomState, kAccessCount };
  llvm::MDNode *tbaa_[kAccessCount] = {};
  llvm::Value *tag(llvm::Value *loadOrStore, Access a);
};

}  // namespace fastjit::jit
