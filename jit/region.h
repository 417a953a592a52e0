// Private to jit/: the JIT's state for one module-level loop (jit/region.cpp). Not an interface.
#pragma once

#include "ir/regions.h"
#include "jit/jit.h"

#include <memory>
#include <string>
#include <vector>

namespace fastjit::jit {

// One compiled (or refused) version of a loop, for one tuple of entry types.
struct LoopVersion {
  std::vector<Type> key;         // types of the live-in registers and the globals the loop reads
  RegionEntry entry = nullptr;   // nullptr: cannot be compiled, interpret
  std::unique_ptr<ir::Region> region;
  std::unique_ptr<ir::Specialization> spec;
  std::vector<rt::Value> seen;   // values of the guarded globals at compile time (kept alive)
  std::string error;
};

struct Jit::LoopState {
  ir::Loop loop;
  std::vector<ir::Reg> liveIn;      // live-in registers the loop uses (not constants)
  std::vector<uint32_t> promotable; // globals the loop touches that no function mentions
  std::vector<uint32_t> table;      // globals the loop touches that functions see
  std::vector<std::unique_ptr<LoopVersion>> versions;
  int deopts = 0;                   // guard failures: past a limit the loop stays interpreted
  // Iterations the interpreter has run, this loop's and its inner loops' (JitOptions::
  // hotLoopIterations), and the loops around this one, which count its iterations too.
  uint64_t iterations = 0;
  std::vector<LoopState *> enclosing;
  // After meeting a version that cannot be compiled, the next `skip` entries (one per iteration
  // when the loop is interpreted) go straight to the interpreter; `backoff` doubles each time,
  // so a loop that never compiles costs almost nothing, and one whose types settle (a list
  // empty on the first iteration) is still retried.
  uint32_t skip = 0, backoff = 0;
  bool disabled = false;
};

}  // namespace fastjit::jit
