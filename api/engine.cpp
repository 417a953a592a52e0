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
#include "ir/lower.h"
#include "ir/printer.h"
#include "runtime/interp/interpreter.h"
#include "runtime/io.h"

#include "llvm/Config/llvm-config.h"
#include "llvm/Support/Error.h"
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
  }
  void printStats() const {
    auto row = [](const char *phase, double seconds) {
      llvm::errs() << llvm::format("  %-14s %10.6f\n", phase, seconds);
    };
    llvm::errs() << "fastjit stats (seconds):\n";
    row("read+parse", parseSeconds);
    row("lower", lowerSeconds);
    row("run", runSeconds);
  }

  Options options;
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

llvm::Error Engine::emit(Emit what, llvm::raw_ostream &out) {
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
  case Emit::Asm:
    return scriptError("fastjit: error: --emit=" +
                       std::string(what == Emit::TypedIr ? "typed-ir"
                                   : what == Emit::Llvm  ? "llvm"
                                                         : "asm") +
                       " is not available yet: native compilation has not landed\n");
  }
  return llvm::Error::success();
}

llvm::Expected<int> Engine::run(llvm::ArrayRef<std::string> argv) {
  Impl &m = *impl_;
  if (llvm::Error err = lowerIfNeeded()) return std::move(err);
  if (m.options.mode == Mode::Jit)
    return scriptError("fastjit: error: cannot compile: native compilation has not landed yet; "
                       "use --mode=interp or --mode=auto\n");
  rt::setArgv(std::vector<std::string>(argv.begin(), argv.end()));
  PhaseTimer timer(m.runSeconds);
  int status = interp::runModule(*m.ir, *m.source);
  rt::flushStdout();
  return status;
}

}  // namespace fastjit
