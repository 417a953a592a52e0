// Compiled calls of the math and random module functions on unboxed numbers. Each is a direct
// call of the function the interpreter's module object calls (runtime/math_functions.h,
// runtime/random_mt.h through jit/runtime_helpers.h) with doubles and int64s, so results and
// errors are the interpreter's, without boxing the arguments or dispatching through rt::call.
// A few are cheaper inline and still exact: sqrt of a non-negative float (the instruction is
// correctly rounded, like libm's), the isnan/isinf/isfinite predicates, and uniform(a, b), which
// random.py defines as a + (b - a) * random() on the same generator.
//
// Which calls are typed is decided by inference (ir::builtinResultType); a call whose argument
// types are not handled here returns nullopt and goes through the generic builtin call.
#include "jit/codegen_impl.h"

#include "runtime/math_functions.h"

#include <cmath>

namespace fastjit::jit {

using namespace llvm;

namespace {

// The one-argument float functions by their Python name.
std::optional<rt::MathFn1> mathFn1(const std::string &fn) {
  static const std::pair<const char *, rt::MathFn1> table[] = {
      {"sqrt", rt::MathFn1::Sqrt},   {"exp", rt::MathFn1::Exp},   {"log", rt::MathFn1::Log},
      {"log2", rt::MathFn1::Log2},   {"log10", rt::MathFn1::Log10}, {"sin", rt::MathFn1::Sin},
      {"cos", rt::MathFn1::Cos},     {"tan", rt::MathFn1::Tan},   {"asin", rt::MathFn1::Asin},
      {"acos", rt::MathFn1::Acos},   {"atan", rt::MathFn1::Atan}, {"sinh", rt::MathFn1::Sinh},
      {"cosh", rt::MathFn1::Cosh},   {"tanh", rt::MathFn1::Tanh}, {"fabs", rt::MathFn1::Fabs}};
  for (const auto &[name, id] : table)
    if (fn == name) return id;
  return std::nullopt;
}

}  // namespace

std::optional<TV> FunctionEmitter::callModuleFunction(const std::string &name,
                                                      const std::vector<TV> &args,
                                                      const Type &result, int line) {
  for (const TV &a : args)
    if (!a.t.isReal()) return std::nullopt;
  auto fp = [&](double d) { return ConstantFP::get(b_.getDoubleTy(), d); };
  auto isInt = [](const TV &a) { return a.t.is(K::Int) || a.t.is(K::Bool); };
  size_t n = args.size();
  if (name.rfind("math.", 0) == 0) {
    std::string fn = name.substr(5);
    if (n == 1 && fn == "log" && isInt(args[0]))  // CPython's log of an int is not log(float(n))
      return TV{callWithOut("fj_math_log_int", {toInt(args[0])}, b_.getDoubleTy(), line), result};
    if (n == 1 && fn == "sqrt") {  // negative (ValueError) or NaN: the runtime's answer
      Value *x = toFloat(args[0]);
      return TV{withSlowPath(
                    b_.CreateFCmpOGE(x, fp(0.0)), [&] { return b_.CreateUnaryIntrinsic(Intrinsic::sqrt, x); },
                    [&] {
                      return callWithOut("fj_math1", {b_.getInt32(int32_t(rt::MathFn1::Sqrt)), x},
                                         b_.getDoubleTy(), line);
                    }),
                result};
    }
    if (n == 1) {
      if (std::optional<rt::MathFn1> id = mathFn1(fn))
        return TV{callWithOut("fj_math1", {b_.getInt32(int32_t(*id)), toFloat(args[0])},
                              b_.getDoubleTy(), line),
                  result};
    }
    // Two floats -> float; the codes are fj_math2's (jit/runtime_helpers.h).
    static const char *const twoArgs[] = {"atan2", "pow", "fmod", "log", "hypot", "copysign"};
    for (int32_t code = 0; n == 2 && code < 6; ++code)
      if (fn == twoArgs[code])
        return TV{callWithOut("fj_math2", {b_.getInt32(code), toFloat(args[0]), toFloat(args[1])},
                              b_.getDoubleTy(), line),
                  result};
    if (n == 1 && (fn == "floor" || fn == "ceil" || fn == "trunc")) {
      if (isInt(args[0])) return TV{toInt(args[0]), result};  // an int is returned unchanged
      int32_t code = fn == "floor" ? 0 : fn == "ceil" ? 1 : 2;
      return TV{callWithOut("fj_math_to_int", {b_.getInt32(code), args[0].v}, b_.getInt64Ty(), line), result};
    }
    if (n == 1 && (fn == "isnan" || fn == "isinf" || fn == "isfinite")) {
      Value *x = toFloat(args[0]);
      Value *magnitude = b_.CreateUnaryIntrinsic(Intrinsic::fabs, x);
      Value *r = fn == "isnan"   ? b_.CreateFCmpUNO(x, x)
                 : fn == "isinf" ? b_.CreateFCmpOEQ(magnitude, fp(HUGE_VAL))
                                 : b_.CreateFCmpOLT(magnitude, fp(HUGE_VAL));
      return TV{r, result};
    }
    return std::nullopt;
  }
  if (name == "random.uniform" && n == 2) {
    // random.py: a + (b - a) * self.random(), with Python's arithmetic on the given types: an
    // int - int difference is an int (OverflowError past int64), then converted like int * float.
    Value *diff = isInt(args[0]) && isInt(args[1])
                      ? b_.CreateSIToFP(intArith(Intrinsic::ssub_with_overflow, toInt(args[1]),
                                                 toInt(args[0]), line),
                                        b_.getDoubleTy())
                      : b_.CreateFSub(toFloat(args[1]), toFloat(args[0]));
    Value *scaled = b_.CreateFMul(diff, inlineRandom());
    return TV{b_.CreateFAdd(toFloat(args[0]), scaled), result};
  }
  if (name == "random.randint" && n == 2 && isInt(args[0]) && isInt(args[1]))
    return TV{callWithOut("fj_random_randint", {toInt(args[0]), toInt(args[1])}, b_.getInt64Ty(), line),
              result};
  return std::nullopt;
}

}  // namespace fastjit::jit
