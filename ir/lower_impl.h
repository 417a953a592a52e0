// Private to the lowering (lower.cpp: statements and scopes; lower_expr.cpp: expressions): the state
// of lowering one function. Not an interface: nothing outside ir/lower*.cpp includes this.
#pragma once

#include "frontend/ast.h"
#include "ir/ir.h"

#include "llvm/ADT/StringMap.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace fastjit::ir::detail {

// Shared by all functions of one module: the global slot table.
struct ModuleLowering {
  Module &module;
  llvm::StringMap<uint32_t> globalIndex;
  std::string error;  // the first lowering error ("line N: message"), empty if none

  uint32_t global(const std::string &name);
};

class FunctionLowering {
public:
  FunctionLowering(ModuleLowering &ml, Function &fn, bool moduleLevel);

  // Entry points: a function body (after parameters are set up) or the module's statements.
  void lowerBody(const ast::StmtList &body);
  void finish();  // terminates the last block, prepends constants, cleans up the CFG

  ModuleLowering &ml;
  Function &fn;
  bool moduleLevel;

  // ----- scopes ----------------------------------------------------------------------------------
  std::map<std::string, Reg> locals;      // function locals (parameters included)
  std::set<std::string> declaredGlobal;   // names in `global` statements
  std::vector<std::map<std::string, Reg>> compScopes;  // innermost last
  void collectLocals(const ast::StmtList &body);
  Reg newReg(const std::string &name = "");

  // ----- emission --------------------------------------------------------------------------------
  BlockId cur = 0;
  int line = 0;
  BlockId newBlock();
  void setBlock(BlockId b) { cur = b; }
  bool terminated() const;
  Instruction &emit(Op op, std::initializer_list<Reg> dsts, std::initializer_list<Reg> ops);
  Instruction &emitOps(Op op, Reg dst, const std::vector<Reg> &ops);
  void jump(BlockId target);
  void branch(Reg cond, BlockId ifTrue, BlockId ifFalse);
  uint32_t nameIndex(const std::string &name);
  uint32_t keywordSet(std::vector<std::string> names);
  bool fail(const ast::Node &node, const std::string &message);
  bool failed() const { return !ml.error.empty(); }

  // Constants: one register per distinct constant, loaded in the entry block.
  std::vector<std::pair<uint32_t, Reg>> constLoads;  // (const index, register)
  std::map<std::string, Reg> constIndex;             // constantKey -> register (pooling)
  std::map<std::string, uint32_t> nameIndexMap;      // names -> index in fn.names
  Reg constant(const Constant &c);
  Reg none() { return constant(Constant::none()); }

  // ----- names -----------------------------------------------------------------------------------
  Reg loadName(const std::string &name);                 // into a register (maybe the local's own)
  void storeName(const std::string &name, Reg value);
  // The register a store to `name` can write directly (a local or comprehension variable), or NoReg
  // for globals.
  Reg directRegister(const std::string &name);

  // ----- expressions (lower_expr.cpp) ------------------------------------------------------------
  Reg expr(const ast::Expr &e);                          // the value's register; never write to it
  void exprInto(const ast::Expr &e, Reg target);         // evaluate into a given register
  void condition(const ast::Expr &e, BlockId ifTrue, BlockId ifFalse);  // branch on truthiness
  Reg call(const ast::Call &c);
  Reg compare(const ast::Compare &c);
  Reg boolOp(const ast::BoolOp &b);
  Reg ifExp(const ast::IfExp &e);
  Reg fstring(const ast::FString &f);
  Reg listComp(const ast::ListComp &lc);
  Reg subscript(const ast::Subscript &s);

  // ----- statements (lower.cpp) ------------------------------------------------------------------
  struct Loop {
    BlockId continueTarget, breakTarget;
  };
  std::vector<Loop> loops;
  void stmt(const ast::Stmt &s);
  void stmts(const ast::StmtList &body);
  void assign(const ast::Expr &target, Reg value);
  // `a, b = x, y` without building the tuple; false when the statement has another shape.
  bool parallelAssign(const ast::Expr &target, const ast::Expr &value);
  void augAssign(const ast::AugAssign &a);
  void forStmt(const ast::For &f);
  void whileStmt(const ast::While &w);
  void ifStmt(const ast::If &s);
  void functionDef(const ast::FunctionDef &d);
  // `for target in iter` in two steps: iterSetup evaluates the iterable (or range's callee and
  // arguments) in the current block; loopHeader then opens the loop header block, which assigns
  // target in the body block it returns (the current block afterwards) or goes to `exit`.
  struct IterSetup {
    bool range = false;
    Reg regs[3] = {NoReg, NoReg, NoReg};  // range: cur, stop, step; otherwise: the iterator
  };
  IterSetup iterSetup(const ast::Expr &iter);
  BlockId loopHeader(const IterSetup &setup, const ast::Expr &target, BlockId &header, BlockId exit);
};

}  // namespace fastjit::ir::detail
