// Function objects and rt::call: binding positional and keyword arguments to a user function's
// parameters with CPython's TypeError messages, then invoking it; dispatch for builtins, bound
// methods and type objects. The binding fast path (positional only, exact count) copies nothing.
#include "runtime/function.h"

#include "runtime/builtins.h"
#include "runtime/callargs.h"
#include "runtime/errors.h"
#include "runtime/ops.h"

#include <fmt/format.h>

namespace fastjit::rt {

Value makeFunction(std::string name, std::vector<std::string> params, std::vector<Value> defaults,
                   const void *code, void *globals, InvokeFn invoke) {
  auto *f = new (std::nothrow) FunctionObject();
  if (!f) return raise(ExcType::MemoryError, "");
  f->refcount = 1;
  f->kind = ObjKind::Function;
  f->name = std::move(name);
  f->params = std::move(params);
  f->defaults = std::move(defaults);
  f->code = code;
  f->globals = globals;
  f->invoke = invoke;
  return Value::adopt(f);
}

BuiltinFunctionObject makeStaticBuiltin(const char *name, BuiltinFn fn) {
  BuiltinFunctionObject b;
  b.refcount = kImmortalRefcount;
  b.kind = ObjKind::BuiltinFunction;
  b.name = name;
  b.fn = fn;
  return b;
}

Value makeBoundMethod(const Value &self, const char *name, MethodFn fn) {
  auto *m = new (std::nothrow) BoundMethodObject();
  if (!m) return raise(ExcType::MemoryError, "");
  m->refcount = 1;
  m->kind = ObjKind::BoundMethod;
  m->self = self;
  m->name = name;
  m->fn = fn;
  return Value::adopt(m);
}

Value callMethod(const Value &self, std::string_view name, const Value *args, size_t nargs,
                 const KeywordNames *kw) {
  const char *canonical = nullptr;
  MethodFn fn = findMethod(self, name, &canonical);
  if (!fn) return getAttr(self, name);  // raises the AttributeError (or finds a non-method)
  return fn(self, args, nargs, kw);
}

namespace {

// "'a', 'b', and 'c'" / "'a' and 'b'" / "'a'", as CPython's format_missing.
std::string nameList(const std::vector<std::string_view> &names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += fmt::format("'{}'", names[i]);
  }
  return out;
}

Value tooManyPositional(const FunctionObject *f, size_t given) {
  size_t n = f->params.size(), nd = f->defaults.size();
  std::string takes = nd ? fmt::format("from {} to {}", n - nd, n) : fmt::format("{}", n);
  return raise(ExcType::TypeError,
               fmt::format("{}() takes {} positional argument{} but {} {} given", f->name, takes,
                           n == 1 && !nd ? "" : "s", given, given == 1 ? "was" : "were"));
}

// The general binder: keywords and/or defaults.
Value bindAndInvoke(FunctionObject *f, const Value *args, size_t nargs, const KeywordNames *kw) {
  size_t nkw = kw ? kw->size() : 0;
  size_t npos = nargs - nkw;
  size_t n = f->params.size();
  if (npos > n) return tooManyPositional(f, npos);
  constexpr size_t kInline = 8;
  Value inlineSlots[kInline];
  std::vector<Value> heapSlots;
  Value *slots = inlineSlots;
  if (n > kInline) {
    heapSlots.resize(n);
    slots = heapSlots.data();
  }
  bool filledInline[kInline] = {};
  std::vector<bool> filledHeap(n > kInline ? n : 0);
  auto filled = [&](size_t i) -> bool { return n > kInline ? bool(filledHeap[i]) : filledInline[i]; };
  auto fill = [&](size_t i) {
    if (n > kInline) filledHeap[i] = true;
    else filledInline[i] = true;
  };
  for (size_t i = 0; i < npos; ++i) {
    slots[i] = args[i];
    fill(i);
  }
  for (size_t k = 0; k < nkw; ++k) {
    const std::string &name = kw->names[k];
    size_t i = 0;
    while (i < n && f->params[i] != name) ++i;
    if (i == n)
      return raise(ExcType::TypeError,
                   fmt::format("{}() got an unexpected keyword argument '{}'", f->name, name));
    if (filled(i))
      return raise(ExcType::TypeError,
                   fmt::format("{}() got multiple values for argument '{}'", f->name, name));
    slots[i] = args[npos + k];
    fill(i);
  }
  size_t firstDefault = n - f->defaults.size();
  std::vector<std::string_view> missing;
  for (size_t i = 0; i < n; ++i) {
    if (filled(i)) continue;
    if (i >= firstDefault) slots[i] = f->defaults[i - firstDefault];
    else missing.push_back(f->params[i]);
  }
  if (!missing.empty())
    return raise(ExcType::TypeError,
                 fmt::format("{}() missing {} required positional argument{}: {}", f->name,
                             missing.size(), missing.size() == 1 ? "" : "s", nameList(missing)));
  return f->invoke(f, slots, n);
}

}  // namespace

bool raiseNotExactlyOne(const char *qualname, size_t n) {
  raise(ExcType::TypeError, fmt::format("{}() takes exactly one argument ({} given)", qualname, n));
  return false;
}

Value call(const Value &callee, const Value *args, size_t nargs, const KeywordNames *kw) {
  if (callee.isObject()) {
    Object *o = callee.asObject();
    switch (o->kind) {
    case ObjKind::Function: {
      auto *f = static_cast<FunctionObject *>(o);
      if ((!kw || kw->size() == 0) && nargs == f->params.size()) return f->invoke(f, args, nargs);
      return bindAndInvoke(f, args, nargs, kw);
    }
    case ObjKind::BuiltinFunction:
      return static_cast<BuiltinFunctionObject *>(o)->fn(args, nargs, kw);
    case ObjKind::BoundMethod: {
      auto *m = static_cast<BoundMethodObject *>(o);
      return m->fn(m->self, args, nargs, kw);
    }
    case ObjKind::Type:
      return callType(callee, args, nargs, kw);
    default:
      break;
    }
  }
  return raise(ExcType::TypeError, fmt::format("'{}' object is not callable", typeName(callee)));
}

}  // namespace fastjit::rt
