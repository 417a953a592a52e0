// The multi-step instruction semantics of runtime/instructions.h, shared by the interpreter and
// compiled code. Moved here from the interpreter's slow paths so that there is one copy.
#include "runtime/instructions.h"

#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include "llvm/ADT/SmallVector.h"

#include <string>

namespace fastjit::rt {

bool unpackSequence(const Value &src, int64_t want, Value *out) {
  llvm::SmallVector<Value, 8> items;
  auto countError = [&](int64_t got) {
    if (got < want)
      raise(ExcType::ValueError, "not enough values to unpack (expected " + std::to_string(want) +
                                     ", got " + std::to_string(got) + ")");
    else
      raise(ExcType::ValueError, "too many values to unpack (expected " + std::to_string(want) + ")");
    return false;
  };
  if (isTuple(src)) {
    TupleObject *t = asTuple(src);
    if (t->size != want) return countError(t->size);
    items.assign(t->items(), t->items() + t->size);
  } else if (isList(src)) {
    ListObject *l = asList(src);
    if (l->size != want) return countError(l->size);
    for (int64_t i = 0; i < want; ++i) items.push_back(listGet(l, i));
  } else {
    if (!src.isObject() || src.isObject(ObjKind::Function) || src.isObject(ObjKind::Module) ||
        src.isObject(ObjKind::BuiltinFunction) || src.isObject(ObjKind::Type) ||
        src.isObject(ObjKind::BoundMethod)) {
      raise(ExcType::TypeError, "cannot unpack non-iterable " + std::string(typeName(src)) + " object");
      return false;
    }
    Value it = getIter(src);
    if (it.isError()) return false;
    // CPython takes want items, then checks that the iterator is exhausted (one more next()).
    for (;;) {
      Value item;
      int r = iterNext(it, item);
      if (r < 0) return false;
      if (r == 0) break;
      items.push_back(std::move(item));
      if (int64_t(items.size()) > want) {
        raise(ExcType::ValueError, "too many values to unpack (expected " + std::to_string(want) + ")");
        return false;
      }
    }
    if (int64_t(items.size()) != want) return countError(int64_t(items.size()));
  }
  for (int64_t i = 0; i < want; ++i) out[i] = std::move(items[i]);
  return true;
}

Value formatPiece(const Value &value, int conversion, std::string_view spec) {
  Value v = value;
  if (conversion == 1) v = str(v);
  else if (conversion == 2) v = repr(v);
  if (v.isError()) return v;
  if (spec.empty() && isStr(v)) return v;
  return format(v, spec);
}

Value concatStrings(const Value *pieces, size_t n) {
  if (n == 1) return pieces[0];
  std::string text;
  for (size_t i = 0; i < n; ++i) text += strView(pieces[i]);
  return makeStr(text);
}

Value builtinOrNameError(std::string_view name) {
  Value b = lookupBuiltin(name);
  if (b.isError()) return raise(ExcType::NameError, "name '" + std::string(name) + "' is not defined");
  return b;
}

void raiseAssertion(const Value *message) {
  if (!message) {
    raise(ExcType::AssertionError, "");
    return;
  }
  Value msg = str(*message);
  if (!msg.isError()) raise(ExcType::AssertionError, std::string(strView(msg)));
}

bool forRangeInit(const Value &callee, const Value *args, size_t nargs, Value *out) {
  static const Value builtinRange = lookupBuiltin("range");
  if (callee.isObject() && callee.asObject() == builtinRange.asObject()) {
    int64_t v[3] = {0, 0, 0};
    for (size_t i = 0; i < nargs && i < 3; ++i) {
      const Value &a = args[i];
      if (!a.isInt() && !a.isBool()) {
        raise(ExcType::TypeError,
              "'" + std::string(typeName(a)) + "' object cannot be interpreted as an integer");
        return false;
      }
      v[i] = a.asInt();
    }
    int64_t start = nargs == 1 ? 0 : v[0], stop = nargs == 1 ? v[0] : v[1], step = nargs == 3 ? v[2] : 1;
    if (step == 0) {
      raise(ExcType::ValueError, "range() arg 3 must not be zero");
      return false;
    }
    out[0] = Value::integer(start);
    out[1] = Value::integer(stop);
    out[2] = Value::integer(step);
    return true;
  }
  // `range` was rebound: call whatever it is now and iterate the result generically.
  Value result = call(callee, args, nargs, nullptr);
  if (result.isError()) return false;
  Value it = getIter(result);
  if (it.isError()) return false;
  out[0] = std::move(it);
  out[1] = Value::none();
  out[2] = Value::none();
  return true;
}

int forRangeNext(Value &cur, const Value &stop, const Value &step, Value &item) {
  if (step.isInt()) {
    int64_t c = cur.asInt(), s = step.asInt(), e = stop.asInt();
    if (!(s > 0 ? c < e : c > e)) return 0;
    item = Value::integer(c);
    int64_t n;
    if (__builtin_add_overflow(c, s, &n)) n = e;  // past the end either way
    cur = Value::integer(n);
    return 1;
  }
  return iterNext(cur, item);
}

}  // namespace fastjit::rt
