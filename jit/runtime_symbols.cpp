// The one list of native functions compiled code may call, by symbol name. The engine defines each
// as an absolute symbol in the JIT's main library; codegen declares them (with their attributes) in
// jit/codegen_runtime.cpp under the same names. A helper missing here is a link error at lookup
// time, which the engine reports as an llvm::Error, never a crash.
//
// libm functions are listed too, so that what a compiled `math.hypot` or float `%` binds to does
// not depend on which symbols the host process happens to export.
#include "jit/engine.h"

#include <cmath>

namespace fastjit::jit {

namespace {

// Function pointers of overloaded libm functions need the exact signature spelled out.
using D1 = double (*)(double);
using D2 = double (*)(double, double);

const RuntimeSymbol kSymbols[] = {
    {"hypot", reinterpret_cast<void *>(static_cast<D2>(&::hypot))},
    {"fmod", reinterpret_cast<void *>(static_cast<D2>(&::fmod))},
    {"pow", reinterpret_cast<void *>(static_cast<D2>(&::pow))},
    {"atan2", reinterpret_cast<void *>(static_cast<D2>(&::atan2))},
    {"floor", reinterpret_cast<void *>(static_cast<D1>(&::floor))},
    {"sqrt", reinterpret_cast<void *>(static_cast<D1>(&::sqrt))},
    {"exp", reinterpret_cast<void *>(static_cast<D1>(&::exp))},
    {"log", reinterpret_cast<void *>(static_cast<D1>(&::log))},
    {"sin", reinterpret_cast<void *>(static_cast<D1>(&::sin))},
    {"cos", reinterpret_cast<void *>(static_cast<D1>(&::cos))},
};

}  // namespace

const RuntimeSymbol *runtimeSymbols(size_t &count) {
  count = sizeof(kSymbols) / sizeof(kSymbols[0]);
  return kSymbols;
}

}  // namespace fastjit::jit
