// Loop analysis, liveness and region construction for module-level loops (see regions.h).
//
// Functions are small (a script's `<module>` has tens to a few hundred blocks), so the analyses
// are the textbook iterative ones over bit vectors, without cleverness.
#include "ir/regions.h"

#include <algorithm>
#include <map>

namespace fastjit::ir {

namespace {

std::vector<std::vector<BlockId>> predecessors(const Function &fn) {
  std::vector<std::vector<BlockId>> preds(fn.blocks.size());
  for (BlockId b = 0; b < fn.blocks.size(); ++b) {
    const Instruction &t = fn.blocks[b].terminator();
    for (unsigned i = 0; i < t.numTargets(); ++i) preds[t.targets[i]].push_back(b);
  }
  return preds;
}

// dom[b][d]: d dominates b. Unreachable blocks dominate nothing and are dominated by everything.
std::vector<llvm::BitVector> dominators(const Function &fn,
                                        const std::vector<std::vector<BlockId>> &preds) {
  size_t n = fn.blocks.size();
  std::vector<llvm::BitVector> dom(n, llvm::BitVector(n, true));
  dom[0] = llvm::BitVector(n, false);
  dom[0].set(0);
  for (bool changed = true; changed;) {
    changed = false;
    for (BlockId b = 1; b < n; ++b) {
      llvm::BitVector d(n, true);
      for (BlockId p : preds[b]) d &= dom[p];
      d.set(b);
      if (d != dom[b]) {
        dom[b] = std::move(d);
        changed = true;
      }
    }
  }
  return dom;
}

std::vector<bool> reachable(const Function &fn) {
  std::vector<bool> seen(fn.blocks.size(), false);
  std::vector<BlockId> work{0};
  while (!work.empty()) {
    BlockId b = work.back();
    work.pop_back();
    if (seen[b]) continue;
    seen[b] = true;
    const Instruction &t = fn.blocks[b].terminator();
    for (unsigned i = 0; i < t.numTargets(); ++i) work.push_back(t.targets[i]);
  }
  return seen;
}

// Registers an instruction reads and writes, for liveness. ForIter/ForRangeNext write their
// destinations only on the edge into the loop body: they kill them on that edge alone.
bool kills(const Instruction &inst) {
  return inst.op != Op::ForIter && inst.op != Op::ForRangeNext;
}

}  // namespace

std::vector<Loop> outermostLoops(const Function &fn) {
  std::vector<Loop> out;
  for (Loop &loop : naturalLoops(fn))
    if (loop.depth == 0) out.push_back(std::move(loop));
  return out;
}

std::vector<Loop> naturalLoops(const Function &fn) {
  size_t n = fn.blocks.size();
  auto preds = predecessors(fn);
  auto dom = dominators(fn, preds);
  auto live = reachable(fn);
  std::map<BlockId, Loop> byHeader;
  for (BlockId u = 0; u < n; ++u) {
    if (!live[u]) continue;
    const Instruction &t = fn.blocks[u].terminator();
    for (unsigned i = 0; i < t.numTargets(); ++i) {
      BlockId h = t.targets[i];
      if (!dom[u].test(h)) continue;  // not a back edge
      Loop &loop = byHeader[h];
      if (loop.blocks.empty()) {
        loop.header = h;
        loop.blocks.assign(n, false);
        loop.blocks[h] = true;
      }
      // Everything that reaches u without passing through h.
      std::vector<BlockId> work{u};
      while (!work.empty()) {
        BlockId b = work.back();
        work.pop_back();
        if (loop.blocks[b]) continue;
        loop.blocks[b] = true;
        for (BlockId p : preds[b])
          if (live[p]) work.push_back(p);
      }
    }
  }
  for (auto &[h, loop] : byHeader)
    for (auto &[h2, other] : byHeader)
      if (h2 != h && other.blocks[h]) ++loop.depth;
  std::vector<Loop> out;
  for (auto &[h, loop] : byHeader) {
    for (BlockId b = 0; b < n; ++b) {
      if (!loop.blocks[b]) continue;
      const Instruction &t = fn.blocks[b].terminator();
      for (unsigned i = 0; i < t.numTargets(); ++i)
        if (!loop.blocks[t.targets[i]]) loop.exits.push_back(t.targets[i]);
    }
    std::sort(loop.exits.begin(), loop.exits.end());
    loop.exits.erase(std::unique(loop.exits.begin(), loop.exits.end()), loop.exits.end());
    loop.line = fn.blocks[h].insts.front().line;
    out.push_back(std::move(loop));
  }
  return out;
}

Liveness::Liveness(const Function &fn) : fn_(fn) {
  size_t n = fn.blocks.size();
  in_.assign(n, llvm::BitVector(fn.numRegs));
  out_.assign(n, llvm::BitVector(fn.numRegs));
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t k = n; k-- > 0;) {
      const Block &block = fn.blocks[k];
      llvm::BitVector out(fn.numRegs);
      const Instruction &t = block.terminator();
      for (unsigned i = 0; i < t.numTargets(); ++i) {
        llvm::BitVector edge = in_[t.targets[i]];
        // ForIter/ForRangeNext write their destinations on the edge into the body only.
        if (i == 0 && !kills(t))
          for (Reg d : t.dsts) edge.reset(d);
        out |= edge;
      }
      llvm::BitVector live = out;
      for (size_t i = block.insts.size(); i-- > 0;) {
        const Instruction &inst = block.insts[i];
        if (kills(inst))
          for (Reg d : inst.dsts) live.reset(d);
        for (Reg r : inst.ops) live.set(r);
      }
      if (out != out_[k] || live != in_[k]) {
        out_[k] = std::move(out);
        in_[k] = std::move(live);
        changed = true;
      }
    }
  }
}

llvm::BitVector Liveness::before(BlockId b, uint32_t index) const {
  const Block &block = fn_.blocks[b];
  llvm::BitVector live = out_[b];
  for (size_t i = block.insts.size(); i-- > index;) {
    const Instruction &inst = block.insts[i];
    if (kills(inst))
      for (Reg d : inst.dsts) live.reset(d);
    for (Reg r : inst.ops) live.set(r);
  }
  return live;
}

std::vector<bool> constantRegisters(const Function &fn) {
  std::vector<int> writes(fn.numRegs, 0);
  std::vector<bool> byConst(fn.numRegs, false);
  for (const Block &block : fn.blocks)
    for (const Instruction &inst : block.insts)
      for (Reg d : inst.dsts) {
        ++writes[d];
        if (inst.op == Op::LoadConst) byConst[d] = true;
      }
  std::vector<bool> out(fn.numRegs, false);
  for (Reg r = 0; r < fn.numRegs; ++r) out[r] = writes[r] == 1 && byConst[r] && r >= fn.numParams;
  return out;
}

std::vector<bool> moduleOnlyGlobals(const Module &m) {
  std::vector<bool> only(m.globals.size(), true);
  for (size_t f = 1; f < m.functions.size(); ++f)
    for (const Block &block : m.functions[f]->blocks)
      for (const Instruction &inst : block.insts)
        if ((inst.op == Op::LoadGlobal || inst.op == Op::StoreGlobal) && inst.imm < only.size())
          only[inst.imm] = false;
  return only;
}

std::vector<Reg> Region::liveWritten(BlockId block, uint32_t inst) const {
  llvm::BitVector live = liveness->before(block, inst);
  std::vector<Reg> out;
  for (Reg r : live.set_bits())
    if (writtenInLoop[r] && regOfModuleReg(r) != NoReg) out.push_back(r);
  return out;
}

Reg Region::regOfModuleReg(Reg r) const {
  auto alias = aliases.find(r);
  if (alias != aliases.end()) return alias->second;
  for (Reg s = 0; s < slots.size(); ++s)
    if (slots[s].kind == RegionSlot::Kind::Register && slots[s].index == r) return s;
  return NoReg;
}

Reg Region::regOfGlobal(uint32_t g) const {
  for (Reg s = 0; s < slots.size(); ++s)
    if (slots[s].kind == RegionSlot::Kind::Global && slots[s].index == g) return s;
  return NoReg;
}

std::unique_ptr<Region> buildRegion(const Function &module, const Loop &loop,
                                    const std::vector<bool> &promote,
                                    const std::vector<bool> &globalsBound,
                                    const std::vector<std::string> &globalNames) {
  auto region = std::make_unique<Region>();
  region->module = &module;
  region->loop = loop;
  region->liveness = std::make_unique<Liveness>(module);
  const Liveness &lv = *region->liveness;
  size_t nb = module.blocks.size();

  std::vector<bool> consts = constantRegisters(module);
  std::vector<bool> used(module.numRegs, false);
  region->writtenInLoop.assign(module.numRegs, false);
  std::vector<bool> touched(globalNames.size(), false);
  for (BlockId b = 0; b < nb; ++b) {
    if (!loop.blocks[b]) continue;
    for (const Instruction &inst : module.blocks[b].insts) {
      for (Reg r : inst.ops) used[r] = true;
      for (Reg d : inst.dsts) used[d] = region->writtenInLoop[d] = true;
      if (inst.op == Op::ForIter) region->writtenInLoop[inst.ops[0]] = true;  // advances it
      if ((inst.op == Op::LoadGlobal || inst.op == Op::StoreGlobal) && promote[inst.imm])
        touched[inst.imm] = true;
    }
  }

  // Register numbering: parameters first (live-in registers, then bound promoted globals).
  std::vector<RegionSlot> slots;
  std::map<Reg, Reg> ofReg;
  std::map<uint32_t, Reg> ofGlobal;
  const llvm::BitVector &liveIn = lv.atEntry(loop.header);
  for (Reg r = 0; r < module.numRegs; ++r)
    if (used[r] && liveIn.test(r) && !consts[r]) {
      ofReg[r] = Reg(slots.size());
      slots.push_back({RegionSlot::Kind::Register, r});
    }
  for (uint32_t g = 0; g < touched.size(); ++g)
    if (touched[g] && globalsBound[g]) {
      ofGlobal[g] = Reg(slots.size());
      slots.push_back({RegionSlot::Kind::Global, g});
      region->promoted.push_back(g);
    }
  uint32_t numParams = uint32_t(slots.size());

  // Temporaries loaded from a bound promoted global the loop never assigns become that global.
  std::vector<bool> stored(globalNames.size(), false);
  std::vector<int> defs(module.numRegs, 0);
  for (BlockId b = 0; b < nb; ++b) {
    if (!loop.blocks[b]) continue;
    for (const Instruction &inst : module.blocks[b].insts) {
      if (inst.op == Op::StoreGlobal) stored[inst.imm] = true;
      for (Reg d : inst.dsts) ++defs[d];
    }
  }
  std::map<Reg, uint32_t> aliasGlobal;
  for (BlockId b = 0; b < nb; ++b) {
    if (!loop.blocks[b]) continue;
    for (const Instruction &inst : module.blocks[b].insts)
      if (inst.op == Op::LoadGlobal && ofGlobal.count(inst.imm) && ofGlobal[inst.imm] < numParams &&
          !stored[inst.imm] && defs[inst.dst()] == 1 && !ofReg.count(inst.dst())) {
        aliasGlobal[inst.dst()] = inst.imm;
        ofReg[inst.dst()] = ofGlobal[inst.imm];
        region->aliases[inst.dst()] = ofGlobal[inst.imm];
      }
  }

  for (Reg r = 0; r < module.numRegs; ++r)
    if (used[r] && !ofReg.count(r)) {
      ofReg[r] = Reg(slots.size());
      slots.push_back({consts[r] ? RegionSlot::Kind::Constant : RegionSlot::Kind::Register, r});
    }
  for (uint32_t g = 0; g < touched.size(); ++g)
    if (touched[g] && !globalsBound[g]) {
      ofGlobal[g] = Reg(slots.size());
      slots.push_back({RegionSlot::Kind::Global, g});
      region->promoted.push_back(g);
    }

  auto fn = std::make_unique<Function>();
  fn->name = module.name;
  fn->line = loop.line;
  fn->numParams = numParams;
  fn->consts = module.consts;
  fn->names = module.names;
  fn->keywordSets = module.keywordSets;

  // Blocks: 0 = entry, then the loop's, then one per exit target.
  std::map<BlockId, BlockId> blockOf;
  region->blockOrigin.push_back(NoIndex);
  for (BlockId b = 0; b < nb; ++b)
    if (loop.blocks[b]) {
      blockOf[b] = BlockId(region->blockOrigin.size());
      region->blockOrigin.push_back(b);
    }
  region->exitTarget.assign(region->blockOrigin.size(), NoIndex);
  for (BlockId e : loop.exits) {
    blockOf[e] = BlockId(region->blockOrigin.size());
    region->blockOrigin.push_back(NoIndex);
    region->exitTarget.push_back(e);
  }
  fn->blocks.resize(region->blockOrigin.size());
  region->instOrigin.resize(fn->blocks.size());

  // Entry: the constants the loop reads, then into the loop.
  Block &entry = fn->blocks[0];
  for (Reg r = 0; r < module.numRegs; ++r) {
    if (!used[r] || !consts[r]) continue;
    for (const Block &block : module.blocks)
      for (const Instruction &inst : block.insts)
        if (inst.op == Op::LoadConst && inst.dst() == r) {
          Instruction c = inst;
          c.dsts[0] = ofReg[r];
          entry.insts.push_back(c);
        }
  }
  for (size_t k = 0; k < region->blockOrigin.size(); ++k) {
    if (region->exitTarget[k] == NoIndex) continue;
    Reg code = Reg(slots.size());
    slots.push_back({RegionSlot::Kind::ExitCode, region->exitTarget[k]});
    Instruction c;
    c.op = Op::LoadConst;
    c.line = loop.line;
    c.dsts.push_back(code);
    c.imm = uint32_t(fn->consts.size());
    fn->consts.push_back(Constant::integer(int64_t(region->exitTarget[k]) << 32));
    entry.insts.push_back(c);
    Instruction ret;
    ret.op = Op::Return;
    ret.line = loop.line;
    ret.ops.push_back(code);
    fn->blocks[k].insts.push_back(ret);
    region->instOrigin[k].push_back(NoIndex);
  }
  Instruction jump;
  jump.op = Op::Jump;
  jump.line = loop.line;
  jump.targets[0] = blockOf[loop.header];
  entry.insts.push_back(jump);
  region->instOrigin[0].assign(entry.insts.size(), NoIndex);

  // Promoted globals read while perhaps unbound raise NameError, by name.
  std::map<uint32_t, uint32_t> nameOf;
  for (auto &[g, r] : ofGlobal) {
    nameOf[g] = uint32_t(fn->names.size());
    fn->names.push_back(globalNames[g]);
  }

  for (BlockId b = 0; b < nb; ++b) {
    if (!loop.blocks[b]) continue;
    BlockId nbk = blockOf[b];
    Block &out = fn->blocks[nbk];
    const Block &in = module.blocks[b];
    for (uint32_t i = 0; i < in.insts.size(); ++i) {
      if (in.insts[i].op == Op::LoadGlobal && aliasGlobal.count(in.insts[i].dst())) continue;
      Instruction inst = in.insts[i];
      for (Reg &r : inst.ops) r = ofReg.at(r);
      for (Reg &d : inst.dsts) d = ofReg.at(d);
      for (unsigned t = 0; t < inst.numTargets(); ++t) inst.targets[t] = blockOf.at(inst.targets[t]);
      if (inst.op == Op::LoadGlobal && ofGlobal.count(inst.imm)) {
        Reg g = ofGlobal[inst.imm];
        if (g >= numParams) {
          Instruction check;
          check.op = Op::CheckBound;
          check.line = inst.line;
          check.ops.push_back(g);
          check.imm = nameOf[inst.imm];
          check.imm2 = 1;  // NameError, as for a global
          out.insts.push_back(check);
          region->instOrigin[nbk].push_back(i);
        }
        inst.op = Op::Move;
        inst.ops.assign(1, g);
        inst.imm = NoIndex;
      } else if (inst.op == Op::StoreGlobal && ofGlobal.count(inst.imm)) {
        inst.op = Op::Move;
        inst.dsts.assign(1, ofGlobal[inst.imm]);
        inst.imm = NoIndex;
      }
      out.insts.push_back(inst);
      region->instOrigin[nbk].push_back(i);
    }
  }

  fn->numRegs = uint32_t(slots.size());
  fn->regNames.assign(fn->numRegs, "");
  for (Reg s = 0; s < slots.size(); ++s) {
    if (slots[s].kind == RegionSlot::Kind::Global) fn->regNames[s] = globalNames[slots[s].index];
    else if (slots[s].kind == RegionSlot::Kind::Register && slots[s].index < module.regNames.size())
      fn->regNames[s] = module.regNames[slots[s].index];
  }
  region->slots = std::move(slots);
  region->fn = std::move(fn);
  return region;
}

}  // namespace fastjit::ir
