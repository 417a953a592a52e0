// Type inference over the IR of one function for one tuple of argument types (one specialization).
//
// Registers are mutable slots (ir.h), so inference is flow-insensitive per register: a register's
// type is the join of the types of everything written to it, computed to a fixpoint. A variable
// that is int on one path and float on another gets the union int|float; codegen splits it.
// What inference cannot type precisely is not refused: the instruction is marked *generic* and its
// result is dynamic (any Value), so codegen lowers it to a call of the runtime operation the
// interpreter uses, on boxed Values (jit/codegen_dynamic.cpp). Precise types are kept wherever
// they are known, so typed code stays typed. The few constructs that remain refused (nested `def`)
// are an llvm::Error with the line and the reason ("line 7: cannot compile ...").
//
// What lies outside the function (globals, the return types of other specializations) is asked of
// an InferenceContext, which the specializer (ir/specialize.h) implements. This file must not know
// about LLVM code generation or the runtime's objects.
#pragma once

#include "ir/ir.h"
#include "ir/types.h"

#include "llvm/Support/Error.h"

#include <string>
#include <unordered_map>
#include <vector>

namespace fastjit::ir {

class InferenceContext {
public:
  virtual ~InferenceContext() = default;
  // The type of global slot `slot` when read by a function: only globals that cannot change while
  // the program runs may be typed (functions, modules, builtins, constants assigned once); for
  // others return an Error with the reason.
  virtual llvm::Expected<Type> globalType(uint32_t slot) = 0;
  // The return type of calling user function `callee` (a Type::Function) with `args`. Unknown is
  // allowed while that specialization is itself being inferred (recursion); the specializer then
  // iterates to a fixpoint.
  virtual llvm::Expected<Type> callReturnType(const Type &callee, const std::vector<Type> &args) = 0;
  // Whether that call may change the storage strategy of a list it is given (the callee, or one
  // of its callees, stores an element of another type): the caller's typed reads of its own lists
  // must then become generic. Asked after callReturnType succeeded for the same call.
  virtual bool callMayChangeListStorage(const Type &callee, const std::vector<Type> &args) {
    (void)callee, (void)args;
    return false;
  }
  // The type of `module.attr`: a builtin function known by name (called directly), a float
  // constant (math.pi), or dynamic (read at run time).
  virtual Type moduleMemberType(const std::string &module, const std::string &attr) {
    (void)module, (void)attr;
    return Type::dynamic();
  }
};

struct FunctionTypes {
  std::vector<Type> regs;  // one per register of the function
  Type result;             // join of every returned value (unknown: never returns normally)
  // Instructions lowered generically (on boxed Values, through the runtime's own operations),
  // with the type of their result: dynamic, or what the operation always gives (int(x) is an int,
  // int ** int an int|float), unboxed after the call.
  std::unordered_map<const Instruction *, Type> generic;
  // Some list this function touches may change storage strategy (it stores an element of another
  // type, or passes the list to code that may): callers passing it typed lists read them
  // generically (InferenceContext::callMayChangeListStorage).
  bool changesListStorage = false;
  bool isGeneric(const Instruction &inst) const { return generic.count(&inst) != 0; }
  Type genericResult(const Instruction &inst) const {
    auto it = generic.find(&inst);
    return it == generic.end() ? Type::dynamic() : it->second;
  }
};

// Refusal errors read "line N: cannot compile ...".
llvm::Expected<FunctionTypes> inferTypes(const Function &fn, const std::vector<Type> &args,
                                         InferenceContext &ctx);

// The type of `a op b` for two scalar kinds (None, bool, int, float, complex); unknown when it is
// not compiled. exponentIntegral: b holds an integral value (an int, or a float constant such as
// 2.0); exponentNonNegative: b is a constant >= 0 (int ** int is then an int, else int|float).
Type binaryScalarType(rt::BinaryOp op, Type::Kind a, Type::Kind b, bool exponentIntegral,
                      bool exponentNonNegative);

// Result types of builtins codegen implements natively (len, abs, math.sqrt, ...): unknown when the
// builtin or this combination of argument types is not supported.
Type builtinResultType(const std::string &name, const std::vector<Type> &args);
// The one number type (int, float, bool or complex) every item of a tuple type has, else
// dynamic: compiled code iterates such a tuple unboxed (`for d in (-1, 0, 1)`).
Type tupleItemType(const Type &tuple);

// The type every successful call of builtin `name` returns whatever its arguments (int(x) is an
// int, str(x) a str, time.perf_counter() a float), or unknown. Such calls go through rt::call
// when their arguments are not typed, and the result is unboxed.
Type fixedResultType(const std::string &name, size_t nargs);

// Readable dump of the registers' types (for --emit=typed-ir and tests): "%x: int" per line, then
// "generic line N: op ..." for the instructions lowered on boxed values.
std::string typesText(const Function &fn, const FunctionTypes &types);

}  // namespace fastjit::ir
