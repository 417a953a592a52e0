// Private to the interpreter: the pre-decoded form of an ir::Function that the dispatch loop runs,
// and the per-program state (globals, value stack, recursion depth). Decoding happens once per
// function (decode.cpp); the loop (interpreter.cpp) never looks at the IR's block structure.
//
// A decoded function is one flat array of DInst: blocks are laid out in order and jump targets are
// indices into that array. Operators are split into opcodes per operator (Add, Lt, ...) so the hot
// int/float paths need no second switch, and `compare; branch` pairs whose result has no other use
// are fused into one compare-and-branch instruction.
#pragma once

#include "ir/ir.h"
#include "runtime/function.h"
#include "runtime/value.h"

#include <memory>
#include <string>
#include <vector>

namespace fastjit::interp {

struct RunOptions;

// The opcodes, as an X-macro so that the dispatch table of interpreter.cpp follows the same order.
//   Add..Mod, BinaryGeneric: arithmetic with inline int/float fast paths; sub = rt::BinaryOp, or'ed
//     with kInplace for augmented assignment.
//   Lt..Ge, CompareGeneric: comparisons producing a bool (a = dst; b, c operands).
//   BrLt..BrGe, BrCompareGeneric: fused compare-and-branch (b, c operands; t1 if true, t2 if false).
#define DOP_LIST(X) \
  X(LoadConst) X(Move) X(CheckBound) X(LoadGlobal) X(StoreGlobal) \
  X(Add) X(Sub) X(Mul) X(TrueDiv) X(FloorDiv) X(Mod) X(BinaryGeneric) \
  X(Neg) X(Not) X(UnaryGeneric) \
  X(Lt) X(Le) X(Eq) X(Ne) X(Gt) X(Ge) X(CompareGeneric) \
  X(BrLt) X(BrLe) X(BrEq) X(BrNe) X(BrGt) X(BrGe) X(BrCompareGeneric) \
  X(GetItem) X(SetItem) X(DelItem) X(GetSlice) X(GetAttr) \
  X(BuildList) X(BuildTuple) X(ListAppend) X(Unpack) \
  X(Call) X(CallMethod) X(MakeFunction) X(Import) \
  X(FormatValue) X(BuildString) \
  X(GetIter) X(ForRangeInit) X(LoopEntry) \
  X(RaiseAssert) X(RaiseError) \
  X(Jump) X(Branch) X(ForIter) X(ForRangeNext) X(Return)

enum class DOp : uint8_t {
#define DOP_ENUM(X) X,
  DOP_LIST(DOP_ENUM)
#undef DOP_ENUM
};

inline constexpr uint8_t kInplace = 0x80;

// Known methods with an inline fast path in CallMethod.
enum class FastMethod : uint8_t { None, Append };

struct DInst {
  DOp op;
  uint8_t sub = 0;
  FastMethod method = FastMethod::None;
  uint32_t a = 0, b = 0, c = 0, d = 0;  // registers / indices, per opcode
  uint32_t t1 = 0, t2 = 0;              // jump targets (instruction indices)
  int32_t line = 0;
  const ir::Instruction *ir = nullptr;  // operand lists of variadic instructions
};

// Inline cache of a module attribute (math.sqrt, random.random): modules never change their
// members in the subset, so (module object -> member) stays valid.
struct AttrCache {
  rt::Object *module = nullptr;
  rt::Value value;
};

struct ModuleState;

struct DecodedFunction {
  const ir::Function *fn = nullptr;
  ModuleState *state = nullptr;
  uint32_t numRegs = 0, numParams = 0;
  std::vector<DInst> code;
  std::vector<rt::Value> consts;           // ir consts as Values
  // Initial register file (index numParams..numRegs): constants in their registers (their LoadConst
  // instructions are not decoded), Value::error() (unbound) everywhere else.
  std::vector<rt::Value> regTemplate;
  std::vector<rt::KeywordNames> keywords;  // per ir keyword set
  std::vector<AttrCache> attrCaches;       // indexed by DInst::d of GetAttr / CallMethod
  std::vector<std::string> names;          // copy of fn.names (stable string_views)
  // Where each IR instruction starts in `code` (per block, per instruction index): compiled
  // module loops and deoptimized compiled functions continue in the interpreter at an IR
  // position (interpreter.h: resumeFunction). In `<module>`, LoopEntry (a = header block) opens
  // each outermost loop when RunOptions::onLoopEntry is set.
  std::vector<std::vector<uint32_t>> resume;
};

struct ModuleState {
  const ir::Module *module = nullptr;
  std::string file;
  std::vector<rt::Value> globals;        // Value::error() while unbound
  std::vector<rt::Value> builtinCache;   // resolved builtins per global slot (error: not yet)
  std::vector<std::unique_ptr<DecodedFunction>> decoded;
  rt::Value builtinRange;                // the builtin `range`, for ForRangeInit's guard
  rt::Value builtinAbs;                  // the builtin `abs`, called inline on numbers
  // The register stack: frames take numRegs consecutive Values from it.
  rt::Value *stackBase = nullptr, *stackTop = nullptr, *stackEnd = nullptr;
  int64_t ownDepth = 0;
  int64_t *depth = &ownDepth;            // active Python frames (RunOptions::callDepth)
  const RunOptions *options = nullptr;
};

// Decodes fn (once; cached in fn.interpCache) for the given program state.
DecodedFunction *decode(ModuleState &state, const ir::Function &fn);

// Runs a decoded function with its first numParams registers already holding the arguments in
// `regs` (the rest uninitialised memory of numRegs Values). Destroys the register file before
// returning. On failure the pending exception has this frame's traceback line added.
// With resumeAt, every register is initialised already and the run starts there (a compiled
// frame continued in the interpreter).
rt::Value execute(DecodedFunction &code, rt::Value *regs, const DInst *resumeAt = nullptr);

}  // namespace fastjit::interp
