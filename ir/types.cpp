// The type lattice of ir/types.h: construction with normalisation, join with widening, printing.
// Normalisation keeps equal types structurally equal (a union's members are sorted and flattened,
// list elements are only the storage strategies' kinds), so `==` is all consumers need.
#include "ir/types.h"

#include <algorithm>

namespace fastjit::ir {

Type Type::list(Type elem) {
  Type t(Kind::List);
  switch (elem.kind()) {
  case Kind::Unknown:
  case Kind::Bool:  // one byte per element (rt::ListStorage::Bool)
  case Kind::Int:
  case Kind::Float:
  case Kind::Complex:
  case Kind::Dynamic:
  case Kind::List:  // boxed storage whose elements are (guarded to be) lists: grid[i][j]
    break;
  default:  // str, unions (a bool and an int)...: boxed storage, elements of any type
    elem = dynamic();
  }
  t.args_.push_back(std::move(elem));
  return t;
}

Type Type::tuple(std::vector<Type> items) {
  Type t(Kind::Tuple);
  t.args_ = std::move(items);
  return t;
}

Type Type::function(const void *ref, std::string name) {
  Type t(Kind::Function);
  t.ref_ = ref;
  t.name_ = std::move(name);
  return t;
}

Type Type::builtin(const void *ref, std::string name) {
  Type t(Kind::Builtin);
  t.ref_ = ref;
  t.name_ = std::move(name);
  return t;
}

Type Type::module(std::string name) {
  Type t(Kind::Module);
  t.name_ = std::move(name);
  return t;
}

Type Type::iterator(Type container) {
  Type t(Kind::Iterator);
  t.args_.push_back(std::move(container));
  return t;
}

bool Type::operator==(const Type &o) const {
  return kind_ == o.kind_ && ref_ == o.ref_ && name_ == o.name_ && args_ == o.args_;
}

bool Type::contains(const Type &member) const {
  if (member.isUnknown() || isDynamic()) return true;
  if (*this == member) return true;
  if (kind_ == Kind::Union)
    return std::find(args_.begin(), args_.end(), member) != args_.end() ||
           (member.is(Kind::Union) &&
            std::all_of(member.args_.begin(), member.args_.end(),
                        [&](const Type &m) { return contains(m); }));
  return false;
}

namespace {

// The scalar members of a scalar or a union of scalars.
void addMembers(const Type &t, std::vector<Type> &out) {
  if (t.is(Type::Kind::Union)) {
    for (const Type &m : t.items()) addMembers(m, out);
    return;
  }
  if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(t);
}

}  // namespace

Type Type::join(const Type &a, const Type &b) {
  if (a.isUnknown()) return b;
  if (b.isUnknown()) return a;
  if (a == b) return a;
  if (a.isDynamic() || b.isDynamic()) return dynamic();
  if (a.is(Kind::List) && b.is(Kind::List)) {
    // An empty list (list[unknown]) joins with any list, a list of untyped rows with typed rows.
    if (refines(b, a)) return b;
    if (refines(a, b)) return a;
    return list(dynamic());  // different strategies: elements read generically
  }
  if (a.is(Kind::Tuple) && b.is(Kind::Tuple) && a.items().size() == b.items().size()) {
    std::vector<Type> items;
    for (size_t i = 0; i < a.items().size(); ++i) items.push_back(join(a.items()[i], b.items()[i]));
    return tuple(std::move(items));
  }
  if (a.is(Kind::Iterator) && b.is(Kind::Iterator)) {
    Type c = join(a.elem(), b.elem());
    return c.isDynamic() ? dynamic() : iterator(c);
  }
  bool aScalar = a.isScalar() || a.is(Kind::Union), bScalar = b.isScalar() || b.is(Kind::Union);
  if (!aScalar || !bScalar) return dynamic();
  std::vector<Type> members;
  addMembers(a, members);
  addMembers(b, members);
  if (members.size() > kMaxUnion) return dynamic();
  std::sort(members.begin(), members.end(),
            [](const Type &x, const Type &y) { return x.kind() < y.kind(); });
  Type u(Kind::Union);
  u.args_ = std::move(members);
  return u;
}

bool Type::refines(const Type &t, const Type &partial) {
  if (partial.isUnknown()) return true;
  if (t.is(Kind::List) && partial.is(Kind::List)) return refines(t.elem(), partial.elem());
  return t == partial;
}

std::string Type::toString() const {
  switch (kind_) {
  case Kind::Unknown: return "unknown";
  case Kind::None: return "None";
  case Kind::Bool: return "bool";
  case Kind::Int: return "int";
  case Kind::Float: return "float";
  case Kind::Complex: return "complex";
  case Kind::Str: return "str";
  case Kind::Range: return "range";
  case Kind::List: return "list[" + (elem().isDynamic() ? std::string("object") : elem().toString()) + "]";
  case Kind::Tuple: {
    std::string s = "tuple[";
    for (size_t i = 0; i < args_.size(); ++i) s += (i ? ", " : "") + args_[i].toString();
    return s + "]";
  }
  case Kind::Function: return "function " + name_;
  case Kind::Builtin: return "builtin " + name_;
  case Kind::Module: return "module " + name_;
  case Kind::Iterator: return "iter[" + elem().toString() + "]";
  case Kind::Union: {
    std::string s;
    for (size_t i = 0; i < args_.size(); ++i) s += (i ? "|" : "") + args_[i].toString();
    return s;
  }
  case Kind::Dynamic: return "object";
  }
  return "?";
}

std::string signatureName(const std::string &function, const std::vector<Type> &args) {
  std::string s = function + "[";
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) s += ",";
    std::string a = args[i].toString();
    a.erase(std::remove(a.begin(), a.end(), ' '), a.end());
    s += a;
  }
  return s + "]";
}

}  // namespace fastjit::ir
