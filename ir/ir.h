// fastjit's intermediate representation: a small, printable, register-based control-flow graph that
// both the interpreter (runtime/interp/) and the type specializer (ir/specialize, jit/) consume, so
// that scoping, evaluation order and control flow are decided once, by the lowering (ir/lower.cpp).
//
// This file only defines the data structures and their invariants; it must not grow semantics
// (those are in runtime/ops.h) or analyses (those live next to their users).
//
// Shape
//   Module    : the functions of one program; functions[0] is "<module>", the top-level code.
//               `globals` names the module's global slots (LoadGlobal/StoreGlobal index them).
//   Function  : parameters, a register file, a constant pool, basic blocks (blocks[0] is the entry).
//   Block     : a list of instructions; exactly the last one is a terminator (Jump, Branch, ForIter,
//               ForRangeNext, Return). Blocks name their successors by index in Function::blocks.
//   Instruction: opcode, sub-opcode (rt::BinaryOp/UnaryOp/CompareOp, or a conversion), destination
//               registers, operand registers, immediates, successor blocks, and its source line.
//
// Registers (invariants the verifier checks)
//   * Registers are mutable slots, NOT SSA: a register may be written on several paths (a Python
//     variable is one register). Registers 0..numParams-1 are the parameters, bound on entry.
//   * A register with a name in `regNames` is a Python local variable of the function (parameters
//     included); others are temporaries. Temporaries are always written before they are read on
//     every path (the lowering guarantees it). Locals may be read while unbound: the lowering puts a
//     CheckBound before every read that is not definitely preceded by a write (a forward "definitely
//     assigned" analysis removes the rest), so a read without CheckBound is always of a bound value.
//   * Module-level code has no locals: its variables are globals (LoadGlobal/StoreGlobal). The
//     variables of a comprehension get registers of their own, named like locals, in any function
//     (they do not leak, as in Python 3); two registers may then carry the same name.
//   * Constants are loaded once, in the entry block, into registers that nothing else writes.
//   * Operands are read before destinations are written, so `a = a + 1` may use one register.
//
// Control flow notes for consumers
//   * `for x in range(...)` with 1-3 positional arguments is lowered to ForRangeInit + ForRangeNext
//     (a counted int loop). ForRangeInit checks at run time that its callee is the builtin `range`
//     (the user may rebind it); if not, it falls back to calling the callee and iterating the result
//     generically. See the opcodes for the register protocol of the two modes.
//   * Other `for` loops are GetIter + ForIter. List comprehensions are loops appending to a hidden
//     temporary list (ListAppend). `and`/`or`/conditional expressions and chained comparisons are
//     branches that write one temporary on each path (each operand evaluated once).
#pragma once

#include "runtime/ops.h"

#include "llvm/ADT/SmallVector.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fastjit::ir {

using Reg = uint32_t;
using BlockId = uint32_t;
inline constexpr Reg NoReg = ~Reg(0);
inline constexpr uint32_t NoIndex = ~uint32_t(0);

enum class Op : uint8_t {
  // --- values and variables -------------------------------------------------------------------
  LoadConst,      // dst = consts[imm]
  Move,           // dst = ops[0]
  CheckBound,     // raise UnboundLocalError for local ops[0] if unbound; imm = index in `names`
                  // of the variable's name. No destination. imm2 == 1: ops[0] holds a global
                  // (compiled module loops, ir/regions.h): NameError "name 'x' is not defined".
  LoadGlobal,     // dst = module global slot imm; when unbound: the builtin of that name; else
                  // NameError "name 'x' is not defined"
  StoreGlobal,    // global slot imm = ops[0]

  // --- operators (rt semantics: runtime/ops.h) -------------------------------------------------
  Binary,         // dst = ops[0] <sub: rt::BinaryOp> ops[1]
  InplaceBinary,  // dst = ops[0] <sub>= ops[1] (augmented assignment: list += mutates)
  Unary,          // dst = <sub: rt::UnaryOp> ops[0]  (Not yields a bool)
  Compare,        // dst = ops[0] <sub: rt::CompareOp> ops[1]  (a bool)

  // --- containers and attributes ---------------------------------------------------------------
  GetItem,        // dst = ops[0][ops[1]]
  SetItem,        // ops[0][ops[1]] = ops[2]
  DelItem,        // del ops[0][ops[1]]
  GetSlice,       // dst = ops[0][ops[1]:ops[2]:ops[3]] (omitted bounds are None constants)
  GetAttr,        // dst = ops[0].names[imm]
  BuildList,      // dst = [ops...]
  BuildTuple,     // dst = (ops...)
  ListAppend,     // ops[0].append(ops[1]) where ops[0] is a list (comprehensions); no dst
  UnpackSequence, // dsts[0..n) = the n items of iterable ops[0]; CPython's ValueError messages
                  // "not enough values to unpack (expected 3, got 2)" / "too many values to
                  // unpack (expected 2)"

  // --- calls -----------------------------------------------------------------------------------
  Call,           // dst = ops[0](ops[1..]); imm = index in keywordSets or NoIndex: the keyword
                  // names of the LAST keywordSets[imm].size() arguments
  CallMethod,     // dst = ops[0].names[imm](ops[1..]); imm2 = keyword set index or NoIndex
  MakeFunction,   // dst = new function object for module.functions[imm]; ops = the values of its
                  // defaults (for the last ops.size() parameters), evaluated at `def` time
  Import,         // dst = module names[imm] (math, time, random, sys)

  // --- strings ---------------------------------------------------------------------------------
  FormatValue,    // dst = format(ops[0] after conversion sub, ops[1] if present else "")
                  // sub: 0 none, 1 !s, 2 !r; ops[1] (the spec) is a str
  BuildString,    // dst = "".join(ops) where every op is a str (f-string pieces)

  // --- iteration -------------------------------------------------------------------------------
  GetIter,        // dst = iter(ops[0])
  ForRangeInit,   // dsts = [cur, stop, step]; ops = [callee, args...] (1-3 args, as range's).
                  // If callee is the builtin range: the args must be ints (TypeError otherwise),
                  // step != 0 (ValueError); cur/stop/step get the ints (range(n): 0, n, 1).
                  // Otherwise: cur = iter(callee(args...)), stop = None, step = None.

  // --- other -----------------------------------------------------------------------------------
  RaiseAssert,    // raise AssertionError(str(ops[0])) or AssertionError with no message (no ops)
  RaiseError,     // raise exception class sub (rt::ExcType) with message consts[imm] (a Str);
                  // e.g. OverflowError for an int literal beyond int64. No operands.

  // --- terminators (last instruction of every block, and only there) --------------------------
  Jump,           // goto targets[0]
  Branch,         // if truthy(ops[0]) goto targets[0] else goto targets[1]
  ForIter,        // if next(ops[0]) exists: dst = it, goto targets[0]; else goto targets[1]
  ForRangeNext,   // ops = [cur, stop, step]; dsts = [var, cur]. Counted mode (step is an int):
                  // if (step > 0 ? cur < stop : cur > stop) { var = cur; cur += step (a cur past
                  // stop is fine; on int64 overflow cur becomes stop); goto targets[0] } else goto
                  // targets[1]. Generic mode (step is None): as ForIter on iterator cur.
  Return,         // return ops[0]
};

const char *opName(Op op);
bool isTerminator(Op op);

// A constant of the pool. Strings are UTF-8.
struct Constant {
  enum class Kind : uint8_t { None, Bool, Int, Float, Complex, Str } kind = Kind::None;
  int64_t i = 0;   // Int, Bool
  double f = 0;    // Float, Complex real part
  double im = 0;   // Complex imaginary part
  std::string s;   // Str

  static Constant none() { return {}; }
  static Constant boolean(bool b) { Constant c; c.kind = Kind::Bool; c.i = b; return c; }
  static Constant integer(int64_t v) { Constant c; c.kind = Kind::Int; c.i = v; return c; }
  static Constant floating(double v) { Constant c; c.kind = Kind::Float; c.f = v; return c; }
  static Constant complex(double re, double imag) {
    Constant c; c.kind = Kind::Complex; c.f = re; c.im = imag; return c;
  }
  static Constant str(std::string v) { Constant c; c.kind = Kind::Str; c.s = std::move(v); return c; }
  bool sameAs(const Constant &o) const;  // identical kind and bits (for pooling)
};

struct Instruction {
  Op op;
  uint8_t sub = 0;  // rt::BinaryOp / rt::UnaryOp / rt::CompareOp / FormatValue conversion
  int line = 0;     // 1-based source line: the traceback line when this instruction fails
  llvm::SmallVector<Reg, 1> dsts;
  llvm::SmallVector<Reg, 3> ops;
  uint32_t imm = NoIndex;
  uint32_t imm2 = NoIndex;
  BlockId targets[2] = {NoIndex, NoIndex};

  Reg dst() const { return dsts.empty() ? NoReg : dsts[0]; }
  rt::BinaryOp binaryOp() const { return rt::BinaryOp(sub); }
  rt::UnaryOp unaryOp() const { return rt::UnaryOp(sub); }
  rt::CompareOp compareOp() const { return rt::CompareOp(sub); }
  unsigned numTargets() const {
    return op == Op::Jump ? 1 : (op == Op::Return || !isTerminator(op)) ? 0 : 2;
  }
};

struct Block {
  std::vector<Instruction> insts;
  const Instruction &terminator() const { return insts.back(); }
};

struct Function {
  std::string name;                  // "<module>" for top-level code; __name__ otherwise
  int line = 0;                      // line of the `def`
  uint32_t numParams = 0;            // registers 0..numParams-1
  uint32_t numRegs = 0;
  std::vector<std::string> regNames; // size numRegs; "" for temporaries, the variable otherwise
  std::vector<Constant> consts;
  std::vector<std::string> names;    // attribute, method, module and variable names (imm operands)
  std::vector<std::vector<std::string>> keywordSets;  // keyword names per call site
  std::vector<Block> blocks;         // blocks[0] is the entry

  bool isModule() const { return name == "<module>"; }

  // The interpreter's decoded form of this function (owned and reset by runtime/interp; opaque to
  // everyone else). Mutable because decoding is a cache, not a change of the IR.
  mutable void *interpCache = nullptr;
};

struct Module {
  std::string sourceName;             // the script's path, for traceback lines
  std::vector<std::string> globals;   // slot i of the global table is named globals[i]
  std::vector<std::unique_ptr<Function>> functions;  // functions[0]: "<module>"

  const Function &top() const { return *functions[0]; }
};

}  // namespace fastjit::ir
