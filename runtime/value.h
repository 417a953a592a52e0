// The tagged value every dynamic part of fastjit passes around: the interpreter's registers, the
// elements of boxed lists and tuples, arguments at the boundary between interpreted and compiled code.
//
// Immediates (None, bool, int, float, complex) live inline; everything else is a refcounted heap
// Object. A Value owns one reference to its object: copying increments, destruction decrements.
// The layout is fixed and standard (tag, then a 16-byte payload) because compiled code reads and
// writes Values directly; do not add members or reorder.
//
// A Value with tag Error is not a Python value: it is the failure result of an operation, meaning
// "a Python exception is pending in this thread" (see runtime/errors.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace fastjit::rt {

enum class Tag : uint8_t {
  Error = 0,  // failure result: an exception is pending (never stored in a container)
  None,
  Bool,
  Int,     // 64-bit signed; results that do not fit raise OverflowError
  Float,
  Complex,
  Object,  // heap object; its kind is in Object::kind
};

// Kinds of heap object. Each is defined in its own runtime header.
enum class ObjKind : uint8_t {
  Str,
  List,
  Tuple,
  Range,
  Function,        // a user-defined Python function
  BuiltinFunction, // len, print, math.sin, ...
  BoundMethod,     // [].append bound to its list, "".join bound to its string
  Module,          // math, time, random, sys
  Iterator,        // list/tuple/str/range iterators, enumerate, zip, reversed
  Type,            // int, float, str, ... as values (isinstance, calls)
};

struct Complex {
  double re;
  double im;
};

// Common header of every heap object. Objects are created with refcount 1 by their factories.
struct Object {
  int64_t refcount;
  ObjKind kind;
};

void destroyObject(Object *obj);  // frees an object whose refcount reached zero (runtime/object.cpp)

inline void incref(Object *o) { ++o->refcount; }
inline void decref(Object *o) {
  if (--o->refcount == 0) destroyObject(o);
}

class Value {
public:
  Value() : tag_(Tag::None) { payload_.i = 0; }
  static Value none() { return Value(); }
  static Value error() { Value v; v.tag_ = Tag::Error; return v; }
  static Value boolean(bool b) { Value v; v.tag_ = Tag::Bool; v.payload_.i = b; return v; }
  static Value integer(int64_t i) { Value v; v.tag_ = Tag::Int; v.payload_.i = i; return v; }
  static Value floating(double f) { Value v; v.tag_ = Tag::Float; v.payload_.f = f; return v; }
  static Value complex(double re, double im) {
    Value v; v.tag_ = Tag::Complex; v.payload_.c = {re, im}; return v;
  }
  // Takes over the caller's reference (a freshly created object has refcount 1).
  static Value adopt(Object *o) { Value v; v.tag_ = Tag::Object; v.payload_.o = o; return v; }
  // Adds a reference of its own.
  static Value borrow(Object *o) { incref(o); return adopt(o); }

  Value(const Value &other) : tag_(other.tag_), payload_(other.payload_) {
    if (tag_ == Tag::Object) incref(payload_.o);
  }
  Value(Value &&other) noexcept : tag_(other.tag_), payload_(other.payload_) {
    other.tag_ = Tag::None;
  }
  Value &operator=(const Value &other) {
    if (other.tag_ == Tag::Object) incref(other.payload_.o);
    release();
    tag_ = other.tag_;
    payload_ = other.payload_;
    return *this;
  }
  Value &operator=(Value &&other) noexcept {
    if (this != &other) {
      release();
      tag_ = other.tag_;
      payload_ = other.payload_;
      other.tag_ = Tag::None;
    }
    return *this;
  }
  ~Value() { release(); }

  Tag tag() const { return tag_; }
  bool isError() const { return tag_ == Tag::Error; }
  bool isNone() const { return tag_ == Tag::None; }
  bool isBool() const { return tag_ == Tag::Bool; }
  bool isInt() const { return tag_ == Tag::Int; }
  bool isFloat() const { return tag_ == Tag::Float; }
  bool isComplex() const { return tag_ == Tag::Complex; }
  bool isObject() const { return tag_ == Tag::Object; }
  bool isObject(ObjKind k) const { return tag_ == Tag::Object && payload_.o->kind == k; }

  bool asBool() const { return payload_.i != 0; }
  int64_t asInt() const { return payload_.i; }  // also valid for Bool (0 or 1)
  double asFloat() const { return payload_.f; }
  Complex asComplex() const { return payload_.c; }
  Object *asObject() const { return payload_.o; }

  // Gives up ownership of the object reference without decrementing (for compiled-code ABI).
  Object *release_object() { tag_ = Tag::None; return payload_.o; }

private:
  void release() {
    if (tag_ == Tag::Object) decref(payload_.o);
  }

  Tag tag_;
  union Payload {
    int64_t i;
    double f;
    Complex c;
    Object *o;
  } payload_;
};

static_assert(sizeof(Value) == 24, "compiled code relies on the Value layout");

}  // namespace fastjit::rt
