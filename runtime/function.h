// Callable objects: user-defined Python functions, builtin functions (len, math.sin) and methods
// bound to their receiver ([].append). rt::call (ops.h) binds positional and keyword arguments to
// parameters with CPython's TypeError messages and then calls the function's `invoke` hook.
//
// The runtime does not know how a user function runs: `code` (the ir::Function) and `globals` are
// opaque here. The interpreter sets `invoke`; the JIT may swap it for compiled code later.
#pragma once

#include "runtime/object.h"

#include <string>
#include <string_view>
#include <vector>

namespace fastjit::rt {

// The names of the keyword arguments of one call site, in order: they name the last
// names.size() arguments. Owned by the call site (IR), borrowed by rt::call.
struct KeywordNames {
  std::vector<std::string> names;
  size_t size() const { return names.size(); }
};

struct FunctionObject;
// Receives exactly one argument per parameter, already bound (args[i] is parameter i).
using InvokeFn = Value (*)(FunctionObject *fn, const Value *args, size_t nargs);

struct FunctionObject : Object {
  std::string name;                 // __name__, and the name in traceback lines
  std::vector<std::string> params;  // positional parameter names
  std::vector<Value> defaults;      // defaults of the LAST defaults.size() parameters
  const void *code = nullptr;       // ir::Function (opaque to the runtime)
  void *globals = nullptr;          // the interpreter's globals (opaque)
  InvokeFn invoke = nullptr;
  void *jitData = nullptr;          // reserved for the JIT's specialization cache (not freed here)
};

inline bool isFunction(const Value &v) { return v.isObject(ObjKind::Function); }
inline FunctionObject *asFunction(const Value &v) {
  return static_cast<FunctionObject *>(v.asObject());
}

Value makeFunction(std::string name, std::vector<std::string> params, std::vector<Value> defaults,
                   const void *code, void *globals, InvokeFn invoke);

// Builtins receive all arguments of the call unbound; kw names the last kw->size() of them (kw may
// be null). Each builtin checks its own arity with CPython's messages.
using BuiltinFn = Value (*)(const Value *args, size_t nargs, const KeywordNames *kw);
struct BuiltinFunctionObject : Object {
  const char *name;  // "len", "sqrt"
  BuiltinFn fn;
};

// A method bound to its receiver: `self` is the list/str/complex/float.
using MethodFn = Value (*)(const Value &self, const Value *args, size_t nargs,
                           const KeywordNames *kw);
struct BoundMethodObject : Object {
  Value self;
  const char *name;  // "append"
  MethodFn fn;
};

// A statically allocated (immortal) builtin; use as `static BuiltinFunctionObject f = builtin(..)`.
BuiltinFunctionObject makeStaticBuiltin(const char *name, BuiltinFn fn);
Value makeBoundMethod(const Value &self, const char *name, MethodFn fn);

// The method `name` of self's type, or nullptr when it has none (callers raise AttributeError).
MethodFn findMethod(const Value &self, std::string_view name, const char **canonicalName);

// Calls self.name(args) without creating a bound-method object (the interpreter's fast path for
// `xs.append(v)`). Raises AttributeError like getAttr when there is no such method.
Value callMethod(const Value &self, std::string_view name, const Value *args, size_t nargs,
                 const KeywordNames *kw);

}  // namespace fastjit::rt
