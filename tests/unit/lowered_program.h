// Test helper shared by the ir/ and jit/ unit tests: a Python source goes through the real frontend
// and ir::lowerModule, and the global table is filled in as running the module's straight-line top
// level would fill it (the `def`s with their defaults, imports, `from m import f`, int and float
// constants). Nothing is executed: whatever the top level computes otherwise stays unbound, which
// is what a function compiled at that point would see. Header-only so each unit test executable
// (linked against its own stage) can use it.
#pragma once

#include "frontend/frontend.h"
#include "ir/lower.h"
#include "runtime/function.h"
#include "runtime/modules.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace fastjit::testing {

struct LoweredProgram {
  std::unique_ptr<SourceFile> source;
  std::unique_ptr<ast::Module> ast;
  std::unique_ptr<ir::Module> module;
  std::vector<rt::Value> globals;  // one per module.globals slot; Value::error() = unbound

  const ir::Function *function(const std::string &name) const {
    for (auto &f : module->functions)
      if (f->name == name) return f.get();
    ADD_FAILURE() << "no function " << name;
    return nullptr;
  }

  // The global slot named `name` (a test failure when there is none).
  uint32_t slot(const std::string &name) const {
    for (size_t i = 0; i < module->globals.size(); ++i)
      if (module->globals[i] == name) return uint32_t(i);
    ADD_FAILURE() << "no global " << name;
    return 0;
  }
};

inline void bindStraightLineTopLevel(LoweredProgram &p) {
  const ir::Function &top = p.module->top();
  std::map<ir::Reg, rt::Value> regs;
  for (const ir::Instruction &inst : top.blocks[0].insts) {
    switch (inst.op) {
    case ir::Op::LoadConst: {
      const ir::Constant &c = top.consts[inst.imm];
      if (c.kind == ir::Constant::Kind::Int) regs[inst.dst()] = rt::Value::integer(c.i);
      if (c.kind == ir::Constant::Kind::Float) regs[inst.dst()] = rt::Value::floating(c.f);
      break;
    }
    case ir::Op::MakeFunction: {
      const ir::Function &f = *p.module->functions[inst.imm];
      std::vector<std::string> params(f.regNames.begin(), f.regNames.begin() + f.numParams);
      std::vector<rt::Value> defaults;
      for (ir::Reg r : inst.ops) defaults.push_back(regs[r]);
      regs[inst.dst()] = rt::makeFunction(f.name, params, defaults, &f, nullptr, nullptr);
      break;
    }
    case ir::Op::Import: regs[inst.dst()] = rt::importModule(top.names[inst.imm]); break;
    case ir::Op::GetAttr:  // from math import sqrt
      if (regs.count(inst.ops[0]) && regs[inst.ops[0]].isObject(rt::ObjKind::Module))
        regs[inst.dst()] = rt::moduleGetAttr(rt::asModule(regs[inst.ops[0]]), top.names[inst.imm]);
      break;
    case ir::Op::StoreGlobal:
      if (regs.count(inst.ops[0])) p.globals[inst.imm] = regs[inst.ops[0]];
      break;
    default: break;
    }
  }
}

// Parses and lowers `text` only (no global binding): the module, or nullptr after a test failure.
// The source files stay alive for the test binary's life (ASTs and IR keep pointers into them).
inline std::unique_ptr<ir::Module> lowerSource(const std::string &text,
                                               const std::string &name = "t.py") {
  static std::vector<std::unique_ptr<SourceFile>> files;
  files.push_back(std::make_unique<SourceFile>(name, text));
  Diagnostics diags(*files.back());
  auto ast = parseFile(*files.back(), diags);
  EXPECT_TRUE(ast != nullptr);
  if (!ast) return nullptr;
  auto mod = ir::lowerModule(*ast);
  if (!mod) {
    ADD_FAILURE() << llvm::toString(mod.takeError());
    return nullptr;
  }
  return std::move(*mod);
}

// Parses, lowers and binds `text` (named `name` in traceback lines); nullptr after a test failure.
inline std::unique_ptr<LoweredProgram> lowerProgram(const std::string &text,
                                                    const std::string &name = "test.py") {
  auto p = std::make_unique<LoweredProgram>();
  p->source = std::make_unique<SourceFile>(name, text);
  Diagnostics diags(*p->source);
  p->ast = parseFile(*p->source, diags);
  if (!p->ast || diags.hasErrors()) {
    ADD_FAILURE() << "parse failed";
    return nullptr;
  }
  auto m = ir::lowerModule(*p->ast);
  if (!m) {
    ADD_FAILURE() << llvm::toString(m.takeError());
    return nullptr;
  }
  p->module = std::move(*m);
  p->globals.assign(p->module->globals.size(), rt::Value::error());
  bindStraightLineTopLevel(*p);
  return p;
}

}  // namespace fastjit::testing
