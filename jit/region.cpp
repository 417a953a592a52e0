// The JIT's side of module-level loops (Jit::runLoop, jit.h): find `<module>`'s loops,
// and when the interpreter enters one, run a compiled version of it specialized to the types it
// sees now — compiling one on first use for these types, or saying "interpret it" when it cannot
// be compiled (remembered, and explained).
//
// What a version is specialized to (its key): the types of the loop's live-in registers, of the
// globals only module code touches (promoted into registers: no call can see them), and of the
// globals functions also see (kept in the table; each read is guarded by this type, and a failed
// guard hands the loop back to the interpreter at that instruction). Everything else about the
// compiled code is in ir/regions.cpp (the loop as a Function) and jit/codegen_region.cpp.
#include "jit/region.h"

#include "runtime/builtins.h"
#include "runtime/errors.h"
#include "runtime/iterator.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

#include <algorithm>
#include <chrono>

namespace fastjit::jit {

using K = Type::Kind;

namespace {

llvm::Error refusal(const std::string &msg) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), msg);
}

// The type compiled loop code sees for a value held in a register or a global: a list iterator is
// typed by its list (and only when the list's element type is known: the loop body needs it).
Type entryType(const std::string &name, const rt::Value &v) {
  if (v.isObject(rt::ObjKind::Iterator)) {
    const rt::IteratorObject *it = rt::asIterator(v);
    if (it->iterKind != rt::IterKind::List) return Type::dynamic();
    Type list = ir::typeOfValue(it->source);
    if (!list.is(K::List) || list.elem().isUnknown() || list.elem().isDynamic())
      return Type::dynamic();
    return Type::iterator(list);
  }
  return ir::typeOfGlobalValue(name, v);
}

// Inference's view of the world from inside a loop: the global table as it is now.
class LoopContext : public ir::InferenceContext {
public:
  LoopContext(ir::Specializer &sp, const ir::Module &module, const rt::Value *globals,
              std::vector<Type> &guardTypes)
      : sp_(sp), module_(module), globals_(globals), guardTypes_(guardTypes) {}

  llvm::Expected<Type> globalType(uint32_t slot) override {
    const std::string &name = module_.globals[slot];
    const rt::Value &v = globals_[slot];
    Type t;
    if (v.isError()) {
      if (rt::lookupBuiltin(name).isError())
        return refusal("cannot compile a read of global '" + name + "': not assigned yet");
      t = Type::builtin(nullptr, name);
    } else {
      t = ir::typeOfGlobalValue(name, v);
      if (!(t.isScalar() || t.is(K::List) || t.is(K::Function) || t.is(K::Module) ||
            t.is(K::Builtin)))
        return refusal("cannot compile a read of global '" + name + "' of type " + t.toString());
    }
    guardTypes_[slot] = t;
    return t;
  }
  llvm::Expected<Type> callReturnType(const Type &callee, const std::vector<Type> &args) override {
    return sp_.callReturnType(callee, args);
  }
  bool callMayChangeListStorage(const Type &callee, const std::vector<Type> &args) override {
    return sp_.callMayChangeListStorage(callee, args);
  }
  Type moduleMemberType(const std::string &module, const std::string &attr) override {
    return sp_.moduleMemberType(module, attr);
  }

private:
  ir::Specializer &sp_;
  const ir::Module &module_;
  const rt::Value *globals_;
  std::vector<Type> &guardTypes_;
};

}  // namespace

Jit::LoopState *Jit::loopState(uint32_t header) {
  if (loopAtHeader_.empty()) {  // first call: analyse every loop of the module code once
    const ir::Function &top = module_->top();
    loopAtHeader_.assign(top.blocks.size(), nullptr);
    std::vector<bool> moduleOnly = ir::moduleOnlyGlobals(*module_);
    std::vector<bool> consts = ir::constantRegisters(top);
    ir::Liveness liveness(top);
    for (ir::Loop &loop : ir::naturalLoops(top)) {
      auto ls = std::make_unique<LoopState>();
      std::vector<bool> used(top.numRegs, false), touched(module_->globals.size(), false);
      for (ir::BlockId b = 0; b < top.blocks.size(); ++b) {
        if (!loop.blocks[b]) continue;
        for (const ir::Instruction &inst : top.blocks[b].insts) {
          for (ir::Reg r : inst.ops) used[r] = true;
          for (ir::Reg r : inst.dsts) used[r] = true;
          if (inst.op == ir::Op::LoadGlobal || inst.op == ir::Op::StoreGlobal) touched[inst.imm] = true;
        }
      }
      for (ir::Reg r = 0; r < top.numRegs; ++r)
        if (used[r] && !consts[r] && liveness.atEntry(loop.header).test(r)) ls->liveIn.push_back(r);
      for (uint32_t g = 0; g < touched.size(); ++g)
        if (touched[g]) (moduleOnly[g] ? ls->promotable : ls->table).push_back(g);
      ls->loop = std::move(loop);
      loopAtHeader_[ls->loop.header] = ls.get();
      loops_.push_back(std::move(ls));
    }
    findEnclosingLoops();
  }
  // Called at every interpreted iteration of a module loop: a direct lookup.
  return header < loopAtHeader_.size() ? loopAtHeader_[header] : nullptr;
}

void Jit::findEnclosingLoops() {
  for (auto &inner : loops_)
    for (auto &outer : loops_)
      if (outer != inner && outer->loop.blocks[inner->loop.header])
        inner->enclosing.push_back(outer.get());
}

int64_t Jit::runLoop(uint32_t header, rt::Value *regs) {
  LoopState *ls = loopState(header);
  if (!ls || ls->disabled) return kLoopNotCompiled;
  if (ls->skip) {
    --ls->skip;
    return kLoopNotCompiled;
  }
  if (ls->iterations < options_.hotLoopIterations) {  // not hot yet: one more interpreted iteration
    ++ls->iterations;
    for (LoopState *outer : ls->enclosing) ++outer->iterations;
    if (ls->iterations < options_.hotLoopIterations) return kLoopNotCompiled;
  }
  std::vector<Type> key;
  for (ir::Reg r : ls->liveIn) {
    if (regs[r].isError()) return kLoopNotCompiled;  // never for temporaries (ir.h)
    key.push_back(entryType("", regs[r]));
  }
  for (const std::vector<uint32_t> *globals : {&ls->promotable, &ls->table})
    for (uint32_t g : *globals)
      key.push_back(globals_[g].isError() ? Type::unknown()
                                          : entryType(module_->globals[g], globals_[g]));
  LoopVersion *version = nullptr;
  for (auto &v : ls->versions)
    if (v->key == key) version = v.get();
  if (!version) {
    auto owned = std::make_unique<LoopVersion>();
    version = owned.get();
    version->key = key;
    ls->versions.push_back(std::move(owned));
    std::string name =
        ir::signatureName("<module> loop at line " + std::to_string(ls->loop.line), key);
    auto entry = compileLoop(*ls, regs, *version, name);
    if (entry) {
      version->entry = *entry;
      explain_.push_back({name, true, ""});
    } else {
      version->error = llvm::toString(entry.takeError());
      // Interpreted, in every mode: --mode=jit's strictness applies to functions (at their
      // first call) and does not yet extend to module code, which before loops compiled was
      // always interpreted; refusing here would fail programs midway, after their output.
      explain_.push_back({name, false, version->error});
    }
  }
  if (!version->entry) {
    ls->backoff = std::min<uint32_t>(ls->backoff ? ls->backoff * 2 : 1, 1 << 16);
    ls->skip = ls->backoff;
    return kLoopNotCompiled;
  }
  ls->backoff = 0;
  int64_t next = version->entry(regs);
  if (next >= 0) {
    uint32_t block = uint32_t(next >> 32), inst = uint32_t(next);
    bool exit = inst == 0 && std::binary_search(ls->loop.exits.begin(), ls->loop.exits.end(), block);
    // A guard failed. The interpreter runs at least the rest of this iteration before the loop
    // is entered again, so there is progress; but a loop whose guards keep failing is left to it.
    if (!exit && ++ls->deopts > 1000) ls->disabled = true;
  }
  return next;
}

llvm::Expected<RegionEntry> Jit::compileLoop(LoopState &ls, rt::Value *regs, LoopVersion &version,
                                             const std::string &name) {
  const ir::Function &top = module_->top();
  size_t n = module_->globals.size();
  auto t0 = std::chrono::steady_clock::now();

  // Promote the module-only globals, except an unbound one that names a builtin (reading it
  // before the loop assigns it gives the builtin: the table path knows how).
  std::vector<bool> promote(n, false), bound(n, false);
  for (uint32_t g : ls.promotable) {
    bound[g] = !globals_[g].isError();
    promote[g] = bound[g] || rt::lookupBuiltin(module_->globals[g]).isError();
  }
  version.region = ir::buildRegion(top, ls.loop, promote, bound, module_->globals);
  const ir::Region &region = *version.region;

  auto spec = std::make_unique<ir::Specialization>();
  spec->fn = region.fn.get();
  for (ir::Reg p = 0; p < region.fn->numParams; ++p) {
    const ir::RegionSlot &slot = region.slots[p];
    bool isReg = slot.kind == ir::RegionSlot::Kind::Register;
    spec->args.push_back(entryType(isReg ? "" : module_->globals[slot.index],
                                   isReg ? regs[slot.index] : globals_[slot.index]));
  }
  static int counter = 0;
  spec->name = "<module>.loop" + std::to_string(ls.loop.line) + "." + std::to_string(++counter);
  spec->symbol = spec->name;

  RegionCode rc;
  rc.region = &region;
  rc.globals = globals_;
  rc.guardTypes.assign(n, Type());
  LoopContext ctx(*specializer_, *module_, globals_, rc.guardTypes);
  auto types = ir::inferTypes(*region.fn, spec->args, ctx);
  engine_->times().infer +=
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!types) return types.takeError();
  spec->types = std::move(*types);
  spec->ready = true;
  version.seen.reserve(n);
  rc.guardValues.assign(n, nullptr);
  rc.constant.assign(n, false);
  for (uint32_t g = 0; g < n; ++g) {
    const Type &t = rc.guardTypes[g];
    rc.constant[g] = specializer_->isConstantGlobal(g) &&
                     (t.is(K::Function) || t.is(K::Module) || t.is(K::Builtin) || t.isScalar());
  }
  for (uint32_t g = 0; g < n; ++g)
    if (!rc.guardTypes[g].isUnknown()) {
      version.seen.push_back(globals_[g]);
      rc.guardValues[g] = &version.seen.back();
    }
  rc.spec = spec.get();
  version.spec = std::move(spec);

  // Callees first (their own modules), then the loop.
  if (llvm::Error err = compilePending()) return std::move(err);
  auto t1 = std::chrono::steady_clock::now();
  auto llctx = std::make_unique<llvm::LLVMContext>();
  auto m = engine_->newModule("fastjit" + std::to_string(++batch_), *llctx);
  CodegenOptions cg;
  cg.unsafe = options_.unsafe;
  cg.file = options_.tracebackFile;
  llvm::Error err = emitRegion(*m, *specializer_, rc, cg);
  engine_->times().codegen +=
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t1).count();
  if (err) return std::move(err);
  if (llvm::Error e = engine_->addModule(std::move(llctx), std::move(m))) return std::move(e);
  auto addr = engine_->lookup(regionEntryName(*version.spec));
  if (!addr) return addr.takeError();
  return reinterpret_cast<RegionEntry>(*addr);
}

std::string Jit::loopsTypedIR() const {
  std::string s;
  for (const auto &ls : loops_)
    for (const auto &v : ls->versions) {
      std::string name = ir::signatureName("<module> loop at line " + std::to_string(ls->loop.line), v->key);
      s += name + (v->error.empty() ? "" : "  ; not compiled: " + v->error) + "\n";
      if (v->entry) s += ir::typesText(*v->spec->fn, v->spec->types);
      s += "\n";
    }
  return s;
}

}  // namespace fastjit::jit
