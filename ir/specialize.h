// Specializations: one per (function, tuple of argument types), created at a function's first
// call with those types and cached (the Numba dispatcher model). The Specializer owns the cache,
// answers inference's questions about globals and callees (it is the InferenceContext), and
// iterates recursive and mutually recursive specializations to a common fixpoint.
//
// Globals: a global that cannot change while the program runs after the specialization is made —
// a builtin the module never assigns, or a module-level name assigned exactly once, outside any
// loop, and already bound (the `def`s, imports and constants of a script) — is a compile-time
// constant. A global that may change (a counter, a list rebound in a loop) holding a number or a
// list of numbers is read from the global table as the type it has now: a "volatile" global of
// the specialization. Compiled code never assigns globals and never runs interpreted code, so
// such a type holds for the whole of a compiled call tree once it holds on entry: whoever enters
// compiled code from outside checks volatileClosure() first (jit.cpp's dispatcher; a module loop
// before each call it makes), and a specialization is found again only while the types match.
// Anything else is refused with a reason.
//
// This file knows the runtime's values (to type arguments) but not LLVM.
#pragma once

#include "ir/infer.h"
#include "runtime/value.h"

#include "llvm/Support/Error.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fastjit::ir {

// The type of a runtime value as a specialization argument: int, float, list[float] (from the
// list's storage strategy), tuple[int, float], function fib, ... (dynamic when nothing better).
Type typeOfValue(const rt::Value &v);

// The type of global `name` holding v as code reading it sees it: a module (`import math`), a
// builtin or module function by its qualified name (`from math import sqrt` is math.sqrt), else
// typeOfValue(v).
Type typeOfGlobalValue(const std::string &name, const rt::Value &v);

struct Specialization {
  const Function *fn = nullptr;
  std::vector<Type> args;
  FunctionTypes types;
  std::string name;          // signatureName: "fib[int]"
  bool ready = false;        // inferred successfully
  std::string error;         // when inference refused: "line N: cannot compile ..."
  // Filled in by the JIT once machine code exists (opaque here).
  void *typedEntry = nullptr;
  void *boxedEntry = nullptr;
  bool emitted = false;      // its LLVM function has been generated into a module
  // Volatile globals this specialization reads itself (slot, type assumed), and the
  // specializations it calls directly (see volatileClosure).
  std::vector<std::pair<uint32_t, Type>> volatileGlobals;
  std::vector<Specialization *> callees;
};

class Specializer : public InferenceContext {
public:
  // globals: the module's global slots (module.globals.size() Values; Tag::Error means unbound),
  // owned by whoever runs the module code; read at specialization time only.
  Specializer(const Module &module, const rt::Value *globals);

  // The specialization of fn for args, inferring it (and every callee it needs) on first use.
  // A refusal is cached too, so asking again is cheap and gives the same Error text.
  llvm::Expected<Specialization *> get(const Function &fn, const std::vector<Type> &args);

  // InferenceContext.
  llvm::Expected<Type> globalType(uint32_t slot) override;
  llvm::Expected<Type> callReturnType(const Type &callee, const std::vector<Type> &args) override;
  // `global g; g = v` in a function: allowed when g is volatile and v has the type g has now (a
  // counter stays an int), so the types assumed by every compiled reader keep holding.
  llvm::Error globalStore(uint32_t slot, const Type &t, int line) override;

  // The value of a constant global (precondition: globalType(slot) succeeded).
  const rt::Value &globalValue(uint32_t slot) const { return globals_[slot]; }
  // The global table, and whether slot is a volatile global (read from the table, not folded).
  const rt::Value *globals() const { return globals_; }
  bool isVolatile(uint32_t slot) const { return storeCount_[slot] > 1 || storeInLoop_[slot]; }
  // Can no longer change: never assigned (a builtin), or assigned once, outside loops, already.
  bool isConstantGlobal(uint32_t slot) const {
    return storeCount_[slot] == 0 || (!isVolatile(slot) && !globals_[slot].isError());
  }
  // Every volatile global read by spec or anything it calls, with the type assumed (sorted by
  // slot, no duplicates), and whether they all have that type in the table now.
  std::vector<std::pair<uint32_t, Type>> volatileClosure(const Specialization &spec) const;
  bool volatilesHold(const Specialization &spec) const;
  // The ir::Function of a function value's type (Type::Function), or nullptr.
  const Function *functionOf(const Type &fnType) const;

  const Module &module() const { return module_; }
  // Every specialization made so far, in creation order (for --explain and codegen).
  const std::vector<std::unique_ptr<Specialization>> &all() const { return all_; }

private:
  Specialization *find(const Function &fn, const std::vector<Type> &args);
  llvm::Error infer(Specialization &spec);

  const Module &module_;
  const rt::Value *globals_;
  std::vector<int> storeCount_;     // StoreGlobal instructions per slot, in all functions
  std::vector<bool> storeInLoop_;   // the (single) store sits in a module-level loop
  std::vector<std::unique_ptr<Specialization>> all_;
  std::vector<Specialization *> inProgress_;  // specializations being inferred (recursion)
  Specialization *current_ = nullptr;         // the one whose inference is asking
  int depth_ = 0;
};

}  // namespace fastjit::ir
