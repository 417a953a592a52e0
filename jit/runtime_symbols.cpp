// The one list of native functions compiled code may call, by symbol name. The engine defines each
// as an absolute symbol in the JIT's main library; codegen declares them (with their attributes) in
// jit/codegen_runtime.cpp under the same names; jit/runtime_helpers.h has their C declarations. A helper missing here is a link error at lookup
// time, which the engine reports as an llvm::Error, never a crash.
//
// libm functions are listed too, so that what a compiled `math.hypot` or float `%` binds to does
// not depend on which symbols the host process happens to export.
#include "jit/engine.h"
#include "jit/runtime_dynamic.h"
#include "jit/runtime_helpers.h"

#include <cmath>
#include <iterator>
#include <vector>

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
#define FJ_SYMBOL(name) {#name, reinterpret_cast<void *>(&name)}
    FJ_SYMBOL(fj_call_depth),
    FJ_SYMBOL(fj_recursion_limit),
    FJ_SYMBOL(fj_raise),
    FJ_SYMBOL(fj_raise_numeric),
    FJ_SYMBOL(fj_raise_recursion),
    FJ_SYMBOL(fj_traceback),
    FJ_SYMBOL(fj_destroy),
    FJ_SYMBOL(fj_int_pow),
    FJ_SYMBOL(fj_int_truediv),
    FJ_SYMBOL(fj_int_lshift),
    FJ_SYMBOL(fj_int_rshift),
    FJ_SYMBOL(fj_float_floordiv),
    FJ_SYMBOL(fj_float_mod),
    FJ_SYMBOL(fj_float_pow),
    FJ_SYMBOL(fj_complex_div),
    FJ_SYMBOL(fj_complex_abs),
    FJ_SYMBOL(fj_compare_int_float),
    FJ_SYMBOL(fj_float_to_int),
    FJ_SYMBOL(fj_math1),
    FJ_SYMBOL(fj_math_log_int),
    FJ_SYMBOL(fj_math2),
    FJ_SYMBOL(fj_math_to_int),
    FJ_SYMBOL(fj_random_randint),
    FJ_SYMBOL(fj_list_new),
    FJ_SYMBOL(fj_list_repeat),
    FJ_SYMBOL(fj_list_concat),
    FJ_SYMBOL(fj_list_append),
    FJ_SYMBOL(fj_list_set),
    FJ_SYMBOL(fj_random_random),
    FJ_SYMBOL(fj_random_generator),
    FJ_SYMBOL(fj_make_tuple),
    FJ_SYMBOL(fj_call),
    FJ_SYMBOL(fj_raise_unexpected_type),
    FJ_SYMBOL(fj_store_value),
    FJ_SYMBOL(fj_unbox_list_iter),
    FJ_SYMBOL(fj_store_list_iter),
    FJ_SYMBOL(fj_store_tuple_iter),
    FJ_SYMBOL(fj_deopt),
    FJ_SYMBOL(fj_deopt_set_result),
    FJ_SYMBOL(fj_deopt_take_result),
    FJ_SYMBOL(fj_move_value),
#undef FJ_SYMBOL
};

}  // namespace

const RuntimeSymbol *runtimeSymbols(size_t &count) {
  // The generic helpers keep their own list next to their definitions (jit/runtime_dynamic.cpp).
  static const std::vector<RuntimeSymbol> all = [] {
    std::vector<RuntimeSymbol> v(std::begin(kSymbols), std::end(kSymbols));
    size_t n = 0;
    const RuntimeSymbol *dynamic = dynamicRuntimeSymbols(n);
    v.insert(v.end(), dynamic, dynamic + n);
    return v;
  }();
  count = all.size();
  return all.data();
}

}  // namespace fastjit::jit
