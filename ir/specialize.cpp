// The specialization cache and the InferenceContext behind it (see specialize.h).
//
// Recursion: while a specialization is being inferred, calls to it (or to any other in progress)
// see its current return type, starting at unknown. When the outermost get() finishes, every
// specialization it created is re-inferred until no return type changes, so mutual recursion
// reaches the same fixpoint as self-recursion.
#include "ir/specialize.h"

#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/modules.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include <algorithm>

namespace fastjit::ir {

using K = Type::Kind;

namespace {

llvm::Error error(const std::string &msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), msg);
}

// Blocks of fn that lie on a cycle of its CFG (a store there may run many times).
std::vector<bool> blocksInLoops(const Function &fn) {
  size_t n = fn.blocks.size();
  std::vector<bool> inLoop(n, false);
  for (size_t start = 0; start < n; ++start) {
    // Is `start` reachable from its own successors?
    std::vector<bool> seen(n, false);
    std::vector<BlockId> work;
    const Instruction &t = fn.blocks[start].terminator();
    for (unsigned i = 0; i < t.numTargets(); ++i) work.push_back(t.targets[i]);
    while (!work.empty()) {
      BlockId b = work.back();
      work.pop_back();
      if (b >= n || seen[b]) continue;
      seen[b] = true;
      if (b == start) { inLoop[start] = true; break; }
      const Instruction &bt = fn.blocks[b].terminator();
      for (unsigned i = 0; i < bt.numTargets(); ++i) work.push_back(bt.targets[i]);
    }
  }
  return inLoop;
}

}  // namespace

rt::Value constantValue(const Constant &c) {
  switch (c.kind) {
  case Constant::Kind::None: return rt::Value::none();
  case Constant::Kind::Bool: return rt::Value::boolean(c.i != 0);
  case Constant::Kind::Int: return rt::Value::integer(c.i);
  case Constant::Kind::Float: return rt::Value::floating(c.f);
  case Constant::Kind::Complex: return rt::Value::complex(c.f, c.im);
  case Constant::Kind::Str: return rt::makeStr(c.s);
  }
  return rt::Value::none();
}

Type typeOfValue(const rt::Value &v) {
  switch (v.tag()) {
  case rt::Tag::None: return Type::none();
  case rt::Tag::Bool: return Type::boolean();
  case rt::Tag::Int: return Type::integer();
  case rt::Tag::Float: return Type::floating();
  case rt::Tag::Complex: return Type::complex();
  case rt::Tag::Error: return Type::dynamic();
  case rt::Tag::Object: break;
  }
  switch (v.asObject()->kind) {
  case rt::ObjKind::Str: return Type::str();
  case rt::ObjKind::Range: return Type::range();
  case rt::ObjKind::List:
    switch (rt::asList(v)->storage) {
    case rt::ListStorage::Empty: return Type::list(Type::unknown());
    case rt::ListStorage::Int: return Type::list(Type::integer());
    case rt::ListStorage::Float: return Type::list(Type::floating());
    case rt::ListStorage::Complex: return Type::list(Type::complex());
    case rt::ListStorage::Bool: return Type::list(Type::boolean());
    case rt::ListStorage::Boxed: {
      // A list of lists (a grid, a list of bodies) is typed by its rows when they all agree:
      // a likely type, checked by compiled code at every element read. Every row is looked at
      // (one tag and storage test each, small next to the call it types): a row of another
      // storage anywhere makes the list generic rather than failing a guard later.
      const rt::ListObject *l = rt::asList(v);
      Type rows;
      for (int64_t i = 0; i < l->size; ++i) {
        if (!rt::isList(l->boxed[i])) return Type::list(Type::dynamic());
        Type row = typeOfValue(l->boxed[i]);
        if (!rows.isUnknown() && row != rows) return Type::list(Type::dynamic());
        rows = row;
      }
      return Type::list(rows.isUnknown() ? Type::dynamic() : rows);
    }
    }
    return Type::dynamic();
  case rt::ObjKind::Tuple: {
    const rt::TupleObject *t = rt::asTuple(v);
    if (t->size > 8) return Type::dynamic();
    std::vector<Type> items;
    for (int64_t i = 0; i < t->size; ++i) items.push_back(typeOfValue(t->items()[i]));
    return Type::tuple(std::move(items));
  }
  case rt::ObjKind::Function: {
    auto *f = rt::asFunction(v);
    return Type::function(f, f->name);
  }
  default: return Type::dynamic();
  }
}

Specializer::Specializer(const Module &module, const rt::Value *globals)
    : module_(module), globals_(globals) {
  size_t n = module.globals.size();
  storeCount_.assign(n, 0);
  storeInLoop_.assign(n, false);
  for (size_t f = 0; f < module.functions.size(); ++f) {
    const Function &fn = *module.functions[f];
    std::vector<bool> loops = f == 0 ? blocksInLoops(fn) : std::vector<bool>(fn.blocks.size());
    for (size_t b = 0; b < fn.blocks.size(); ++b)
      for (const Instruction &inst : fn.blocks[b].insts)
        if (inst.op == Op::StoreGlobal && inst.imm < n) {
          ++storeCount_[inst.imm];
          // A store inside a function may run any number of times.
          if (f != 0 || loops[b]) storeInLoop_[inst.imm] = true;
        }
  }
}

llvm::Expected<Type> Specializer::globalType(uint32_t slot) {
  const std::string &name = module_.globals[slot];
  // Anything that is not a compile-time constant is read from the global table at run time
  // (dynamic): assigned more than once, not assigned yet, or a mutable object such as a list.
  if (storeCount_[slot] == 0) {
    rt::Value b = rt::lookupBuiltin(name);
    if (b.isError()) return Type::dynamic();  // NameError at run time, as the interpreter
    return Type::builtin(nullptr, name);
  }
  if (storeCount_[slot] > 1 || storeInLoop_[slot]) return Type::dynamic();
  const rt::Value &v = globals_[slot];
  if (v.isError()) return Type::dynamic();
  Type t = typeOfGlobalValue(name, v);
  if (t.isScalar() || t.is(K::Function) || t.is(K::Module) || t.is(K::Builtin)) return t;
  return Type::dynamic();
}

Type typeOfGlobalValue(const std::string &name, const rt::Value &v) {
  if (v.isObject(rt::ObjKind::Module)) return Type::module(name);
  if (v.isObject(rt::ObjKind::BuiltinFunction)) {
    // `from math import sqrt`: find which module (or the builtins) the object comes from, so
    // calls compile like math.sqrt(x).
    auto *b = static_cast<const rt::BuiltinFunctionObject *>(v.asObject());
    for (const char *mod : {"math", "random"}) {
      rt::Value m = rt::importModule(mod);
      if (m.isError()) { rt::clearPending(); continue; }
      rt::Value attr = rt::moduleGetAttr(rt::asModule(m), b->name);
      if (attr.isError()) { rt::clearPending(); continue; }
      if (attr.isObject() && attr.asObject() == b) return Type::builtin(b, std::string(mod) + "." + b->name);
    }
    rt::Value builtin = rt::lookupBuiltin(b->name);
    if (!builtin.isError() && builtin.isObject() && builtin.asObject() == b)
      return Type::builtin(b, b->name);
  }
  return typeOfValue(v);
}

Type Specializer::moduleMemberType(const std::string &module, const std::string &attr) {
  rt::Value m = rt::importModule(module);
  if (m.isError()) {
    rt::clearPending();
    return Type::dynamic();
  }
  rt::Value v = rt::moduleGetAttr(rt::asModule(m), attr);
  if (v.isError()) {
    rt::clearPending();
    return Type::dynamic();  // AttributeError at run time
  }
  if (v.isObject(rt::ObjKind::BuiltinFunction))
    return Type::builtin(v.asObject(), module + "." + attr);
  if (v.isFloat()) return Type::floating();
  return Type::dynamic();
}

const Function *Specializer::functionOf(const Type &fnType) const {
  if (!fnType.is(K::Function) || !fnType.ref()) return nullptr;
  auto *obj = static_cast<const rt::FunctionObject *>(fnType.ref());
  return static_cast<const Function *>(obj->code);
}

llvm::Expected<Specialization *> Specializer::callee(const Type &callee,
                                                      const std::vector<Type> &args) {
  const Function *fn = functionOf(callee);
  if (!fn) return error("cannot compile a call of " + callee.toString());
  auto *obj = static_cast<const rt::FunctionObject *>(callee.ref());
  if (args.size() != fn->numParams) {
    // Defaults fill the missing trailing parameters.
    size_t missing = fn->numParams - std::min<size_t>(args.size(), fn->numParams);
    if (args.size() > fn->numParams || missing > obj->defaults.size())
      return error("cannot compile a call of " + obj->name + " with " +
                   std::to_string(args.size()) + " arguments");
  }
  std::vector<Type> full = args;
  for (size_t i = args.size(); i < fn->numParams; ++i)
    full.push_back(typeOfValue(obj->defaults[obj->defaults.size() - (fn->numParams - i)]));
  return get(*fn, full);
}

llvm::Expected<Type> Specializer::callReturnType(const Type &callee, const std::vector<Type> &args) {
  auto spec = this->callee(callee, args);
  if (!spec) return spec.takeError();
  return (*spec)->types.result;
}

bool Specializer::callMayChangeListStorage(const Type &callee, const std::vector<Type> &args) {
  auto spec = this->callee(callee, args);
  if (!spec) {
    llvm::consumeError(spec.takeError());
    return true;  // not compiled: anything may happen to the lists
  }
  return (*spec)->types.changesListStorage;
}

Specialization *Specializer::find(const Function &fn, const std::vector<Type> &args) {
  for (auto &s : all_)
    if (s->fn == &fn && s->args == args) return s.get();
  return nullptr;
}

llvm::Error Specializer::infer(Specialization &spec) {
  for (int round = 0; round < 20; ++round) {
    auto types = inferTypes(*spec.fn, spec.args, *this);
    if (!types) return types.takeError();
    bool stable = types->result == spec.types.result &&
                  types->changesListStorage == spec.types.changesListStorage;
    spec.types = std::move(*types);
    if (stable) return llvm::Error::success();
  }
  return error("line " + std::to_string(spec.fn->line) + ": cannot compile " + spec.fn->name +
               ": its return type does not settle");
}

llvm::Expected<Specialization *> Specializer::get(const Function &fn, const std::vector<Type> &args) {
  if (Specialization *s = find(fn, args)) {
    if (!s->error.empty()) return error(s->error);
    return s;  // ready, or in progress (recursion): its current types
  }
  auto owned = std::make_unique<Specialization>();
  Specialization *spec = owned.get();
  spec->fn = &fn;
  spec->args = args;
  spec->name = signatureName(fn.name, args);
  spec->symbol = spec->name;
  int sameName = 0;
  for (const auto &f : module_.functions) {
    if (f.get() == &fn) break;
    if (f->name == fn.name) ++sameName;
  }
  if (sameName) spec->symbol = signatureName(fn.name + "#" + std::to_string(sameName + 1), args);
  size_t firstNew = all_.size();
  all_.push_back(std::move(owned));

  ++depth_;
  llvm::Error err = infer(*spec);
  // The outermost request settles everything created under it (mutual recursion).
  if (!err && depth_ == 1) {
    for (int round = 0; round < 20 && !err; ++round) {
      bool changed = false;
      for (size_t i = firstNew; i < all_.size() && !err; ++i) {
        Specialization &s = *all_[i];
        if (!s.error.empty()) continue;
        Type before = s.types.result;
        bool beforeChanges = s.types.changesListStorage;
        err = infer(s);
        if (!err && (s.types.result != before || s.types.changesListStorage != beforeChanges))
          changed = true;
      }
      if (!changed) break;
    }
  }
  --depth_;
  if (err) {
    spec->error = llvm::toString(std::move(err));
    // The others made on the way may still stand on their own (a kernel called by a main that
    // cannot compile): infer each again now that this one is known to fail; those that called
    // it fail in turn, the rest become ready.
    if (depth_ == 0)
      for (size_t i = firstNew; i < all_.size(); ++i) {
        Specialization &s = *all_[i];
        if (!s.error.empty() || s.ready || &s == spec) continue;
        ++depth_;
        llvm::Error again = infer(s);
        --depth_;
        if (again) s.error = llvm::toString(std::move(again));
        else s.ready = true;
      }
    return error(spec->error);
  }
  if (depth_ == 0)
    for (size_t i = firstNew; i < all_.size(); ++i)
      if (all_[i]->error.empty()) all_[i]->ready = true;
  return spec;
}

}  // namespace fastjit::ir
