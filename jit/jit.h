// The JIT as the rest of fastjit sees it: specialize a function for the types of the arguments it
// is called with, compile it (and every callee it needs) to native code, and hand back an entry
// that takes and returns boxed rt::Values. This is what api/ uses; it hides the Specializer, the
// codegen and the ORC engine behind one object per loaded program.
//
// Two ways in:
//   * entry(fn, args): the boxed entry for these argument values, or an llvm::Error whose message
//     is "<fn>[types]: line N: cannot compile <reason>" (for --explain and --mode=jit).
//   * attach(functionObject): swaps the function's invoke hook for a dispatcher that compiles on
//     first call per signature and falls back to the previous hook (the interpreter) when the
//     specialization cannot be compiled. Compiled and interpreted code then call each other
//     through rt::call, boxing only at that boundary.
// It must not run Python code itself, and it never throws: every failure is an llvm::Error or a
// fallback.
#pragma once

#include "jit/codegen.h"
#include "jit/engine.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace fastjit::rt {
struct FunctionObject;
}

namespace fastjit::jit {

using ir::Type;

// One line per specialization tried, for --explain: compiled or not, and why.
struct ExplainEntry {
  std::string signature;  // "fib[int]"
  bool compiled = false;
  std::string reason;     // when not compiled: "line 7: cannot compile ..."
};

struct JitOptions {
  EngineOptions engine;
  bool unsafe = false;  // --unsafe
  // The script's name in traceback lines. Empty: the module's sourceName made absolute against
  // the working directory, as the interpreter (and CPython 3.11) print it.
  std::string tracebackFile;
  // Called by the dispatcher when a specialization cannot be compiled (for --mode=jit). Return
  // true to run the function in the interpreter instead (auto mode, the default when unset);
  // false to fail the call with a RuntimeError "cannot compile <signature>: line N: ...".
  std::function<bool(const ExplainEntry &)> onRefused;
  // Module-level loops are compiled once the interpreter has run this many iterations of them
  // (an inner loop's iterations count for the loops around it too), so that a short loop of a
  // script's set-up or output does not pay a compilation (tens of milliseconds) to save less.
  // 0: compile every loop at its first entry (--mode=jit compiles everything).
  uint32_t hotLoopIterations = 0;
};

// Results of Jit::runLoop besides "continue at (block << 32) | instruction"; the same values as
// interp::kLoopFailed and interp::kInterpretLoop.
inline constexpr int64_t kLoopRaised = -1;
inline constexpr int64_t kLoopNotCompiled = -2;

// The call-depth counter of compiled frames (RecursionError past 1000 active frames, the module's
// included). Hand it to the interpreter (interp::RunOptions::callDepth) so both count together.
int64_t *callDepthCounter();

struct LoopVersion;  // one compiled version of a module loop (jit/region.h)

class Jit {
public:
  // globals: the module's global slots (module.globals.size() Values, Tag::Error = unbound), at a
  // stable address for the life of the Jit; read when specializing.
  static llvm::Expected<std::unique_ptr<Jit>> create(const ir::Module &module,
                                                     const rt::Value *globals,
                                                     const JitOptions &options = {});
  ~Jit();

  // spec (optional) receives the specialization, whose volatile globals the caller must check
  // before every later use of the entry (ir::Specializer::volatileClosure).
  llvm::Expected<BoxedEntry> entry(const ir::Function &fn, const rt::Value *args, size_t nargs,
                                   ir::Specialization **spec = nullptr);

  // Calls fn compiled: Value::error() with the Python exception pending on a Python error; an
  // llvm::Error when it cannot be compiled.
  llvm::Expected<rt::Value> call(const ir::Function &fn, const rt::Value *args, size_t nargs);

  // Makes `fn` (a function of this module) dispatch to compiled code. Its previous invoke hook is
  // kept as the fallback. Idempotent.
  void attach(rt::FunctionObject *fn);

  // Module-level loops (jit/region.cpp): runs the loop of `<module>` whose header is
  // block `header`, given `<module>`'s register file, compiling it on first use per entry types.
  // Returns what interp::RunOptions::onLoopEntry returns (where to continue, kLoopFailed, or
  // kInterpretLoop when the loop cannot be compiled).
  int64_t runLoop(uint32_t header, rt::Value *regs);
  struct LoopState;  // per loop: its analysis, compiled versions and counters (jit/region.cpp)

  const std::vector<ExplainEntry> &explain() const { return explain_; }
  // The inferred types of every specialization (--emit=typed-ir).
  std::string typedIR() const;

  Engine &engine() { return *engine_; }
  const JitOptions &options() const { return options_; }
  ir::Specializer &specializer() { return *specializer_; }

  struct Attached;  // the dispatcher's per-function state (jit.cpp)

private:
  Jit();
  llvm::Error compilePending();
  LoopState *loopState(uint32_t header);
  void findEnclosingLoops();
  std::string loopsTypedIR() const;
  llvm::Expected<RegionEntry> compileLoop(LoopState &loop, rt::Value *regs,
                                          LoopVersion &version, const std::string &name);

  const ir::Module *module_ = nullptr;
  JitOptions options_;
  std::unique_ptr<Engine> engine_;
  std::unique_ptr<ir::Specializer> specializer_;
  std::vector<ExplainEntry> explain_;
  int batch_ = 0;
  std::vector<std::unique_ptr<Attached>> attached_;
  rt::Value *globals_ = nullptr;
  std::vector<std::unique_ptr<LoopState>> loops_;
  std::vector<LoopState *> loopAtHeader_;  // by header block (empty until the first loop entry)
};

}  // namespace fastjit::jit
