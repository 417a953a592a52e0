// `fastjit bench [--repeat=N] [--modes=interp,auto] [--python] script.py [args...]`
//
// Runs the script as separate processes, one mode after another in round-robin order so that the
// machine's noise spreads evenly over the modes, and reports the median wall time of each mode and
// its speedup over the interpreter. When the script prints `kernel_seconds S` lines (the reference
// workloads do), their medians are reported too: that is the hot part without start-up and compile
// time. Every run's output must be identical across modes, apart from `kernel_seconds` lines; a
// difference is reported and makes the exit status 1, because a fast wrong answer is not a result.
#include "cli/bench.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <optional>
#include <string>
#include <vector>

using namespace llvm;

namespace fastjit::cli {

llvm::cl::SubCommand &benchSubCommand() {
  static cl::SubCommand sub("bench", "Time a script in several modes side by side");
  return sub;
}

llvm::cl::OptionCategory &benchCategory() {
  static cl::OptionCategory category("fastjit bench options");
  return category;
}

namespace {

cl::opt<unsigned> repeatOpt("repeat", cl::desc("Runs per mode (default 3); the median is reported"),
                            cl::init(3), cl::sub(benchSubCommand()), cl::cat(benchCategory()));
cl::list<std::string> modesOpt("modes", cl::desc("Modes to compare (default: interp,auto)"),
                               cl::CommaSeparated, cl::sub(benchSubCommand()),
                               cl::cat(benchCategory()));
cl::opt<bool> pythonOpt("python", cl::desc("Also time `python3` on the same script"),
                        cl::sub(benchSubCommand()), cl::cat(benchCategory()));
cl::opt<std::string> benchScript(cl::Positional, cl::desc("script.py"), cl::sub(benchSubCommand()),
                                 cl::cat(benchCategory()));
cl::list<std::string> benchArgs(cl::ConsumeAfter, cl::desc("[args...]"),
                                cl::sub(benchSubCommand()), cl::cat(benchCategory()));

struct Runner {
  std::string label;               // "interp", "auto", "python3"
  std::string program;             // executable path
  std::vector<std::string> argv;   // full argv including argv[0]
  std::vector<double> wall;        // seconds per run
  std::vector<double> kernel;      // kernel_seconds per run (when the script prints it)
  std::optional<std::string> reference;  // output of the first run, kernel lines removed
};

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Splits the output into the comparable text and the kernel_seconds figure (if any).
std::string stripKernelLines(StringRef output, std::optional<double> &kernel) {
  std::string kept;
  SmallVector<StringRef> lines;
  output.split(lines, '\n');
  for (size_t i = 0; i < lines.size(); ++i) {
    StringRef line = lines[i];
    if (line.consume_front("kernel_seconds ")) {
      double seconds;
      if (!line.trim().getAsDouble(seconds)) kernel = seconds;
      continue;
    }
    kept += line.str();
    if (i + 1 < lines.size()) kept += '\n';
  }
  return kept;
}

std::string formatNumber(const char *fmt, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, fmt, v);
  return buf;
}

std::string formatTableRow(const std::string &mode, const std::string &wall,
                           const std::string &kernel, const std::string &wallSpeedup,
                           const std::string &kernelSpeedup) {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%-10s %12s %12s %14s %14s\n", mode.c_str(), wall.c_str(),
                kernel.c_str(), wallSpeedup.c_str(), kernelSpeedup.c_str());
  return buf;
}

}  // namespace

int runBench(const char *argv0) {
  if (benchScript.empty()) {
    errs() << "fastjit bench: error: no script given: fastjit bench [options] script.py [args...]\n";
    return 2;
  }
  if (repeatOpt == 0) {
    errs() << "fastjit bench: error: --repeat must be at least 1\n";
    return 2;
  }
  std::string self = sys::fs::getMainExecutable(argv0, reinterpret_cast<void *>(&runBench));
  std::vector<std::string> modes(modesOpt.begin(), modesOpt.end());
  if (modes.empty()) modes = {"interp", "auto"};

  std::vector<Runner> runners;
  for (const std::string &mode : modes) {
    if (mode != "interp" && mode != "auto" && mode != "jit") {
      errs() << "fastjit bench: error: unknown mode '" << mode << "' (use interp, auto, jit)\n";
      return 2;
    }
    Runner r{mode, self, {self, "--mode=" + mode, benchScript}, {}, {}, {}};
    r.argv.insert(r.argv.end(), benchArgs.begin(), benchArgs.end());
    runners.push_back(std::move(r));
  }
  if (pythonOpt) {
    ErrorOr<std::string> python = sys::findProgramByName("python3");
    if (!python) {
      errs() << "fastjit bench: error: --python given but python3 is not on PATH\n";
      return 2;
    }
    Runner r{"python3", *python, {*python, benchScript}, {}, {}, {}};
    r.argv.insert(r.argv.end(), benchArgs.begin(), benchArgs.end());
    runners.push_back(std::move(r));
  }

  SmallString<128> outPath;
  if (std::error_code ec = sys::fs::createTemporaryFile("fastjit-bench", "out", outPath)) {
    errs() << "fastjit bench: error: cannot create a temporary file: " << ec.message() << "\n";
    return 1;
  }
  bool mismatch = false;
  for (unsigned round = 0; round < repeatOpt; ++round) {
    for (Runner &r : runners) {
      std::vector<StringRef> args(r.argv.begin(), r.argv.end());
      std::optional<StringRef> redirects[] = {StringRef(""), StringRef(outPath), std::nullopt};
      auto start = std::chrono::steady_clock::now();
      std::string errMsg;
      int status = sys::ExecuteAndWait(r.program, args, std::nullopt, redirects, 0, 0, &errMsg);
      double seconds =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      if (status != 0) {
        errs() << "fastjit bench: error: " << r.label << " run exited with status " << status
               << (errMsg.empty() ? "" : ": " + errMsg) << "\n";
        sys::fs::remove(outPath);
        return 1;
      }
      auto buffer = MemoryBuffer::getFile(outPath);
      std::optional<double> kernel;
      std::string output = buffer ? stripKernelLines((*buffer)->getBuffer(), kernel) : "";
      r.wall.push_back(seconds);
      if (kernel) r.kernel.push_back(*kernel);
      if (!r.reference) r.reference = output;
      if (output != *runners.front().reference) {
        errs() << "fastjit bench: error: output of " << r.label << " differs from "
               << runners.front().label << "\n";
        mismatch = true;
      }
    }
  }
  sys::fs::remove(outPath);

  double interpWall = 0, interpKernel = 0;
  for (const Runner &r : runners)
    if (r.label == "interp") {
      interpWall = median(r.wall);
      interpKernel = r.kernel.empty() ? 0 : median(r.kernel);
    }
  outs() << "benchmark " << benchScript << " (median of " << repeatOpt.getValue() << ")\n";
  outs() << formatTableRow("mode", "wall s", "kernel s", "wall speedup", "kernel speedup");
  for (const Runner &r : runners) {
    double wall = median(r.wall);
    double kernel = r.kernel.empty() ? 0 : median(r.kernel);
    outs() << formatTableRow(r.label, formatNumber("%.4f", wall),
                             r.kernel.empty() ? "-" : formatNumber("%.4f", kernel),
                             interpWall > 0 ? formatNumber("%.2fx", interpWall / wall) : "-",
                             interpKernel > 0 && kernel > 0
                                 ? formatNumber("%.2fx", interpKernel / kernel)
                                 : "-");
  }
  return mismatch ? 1 : 0;
}

}  // namespace fastjit::cli
