// The JIT facade of jit/jit.h: specialization requests batched into one LLVM module (so the
// optimizer can inline callees into callers), the boxed-entry lookup, and the per-function
// dispatcher installed on rt::FunctionObject::invoke.
#include "jit/jit.h"
#include "jit/region.h"

#include "runtime/errors.h"
#include "runtime/function.h"

#include "jit/runtime_helpers.h"

#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"
#include "llvm/Support/FileSystem.h"

#include <chrono>

namespace fastjit::jit {

using ir::Type;

// The dispatcher's state for one attached function: its fallback and its entries per signature.
struct Jit::Attached {
  Jit *jit = nullptr;
  rt::FunctionObject *fn = nullptr;
  rt::InvokeFn fallback = nullptr;
  struct Entry {
    std::vector<Type> types;
    BoxedEntry entry = nullptr;  // nullptr: cannot compile, interpret
  };
  std::vector<Entry> entries;
};

Jit::Jit() = default;

Jit::~Jit() {
  // Functions may outlive us (the interpreter's globals): give them their interpreter back.
  for (auto &a : attached_)
    if (a->fn->jitData == a.get()) {
      a->fn->invoke = a->fallback;
      a->fn->jitData = nullptr;
    }
}

int64_t *callDepthCounter() { return &fj_call_depth; }

llvm::Expected<std::unique_ptr<Jit>> Jit::create(const ir::Module &module, const rt::Value *globals,
                                                 const JitOptions &options) {
  auto engine = Engine::create(options.engine);
  if (!engine) return engine.takeError();
  std::unique_ptr<Jit> jit(new Jit());
  jit->module_ = &module;
  jit->globals_ = const_cast<rt::Value *>(globals);  // the interpreter's table, written by loops
  jit->options_ = options;
  if (jit->options_.tracebackFile.empty()) {
    std::string file = module.sourceName;
    llvm::SmallString<256> cwd;
    if (!file.empty() && file[0] != '/' && file[0] != '<' && !llvm::sys::fs::current_path(cwd))
      file = std::string(cwd.str()) + "/" + file;
    jit->options_.tracebackFile = file;
  }
  jit->engine_ = std::move(*engine);
  jit->specializer_ = std::make_unique<ir::Specializer>(module, globals);
  return jit;
}

// Emits every ready specialization that has no code yet into one new module.
llvm::Error Jit::compilePending() {
  std::vector<ir::Specialization *> batch;
  for (auto &s : specializer_->all())
    if (s->ready && !s->emitted && s->error.empty()) batch.push_back(s.get());
  if (batch.empty()) return llvm::Error::success();

  auto t0 = std::chrono::steady_clock::now();
  auto ctx = std::make_unique<llvm::LLVMContext>();
  auto m = engine_->newModule("fastjit" + std::to_string(++batch_), *ctx);
  CodegenOptions cg;
  cg.unsafe = options_.unsafe;
  cg.file = options_.tracebackFile;
  llvm::Error err = emitSpecializations(*m, *specializer_, batch, cg);
  engine_->times().codegen +=
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!err) err = engine_->addModule(std::move(ctx), std::move(m));
  if (err) {
    // They call each other directly: none of the batch is usable without the others.
    std::string why = llvm::toString(std::move(err));
    for (ir::Specialization *s : batch) {
      s->error = why;
      s->emitted = false;
    }
    return llvm::createStringError(llvm::inconvertibleErrorCode(), why);
  }
  for (ir::Specialization *s : batch) explain_.push_back({s->name, true, ""});
  return llvm::Error::success();
}

llvm::Expected<BoxedEntry> Jit::entry(const ir::Function &fn, const rt::Value *args, size_t nargs,
                                      ir::Specialization **specOut) {
  std::vector<Type> types;
  for (size_t i = 0; i < nargs; ++i) types.push_back(ir::typeOfValue(args[i]));
  auto t0 = std::chrono::steady_clock::now();
  auto spec = specializer_->get(fn, types);
  engine_->times().infer +=
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!spec) {
    std::string why = llvm::toString(spec.takeError());
    explain_.push_back({ir::signatureName(fn.name, types), false, why});
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   ir::signatureName(fn.name, types) + ": " + why);
  }
  ir::Specialization *s = *spec;
  if (specOut) *specOut = s;
  if (s->boxedEntry) return reinterpret_cast<BoxedEntry>(s->boxedEntry);
  if (llvm::Error err = compilePending()) {
    explain_.push_back({s->name, false, s->error});
    return std::move(err);
  }
  if (!s->error.empty()) return llvm::createStringError(llvm::inconvertibleErrorCode(), s->error);
  auto addr = engine_->lookup(boxedEntryName(*s));
  if (!addr) return addr.takeError();
  s->boxedEntry = *addr;
  return reinterpret_cast<BoxedEntry>(*addr);
}

llvm::Expected<rt::Value> Jit::call(const ir::Function &fn, const rt::Value *args, size_t nargs) {
  auto e = entry(fn, args, nargs);
  if (!e) return e.takeError();
  rt::Value out;
  if ((*e)(args, &out) != 0) return rt::Value::error();
  return out;
}

namespace {

rt::Value dispatch(rt::FunctionObject *fn, const rt::Value *args, size_t nargs);

}  // namespace

void Jit::attach(rt::FunctionObject *fn) {
  if (fn->invoke == &dispatch) return;
  auto a = std::make_unique<Attached>();
  a->jit = this;
  a->fn = fn;
  a->fallback = fn->invoke;
  fn->jitData = a.get();
  fn->invoke = &dispatch;
  attached_.push_back(std::move(a));
}

namespace {

rt::Value dispatch(rt::FunctionObject *fn, const rt::Value *args, size_t nargs) {
  auto *a = static_cast<Jit::Attached *>(fn->jitData);
  BoxedEntry entry = nullptr;
  bool known = false;
  for (const auto &e : a->entries) {
    if (e.types.size() != nargs) continue;
    bool match = true;
    for (size_t i = 0; i < nargs && match; ++i) match = ir::typeOfValue(args[i]) == e.types[i];
    if (match) {
      entry = e.entry;
      known = true;
      break;
    }
  }
  if (!known) {
    Jit::Attached::Entry e;
    for (size_t i = 0; i < nargs; ++i) e.types.push_back(ir::typeOfValue(args[i]));
    ir::Specialization *spec = nullptr;
    auto compiled = a->jit->entry(*static_cast<const ir::Function *>(fn->code), args, nargs, &spec);
    if (compiled) {
      e.entry = *compiled;
    } else {
      std::string why = llvm::toString(compiled.takeError());  // also in explain()
      const auto &onRefused = a->jit->options().onRefused;
      ExplainEntry refused{ir::signatureName(fn->name, e.types), false, why};
      if (onRefused && !onRefused(refused))
        return rt::raise(rt::ExcType::RuntimeError, "cannot compile " + why);
    }
    entry = e.entry;
    a->entries.push_back(std::move(e));
  }
  if (!entry) return a->fallback(fn, args, nargs);
  rt::Value out;
  if (entry(args, &out) != 0) return rt::Value::error();
  return out;
}

}  // namespace

std::string Jit::typedIR() const {
  std::string s;
  for (const auto &spec : specializer_->all()) {
    s += spec->name + (spec->error.empty() ? "" : "  ; not compiled: " + spec->error) + "\n";
    if (spec->error.empty()) s += ir::typesText(*spec->fn, spec->types);
    s += "\n";
  }
  return s + loopsTypedIR();
}

}  // namespace fastjit::jit
