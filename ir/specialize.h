// Specializations: one per (function, tuple of argument types), created at a function's first
// call with those types and cached (the Numba dispatcher model). The Specializer owns the cache,
// answers inference's questions about globals and callees (it is the InferenceContext), and
// iterates recursive and mutually recursive specializations to a common fixpoint.
//
// Globals: a global that cannot change while the program runs after the specialization is made —
// a builtin the module never assigns, or a module-level name assigned exactly once, outside any
// loop, and already bound (the `def`s, imports and constants of a script) — is a compile-time
// constant. Every other global is dynamic: compiled code reads its slot at run time.
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

// The runtime value of an IR constant (a str constant is a new string object): the
// interpreter's constants and compiled code's constant tuples.
rt::Value constantValue(const Constant &c);

struct Specialization {
  const Function *fn = nullptr;
  std::vector<Type> args;
  FunctionTypes types;
  std::string name;          // signatureName: "fib[int]"
  // The machine-code symbol: the name, unless an earlier `def` of the module has the same name
  // (a function redefined later): then "helper#2[int]", so both can be compiled.
  std::string symbol;
  bool ready = false;        // inferred successfully
  std::string error;         // when inference refused: "line N: cannot compile ..."
  // Filled in by the JIT once machine code exists (opaque here).
  void *typedEntry = nullptr;
  void *boxedEntry = nullptr;
  bool emitted = false;      // its LLVM function has been generated into a module
};

// The type of global `name` holding v as code reading it sees it: a module (`import math`), a
// builtin or module function by its qualified name (`from math import sqrt` is math.sqrt), else
// typeOfValue(v).
Type typeOfGlobalValue(const std::string &name, const rt::Value &v);

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
  bool callMayChangeListStorage(const Type &callee, const std::vector<Type> &args) override;
  Type moduleMemberType(const std::string &module, const std::string &attr) override;

  // The value of a constant global (precondition: globalType(slot) succeeded).
  const rt::Value &globalValue(uint32_t slot) const { return globals_[slot]; }
  // The global table's slot itself (stable for the life of the program), for run-time reads and
  // writes of globals that are not constants.
  rt::Value *globalSlot(uint32_t slot) const { return const_cast<rt::Value *>(globals_ + slot); }
  // Can no longer change: never assigned (a builtin), or assigned once, outside loops, already.
  bool isConstantGlobal(uint32_t slot) const {
    return storeCount_[slot] == 0 ||
           (storeCount_[slot] == 1 && !storeInLoop_[slot] && !globals_[slot].isError());
  }
  // The ir::Function of a function value's type (Type::Function), or nullptr.
  const Function *functionOf(const Type &fnType) const;

  const Module &module() const { return module_; }
  // Every specialization made so far, in creation order (for --explain and codegen).
  const std::vector<std::unique_ptr<Specialization>> &all() const { return all_; }

private:
  Specialization *find(const Function &fn, const std::vector<Type> &args);
  // The specialization a call of `callee` with `args` runs (defaults fill missing parameters).
  llvm::Expected<Specialization *> callee(const Type &callee, const std::vector<Type> &args);
  llvm::Error infer(Specialization &spec);

  const Module &module_;
  const rt::Value *globals_;
  std::vector<int> storeCount_;     // StoreGlobal instructions per slot, in all functions
  std::vector<bool> storeInLoop_;   // the (single) store sits in a module-level loop
  std::vector<std::unique_ptr<Specialization>> all_;
  std::vector<Specialization *> inProgress_;  // specializations being inferred (recursion)
  int depth_ = 0;
};

}  // namespace fastjit::ir
