// LLVM declarations of the runtime helpers (jit/runtime_helpers.h), with the attributes that let
// the optimizer move code around them: all are nounwind (no C++ exception ever crosses compiled
// code); the pure ones are also memory(none)/willreturn. The signatures here must match the C
// declarations exactly; the names match jit/runtime_symbols.cpp.
#include "jit/codegen_impl.h"

namespace fastjit::jit {

using namespace llvm;

namespace {

struct HelperSig {
  const char *name;
  const char *sig;  // return type then parameters: v void, i i32, l i64, d double, p ptr;
                    // a final '.': variadic
  bool pure;        // no side effects, no exceptions: may be hoisted, merged, deleted
};

const HelperSig kHelpers[] = {
    {"fj_raise", "vip", false},
    {"fj_raise_numeric", "vi", false},
    {"fj_raise_recursion", "v", false},
    {"fj_raise_unexpected_type", "vp", false},
    {"fj_traceback", "vpip", false},
    {"fj_destroy", "vp", false},
    {"fj_int_pow", "illp", false},
    {"fj_int_truediv", "illp", false},
    {"fj_int_lshift", "illp", false},
    {"fj_int_rshift", "illp", false},
    {"fj_float_floordiv", "iddp", false},
    {"fj_float_mod", "iddp", false},
    {"fj_float_pow", "iddp", false},
    {"fj_complex_div", "iddddp", false},
    {"fj_complex_abs", "iddp", false},
    {"fj_compare_int_float", "ild", true},
    {"fj_float_to_int", "idp", false},
    {"fj_math1", "iidp", false},
    {"fj_math_log_int", "ilp", false},
    {"fj_math2", "iiddp", false},
    {"fj_math_to_int", "iidp", false},
    {"fj_random_randint", "illp", false},
    {"fj_list_new", "pl", false},
    {"fj_list_repeat", "ppl", false},
    {"fj_list_concat", "ppp", false},
    {"fj_list_append", "ipp", false},
    {"fj_list_set", "iplp", false},
    {"fj_make_tuple", "ppl", false},
    {"fj_random_random", "d", false},
    {"fj_call", "ipplp", false},
    {"fj_store_value", "vpp", false},
    {"fj_unbox_list_iter", "ppp", false},
    {"fj_store_list_iter", "ippl", false},
    {"fj_store_tuple_iter", "ippl", false},
    {"fj_deopt", "ippp.", false},
    {"fj_deopt_set_result", "vp", false},
    {"fj_deopt_take_result", "ip", false},
    {"fj_move_value", "vpp", false},
    // Generic operations on boxed Values (jit/runtime_dynamic.h).
    {"fj_dyn_binary", "iiippp", false},
    {"fj_dyn_unary", "iipp", false},
    {"fj_dyn_compare", "iipp", false},
    {"fj_dyn_truthy", "ip", false},
    {"fj_dyn_getitem", "ippp", false},
    {"fj_dyn_setitem", "ippp", false},
    {"fj_dyn_delitem", "ipp", false},
    {"fj_dyn_getslice", "ipppp" "p", false},
    {"fj_dyn_getattr", "ippp", false},
    {"fj_dyn_call", "ipplpp", false},
    {"fj_dyn_call_method", "ippplpp", false},
    {"fj_dyn_load_global", "ippp", false},
    {"fj_dyn_store_global", "vpp", false},
    {"fj_dyn_unpack", "iplp", false},
    {"fj_dyn_format", "ipipp", false},
    {"fj_dyn_build_string", "iplp", false},
    {"fj_dyn_get_iter", "ipp", false},
    {"fj_dyn_iter_next", "ipp", false},
    {"fj_dyn_range_init", "ipplp", false},
    {"fj_dyn_range_next", "ippppp", false},
    {"fj_dyn_raise_assert", "vp", false},
};

llvm::Type *letterType(LLVMContext &ctx, char c) {
  switch (c) {
  case 'v': return llvm::Type::getVoidTy(ctx);
  case 'i': return llvm::Type::getInt32Ty(ctx);
  case 'l': return llvm::Type::getInt64Ty(ctx);
  case 'd': return llvm::Type::getDoubleTy(ctx);
  default: return PointerType::get(ctx, 0);
  }
}

}  // namespace

FunctionCallee RuntimeDecls::get(const std::string &name) {
  for (const HelperSig &h : kHelpers) {
    if (name != h.name) continue;
    LLVMContext &ctx = m_.getContext();
    std::string sig = h.sig;
    bool variadic = sig.back() == '.';
    if (variadic) sig.pop_back();
    std::vector<llvm::Type *> params;
    for (size_t i = 1; i < sig.size(); ++i) params.push_back(letterType(ctx, sig[i]));
    auto *fty = FunctionType::get(letterType(ctx, sig[0]), params, variadic);
    FunctionCallee callee = m_.getOrInsertFunction(name, fty);
    if (auto *f = dyn_cast<Function>(callee.getCallee())) {
      f->addFnAttr(Attribute::NoUnwind);
      if (h.pure) {
        f->setDoesNotAccessMemory();
        f->addFnAttr(Attribute::WillReturn);
      }
      // Raising and deoptimizing are the cold paths of every check: keep them out of the hot
      // layout.
      if (name.rfind("fj_raise", 0) == 0 || name.rfind("fj_deopt", 0) == 0)
        f->addFnAttr(Attribute::Cold);
    }
    return callee;
  }
  report_fatal_error(("fastjit: undeclared runtime helper " + name).c_str());
}

GlobalVariable *RuntimeDecls::global(const std::string &name) {
  if (GlobalVariable *g = m_.getGlobalVariable(name)) return g;
  return new GlobalVariable(m_, llvm::Type::getInt64Ty(m_.getContext()), false,
                            GlobalValue::ExternalLinkage, nullptr, name);
}

}  // namespace fastjit::jit
