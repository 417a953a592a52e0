// The ORC LLJIT wrapper declared in jit/engine.h: building the JIT for the host, the optimization
// transform (new pass manager), the timed machine-code compiler, the RuntimeDyld object layer with
// GDB registration and the perf map listener, and the runtime symbol definitions.
//
// The object layer is RuntimeDyld (not JITLink) on purpose: LLVM 19's GDB registration listener and
// the JITEventListener interface we use for the perf map attach to RTDyldObjectLinkingLayer, and
// RuntimeDyld handles the small, self-contained modules codegen produces.
#include "jit/engine.h"

#include "jit/peel_row_loops.h"

#include "llvm/ExecutionEngine/JITEventListener.h"
#include "llvm/ExecutionEngine/Orc/CompileUtils.h"
#include "llvm/ExecutionEngine/Orc/JITTargetMachineBuilder.h"
#include "llvm/ExecutionEngine/Orc/LLJIT.h"
#include "llvm/ExecutionEngine/Orc/RTDyldObjectLinkingLayer.h"
#include "llvm/ExecutionEngine/SectionMemoryManager.h"
#include "llvm/IR/LegacyPassManager.h"
#include "llvm/IR/Module.h"
#include "llvm/IR/Verifier.h"
#include "llvm/Object/SymbolSize.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Support/TargetSelect.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Target/TargetMachine.h"
#include "llvm/Transforms/Scalar/LoopPassManager.h"
#include "llvm/Transforms/Scalar/SimpleLoopUnswitch.h"
#include "llvm/Transforms/Utils/Cloning.h"

#include <chrono>
#include <cinttypes>
#include <cstdio>
#include <mutex>
#include <unistd.h>

namespace fastjit::jit {

using namespace llvm;
using namespace llvm::orc;

namespace {

double secondsSince(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// Object-file generation, timed: the "machine code" phase of --stats.
class TimedCompiler : public TMOwningSimpleCompiler {
public:
  TimedCompiler(std::unique_ptr<TargetMachine> tm, PhaseTimes &times)
      : TMOwningSimpleCompiler(std::move(tm)), times_(times) {}
  Expected<CompileResult> operator()(Module &m) override {
    auto t0 = std::chrono::steady_clock::now();
    auto result = SimpleCompiler::operator()(m);
    times_.machineCode += secondsSince(t0);
    return result;
  }

private:
  PhaseTimes &times_;
};

// Writes one "START SIZE name" line (hex, as perf expects) per function of each loaded object.
// perf reads /tmp/perf-<pid>.map when it symbolizes addresses it cannot map to a file.
class PerfMapListener : public JITEventListener {
public:
  explicit PerfMapListener(std::string path) : path_(std::move(path)) {}
  ~PerfMapListener() override {
    if (file_) std::fclose(file_);
  }
  void notifyObjectLoaded(ObjectKey, const object::ObjectFile &obj,
                          const RuntimeDyld::LoadedObjectInfo &info) override {
    std::lock_guard<std::mutex> lock(mutex_);
    if (!file_) file_ = std::fopen(path_.c_str(), "a");
    if (!file_) return;  // a profiler aid: failing to write it must not fail compilation
    // The debug object has its section addresses rewritten to where they were loaded.
    object::OwningBinary<object::ObjectFile> debugOwner = info.getObjectForDebug(obj);
    const object::ObjectFile *debugObj = debugOwner.getBinary();
    if (!debugObj) return;
    for (const auto &[sym, size] : object::computeSymbolSizes(*debugObj)) {
      auto type = sym.getType();
      if (!type) { consumeError(type.takeError()); continue; }
      if (*type != object::SymbolRef::ST_Function) continue;
      auto name = sym.getName();
      if (!name) { consumeError(name.takeError()); continue; }
      auto addr = sym.getAddress();
      if (!addr) { consumeError(addr.takeError()); continue; }
      std::fprintf(file_, "%" PRIx64 " %" PRIx64 " %.*s\n", *addr, size, int(name->size()),
                   name->data());
    }
    std::fflush(file_);
  }

private:
  std::string path_;
  std::FILE *file_ = nullptr;
  std::mutex mutex_;
};

}  // namespace

struct Engine::Impl {
  EngineOptions options;
  PhaseTimes times;
  // Declared before lljit so that they outlive it: the object layer notifies the listener when
  // it frees objects during LLJIT's destruction.
  std::unique_ptr<TargetMachine> tm;  // for the optimizer's target info and --emit=asm
  std::unique_ptr<PerfMapListener> perf;
  std::unique_ptr<LLJIT> lljit;
  std::string irText, asmText;
  std::mutex textMutex;

  void optimize(Module &m);
  void captureAssembly(Module &m);
};

void Engine::Impl::optimize(Module &m) {
  auto t0 = std::chrono::steady_clock::now();
  // Unwind tables always (gdb walks compiled frames with them); frame pointers only under --perf,
  // for perf's call graphs: in call-heavy code (fib) saving rbp is a measurable share of a call.
  for (Function &f : m) {
    if (f.isDeclaration()) continue;
    f.setUWTableKind(UWTableKind::Async);
    if (options.perfMap) f.addFnAttr("frame-pointer", "all");
  }
  LoopAnalysisManager lam;
  FunctionAnalysisManager fam;
  CGSCCAnalysisManager cgam;
  ModuleAnalysisManager mam;
  PipelineTuningOptions pto;
  PassBuilder pb(tm.get(), pto);
  // Non-trivial loop unswitching at O2 (LLVM's O3 pipeline has it already): compiled loops test loop-invariant
  // guards on every iteration (the storage strategy of a list read in the loop, the kind of a
  // row); unswitching moves them in front of the loop, on a copy of the loop without them.
  if (options.optLevel == 2)
    pb.registerLateLoopOptimizationsEPCallback(
        [](LoopPassManager &lpm, OptimizationLevel) { lpm.addPass(SimpleLoopUnswitchPass(true)); });
  // Row reads of a list of lists at a loop-invariant index: their checks run once, in a peeled
  // first iteration (jit/peel_row_loops.h). Before LoopFullUnrollPass and GVN, after unswitching.
  if (options.optLevel >= 2)
    pb.registerLateLoopOptimizationsEPCallback(
        [](LoopPassManager &lpm, OptimizationLevel) { lpm.addPass(PeelRowLoopsPass()); });
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  OptimizationLevel level = options.optLevel <= 0   ? OptimizationLevel::O0
                            : options.optLevel == 1 ? OptimizationLevel::O1
                            : options.optLevel == 2 ? OptimizationLevel::O2
                                                    : OptimizationLevel::O3;
  ModulePassManager mpm = level == OptimizationLevel::O0 ? pb.buildO0DefaultPipeline(level)
                                                         : pb.buildPerModuleDefaultPipeline(level);
  mpm.run(m, mam);
  times.optimize += secondsSince(t0);
  ++times.modules;
  if (options.captureIR) {
    std::string text;
    raw_string_ostream os(text);
    m.print(os, nullptr);
    std::lock_guard<std::mutex> lock(textMutex);
    irText += os.str();
  }
  if (options.captureAsm) captureAssembly(m);
}

// Runs the code generator a second time, on a clone, to get assembly text: only under --emit=asm,
// so the normal path pays nothing. The clone keeps the real module untouched for the JIT.
void Engine::Impl::captureAssembly(Module &m) {
  std::unique_ptr<Module> clone = CloneModule(m);
  SmallString<4096> buffer;
  raw_svector_ostream os(buffer);
  legacy::PassManager pm;
  if (tm->addPassesToEmitFile(pm, os, nullptr, CodeGenFileType::AssemblyFile)) return;
  pm.run(*clone);
  std::lock_guard<std::mutex> lock(textMutex);
  asmText.append(buffer.begin(), buffer.end());
}

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Expected<std::unique_ptr<Engine>> Engine::create(const EngineOptions &options) {
  static std::once_flag targetsInitialized;
  std::call_once(targetsInitialized, [] {
    InitializeNativeTarget();
    InitializeNativeTargetAsmPrinter();
    InitializeNativeTargetAsmParser();
  });

  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (options.optLevel < 0 || options.optLevel > 3)
    return createStringError(inconvertibleErrorCode(), "optimization level must be 0..3, got %d",
                             options.optLevel);

  auto jtmb = JITTargetMachineBuilder::detectHost();
  if (!jtmb) return jtmb.takeError();
  jtmb->setCodeGenOptLevel(options.optLevel == 0   ? CodeGenOptLevel::None
                           : options.optLevel == 1 ? CodeGenOptLevel::Less
                           : options.optLevel == 2 ? CodeGenOptLevel::Default
                                                   : CodeGenOptLevel::Aggressive);
  // IEEE semantics unless asked otherwise: Python's floats are exactly IEEE doubles.
  TargetOptions &to = jtmb->getOptions();
  if (options.fastMath) {
    to.UnsafeFPMath = true;
    to.NoNaNsFPMath = false;  // nan must still print as nan
    to.AllowFPOpFusion = FPOpFusion::Fast;
  } else {
    to.AllowFPOpFusion = FPOpFusion::Standard;  // no fma contraction across Python operations
  }
  auto tm = jtmb->createTargetMachine();
  if (!tm) return tm.takeError();
  impl->tm = std::move(*tm);

  if (options.perfMap) {
    std::string path = options.perfMapPath.empty()
                           ? "/tmp/perf-" + std::to_string(::getpid()) + ".map"
                           : options.perfMapPath;
    impl->perf = std::make_unique<PerfMapListener>(path);
  }

  Impl *raw = impl.get();
  auto lljit =
      LLJITBuilder()
          .setJITTargetMachineBuilder(*jtmb)
          .setObjectLinkingLayerCreator([raw](ExecutionSession &es, const Triple &)
                                            -> Expected<std::unique_ptr<ObjectLayer>> {
            auto layer = std::make_unique<RTDyldObjectLinkingLayer>(
                es, [] { return std::make_unique<SectionMemoryManager>(); });
            if (raw->options.gdbRegistration)
              layer->registerJITEventListener(*JITEventListener::createGDBRegistrationListener());
            if (raw->perf) layer->registerJITEventListener(*raw->perf);
            return std::move(layer);
          })
          .setCompileFunctionCreator([raw](JITTargetMachineBuilder b)
                                         -> Expected<std::unique_ptr<IRCompileLayer::IRCompiler>> {
            auto ctm = b.createTargetMachine();
            if (!ctm) return ctm.takeError();
            return std::make_unique<TimedCompiler>(std::move(*ctm), raw->times);
          })
          .create();
  if (!lljit) return lljit.takeError();
  impl->lljit = std::move(*lljit);

  impl->lljit->getIRTransformLayer().setTransform(
      [raw](ThreadSafeModule tsm, MaterializationResponsibility &) -> Expected<ThreadSafeModule> {
        tsm.withModuleDo([raw](Module &m) { raw->optimize(m); });
        return std::move(tsm);
      });

  // Runtime helpers are absolute symbols in the main JITDylib, found before the process's own
  // symbols (libm's hypot, memcpy), which LLJIT links after it.
  size_t count = 0;
  const RuntimeSymbol *syms = runtimeSymbols(count);
  SymbolMap map;
  for (size_t i = 0; i < count; ++i)
    map[impl->lljit->mangleAndIntern(syms[i].name)] = ExecutorSymbolDef(
        ExecutorAddr::fromPtr(syms[i].address), JITSymbolFlags::Exported | JITSymbolFlags::Callable);
  if (!map.empty())
    if (Error err = impl->lljit->getMainJITDylib().define(absoluteSymbols(std::move(map))))
      return std::move(err);

  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

const DataLayout &Engine::dataLayout() const { return impl_->lljit->getDataLayout(); }
const Triple &Engine::triple() const { return impl_->lljit->getTargetTriple(); }

std::unique_ptr<Module> Engine::newModule(const std::string &name, LLVMContext &ctx) const {
  auto m = std::make_unique<Module>(name, ctx);
  m->setDataLayout(dataLayout());
  m->setTargetTriple(triple().str());
  return m;
}

Error Engine::addModule(std::unique_ptr<LLVMContext> ctx, std::unique_ptr<Module> m) {
  std::string problems;
  raw_string_ostream os(problems);
  if (verifyModule(*m, &os))
    return createStringError(inconvertibleErrorCode(), "internal error: invalid LLVM module '%s': %s",
                             m->getName().str().c_str(), os.str().c_str());
  return impl_->lljit->addIRModule(ThreadSafeModule(std::move(m), std::move(ctx)));
}

Expected<void *> Engine::lookup(const std::string &name) {
  auto addr = impl_->lljit->lookup(name);
  if (!addr) return addr.takeError();
  return addr->toPtr<void *>();
}

std::string Engine::takeOptimizedIR() {
  std::lock_guard<std::mutex> lock(impl_->textMutex);
  return std::exchange(impl_->irText, {});
}

std::string Engine::takeAssembly() {
  std::lock_guard<std::mutex> lock(impl_->textMutex);
  return std::exchange(impl_->asmText, {});
}

PhaseTimes &Engine::times() { return impl_->times; }
const EngineOptions &Engine::options() const { return impl_->options; }

}  // namespace fastjit::jit
