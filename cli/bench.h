// `fastjit bench`: times one script under several modes (and optionally CPython) side by side.
#pragma once

#include "fastjit/engine.h"

#include "llvm/Support/CommandLine.h"

namespace fastjit::cli {

llvm::cl::SubCommand &benchSubCommand();
llvm::cl::OptionCategory &benchCategory();

// Runs the benchmark described by the bench options; returns the process exit status.
int runBench(const char *argv0);

}  // namespace fastjit::cli
