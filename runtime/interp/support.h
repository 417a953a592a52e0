// Private to the interpreter: the slow paths of the dispatch loop (interpreter.cpp), kept out of
// line so the loop stays small. Each returns false (or Value::error()) with the exception pending.
#pragma once

#include "runtime/interp/decoded.h"

namespace fastjit::interp {

rt::Value loadGlobalSlow(ModuleState &state, uint32_t slot);
rt::Value callGeneric(DecodedFunction &code, const rt::Value *regs, const DInst &inst);
rt::Value callMethod(DecodedFunction &code, const rt::Value *regs, const DInst &inst);
rt::Value getAttr(DecodedFunction &code, const rt::Value &obj, const DInst &inst);
rt::Value makeFunction(DecodedFunction &code, const rt::Value *regs, const DInst &inst);
bool unpack(rt::Value *regs, const DInst &inst);
rt::Value formatValue(const rt::Value *regs, const DInst &inst);
rt::Value buildString(const rt::Value *regs, const DInst &inst);
rt::Value buildSequence(const rt::Value *regs, const DInst &inst, bool list);
bool forRangeInit(ModuleState &state, rt::Value *regs, const DInst &inst);
rt::Value raiseUnbound(const std::string &name);

}  // namespace fastjit::interp
