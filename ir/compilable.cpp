// See compilable.h: inference of every function and every outermost module loop with all inputs
// dynamic, before anything runs.
#include "ir/compilable.h"

#include "ir/infer.h"
#include "ir/regions.h"

#include <string>

namespace fastjit::ir {

namespace {

// Knows nothing: every global and every call result may be anything.
class UnknownWorld : public InferenceContext {
public:
  llvm::Expected<Type> globalType(uint32_t) override { return Type::dynamic(); }
  llvm::Expected<Type> callReturnType(const Type &, const std::vector<Type> &) override {
    return Type::dynamic();
  }
};

// "line N: cannot compile X" -> "FILE:N: error: cannot compile X (in WHERE)".
llvm::Error refusal(const Module &module, int fallbackLine, const std::string &where,
                    std::string why) {
  int line = fallbackLine;
  if (why.rfind("line ", 0) == 0) {
    size_t colon = why.find(": ");
    if (colon != std::string::npos) {
      line = std::atoi(why.c_str() + 5);
      why = why.substr(colon + 2);
    }
  }
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 module.sourceName + ":" + std::to_string(line) + ": error: " +
                                     why + " (in " + where + "; --mode=jit compiles everything)\n");
}

}  // namespace

llvm::Error checkCompilable(const Module &module) {
  UnknownWorld world;
  for (size_t i = 1; i < module.functions.size(); ++i) {
    const Function &fn = *module.functions[i];
    std::vector<Type> args(fn.numParams, Type::dynamic());
    auto types = inferTypes(fn, args, world);
    if (!types)
      return refusal(module, fn.line, "function '" + fn.name + "'",
                     llvm::toString(types.takeError()));
  }
  const Function &top = module.top();
  std::vector<bool> none(module.globals.size(), false);
  for (const Loop &loop : outermostLoops(top)) {
    std::string where = "the loop at line " + std::to_string(loop.line);
    auto region = buildRegion(top, loop, none, none, module.globals);
    if (!region) return refusal(module, loop.line, where, "cannot compile this loop");
    std::vector<Type> args(region->fn->numParams, Type::dynamic());
    auto types = inferTypes(*region->fn, args, world);
    if (!types) return refusal(module, loop.line, where, llvm::toString(types.takeError()));
  }
  return llvm::Error::success();
}

}  // namespace fastjit::ir
