// The `fastjit` executable: parses the command line with llvm::cl and hands everything else to the
// public API (include/fastjit/engine.h). It must stay a thin client: no compiler internals here.
//
// Exit status: the script's own status (0, 1 after an uncaught exception, sys.exit's code); 1 for
// programs fastjit refuses (syntax errors, unsupported constructs, `cannot compile` in jit mode);
// 2 for usage errors.
#include "cli/bench.h"
#include "fastjit/engine.h"

#include "llvm/Support/CommandLine.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <string>
#include <vector>

using namespace llvm;

namespace {

cl::OptionCategory fastjitCategory("fastjit options");

cl::opt<fastjit::Mode> modeOpt(
    "mode", cl::desc("How to run the program (default: auto)"), cl::init(fastjit::Mode::Auto),
    cl::values(
        clEnumValN(fastjit::Mode::Auto, "auto",
                   "compile what can be compiled, interpret the rest"),
        clEnumValN(fastjit::Mode::Jit, "jit",
                   "compile everything; refuse before running if something cannot be compiled"),
        clEnumValN(fastjit::Mode::Interp, "interp", "interpret only, never compile")),
    cl::cat(fastjitCategory));

cl::opt<unsigned> optLevelOpt("O", cl::desc("Optimization level of compiled code: -O0 .. -O3 (default: -O2)"),
                              cl::Prefix, cl::init(2), cl::cat(fastjitCategory));

cl::opt<fastjit::Emit> emitOpt(
    "emit", cl::desc("Print one stage of the program (tokens, ast and ir without running it)"),
    cl::values(clEnumValN(fastjit::Emit::Tokens, "tokens", "the token stream"),
               clEnumValN(fastjit::Emit::Ast, "ast", "the syntax tree"),
               clEnumValN(fastjit::Emit::Ir, "ir", "the untyped IR"),
               clEnumValN(fastjit::Emit::TypedIr, "typed-ir",
                          "the IR of each specialization with inferred types (runs the program)"),
               clEnumValN(fastjit::Emit::Llvm, "llvm",
                          "the optimized LLVM IR of each specialization (runs the program)"),
               clEnumValN(fastjit::Emit::Asm, "asm",
                          "the machine code of each specialization (runs the program)")),
    cl::cat(fastjitCategory));

// libLLVM registers its own -stats (pass statistics) when the parser first initializes; fastjit's
// --stats means something else, so it is created only after LLVM's has been removed (see main).
cl::opt<bool> &statsOpt() {
  static cl::opt<bool> opt("stats", cl::desc("Print the time of each phase to stderr"),
                           cl::cat(fastjitCategory));
  return opt;
}
cl::opt<bool> explainOpt("explain",
                         cl::desc("List each function and specialization: compiled or interpreted, and why"),
                         cl::cat(fastjitCategory));
cl::opt<bool> perfOpt("perf", cl::desc("Write /tmp/perf-<pid>.map and register compiled code with GDB"),
                      cl::cat(fastjitCategory));
cl::opt<bool> unsafeOpt("unsafe",
                        cl::desc("Drop bounds and overflow checks in compiled code (results may be wrong)"),
                        cl::cat(fastjitCategory));

cl::opt<std::string> scriptOpt(cl::Positional, cl::desc("script.py"), cl::cat(fastjitCategory));
cl::list<std::string> scriptArgs(cl::ConsumeAfter, cl::desc("[args...]"), cl::cat(fastjitCategory));

fastjit::Options optionsFromCommandLine() {
  fastjit::Options options;
  options.mode = modeOpt;
  options.optLevel = optLevelOpt;
  options.stats = statsOpt();
  options.explain = explainOpt;
  options.perf = perfOpt;
  options.unsafe = unsafeOpt;
  return options;
}

int usageError(const Twine &message) {
  errs() << "fastjit: error: " << message << "\n"
         << "Run 'fastjit --help' for usage.\n";
  return 2;
}

int runScript() {
  fastjit::Engine engine(optionsFromCommandLine());
  if (Error err = engine.loadFile(scriptOpt)) {
    std::fflush(stdout);
    errs() << toString(std::move(err));
    return 1;
  }
  std::vector<std::string> argv{scriptOpt};
  argv.insert(argv.end(), scriptArgs.begin(), scriptArgs.end());
  if (emitOpt.getNumOccurrences()) {
    if (Error err = engine.emit(emitOpt, outs(), argv)) {
      outs().flush();
      errs() << toString(std::move(err));
      return 1;
    }
    return 0;
  }
  Expected<int> status = engine.run(argv);
  if (!status) {
    std::fflush(stdout);
    errs() << toString(status.takeError());
    return 1;
  }
  return *status;
}

}  // namespace

int main(int argc, char **argv) {
  InitLLVM initLLVM(argc, argv);
  llvm::StringMap<cl::Option *> &registered = cl::getRegisteredOptions();
  if (auto it = registered.find("stats"); it != registered.end()) it->second->removeArgument();
  statsOpt();
  // libLLVM registers hundreds of its own options; --help shows only fastjit's.
  cl::HideUnrelatedOptions(fastjitCategory);
  cl::HideUnrelatedOptions(fastjit::cli::benchCategory(), fastjit::cli::benchSubCommand());
  cl::SetVersionPrinter([](raw_ostream &os) { os << fastjit::Engine::version() << "\n"; });
  std::string parseErrors;
  raw_string_ostream parseErrorStream(parseErrors);
  if (!cl::ParseCommandLineOptions(argc, argv,
                                   "fastjit: a JIT compiler for Python-syntax loop code\n\n"
                                   "  fastjit [options] script.py [args...]\n"
                                   "  fastjit bench [options] script.py [args...]\n",
                                   &parseErrorStream)) {
    errs() << parseErrorStream.str();  // LLVM's message already says how to get --help
    return 2;
  }
  if (optLevelOpt > 3)
    return usageError("-O" + Twine(optLevelOpt) + " is not an optimization level (use -O0 .. -O3)");

  if (fastjit::cli::benchSubCommand())
    return fastjit::cli::runBench(argv[0]);

  if (scriptOpt.empty())
    return usageError("no script given: fastjit [options] script.py [args...]");
  return runScript();
}
