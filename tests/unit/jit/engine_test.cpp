// Tests of the ORC engine wrapper (jit/engine.h): modules built with IRBuilder are compiled and
// called at every optimization level; the perf map, the captured IR/assembly and the phase timers
// hold what tools and --stats rely on; a broken module is an llvm::Error, not a crash.
#include "jit/engine.h"

#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/LLVMContext.h"
#include "llvm/IR/Module.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <unistd.h>

using namespace fastjit::jit;

namespace {

// i64 name(i64 n): sum of 0..n-1 with a loop, so the optimizer has something to do.
void buildSumLoop(llvm::Module &m, const std::string &name) {
  llvm::LLVMContext &ctx = m.getContext();
  llvm::IRBuilder<> b(ctx);
  auto *i64 = b.getInt64Ty();
  auto *fn = llvm::Function::Create(llvm::FunctionType::get(i64, {i64}, false),
                                    llvm::Function::ExternalLinkage, name, m);
  auto *entry = llvm::BasicBlock::Create(ctx, "entry", fn);
  auto *loop = llvm::BasicBlock::Create(ctx, "loop", fn);
  auto *exit = llvm::BasicBlock::Create(ctx, "exit", fn);
  b.SetInsertPoint(entry);
  llvm::Value *n = fn->getArg(0);
  b.CreateCondBr(b.CreateICmpSGT(n, b.getInt64(0)), loop, exit);
  b.SetInsertPoint(loop);
  auto *i = b.CreatePHI(i64, 2);
  auto *acc = b.CreatePHI(i64, 2);
  i->addIncoming(b.getInt64(0), entry);
  acc->addIncoming(b.getInt64(0), entry);
  auto *acc2 = b.CreateAdd(acc, i);
  auto *i2 = b.CreateAdd(i, b.getInt64(1));
  i->addIncoming(i2, loop);
  acc->addIncoming(acc2, loop);
  b.CreateCondBr(b.CreateICmpSLT(i2, n), loop, exit);
  b.SetInsertPoint(exit);
  auto *result = b.CreatePHI(i64, 2);
  result->addIncoming(b.getInt64(0), entry);
  result->addIncoming(acc2, loop);
  b.CreateRet(result);
}

std::unique_ptr<Engine> makeEngine(EngineOptions opts = {}) {
  auto engine = Engine::create(opts);
  if (!engine) {
    ADD_FAILURE() << llvm::toString(engine.takeError());
    return nullptr;
  }
  return std::move(*engine);
}

}  // namespace

TEST(Engine, CompilesAndCallsAtEveryOptLevel) {
  for (int level = 0; level <= 3; ++level) {
    EngineOptions opts;
    opts.optLevel = level;
    auto engine = makeEngine(opts);
    ASSERT_TRUE(engine);
    auto ctx = std::make_unique<llvm::LLVMContext>();
    auto m = engine->newModule("sum", *ctx);
    buildSumLoop(*m, "sum_to");
    ASSERT_FALSE(bool(engine->addModule(std::move(ctx), std::move(m))));
    auto addr = engine->lookup("sum_to");
    ASSERT_TRUE(bool(addr)) << llvm::toString(addr.takeError());
    auto fn = reinterpret_cast<int64_t (*)(int64_t)>(*addr);
    EXPECT_EQ(fn(0), 0) << "O" << level;
    EXPECT_EQ(fn(10), 45) << "O" << level;
    EXPECT_EQ(fn(100000), 4999950000LL) << "O" << level;
    EXPECT_EQ(engine->times().modules, 1);
    EXPECT_GT(engine->times().machineCode, 0.0);
  }
}

TEST(Engine, RejectsBadOptLevel) {
  EngineOptions opts;
  opts.optLevel = 7;
  auto engine = Engine::create(opts);
  ASSERT_FALSE(bool(engine));
  EXPECT_NE(llvm::toString(engine.takeError()).find("0..3"), std::string::npos);
}

TEST(Engine, InvalidModuleIsAnError) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine);
  auto ctx = std::make_unique<llvm::LLVMContext>();
  auto m = engine->newModule("bad", *ctx);
  auto *fn = llvm::Function::Create(
      llvm::FunctionType::get(llvm::Type::getInt64Ty(*ctx), false),
      llvm::Function::ExternalLinkage, "no_terminator", *m);
  llvm::BasicBlock::Create(*ctx, "entry", fn);  // empty block: no terminator
  llvm::Error err = engine->addModule(std::move(ctx), std::move(m));
  ASSERT_TRUE(bool(err));
  EXPECT_NE(llvm::toString(std::move(err)).find("invalid LLVM module"), std::string::npos);
}

TEST(Engine, CallsRuntimeSymbols) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine);
  auto ctx = std::make_unique<llvm::LLVMContext>();
  auto m = engine->newModule("callhypot", *ctx);
  llvm::IRBuilder<> b(*ctx);
  auto *dbl = b.getDoubleTy();
  auto *fty = llvm::FunctionType::get(dbl, {dbl, dbl}, false);
  auto hypot = m->getOrInsertFunction("hypot", fty);
  auto *fn = llvm::Function::Create(fty, llvm::Function::ExternalLinkage, "my_hypot", *m);
  b.SetInsertPoint(llvm::BasicBlock::Create(*ctx, "entry", fn));
  b.CreateRet(b.CreateCall(hypot, {fn->getArg(0), fn->getArg(1)}));
  ASSERT_FALSE(bool(engine->addModule(std::move(ctx), std::move(m))));
  auto addr = engine->lookup("my_hypot");
  ASSERT_TRUE(bool(addr)) << llvm::toString(addr.takeError());
  EXPECT_EQ(reinterpret_cast<double (*)(double, double)>(*addr)(3.0, 4.0), 5.0);
}

TEST(Engine, MissingSymbolIsAnError) {
  auto engine = makeEngine();
  ASSERT_TRUE(engine);
  auto addr = engine->lookup("never_defined");
  ASSERT_FALSE(bool(addr));
  llvm::consumeError(addr.takeError());
}

TEST(Engine, PerfMapListsFunctionsWithTheirNames) {
  std::string path = "/tmp/fastjit-perfmap-test-" + std::to_string(::getpid()) + ".map";
  std::remove(path.c_str());
  EngineOptions opts;
  opts.perfMap = true;
  opts.perfMapPath = path;
  {
    auto engine = makeEngine(opts);
    ASSERT_TRUE(engine);
    auto ctx = std::make_unique<llvm::LLVMContext>();
    auto m = engine->newModule("perf", *ctx);
    const std::string name = "bench.sum_to[int]";
    buildSumLoop(*m, name);
    ASSERT_FALSE(bool(engine->addModule(std::move(ctx), std::move(m))));
    auto addr = engine->lookup(name);
    ASSERT_TRUE(bool(addr)) << llvm::toString(addr.takeError());
    std::ifstream in(path);
    std::string line;
    bool found = false;
    while (std::getline(in, line)) {
      std::istringstream fields(line);
      std::string start, size, sym;
      fields >> std::hex >> start >> size;
      std::getline(fields >> std::ws, sym);
      if (sym != name) continue;
      found = true;
      EXPECT_EQ(std::stoull(start, nullptr, 16), reinterpret_cast<uint64_t>(*addr));
      EXPECT_GT(std::stoull(size, nullptr, 16), 0u);
    }
    EXPECT_TRUE(found) << "no perf map line for " << name;
  }
  std::remove(path.c_str());
}

TEST(Engine, CapturesOptimizedIRAndAssembly) {
  EngineOptions opts;
  opts.captureIR = true;
  opts.captureAsm = true;
  auto engine = makeEngine(opts);
  ASSERT_TRUE(engine);
  auto ctx = std::make_unique<llvm::LLVMContext>();
  auto m = engine->newModule("cap", *ctx);
  buildSumLoop(*m, "captured_fn");
  ASSERT_FALSE(bool(engine->addModule(std::move(ctx), std::move(m))));
  ASSERT_TRUE(bool(engine->lookup("captured_fn")));
  std::string ir = engine->takeOptimizedIR();
  EXPECT_NE(ir.find("define"), std::string::npos);
  EXPECT_NE(ir.find("@captured_fn"), std::string::npos);
  // O2 turns the summation loop into a closed form: no phi over the loop remains.
  EXPECT_EQ(ir.find("loop:"), std::string::npos);
  std::string asmText = engine->takeAssembly();
  EXPECT_NE(asmText.find("captured_fn:"), std::string::npos);
  EXPECT_EQ(engine->takeOptimizedIR(), "");  // taken
  EXPECT_GT(engine->times().optimize, 0.0);
}
