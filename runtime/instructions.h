// The semantics of the IR instructions that are more than one runtime operation (ir/ir.h): unpacking,
// f-string pieces, the global-or-builtin lookup, assert, and the range-loop protocol. The
// interpreter (runtime/interp/) and compiled code's generic paths (jit/runtime_dynamic.cpp) both
// call these, so each rule and each CPython message is written once.
//
// Conventions as in runtime/ops.h: arguments are borrowed; failure is Value::error() / false / -1
// with the Python exception pending. Nothing here knows about registers, the IR or LLVM.
#pragma once

#include "runtime/value.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace fastjit::rt {

// UnpackSequence: the `want` items of iterable `src` into out[0..want) (assigned), with CPython's
// "not enough values to unpack (expected 3, got 2)" / "too many values to unpack (expected 2)".
bool unpackSequence(const Value &src, int64_t want, Value *out);

// FormatValue: format(value after the conversion (0 none, 1 !s, 2 !r), spec).
Value formatPiece(const Value &value, int conversion, std::string_view spec);
// BuildString: the concatenation of str pieces.
Value concatStrings(const Value *pieces, size_t n);

// LoadGlobal of an unbound slot: the builtin called `name`, else NameError "name 'x' is not defined".
Value builtinOrNameError(std::string_view name);

// RaiseAssert: AssertionError(str(*message)), or without message when message is null. Always
// leaves an exception pending.
void raiseAssertion(const Value *message);

// ForRangeInit (ir.h): out[0..3) = cur, stop, step. With the builtin range as callee the arguments
// must be ints (TypeError) and the step non-zero (ValueError); any other callee is called and its
// result iterated generically (cur = the iterator, stop = step = None).
bool forRangeInit(const Value &callee, const Value *args, size_t nargs, Value *out);
// ForRangeNext (ir.h): 1 with `item` set and `cur` advanced, 0 when the loop is over, -1 on error.
int forRangeNext(Value &cur, const Value &stop, const Value &step, Value &item);

}  // namespace fastjit::rt
