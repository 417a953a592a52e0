// Shared helpers for heap objects: allocation with MemoryError instead of a crash, immortal
// (statically allocated) objects, and the Python type objects (`int`, `list`, ...) as values.
//
// Every concrete object struct (StrObject, ListObject, ...) derives from rt::Object (value.h) and
// lives in its own header; this file only holds what they all share. It must not grow operations.
#pragma once

#include "runtime/value.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace fastjit::rt {

// Objects created at static-initialisation time (type objects, builtins, modules, small strings)
// start with this refcount, so incref/decref never reach zero and never free them.
inline constexpr int64_t kImmortalRefcount = int64_t(1) << 60;

// malloc that raises MemoryError (and returns nullptr) when the request cannot be satisfied.
// Sizes are checked before multiplying by the callers: pass the byte count, already checked.
void *allocBytes(size_t bytes);
void *reallocBytes(void *p, size_t bytes);  // nullptr + MemoryError on failure; p is still valid
void freeBytes(void *p);

// Largest element count a container may ask for. Beyond it we raise MemoryError up front instead of
// letting the system allocator overcommit and the process die later ([0] * 10**12).
inline constexpr int64_t kMaxContainerBytes = int64_t(1) << 38;  // 256 GiB

// The Python types that are values: `int`, `float`, `isinstance(x, (int, float))`, `print(int)`.
enum class TypeId : uint8_t {
  Int, Float, Complex, Bool, Str, List, Tuple, Range, NoneType,
  Function, BuiltinFunction, Module, Type,
  ListIterator, TupleIterator, StrIterator, RangeIterator, Enumerate, Zip, Reversed,
  ListReverseIterator, RangeReverseIterator,
  Count
};

struct TypeObject : Object {
  TypeId id;
  const char *name;  // "int", "builtin_function_or_method"
};

// The immortal type object for `id` (borrowed; wrap with Value::borrow to keep it).
TypeObject *typeObject(TypeId id);
// The type of any Value (bool -> Bool, not Int).
TypeId typeIdOf(const Value &v);
// isinstance semantics for one builtin type: bool is an int.
bool isInstanceOf(const Value &v, TypeId t);

}  // namespace fastjit::rt
