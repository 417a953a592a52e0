// Small helpers over the IR data structures of ir/ir.h: opcode names (used by the printer and by
// diagnostics) and opcode classification. No analyses here.
#include "ir/ir.h"

#include <cstring>

namespace fastjit::ir {

const char *opName(Op op) {
  switch (op) {
  case Op::LoadConst: return "const";
  case Op::Move: return "move";
  case Op::CheckBound: return "check_bound";
  case Op::LoadGlobal: return "load_global";
  case Op::StoreGlobal: return "store_global";
  case Op::Binary: return "binary";
  case Op::InplaceBinary: return "inplace";
  case Op::Unary: return "unary";
  case Op::Compare: return "compare";
  case Op::GetItem: return "getitem";
  case Op::SetItem: return "setitem";
  case Op::DelItem: return "delitem";
  case Op::GetSlice: return "getslice";
  case Op::GetAttr: return "getattr";
  case Op::BuildList: return "build_list";
  case Op::BuildTuple: return "build_tuple";
  case Op::ListAppend: return "list_append";
  case Op::UnpackSequence: return "unpack";
  case Op::Call: return "call";
  case Op::CallMethod: return "call_method";
  case Op::MakeFunction: return "make_function";
  case Op::Import: return "import";
  case Op::FormatValue: return "format";
  case Op::BuildString: return "build_string";
  case Op::GetIter: return "getiter";
  case Op::ForRangeInit: return "for_range_init";
  case Op::RaiseAssert: return "raise_assert";
  case Op::RaiseError: return "raise";
  case Op::Jump: return "jump";
  case Op::Branch: return "branch";
  case Op::ForIter: return "for_iter";
  case Op::ForRangeNext: return "for_range_next";
  case Op::Return: return "return";
  }
  return "?";
}

bool isTerminator(Op op) {
  switch (op) {
  case Op::Jump:
  case Op::Branch:
  case Op::ForIter:
  case Op::ForRangeNext:
  case Op::Return:
    return true;
  default:
    return false;
  }
}

bool Constant::sameAs(const Constant &o) const {
  if (kind != o.kind) return false;
  switch (kind) {
  case Kind::None: return true;
  case Kind::Bool:
  case Kind::Int: return i == o.i;
  // Compare bits: 0.0 and -0.0 are different constants, and a NaN is the same as itself.
  case Kind::Float: return std::memcmp(&f, &o.f, sizeof f) == 0;
  case Kind::Complex:
    return std::memcmp(&f, &o.f, sizeof f) == 0 && std::memcmp(&im, &o.im, sizeof im) == 0;
  case Kind::Str: return s == o.s;
  }
  return false;
}

}  // namespace fastjit::ir
