// Object lifetime and identity: allocation that fails with MemoryError instead of crashing,
// destroyObject (dispatching on the object's kind, no virtual destructors), and the immortal type
// objects with the type queries isinstance and error messages use.
#include "runtime/object.h"

#include "runtime/errors.h"
#include "runtime/function.h"
#include "runtime/iterator.h"
#include "runtime/list.h"
#include "runtime/modules.h"
#include "runtime/range.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include <cstdlib>
#include <new>
#include <vector>

namespace fastjit::rt {

void *allocBytes(size_t bytes) {
  void *p = bytes <= size_t(kMaxContainerBytes) ? std::malloc(bytes ? bytes : 1) : nullptr;
  if (!p) raise(ExcType::MemoryError, "");
  return p;
}

void *reallocBytes(void *old, size_t bytes) {
  void *p = bytes <= size_t(kMaxContainerBytes) ? std::realloc(old, bytes ? bytes : 1) : nullptr;
  if (!p) raise(ExcType::MemoryError, "");
  return p;
}

void freeBytes(void *p) { std::free(p); }

namespace {

// CPython's "trashcan": freeing a list that holds the last reference to another list recurses, so
// a chain of 200000 nested lists would overflow the C stack. Past a nesting depth, objects are
// queued and freed by the outermost destroyObject call instead.
constexpr int kMaxDestroyDepth = 1000;
thread_local int destroyDepth = 0;
thread_local std::vector<Object *> *destroyQueue = nullptr;

void destroyNow(Object *obj);

}  // namespace

void destroyObject(Object *obj) {
  if (destroyDepth >= kMaxDestroyDepth) {
    if (!destroyQueue) destroyQueue = new std::vector<Object *>();
    destroyQueue->push_back(obj);
    return;
  }
  ++destroyDepth;
  destroyNow(obj);
  --destroyDepth;
  if (destroyDepth == 0 && destroyQueue) {
    // Drain iteratively; freeing a queued object may queue more (at depth 1 it rarely does).
    while (!destroyQueue->empty()) {
      Object *next = destroyQueue->back();
      destroyQueue->pop_back();
      ++destroyDepth;
      destroyNow(next);
      --destroyDepth;
    }
    delete destroyQueue;
    destroyQueue = nullptr;
  }
}

namespace {

void destroyNow(Object *obj) {
  switch (obj->kind) {
  case ObjKind::Str:
    freeBytes(obj);
    return;
  case ObjKind::List:
    listFree(static_cast<ListObject *>(obj));
    return;
  case ObjKind::Tuple: {
    auto *t = static_cast<TupleObject *>(obj);
    for (int64_t i = 0; i < t->size; ++i) t->items()[i].~Value();
    freeBytes(t);
    return;
  }
  case ObjKind::Range:
    freeBytes(obj);
    return;
  case ObjKind::Function:
    delete static_cast<FunctionObject *>(obj);
    return;
  case ObjKind::BuiltinFunction:
    delete static_cast<BuiltinFunctionObject *>(obj);
    return;
  case ObjKind::BoundMethod:
    delete static_cast<BoundMethodObject *>(obj);
    return;
  case ObjKind::Module:
    delete static_cast<ModuleObject *>(obj);
    return;
  case ObjKind::Iterator:
    delete static_cast<IteratorObject *>(obj);
    return;
  case ObjKind::Type:
    return;  // type objects are immortal
  }
}

}  // namespace

namespace {

TypeObject makeType(TypeId id, const char *name) {
  TypeObject t;
  t.refcount = kImmortalRefcount;
  t.kind = ObjKind::Type;
  t.id = id;
  t.name = name;
  return t;
}

TypeObject typeTable[size_t(TypeId::Count)] = {
    makeType(TypeId::Int, "int"),
    makeType(TypeId::Float, "float"),
    makeType(TypeId::Complex, "complex"),
    makeType(TypeId::Bool, "bool"),
    makeType(TypeId::Str, "str"),
    makeType(TypeId::List, "list"),
    makeType(TypeId::Tuple, "tuple"),
    makeType(TypeId::Range, "range"),
    makeType(TypeId::NoneType, "NoneType"),
    makeType(TypeId::Function, "function"),
    makeType(TypeId::BuiltinFunction, "builtin_function_or_method"),
    makeType(TypeId::Module, "module"),
    makeType(TypeId::Type, "type"),
    makeType(TypeId::ListIterator, "list_iterator"),
    makeType(TypeId::TupleIterator, "tuple_iterator"),
    makeType(TypeId::StrIterator, "str_ascii_iterator"),
    makeType(TypeId::RangeIterator, "range_iterator"),
    makeType(TypeId::Enumerate, "enumerate"),
    makeType(TypeId::Zip, "zip"),
    makeType(TypeId::Reversed, "reversed"),
    makeType(TypeId::ListReverseIterator, "list_reverseiterator"),
    makeType(TypeId::RangeReverseIterator, "range_iterator"),
};

}  // namespace

TypeObject *typeObject(TypeId id) { return &typeTable[size_t(id)]; }

TypeId typeIdOf(const Value &v) {
  switch (v.tag()) {
  case Tag::Error:
  case Tag::None: return TypeId::NoneType;
  case Tag::Bool: return TypeId::Bool;
  case Tag::Int: return TypeId::Int;
  case Tag::Float: return TypeId::Float;
  case Tag::Complex: return TypeId::Complex;
  case Tag::Object: break;
  }
  switch (v.asObject()->kind) {
  case ObjKind::Str: return TypeId::Str;
  case ObjKind::List: return TypeId::List;
  case ObjKind::Tuple: return TypeId::Tuple;
  case ObjKind::Range: return TypeId::Range;
  case ObjKind::Function: return TypeId::Function;
  case ObjKind::BuiltinFunction:
  case ObjKind::BoundMethod: return TypeId::BuiltinFunction;
  case ObjKind::Module: return TypeId::Module;
  case ObjKind::Iterator: return iteratorTypeId(asIterator(v));
  case ObjKind::Type: return TypeId::Type;
  }
  return TypeId::NoneType;
}

bool isInstanceOf(const Value &v, TypeId t) {
  TypeId actual = typeIdOf(v);
  return actual == t || (t == TypeId::Int && actual == TypeId::Bool);
}

}  // namespace fastjit::rt
