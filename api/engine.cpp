// The Engine behind the public API: drives the pipeline for one program.
//
//   load:  SourceFile -> frontend (lex, parse, checks, refusals) -> AST -> ir::lowerModule -> IR
//   emit:  a readable dump of one stage
//   run:   the interpreter (--mode=interp), or the JIT with the interpreter as fallback
//
// This file decides nothing about Python semantics; it only sequences the stages and turns their
// failures into the API's errors. Diagnostics are rendered once, here, as the error's message.
#include "fastjit/engine.h"

#include "frontend/dump.h"
#include "frontend/frontend.h"
#include "ir/compilable.h"
#include "ir/lower.h"
#include "ir/printer.h"
#include "jit/deopt.h"
#include "jit/jit.h"
#include "runtime/interp/interpreter.h"
#include "runtime/io.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <optional>

namespace fastjit {

// Wall-clock seconds of each phase, printed by --stats.
struct PhaseTimer {
  using Clock = std::chrono::steady_clock;
  explicit PhaseTimer(double &total) : total(total), start(Clock::now()) {}
  ~PhaseTimer() { total += std::chrono::duration<double>(Clock::now() - start).count(); }
  double &total;
  Clock::time_point start;
};

struct Engine::Impl {
  ~Impl() {
    if (options.stats) printStats();
    // The JIT restores the interpreter's hook on the functions it dispatched for, so they must
    // still exist when it goes: it dies first, then our references to them are dropped.
    jit.reset();
    attachedFunctions.clear();
  }
  void printStats() const {
    auto row = [](const char *phase, double seconds) {
      llvm::errs() << llvm::format("  %-14s %10.6f\n", phase, seconds);
    };
    llvm::errs() << "fastjit stats (seconds):\n";
    row("read+parse", parseSeconds);
    row("lower", lowerSeconds);
    if (jit) {
      // Compilation happens during the run (at first calls), so `run` includes these.
      const jit::PhaseTimes &t = jit->engine().times();
      row("infer", t.infer);
      row("codegen", t.codegen);
      row("optimize", t.optimize);
      row("machine code", t.machineCode);
    }
    row("run", runSeconds);
  }

  // --explain: every function of the program, and for each specialization whether it was compiled.
  void printExplain() const {
    llvm::raw_ostream &os = llvm::errs();
    os << "fastjit explain (mode " << modeName(options.mode) << "):\n";
    if (!jit) {
      os << "  nothing compiled: " << (options.mode == Mode::Interp ? "--mode=interp" : "no JIT")
         << "; every function ran in the interpreter\n";
      return;
    }
    if (jit->explain().empty()) os << "  no function was called: nothing to specialize\n";
    for (const jit::ExplainEntry &e : jit->explain()) {
      os << "  " << e.signature << ": " << (e.compiled ? "compiled" : "interpreted");
      if (!e.compiled) os << " (" << e.reason << ")";
      os << "\n";
    }
  }

  static const char *modeName(Mode mode) {
    switch (mode) {
    case Mode::Auto: return "auto";
    case Mode::Jit: return "jit";
    case Mode::Interp: return "interp";
    }
    return "?";
  }

  Options options;
  bool captureIR = false, captureAsm = false;  // set for --emit=llvm / --emit=asm
  std::unique_ptr<jit::Jit> jit;
  std::vector<rt::Value> attachedFunctions;  // kept alive as long as the JIT that dispatches them
  double parseSeconds = 0, lowerSeconds = 0, runSeconds = 0;
  std::optional<SourceFile> source;
  std::unique_ptr<ast::Module> ast;
  std::unique_ptr<ir::Module> ir;
};

Engine::Engine(Options options) : impl_(std::make_unique<Impl>()) { impl_->options = options; }
Engine::~Engine() = default;

std::string Engine::version() {
  return std::string("fastjit 0.1.0 (LLVM ") + LLVM_VERSION_STRING + ")";
}

static llvm::Error scriptError(std::string message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), message);
}

llvm::Error Engine::loadFile(llvm::StringRef path) {
  PhaseTimer timer(impl_->parseSeconds);
  if (llvm::sys::fs::is_directory(path))
    return scriptError("fastjit: error: '" + path.str() + "' is a directory, not a script\n");
  SourceFile file("", "");
  std::string reason;
  if (!SourceFile::load(path.str(), file, reason))
    return scriptError("fastjit: error: " + reason + "\n");
  impl_->source.emplace(std::move(file));
  return loadParsed();
}

llvm::Error Engine::loadSource(llvm::StringRef name, llvm::StringRef text) {
  PhaseTimer timer(impl_->parseSeconds);
  impl_->source.emplace(name.str(), text.str());
  return loadParsed();
}

llvm::Error Engine::loadParsed() {
  Impl &m = *impl_;
  m.ast.reset();
  m.ir.reset();
  Diagnostics diags(*m.source);
  m.ast = parseFile(*m.source, diags);
  if (!m.ast || diags.hasErrors()) {
    std::string text;
    llvm::raw_string_ostream os(text);
    diags.print(os);
    m.ast.reset();
    return scriptError(std::move(os.str()));
  }
  return llvm::Error::success();
}

// Lowering is done on demand: --emit=tokens/ast must work on programs the IR cannot take yet.
llvm::Error Engine::lowerIfNeeded() {
  Impl &m = *impl_;
  if (m.ir) return llvm::Error::success();
  if (!m.ast) return scriptError("fastjit: error: no program loaded\n");
  PhaseTimer timer(m.lowerSeconds);
  auto lowered = ir::lowerModule(*m.ast);
  if (!lowered) return lowered.takeError();
  m.ir = std::move(*lowered);
  return llvm::Error::success();
}

llvm::Error Engine::emit(Emit what, llvm::raw_ostream &out,
                         llvm::ArrayRef<std::string> argv) {
  Impl &m = *impl_;
  if (!m.source) return scriptError("fastjit: error: no program loaded\n");
  switch (what) {
  case Emit::Tokens: {
    Diagnostics diags(*m.source);
    dumpTokens(*m.source, out, diags);
    return llvm::Error::success();
  }
  case Emit::Ast:
    dumpAst(*m.ast, out);
    return llvm::Error::success();
  case Emit::Ir:
    if (llvm::Error err = lowerIfNeeded()) return err;
    ir::printModule(*m.ir, out);
    return llvm::Error::success();
  case Emit::TypedIr:
  case Emit::Llvm:
  case Emit::Asm: {
    if (m.options.mode == Mode::Interp)
      return scriptError("fastjit: error: --emit=typed-ir/llvm/asm show compiled code; they "
                         "cannot be used with --mode=interp\n");
    m.captureIR = what == Emit::Llvm;
    m.captureAsm = what == Emit::Asm;
    std::vector<std::string> args(argv.begin(), argv.end());
    if (args.empty()) args.push_back(m.source->name());
    llvm::Expected<int> status = run(args);
    if (!status) return status.takeError();
    if (!m.jit) return llvm::Error::success();
    if (what == Emit::TypedIr) out << m.jit->typedIR();
    else if (what == Emit::Llvm) out << m.jit->engine().takeOptimizedIR();
    else out << m.jit->engine().takeAssembly();
    return llvm::Error::success();
  }
  }
  return llvm::Error::success();
}

llvm::Expected<int> Engine::run(llvm::ArrayRef<std::string> argv) {
  Impl &m = *impl_;
  if (llvm::Error err = lowerIfNeeded()) return std::move(err);
  // --mode=jit refuses before running what could not be compiled for any types.
  if (m.options.mode == Mode::Jit)
    if (llvm::Error err = ir::checkCompilable(*m.ir)) return std::move(err);
  rt::setArgv(std::vector<std::string>(argv.begin(), argv.end()));

  interp::RunOptions runOptions;
  llvm::Error jitError = llvm::Error::success();
  if (m.options.mode != Mode::Interp) {
    // The JIT is created once the module's global slots exist; every `def` is then attached to
    // it, so each function compiles at its first call per signature and falls back to the
    // interpreter where it cannot be compiled.
    runOptions.callDepth = jit::callDepthCounter();
    // A compiled function whose guard fails continues its call in the interpreter (jit/deopt.h).
    jit::setInterpreterResume({&interp::deoptFrame, &interp::resumeFunction, &interp::discardFrame});
    runOptions.onStart = [&m, &jitError](rt::Value *globals, size_t) {
      jit::JitOptions jitOptions;
      jitOptions.engine.optLevel = static_cast<int>(m.options.optLevel);
      jitOptions.engine.perfMap = m.options.perf;
      jitOptions.engine.captureIR = m.captureIR;
      jitOptions.engine.captureAsm = m.captureAsm;
      jitOptions.unsafe = m.options.unsafe;
      // Compiling a module loop costs 10-50 ms (more for the process's first); interpreting an
      // iteration of a small loop body costs ~0.1-0.5 us. A loop is compiled after 2048
      // interpreted iterations: at most ~1 ms lost on a hot loop, and a short set-up or output
      // loop is not compiled at all. --mode=jit compiles every loop at once.
      if (m.options.mode != Mode::Jit) jitOptions.hotLoopIterations = 2048;
      // --mode=jit: a specialization that cannot be compiled fails its call ("cannot compile
      // <signature>: line N: reason") instead of running in the interpreter. What cannot be
      // compiled for any types was refused before running (checkCompilable above); this catches
      // the rest (an internal codegen error), at the first call.
      if (m.options.mode == Mode::Jit)
        jitOptions.onRefused = [](const jit::ExplainEntry &) { return false; };
      auto created = jit::Jit::create(*m.ir, globals, jitOptions);
      if (!created) {
        llvm::consumeError(std::move(jitError));
        jitError = created.takeError();
        return;
      }
      m.jit = std::move(*created);
    };
    // Outermost loops of module code are compiled when the interpreter enters them.
    static_assert(jit::kLoopRaised == interp::kLoopFailed &&
                  jit::kLoopNotCompiled == interp::kInterpretLoop);
    runOptions.onLoopEntry = [&m](uint32_t header, rt::Value *regs) -> int64_t {
      if (!m.jit) return interp::kInterpretLoop;
      return m.jit->runLoop(header, regs);
    };
    runOptions.onFunctionCreated = [&m](rt::FunctionObject *fn) {
      if (!m.jit) return;
      m.jit->attach(fn);
      m.attachedFunctions.push_back(rt::Value::borrow(fn));
    };
  }
  int status;
  {
    PhaseTimer timer(m.runSeconds);
    status = interp::runModule(*m.ir, *m.source, runOptions);
  }
  rt::flushStdout();
  if (jitError) return std::move(jitError);
  if (m.options.explain) m.printExplain();
  return status;
}

}  // namespace fastjit
