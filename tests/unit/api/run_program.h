// Runs a Python program through the embedding API (include/fastjit/engine.h) with stdout and
// stderr captured, for the API tests that compare modes: the exit status, both streams and how
// many times compiled code deoptimized to the interpreter during the run (jit::deoptCount).
#pragma once

#include "fastjit/engine.h"
#include "jit/deopt.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

namespace fastjit::testing {

struct Outcome {
  int status = -1;
  std::string out, err;
  int64_t deopts = 0;
};

inline Outcome runProgram(const fastjit::Options &options, const std::string &source) {
  fastjit::Engine engine(options);
  Outcome o;
  if (llvm::Error err = engine.loadSource("prog.py", source)) {
    ADD_FAILURE() << llvm::toString(std::move(err));
    return o;
  }
  int64_t before = fastjit::jit::deoptCount();
  ::testing::internal::CaptureStdout();
  ::testing::internal::CaptureStderr();
  llvm::Expected<int> status = engine.run({"prog.py"});
  o.out = ::testing::internal::GetCapturedStdout();
  o.err = ::testing::internal::GetCapturedStderr();
  o.deopts = fastjit::jit::deoptCount() - before;
  if (!status) {
    ADD_FAILURE() << llvm::toString(status.takeError());
    return o;
  }
  o.status = *status;
  return o;
}

}  // namespace fastjit::testing
