// The type lattice of the specializer (DESIGN.md "Specialize on what is seen"): what inference
// (ir/infer.h) knows about the values a register can hold in one specialization of a function.
//
//   unknown (bottom: no value seen yet)
//   None, bool, int, float, complex, str, range           scalars and simple objects
//   list[elem]   elem mirrors the list storage strategies: int, float, complex, or dynamic (boxed
//                or not yet known); unknown for a list only ever seen empty; or list[...] for boxed
//                storage whose elements were all lists when specialized (a likely type: compiled
//                code checks each element it reads)
//   tuple[t0, t1, ...]
//   function/builtin/module values known at specialization time (calls go direct), iterators
//   small unions of the scalar kinds (int|float), split into typed paths by codegen
//   dynamic (top: any Value; operations go through runtime/ops.h)
//
// Types are small values compared structurally. join() is the lattice's least upper bound, with
// widening built in (unions of at most kMaxUnion scalars; anything else that disagrees is dynamic),
// so every fixpoint over it terminates. This file knows nothing about the IR or LLVM.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace fastjit::ir {

class Type {
public:
  enum class Kind : uint8_t {
    Unknown,   // bottom
    None,
    Bool,
    Int,
    Float,
    Complex,
    Str,
    Range,
    List,      // elem()
    Tuple,     // items()
    Function,  // a user function known at specialization time: ref() is its rt::FunctionObject
    Builtin,   // a builtin function (name(): "len", "abs", "math.sqrt"); ref() its object
    Module,    // name(): "math"
    Iterator,  // elem(): the iterated container's type (list[...], range, tuple, str)
    Union,     // items(): 2..kMaxUnion distinct scalar kinds, in Kind order
    Dynamic,   // top
  };
  static constexpr size_t kMaxUnion = 3;

  Type() = default;  // unknown
  static Type unknown() { return Type(); }
  static Type none() { return Type(Kind::None); }
  static Type boolean() { return Type(Kind::Bool); }
  static Type integer() { return Type(Kind::Int); }
  static Type floating() { return Type(Kind::Float); }
  static Type complex() { return Type(Kind::Complex); }
  static Type str() { return Type(Kind::Str); }
  static Type range() { return Type(Kind::Range); }
  static Type dynamic() { return Type(Kind::Dynamic); }
  static Type list(Type elem);  // elem is normalised to bool/int/float/complex/list/unknown/dynamic
  static Type tuple(std::vector<Type> items);
  static Type function(const void *ref, std::string name);
  static Type builtin(const void *ref, std::string name);
  static Type module(std::string name);
  static Type iterator(Type container);

  // Least upper bound (with widening to dynamic).
  static Type join(const Type &a, const Type &b);
  // Whether t is `partial` with its unknown parts filled in: list[list[int]] refines
  // list[list[unknown]] (a list of lists whose rows an earlier inference pass had not typed yet).
  static bool refines(const Type &t, const Type &partial);

  Kind kind() const { return kind_; }
  bool is(Kind k) const { return kind_ == k; }
  bool isUnknown() const { return kind_ == Kind::Unknown; }
  bool isDynamic() const { return kind_ == Kind::Dynamic; }
  // None, bool, int, float, complex: held unboxed by compiled code, may be union members.
  bool isScalar() const { return isScalarKind(kind_); }
  static bool isScalarKind(Kind k) {
    return k == Kind::None || k == Kind::Bool || k == Kind::Int || k == Kind::Float ||
           k == Kind::Complex;
  }
  // bool, int or float (the real numbers of Python's numeric tower).
  bool isReal() const { return kind_ == Kind::Bool || kind_ == Kind::Int || kind_ == Kind::Float; }
  bool isNumber() const { return isReal() || kind_ == Kind::Complex; }

  const Type &elem() const { return args_[0]; }             // List, Iterator
  const std::vector<Type> &items() const { return args_; }  // Tuple, Union
  const void *ref() const { return ref_; }                  // Function, Builtin
  const std::string &name() const { return name_; }         // Function, Builtin, Module

  // Does a value of type `member` belong to this type (int belongs to int|float)?
  bool contains(const Type &member) const;

  bool operator==(const Type &o) const;
  bool operator!=(const Type &o) const { return !(*this == o); }

  // `int`, `list[float]`, `int|float`, `tuple[int, str]`, `function fib`, `iter[range]`.
  std::string toString() const;

private:
  explicit Type(Kind k) : kind_(k) {}
  Kind kind_ = Kind::Unknown;
  std::vector<Type> args_;
  const void *ref_ = nullptr;
  std::string name_;
};

// The name codegen and tools use for one specialization: `fib[int]`, `norm[list[float],int]`.
std::string signatureName(const std::string &function, const std::vector<Type> &args);

}  // namespace fastjit::ir
