// The text form of the IR (see printer.h). One line per instruction:
//     %dst = opcode operands      ; line N
// Locals print by name (%x), temporaries by number (%7), globals as @name, blocks as bbN.
// The format is for people; nothing parses it back.
#include "ir/printer.h"
#include "runtime/ops.h"

#include "llvm/Support/Format.h"

#include <cstdio>

namespace fastjit::ir {

namespace {

std::string nameAt(const std::vector<std::string> &names, uint32_t i) {
  return i < names.size() ? names[i] : "<bad name " + std::to_string(i) + ">";
}

}  // namespace

std::string constantText(const Constant &c) {
  char buf[64];
  switch (c.kind) {
  case Constant::Kind::None: return "None";
  case Constant::Kind::Bool: return c.i ? "True" : "False";
  case Constant::Kind::Int: return std::to_string(c.i);
  case Constant::Kind::Float:
    std::snprintf(buf, sizeof buf, "%.17g", c.f);
    return buf;
  case Constant::Kind::Complex:
    std::snprintf(buf, sizeof buf, "(%.17g%+.17gj)", c.f, c.im);
    return buf;
  case Constant::Kind::Str: {
    std::string out = "'";
    for (char ch : c.s) {
      if (ch == '\n') out += "\\n";
      else if (ch == '\t') out += "\\t";
      else if (ch == '\'' || ch == '\\') { out += '\\'; out += ch; }
      else if ((unsigned char)ch < 0x20) {
        std::snprintf(buf, sizeof buf, "\\x%02x", (unsigned char)ch);
        out += buf;
      } else out += ch;
    }
    return out + "'";
  }
  }
  return "?";
}

std::string regText(const Function &fn, Reg r) {
  if (r == NoReg) return "%<none>";
  if (r < fn.regNames.size() && !fn.regNames[r].empty()) return "%" + fn.regNames[r];
  return "%" + std::to_string(r);
}

void printInstruction(const Function &fn, const Instruction &inst, llvm::raw_ostream &out) {
  std::string text;
  for (size_t i = 0; i < inst.dsts.size(); ++i)
    text += (i ? ", " : "") + regText(fn, inst.dsts[i]);
  if (!inst.dsts.empty()) text += " = ";
  text += opName(inst.op);
  auto operands = [&](size_t from) {
    for (size_t i = from; i < inst.ops.size(); ++i)
      text += (i > from ? ", " : " ") + regText(fn, inst.ops[i]);
  };
  auto keywords = [&](uint32_t set) {
    if (set == NoIndex) return;
    text += " kw(";
    if (set < fn.keywordSets.size())
      for (size_t i = 0; i < fn.keywordSets[set].size(); ++i)
        text += (i ? ", " : "") + fn.keywordSets[set][i];
    text += ")";
  };
  switch (inst.op) {
  case Op::LoadConst:
    text += " " + (inst.imm < fn.consts.size() ? constantText(fn.consts[inst.imm]) : "<bad>");
    break;
  case Op::RaiseError:
    text += " exc#" + std::to_string(inst.sub) + " " +
            (inst.imm < fn.consts.size() ? constantText(fn.consts[inst.imm]) : "<bad>");
    break;
  case Op::LoadGlobal:
  case Op::StoreGlobal:
    // Global names live in the module; the printer of a lone function shows the slot number.
    text += " @" + std::to_string(inst.imm);
    operands(0);
    break;
  case Op::CheckBound:
    operands(0);
    text += " '" + nameAt(fn.names, inst.imm) + "'";
    break;
  case Op::Binary:
  case Op::InplaceBinary:
    text += std::string(" ") + rt::binaryOpSymbol(inst.binaryOp());
    operands(0);
    break;
  case Op::Unary:
    text += std::string(" ") + rt::unaryOpSymbol(inst.unaryOp());
    operands(0);
    break;
  case Op::Compare:
    text += std::string(" ") + rt::compareOpSymbol(inst.compareOp());
    operands(0);
    break;
  case Op::GetAttr:
    operands(0);
    text += " ." + nameAt(fn.names, inst.imm);
    break;
  case Op::Import:
    text += " " + nameAt(fn.names, inst.imm);
    break;
  case Op::Call:
    operands(0);
    keywords(inst.imm);
    break;
  case Op::CallMethod:
    text += " " + regText(fn, inst.ops[0]) + "." + nameAt(fn.names, inst.imm);
    operands(1);
    keywords(inst.imm2);
    break;
  case Op::MakeFunction:
    text += " #" + std::to_string(inst.imm);
    operands(0);
    break;
  case Op::FormatValue:
    operands(0);
    if (inst.sub == 1) text += " !s";
    if (inst.sub == 2) text += " !r";
    break;
  default:
    operands(0);
    break;
  }
  for (unsigned t = 0; t < inst.numTargets(); ++t)
    text += (t ? ", bb" : (inst.ops.empty() ? " bb" : ", bb")) + std::to_string(inst.targets[t]);
  out << "    " << text;
  if (inst.line > 0) {
    size_t pad = text.size() < 44 ? 44 - text.size() : 1;
    out.indent(pad) << "; line " << inst.line;
  }
  out << "\n";
}

void printFunction(const Module &module, const Function &fn, llvm::raw_ostream &out) {
  out << "function " << fn.name << "(";
  for (uint32_t i = 0; i < fn.numParams; ++i) out << (i ? ", " : "") << fn.regNames[i];
  out << ")";
  if (fn.line > 0) out << " line " << fn.line;
  out << " regs " << fn.numRegs << " {\n";
  for (size_t b = 0; b < fn.blocks.size(); ++b) {
    out << "  bb" << b << ":\n";
    for (const Instruction &inst : fn.blocks[b].insts) {
      // Global slots print with their names, which the module knows.
      if ((inst.op == Op::LoadGlobal || inst.op == Op::StoreGlobal) && inst.imm < module.globals.size()) {
        std::string text;
        if (inst.op == Op::LoadGlobal) text = regText(fn, inst.dst()) + " = load_global @" + module.globals[inst.imm];
        else text = "store_global @" + module.globals[inst.imm] + ", " + regText(fn, inst.ops[0]);
        out << "    " << text;
        out.indent(text.size() < 44 ? 44 - text.size() : 1) << "; line " << inst.line << "\n";
        continue;
      }
      printInstruction(fn, inst, out);
    }
  }
  out << "}\n";
}

void printModule(const Module &module, llvm::raw_ostream &out) {
  out << "; module " << module.sourceName << "\n";
  for (size_t i = 0; i < module.functions.size(); ++i) {
    if (i) out << "\n";
    out << "; #" << i << "\n";
    printFunction(module, *module.functions[i], out);
  }
}

}  // namespace fastjit::ir
