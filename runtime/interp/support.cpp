// The interpreter's slow paths (see support.h): calls that are not interpreted-to-interpreted,
// method calls, global lookups falling back to builtins, unpacking, f-string pieces and the
// ForRangeInit guard. Semantics come from runtime/ (ops.h, function.h); this file only adapts
// registers to those calls and adds CPython's messages that belong to the bytecode level.
#include "runtime/interp/support.h"

#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/instructions.h"
#include "runtime/interp/interpreter.h"
#include "runtime/list.h"
#include "runtime/modules.h"
#include "runtime/ops.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include "llvm/ADT/SmallVector.h"

#include <new>

namespace fastjit::interp {

using rt::Value;

Value raiseUnbound(const std::string &name) {
  return rt::raise(rt::ExcType::UnboundLocalError,
                   "cannot access local variable '" + name + "' where it is not associated with a value");
}

Value loadGlobalSlow(ModuleState &state, uint32_t slot) {
  Value &cached = state.builtinCache[slot];
  if (cached.isError()) {
    const std::string &name = state.module->globals[slot];
    cached = rt::builtinOrNameError(name);
    if (cached.isError()) return cached;
  }
  return cached;
}

namespace {

using ArgVector = llvm::SmallVector<Value, 8>;

const rt::KeywordNames *keywordsOf(DecodedFunction &code, uint32_t set) {
  return set == ir::NoIndex ? nullptr : &code.keywords[set];
}

// A module member through the instruction's inline cache (a borrowed pointer into the cache), or
// null with AttributeError pending.
const Value *moduleMember(DecodedFunction &code, const Value &module, const DInst &inst, uint32_t name) {
  AttrCache &cache = code.attrCaches[inst.d];
  if (cache.module == module.asObject()) [[likely]] return &cache.value;
  Value v = rt::moduleGetAttr(rt::asModule(module), code.names[name]);
  if (v.isError()) return nullptr;
  cache.module = module.asObject();
  cache.value = std::move(v);
  return &cache.value;
}

}  // namespace

Value callGeneric(DecodedFunction &code, const Value *regs, const DInst &inst) {
  const auto &ops = inst.ir->ops;
  ArgVector args;
  for (size_t i = 1; i < ops.size(); ++i) args.push_back(regs[ops[i]]);
  return rt::call(regs[ops[0]], args.data(), args.size(), keywordsOf(code, inst.c));
}

Value callMethod(DecodedFunction &code, const Value *regs, const DInst &inst) {
  const auto &ops = inst.ir->ops;
  const Value &self = regs[ops[0]];
  if (rt::isModule(self)) {
    // math.sqrt(x), random.random(): the member comes from the inline cache; builtins are called
    // directly (no argument vector for the common small calls).
    const Value *callee = moduleMember(code, self, inst, inst.b);
    if (!callee) return Value::error();
    size_t n = ops.size() - 1;
    if (callee->isObject(rt::ObjKind::BuiltinFunction) && n <= 4) {
      Value args[4];
      for (size_t i = 0; i < n; ++i) args[i] = regs[ops[1 + i]];
      return static_cast<rt::BuiltinFunctionObject *>(callee->asObject())->fn(args, n, keywordsOf(code, inst.c));
    }
    ArgVector args;
    for (size_t i = 1; i < ops.size(); ++i) args.push_back(regs[ops[i]]);
    return rt::call(*callee, args.data(), args.size(), keywordsOf(code, inst.c));
  }
  ArgVector args;
  for (size_t i = 1; i < ops.size(); ++i) args.push_back(regs[ops[i]]);
  return rt::callMethod(self, code.names[inst.b], args.data(), args.size(), keywordsOf(code, inst.c));
}

Value getAttr(DecodedFunction &code, const Value &obj, const DInst &inst) {
  if (rt::isModule(obj)) {
    const Value *member = moduleMember(code, obj, inst, inst.c);
    return member ? *member : Value::error();
  }
  return rt::getAttr(obj, code.names[inst.c]);
}

Value *globalSlots(void *globals) { return static_cast<ModuleState *>(globals)->globals.data(); }

Value loadGlobal(void *globals, uint32_t slot) {
  auto *state = static_cast<ModuleState *>(globals);
  const Value &g = state->globals[slot];
  return g.isError() ? loadGlobalSlow(*state, slot) : g;
}

Value makeFunction(DecodedFunction &code, const Value *regs, const DInst &inst) {
  ModuleState &state = *code.state;
  const ir::Function &target = *state.module->functions[inst.b];
  decode(state, target);
  std::vector<std::string> params(target.regNames.begin(), target.regNames.begin() + target.numParams);
  std::vector<Value> defaults;
  for (ir::Reg r : inst.ir->ops) defaults.push_back(regs[r]);
  Value fn = rt::makeFunction(target.name, std::move(params), std::move(defaults), &target, &state,
                             &interpretFunction);
  if (!fn.isError() && state.options && state.options->onFunctionCreated)
    state.options->onFunctionCreated(rt::asFunction(fn));
  return fn;
}

bool unpack(Value *regs, const DInst &inst) {
  const auto &dsts = inst.ir->dsts;
  ArgVector items(dsts.size());
  if (!rt::unpackSequence(regs[inst.b], int64_t(dsts.size()), items.data())) return false;
  for (size_t i = 0; i < dsts.size(); ++i) regs[dsts[i]] = std::move(items[i]);
  return true;
}

Value formatValue(const Value *regs, const DInst &inst) {
  const auto &ops = inst.ir->ops;
  std::string_view spec = ops.size() > 1 ? rt::strView(regs[ops[1]]) : std::string_view();
  return rt::formatPiece(regs[ops[0]], inst.sub, spec);
}

Value buildSequence(const Value *regs, const DInst &inst, bool list) {
  const auto &ops = inst.ir->ops;
  ArgVector items;
  for (ir::Reg r : ops) items.push_back(regs[r]);
  return list ? rt::makeListFrom(items.data(), int64_t(items.size()))
              : rt::makeTuple(items.data(), int64_t(items.size()));
}

Value buildString(const Value *regs, const DInst &inst) {
  const auto &ops = inst.ir->ops;
  ArgVector pieces;
  for (ir::Reg r : ops) pieces.push_back(regs[r]);
  return rt::concatStrings(pieces.data(), pieces.size());
}

bool forRangeInit(ModuleState &, Value *regs, const DInst &inst) {
  const auto &ops = inst.ir->ops;
  const auto &dsts = inst.ir->dsts;
  ArgVector args;
  for (size_t i = 1; i < ops.size(); ++i) args.push_back(regs[ops[i]]);
  Value out[3];
  if (!rt::forRangeInit(regs[ops[0]], args.data(), args.size(), out)) return false;
  for (size_t i = 0; i < 3; ++i) regs[dsts[i]] = std::move(out[i]);
  return true;
}

}  // namespace fastjit::interp
