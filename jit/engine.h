// The native-code engine: a thin wrapper around ORC's LLJIT that owns everything about turning an
// LLVM module into callable machine code for this host. Code generation (jit/codegen.cpp) hands it
// finished modules; the API asks it for addresses by symbol name.
//
// What it adds to plain LLJIT: host CPU features, the new pass manager at -O0..-O3 (no fast-math:
// Python floats are IEEE), the runtime helper symbols of jit/runtime_symbols.cpp defined as
// absolute symbols (compiled code never resolves against the process by accident), a perf map
// (/tmp/perf-<pid>.map) and GDB JIT registration so tools see compiled functions by their Python
// names, optional capture of the optimized IR / assembly text for `--emit=llvm|asm`, and per-phase
// timers for `--stats`.
//
// This header deliberately includes only llvm/Support/Error.h: files that merely hold an engine
// must not pay for ORC's headers. It does not know Python; it must not grow semantics.
#pragma once

#include "llvm/Support/Error.h"

#include <cstdint>
#include <memory>
#include <string>

namespace llvm {
class LLVMContext;
class Module;
class DataLayout;
class Triple;
class TargetMachine;
}  // namespace llvm

namespace fastjit::jit {

struct EngineOptions {
  int optLevel = 2;          // 0..3, like -O
  bool perfMap = false;      // append "addr size name" lines to /tmp/perf-<pid>.map (--perf)
  bool gdbRegistration = true;  // register objects with GDB's JIT interface (cheap when no gdb)
  bool captureIR = false;    // keep the optimized module text (--emit=llvm)
  bool captureAsm = false;   // keep the generated assembly text (--emit=asm)
  bool fastMath = false;     // only with --fast-math; off keeps IEEE semantics
  std::string perfMapPath;   // empty: /tmp/perf-<pid>.map (tests point it elsewhere)
};

// Wall-clock seconds spent in each phase, accumulated over every module (--stats).
struct PhaseTimes {
  double infer = 0;        // type inference / specialization (filled in by jit/jit.cpp)
  double codegen = 0;      // typed IR -> LLVM IR (filled in by codegen, which owns that phase)
  double optimize = 0;     // new-pass-manager pipeline
  double machineCode = 0;  // instruction selection .. object file
  int modules = 0;         // modules compiled
};

class Engine {
public:
  static llvm::Expected<std::unique_ptr<Engine>> create(const EngineOptions &options = {});
  ~Engine();
  Engine(const Engine &) = delete;
  Engine &operator=(const Engine &) = delete;

  // Data layout and triple that modules added here must use (codegen sets them on new modules).
  const llvm::DataLayout &dataLayout() const;
  const llvm::Triple &triple() const;
  // Creates an empty module with this engine's triple and data layout.
  std::unique_ptr<llvm::Module> newModule(const std::string &name, llvm::LLVMContext &ctx) const;

  // Hands a finished module to the JIT. It is verified first: a broken module is an Error
  // (a codegen bug), never a crash. Optimization and machine-code generation happen lazily, at
  // the first lookup of one of its symbols.
  llvm::Error addModule(std::unique_ptr<llvm::LLVMContext> ctx, std::unique_ptr<llvm::Module> m);

  // Address of a defined symbol, compiling its module if needed.
  llvm::Expected<void *> lookup(const std::string &name);

  // Text captured under captureIR / captureAsm since the last take, in compilation order.
  std::string takeOptimizedIR();
  std::string takeAssembly();

  PhaseTimes &times();
  const EngineOptions &options() const;

private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// The address of a runtime helper by its symbol name, or nullptr (jit/runtime_symbols.cpp).
// Every helper compiled code may call is listed there, once.
struct RuntimeSymbol {
  const char *name;
  void *address;
};
const RuntimeSymbol *runtimeSymbols(size_t &count);

}  // namespace fastjit::jit
