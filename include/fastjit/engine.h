// The public embedding API of fastjit: load a Python-subset program, inspect its stages, run it.
// The `fastjit` executable is a thin client of this header; C++ applications embed fastjit the same
// way. Nothing here exposes the compiler's internals: the pipeline (frontend, IR, interpreter, JIT)
// stays behind the Engine.
//
// Errors that concern the program (syntax errors, refused constructs, `cannot compile` in jit mode)
// come back as llvm::Error whose message is the rendered, Clang-style diagnostic text. Python
// exceptions raised while the program runs are not C++ errors: run() prints the traceback to the
// error stream and returns exit status 1, as CPython does.
#pragma once

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>

namespace fastjit {

// How a program runs. Auto compiles what can be compiled and interprets the rest; Jit refuses, before
// running, a program with anything that cannot be compiled; Interp never compiles.
enum class Mode { Auto, Jit, Interp };

// The stage dumps of `--emit`.
enum class Emit { Tokens, Ast, Ir, TypedIr, Llvm, Asm };

struct Options {
  Mode mode = Mode::Auto;
  unsigned optLevel = 2;  // 0..3, LLVM's optimization level for compiled code
  bool stats = false;     // per-phase times on the error stream after the run
  bool explain = false;   // what was compiled, what was not and why, on the error stream
  bool perf = false;      // write /tmp/perf-<pid>.map and register code with GDB
  bool unsafe = false;    // drop bounds and overflow checks in compiled code (not Python semantics!)
};

class Engine {
public:
  explicit Engine(Options options = {});
  ~Engine();
  Engine(const Engine &) = delete;
  Engine &operator=(const Engine &) = delete;

  // Reads and checks a program: lexing, parsing and refusal of constructs outside the subset.
  // On failure the error's message holds every diagnostic, rendered.
  llvm::Error loadFile(llvm::StringRef path);
  llvm::Error loadSource(llvm::StringRef name, llvm::StringRef text);

  // Writes a readable dump of one stage of the loaded program. The typed IR, LLVM IR and assembly
  // exist per specialization, that is per call signature seen while running: for those three the
  // program is run first (with sys.argv = argv, its output going to stdout as usual), then the
  // dump of every specialization it compiled follows.
  llvm::Error emit(Emit what, llvm::raw_ostream &out, llvm::ArrayRef<std::string> argv = {});

  // Runs the loaded program with sys.argv = argv (argv[0] is the script's name) and returns the
  // process exit status: 0, 1 after an uncaught exception (traceback printed), or sys.exit's code.
  // Program output goes to the process's stdout.
  llvm::Expected<int> run(llvm::ArrayRef<std::string> argv);

  // The fastjit version string, e.g. "fastjit 0.1.0 (LLVM 19.1.7)".
  static std::string version();

private:
  llvm::Error loadParsed();
  llvm::Error lowerIfNeeded();

  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace fastjit
