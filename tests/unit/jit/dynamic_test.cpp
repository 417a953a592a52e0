// Compiled generic operations (jit/codegen_dynamic.cpp): functions lowered from Python source
// whose values inference could not type run as native code on boxed Values, through the runtime
// operations the interpreter uses — results, Python errors with the traceback line of the failing
// instruction, globals read and written at run time, lists whose storage strategy changes.
#include "frontend/frontend.h"
#include "ir/lower.h"
#include "jit/jit.h"
#include "runtime/errors.h"
#include "runtime/function.h"
#include "runtime/list.h"
#include "runtime/ops.h"
#include "runtime/str.h"

#include <gtest/gtest.h>

using namespace fastjit;

namespace {

// A lowered program with the global table its top level would leave: one function object per
// `def`; other globals as given.
struct Program {
  std::unique_ptr<SourceFile> file;
  std::unique_ptr<ir::Module> module;
  std::vector<rt::Value> globals;
  std::unique_ptr<jit::Jit> jit;

  Program(const std::string &source, std::vector<std::pair<std::string, rt::Value>> values = {}) {
    file = std::make_unique<SourceFile>("t.py", source);
    Diagnostics diags(*file);
    auto ast = parseFile(*file, diags);
    EXPECT_TRUE(ast != nullptr);
    auto mod = ir::lowerModule(*ast);
    EXPECT_TRUE(bool(mod));
    module = std::move(*mod);
    globals.assign(module->globals.size(), rt::Value::error());
    for (size_t f = 1; f < module->functions.size(); ++f) {
      const ir::Function &fn = *module->functions[f];
      std::vector<std::string> params(fn.regNames.begin(), fn.regNames.begin() + fn.numParams);
      set(fn.name, rt::makeFunction(fn.name, params, {}, &fn, nullptr, nullptr));
    }
    for (auto &[name, v] : values) set(name, v);
    auto j = jit::Jit::create(*module, globals.data());
    EXPECT_TRUE(bool(j));
    jit = std::move(*j);
  }
  void set(const std::string &name, rt::Value v) {
    for (size_t i = 0; i < module->globals.size(); ++i)
      if (module->globals[i] == name) globals[i] = std::move(v);
  }
  rt::Value &global(const std::string &name) {
    for (size_t i = 0; i < module->globals.size(); ++i)
      if (module->globals[i] == name) return globals[i];
    static rt::Value none;
    return none;
  }
  // Calls `name` compiled; the test fails if it cannot be compiled.
  rt::Value call(const std::string &name, std::vector<rt::Value> args) {
    for (auto &f : module->functions)
      if (f->name == name) {
        auto r = jit->call(*f, args.data(), args.size());
        if (!r) {
          ADD_FAILURE() << llvm::toString(r.takeError());
          return rt::Value::none();
        }
        return std::move(*r);
      }
    ADD_FAILURE() << "no function " << name;
    return rt::Value::none();
  }
};

std::string text(const rt::Value &v) { return rt::reprString(v); }

TEST(Dynamic, StrAndFStrings) {
  Program p("def f(s, n):\n"
            "    t = s + '!'\n"
            "    return f'{t}:{n:>3}|{len(t)!r}'\n");
  EXPECT_EQ(text(p.call("f", {rt::makeStr("ab"), rt::Value::integer(5)})), "'ab!:  5|3'");
}

TEST(Dynamic, MixedReturnTypes) {
  Program p("def f(c):\n"
            "    if c:\n"
            "        return 1\n"
            "    return 'one'\n");
  EXPECT_EQ(text(p.call("f", {rt::Value::boolean(true)})), "1");
  EXPECT_EQ(text(p.call("f", {rt::Value::boolean(false)})), "'one'");
}

TEST(Dynamic, GenericLoopsAndCalls) {
  Program p("def f(s, n):\n"
            "    out = []\n"
            "    for ch in s:\n"
            "        out.append(ch * 2)\n"
            "    for i in range(n):\n"
            "        out.append(i)\n"
            "    return sorted([len(x) for x in out[:3]], reverse=True), out\n");
  // n is a str-derived dynamic value in real programs; here an int keeps range typed.
  EXPECT_EQ(text(p.call("f", {rt::makeStr("abc"), rt::Value::integer(2)})),
            "([2, 2, 2], ['aa', 'bb', 'cc', 0, 1])");
}

TEST(Dynamic, ErrorsCarryTheLine) {
  Program p("def f(x):\n"
            "    y = x * 2\n"
            "    return y + 'a'\n");
  rt::Value args[] = {rt::Value::integer(3)};
  auto r = p.jit->call(*p.module->functions[1], args, 1);
  ASSERT_TRUE(bool(r));
  ASSERT_TRUE(r->isError());
  rt::PendingException exc = rt::takePending();
  EXPECT_EQ(exc.type, rt::ExcType::TypeError);
  EXPECT_EQ(exc.message, "unsupported operand type(s) for +: 'int' and 'str'");
  ASSERT_EQ(exc.traceback.size(), 1u);
  EXPECT_EQ(exc.traceback[0].line, 3);
  EXPECT_EQ(exc.traceback[0].function, "f");
}

TEST(Dynamic, UnpackingErrors) {
  Program p("def f(xs):\n"
            "    a, b = xs\n"
            "    return b\n");
  rt::Value items[] = {rt::makeStr("p"), rt::makeStr("q")};
  EXPECT_EQ(text(p.call("f", {rt::makeListFrom(items, 2)})), "'q'");
  rt::Value bad = rt::makeStr("xyz");
  auto r = p.jit->call(*p.module->functions[1], &bad, 1);
  ASSERT_TRUE(bool(r) && r->isError());
  rt::PendingException exc = rt::takePending();
  EXPECT_EQ(exc.type, rt::ExcType::ValueError);
  EXPECT_EQ(exc.message, "too many values to unpack (expected 2)");
  EXPECT_EQ(exc.traceback.back().line, 2);
}

TEST(Dynamic, GlobalsReadAndWrittenAtRunTime) {
  Program p("counter = 0\n"
            "counter = 41\n"
            "def bump():\n"
            "    global counter\n"
            "    counter = counter + 1\n"
            "    return counter\n"
            "def missing():\n"
            "    return nowhere + 1\n",
            {{"counter", rt::Value::integer(41)}});
  EXPECT_EQ(text(p.call("bump", {})), "42");
  EXPECT_EQ(text(p.global("counter")), "42");
  EXPECT_EQ(text(p.call("bump", {})), "43");
  auto r = p.jit->call(*p.module->functions[2], nullptr, 0);
  ASSERT_TRUE(bool(r) && r->isError());
  rt::PendingException exc = rt::takePending();
  EXPECT_EQ(exc.type, rt::ExcType::NameError);
  EXPECT_EQ(exc.message, "name 'nowhere' is not defined");
}

TEST(Dynamic, StorageSwitchThroughAnAlias) {
  Program p("def f(a):\n"
            "    b = a\n"
            "    b[0] = 1.5\n"
            "    return a[0] + a[1]\n");
  rt::Value ints[] = {rt::Value::integer(1), rt::Value::integer(2)};
  EXPECT_EQ(text(p.call("f", {rt::makeListFrom(ints, 2)})), "3.5");
}

TEST(Dynamic, FixedResultBuiltinsAreUnboxed) {
  Program p("def f(s):\n"
            "    n = int(s)\n"
            "    t = 0\n"
            "    for i in range(n):\n"
            "        t += i\n"
            "    return t * 2 + len(s)\n");
  EXPECT_EQ(text(p.call("f", {rt::makeStr("100")})), "9903");
  rt::Value bad = rt::makeStr("x1");
  auto r = p.jit->call(*p.module->functions[1], &bad, 1);
  ASSERT_TRUE(bool(r) && r->isError());
  rt::PendingException exc = rt::takePending();
  EXPECT_EQ(exc.type, rt::ExcType::ValueError);
  EXPECT_EQ(exc.traceback.back().line, 2);
}

TEST(Dynamic, BoxedIntsTakeTheInlinePaths) {
  // x is dynamic (an int or a str): +, * and < on two ints run inline, with the overflow check.
  Program p("def f(n, c):\n"
            "    x = n\n"
            "    if c:\n"
            "        x = 'ab'\n"
            "    t = 0\n"
            "    for i in range(3):\n"
            "        if i < x:\n"
            "            t = t + x * 2\n"
            "    return t\n"
            "def g(n, c):\n"
            "    x = n\n"
            "    if c:\n"
            "        x = 'ab'\n"
            "    return x * 2 + x\n");
  EXPECT_EQ(text(p.call("f", {rt::Value::integer(2), rt::Value::boolean(false)})), "8");
  EXPECT_EQ(text(p.call("g", {rt::Value::integer(5), rt::Value::boolean(false)})), "15");
  EXPECT_EQ(text(p.call("g", {rt::Value::integer(5), rt::Value::boolean(true)})), "'ababab'");
  rt::Value args[] = {rt::Value::integer(int64_t(1) << 62), rt::Value::boolean(false)};
  auto r = p.jit->call(*p.module->functions[2], args, 2);
  ASSERT_TRUE(bool(r) && r->isError());
  rt::PendingException exc = rt::takePending();
  EXPECT_EQ(exc.type, rt::ExcType::OverflowError);
  EXPECT_EQ(exc.traceback.back().line, 14);
  // int < str: the generic comparison's TypeError.
  rt::Value args2[] = {rt::Value::integer(1), rt::Value::boolean(true)};
  r = p.jit->call(*p.module->functions[1], args2, 2);
  ASSERT_TRUE(bool(r) && r->isError());
  exc = rt::takePending();
  EXPECT_EQ(exc.type, rt::ExcType::TypeError);
  EXPECT_EQ(exc.traceback.back().line, 7);
}

TEST(Dynamic, AssertWithAnyMessage) {
  Program p("def f(x):\n"
            "    assert x > 1, ('small', x)\n"
            "    return x\n");
  EXPECT_EQ(text(p.call("f", {rt::Value::integer(2)})), "2");
  rt::Value one = rt::Value::integer(1);
  auto r = p.jit->call(*p.module->functions[1], &one, 1);
  ASSERT_TRUE(bool(r) && r->isError());
  rt::PendingException exc = rt::takePending();
  EXPECT_EQ(exc.type, rt::ExcType::AssertionError);
  EXPECT_EQ(exc.message, "('small', 1)");
}

}  // namespace
