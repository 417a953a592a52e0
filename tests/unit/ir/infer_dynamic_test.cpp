// Type inference (ir/infer.h) of dynamic values, on functions lowered from Python source: precise types stay
// precise (typed kernels, int|float unions), and what cannot be typed becomes dynamic with its
// instructions marked generic instead of refusing the function — str operations, f-strings,
// globals that change, a list whose storage strategy a store may switch. Only nested `def`s
// are still refused.
#include "frontend/frontend.h"
#include "ir/infer.h"
#include "ir/lower.h"

#include "tests/unit/lowered_program.h"

#include <gtest/gtest.h>

#include <string>

using namespace fastjit;
using ir::Type;
using K = ir::Type::Kind;

namespace {

std::unique_ptr<ir::Module> lower(const std::string &source) {
  return fastjit::testing::lowerSource(source);
}

// Globals named like a builtin are that builtin; every other global is dynamic (as the
// specializer answers for a global assigned more than once); user functions are not called.
class Context : public ir::InferenceContext {
public:
  explicit Context(const ir::Module &m) : m_(m) {}
  llvm::Expected<Type> globalType(uint32_t slot) override {
    const std::string &name = m_.globals[slot];
    for (const char *b : {"len", "range", "print", "abs", "int"})
      if (name == b) return Type::builtin(nullptr, name);
    return Type::dynamic();
  }
  llvm::Expected<Type> callReturnType(const Type &, const std::vector<Type> &) override {
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "no user functions here");
  }

private:
  const ir::Module &m_;
};

struct Inferred {
  std::unique_ptr<ir::Module> module;
  const ir::Function *fn = nullptr;
  ir::FunctionTypes types;
  std::string error;

  const Type &var(const std::string &name) const {
    for (size_t r = 0; r < fn->regNames.size(); ++r)
      if (fn->regNames[r] == name) return types.regs[r];
    static Type none;
    ADD_FAILURE() << "no variable " << name;
    return none;
  }
  // How many instructions with this opcode are generic / typed.
  int count(ir::Op op, bool generic) const {
    int n = 0;
    for (const ir::Block &b : fn->blocks)
      for (const ir::Instruction &i : b.insts)
        if (i.op == op && types.isGeneric(i) == generic) ++n;
    return n;
  }
};

Inferred infer(const std::string &source, const std::vector<Type> &args) {
  Inferred r;
  r.module = lower(source);
  if (!r.module) return r;
  r.fn = r.module->functions[1].get();  // the first def
  Context ctx(*r.module);
  auto types = ir::inferTypes(*r.fn, args, ctx);
  if (!types) r.error = llvm::toString(types.takeError());
  else r.types = std::move(*types);
  return r;
}

TEST(InferDynamic, TypedKernelStaysTyped) {
  auto r = infer("def f(n):\n"
                 "    t = 0\n"
                 "    for i in range(n):\n"
                 "        t += i * 2\n"
                 "    return t\n",
                 {Type::integer()});
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.types.result, Type::integer());
  EXPECT_TRUE(r.types.generic.empty());
}

TEST(InferDynamic, UnionsStaySplitNotDynamic) {
  auto r = infer("def f(n):\n"
                 "    x = 0\n"
                 "    if n > 2:\n"
                 "        x += 0.5\n"
                 "    return x\n",
                 {Type::integer()});
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.types.result, Type::join(Type::integer(), Type::floating()));
  EXPECT_TRUE(r.types.generic.empty());
}

TEST(InferDynamic, StrOperationsAreGeneric) {
  auto r = infer("def f(s, n):\n"
                 "    t = s + '!'\n"
                 "    return f'{t}:{n:>3}' + str(len(s))\n",
                 {Type::str(), Type::integer()});
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.var("s"), Type::str());
  EXPECT_TRUE(r.var("t").isDynamic());
  EXPECT_EQ(r.count(ir::Op::Binary, true), 2);
  EXPECT_GE(r.count(ir::Op::FormatValue, true), 2);
  EXPECT_GE(r.count(ir::Op::BuildString, true), 1);
  EXPECT_TRUE(r.types.result.isDynamic());
}

TEST(InferDynamic, JoinWithDynamicIsDynamic) {
  auto r = infer("def f(c):\n"
                 "    if c:\n"
                 "        y = 1\n"
                 "    else:\n"
                 "        y = 'one'\n"
                 "    return y\n",
                 {Type::boolean()});
  ASSERT_EQ(r.error, "");
  EXPECT_TRUE(r.var("y").isDynamic());
  EXPECT_TRUE(r.types.result.isDynamic());
  EXPECT_EQ(r.count(ir::Op::Branch, false), 1);  // the bool condition stays typed
}

TEST(InferDynamic, ChangingGlobalsAreReadAtRunTime) {
  auto r = infer("def f():\n"
                 "    global counter\n"
                 "    counter = counter + 1\n"
                 "    return counter\n",
                 {});
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.count(ir::Op::LoadGlobal, true), 2);
  EXPECT_EQ(r.count(ir::Op::StoreGlobal, true), 1);
}

TEST(InferDynamic, StorageSwitchWidensEveryList) {
  // b aliases a: after a float goes into b, typed int reads of a would be wrong.
  auto r = infer("def f(a):\n"
                 "    b = a\n"
                 "    b[0] = 1.5\n"
                 "    return a[1]\n",
                 {Type::list(Type::integer())});
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.var("a"), Type::list(Type::dynamic()));
  EXPECT_EQ(r.var("b"), Type::list(Type::dynamic()));
  EXPECT_EQ(r.count(ir::Op::GetItem, true), 1);
  EXPECT_EQ(r.count(ir::Op::SetItem, true), 1);
}

TEST(InferDynamic, MatchingStoresKeepListsTyped) {
  auto r = infer("def f(a):\n"
                 "    a[0] = a[1] + 1\n"
                 "    a.append(3)\n"
                 "    return a[0]\n",
                 {Type::list(Type::integer())});
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.var("a"), Type::list(Type::integer()));
  EXPECT_TRUE(r.types.generic.empty());
  EXPECT_EQ(r.types.result, Type::integer());
}

TEST(InferDynamic, MixedComparisonsAreGenericBools) {
  auto r = infer("def f(x, xs):\n"
                 "    return (x in xs) or (xs is None)\n",
                 {Type::integer(), Type::list(Type::dynamic())});
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.count(ir::Op::Compare, true), 2);
  EXPECT_EQ(r.types.result, Type::boolean());
}

TEST(InferDynamic, BuiltinsWithAFixedResultTypeKeepLoopsTyped) {
  // int(s) of a str goes through the builtin, but it is an int: the range loop stays typed.
  auto r = infer("def f(s):\n"
                 "    n = int(s)\n"
                 "    t = 0\n"
                 "    for i in range(n):\n"
                 "        t += i\n"
                 "    return t + len(s)\n",
                 {Type::str()});
  ASSERT_EQ(r.error, "");
  EXPECT_EQ(r.var("n"), Type::integer());
  EXPECT_EQ(r.count(ir::Op::Call, true), 2);  // int(s), len(s)
  EXPECT_EQ(r.count(ir::Op::ForRangeNext, false), 1);
  EXPECT_EQ(r.types.result, Type::integer());
}

TEST(InferDynamic, NestedDefIsStillRefused) {
  auto r = infer("def f():\n"
                 "    x = 1\n"
                 "    return x\n",
                 {});
  ASSERT_EQ(r.error, "");
  // Build a MakeFunction by hand: the frontend refuses nested defs before lowering.
  ir::Function &fn = *r.module->functions[1];
  ir::Instruction make;
  make.op = ir::Op::MakeFunction;
  make.line = 2;
  make.dsts.push_back(0);
  make.imm = 1;
  fn.blocks[0].insts.insert(fn.blocks[0].insts.begin(), make);
  Context ctx(*r.module);
  auto types = ir::inferTypes(fn, {}, ctx);
  ASSERT_FALSE(bool(types));
  EXPECT_EQ(llvm::toString(types.takeError()), "line 2: cannot compile nested function definitions");
}

}  // namespace
