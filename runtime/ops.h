// The generic (dynamically typed) Python operations: the one implementation of each semantic rule.
// The interpreter calls these for every operation; compiled code calls them on its slow paths and
// its fast paths must agree with them (the conformance suite runs every program in every mode).
//
// Conventions: a function returning Value returns Value::error() on failure with the exception
// pending (runtime/errors.h); one returning int returns -1 on failure. Arguments are borrowed.
#pragma once

#include "runtime/value.h"

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

namespace fastjit::rt {

enum class BinaryOp : uint8_t {
  Add, Sub, Mul, TrueDiv, FloorDiv, Mod, Pow, LShift, RShift, BitAnd, BitOr, BitXor,
};
enum class UnaryOp : uint8_t { Neg, Pos, Invert, Not };
enum class CompareOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge, Is, IsNot, In, NotIn };

// Python's spelling of each operator ("+", "//", "not in"), for error messages and for the AST and
// IR dumps. Inline so that the frontend and ir/ use them without linking the runtime library.
inline const char *binaryOpSymbol(BinaryOp op) {
  static constexpr const char *symbols[] = {"+", "-",  "*",  "/", "//", "%",
                                            "**", "<<", ">>", "&", "|",  "^"};
  return unsigned(op) < std::size(symbols) ? symbols[unsigned(op)] : "?";
}
inline const char *unaryOpSymbol(UnaryOp op) {
  static constexpr const char *symbols[] = {"-", "+", "~", "not"};
  return unsigned(op) < std::size(symbols) ? symbols[unsigned(op)] : "?";
}
inline const char *compareOpSymbol(CompareOp op) {
  static constexpr const char *symbols[] = {"<",  "<=", "==",     "!=", ">",
                                            ">=", "is", "is not", "in", "not in"};
  return unsigned(op) < std::size(symbols) ? symbols[unsigned(op)] : "?";
}

Value binaryOp(BinaryOp op, const Value &a, const Value &b);
// Augmented assignment: like binaryOp except where Python mutates in place (list += iterable).
Value inplaceOp(BinaryOp op, const Value &a, const Value &b);
Value unaryOp(UnaryOp op, const Value &a);
Value compare(CompareOp op, const Value &a, const Value &b);  // a Bool, or error
int truthy(const Value &a);                                    // 1, 0, or -1 on error
// The same comparison without boxing the result: 1 holds, 0 does not, -1 error (sort, min, max).
int compareBool(CompareOp op, const Value &a, const Value &b);
// a == b as a bool, for callers that cannot fail: containers nested past the recursion limit
// leave a RecursionError pending and give false (use compareBool(Eq) to see the error).
bool valuesEqual(const Value &a, const Value &b);
int contains(const Value &container, const Value &item);       // `item in container`: 1, 0, -1

Value getItem(const Value &container, const Value &index);
int setItem(const Value &container, const Value &index, const Value &value);  // 0 or -1
int delItem(const Value &container, const Value &index);
// Slices: start/stop/step are None where omitted.
Value getSlice(const Value &container, const Value &start, const Value &stop, const Value &step);
// CPython's slice.indices for a sequence of `length`: clamped start/stop, step and element count.
// false with TypeError/ValueError pending for non-int bounds or a zero step.
bool adjustSlice(int64_t length, const Value &start, const Value &stop, const Value &step,
                 int64_t &outStart, int64_t &outStop, int64_t &outStep, int64_t &count);

// Iteration: getIter returns an iterator object; iterNext returns 1 and sets `out`, 0 when
// exhausted, -1 on error.
Value getIter(const Value &iterable);
int iterNext(const Value &iterator, Value &out);

// Attribute read: module members (math.pi), methods bound to their receiver ([].append),
// complex .real/.imag, a function's __name__.
Value getAttr(const Value &obj, std::string_view name);

// Calls any callable (user function, builtin, bound method, type). kwNames names the last
// kwNames.size() of args; nargs counts them too.
struct KeywordNames;  // a tuple of interned names, defined in runtime/function.h
Value call(const Value &callee, const Value *args, size_t nargs, const KeywordNames *kwNames);

Value repr(const Value &a);  // a str object
Value str(const Value &a);   // a str object
// For C++ callers (messages); text of containers nested beyond the repr limit is cut short.
std::string reprString(const Value &a);
std::string strString(const Value &a);
// repr(a) / str(a) appended (print, join, f-strings); false with RecursionError pending for
// containers nested deeper than CPython can print.
bool appendRepr(std::string &out, const Value &a);
bool appendStr(std::string &out, const Value &a);
// format(value, spec) (f-strings "{x:spec}", str.format, the format builtin).
Value format(const Value &value, std::string_view spec);
bool appendFormat(std::string &out, const Value &value, std::string_view spec);  // false: error

std::string_view typeName(const Value &a);  // "int", "list", "builtin_function_or_method"

}  // namespace fastjit::rt
