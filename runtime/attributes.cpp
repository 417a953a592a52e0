// Attribute access (ops.h getAttr) and method lookup: module members, a function's __name__,
// .real/.imag of numbers, complex.conjugate, float.is_integer, and the list/str method tables
// (methods_list.cpp, methods_str.cpp). Anything else is CPython's AttributeError.
#include "runtime/callargs.h"
#include "runtime/list.h"
#include "runtime/modules.h"
#include "runtime/str.h"

#include <cmath>

namespace fastjit::rt {

MethodFn findListMethod(std::string_view name, const char **canonical);
MethodFn findStrMethod(std::string_view name, const char **canonical);

namespace {

Value floatIsInteger(const Value &self, const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("float.is_integer", kw) || !noArgs("float.is_integer", n)) return Value::error();
  double f = self.asFloat();
  return Value::boolean(std::isfinite(f) && std::floor(f) == f);
}

Value complexConjugate(const Value &self, const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("complex.conjugate", kw) || !noArgs("complex.conjugate", n)) return Value::error();
  return Value::complex(self.asComplex().re, -self.asComplex().im);
}

Value intConjugate(const Value &self, const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("int.conjugate", kw) || !noArgs("int.conjugate", n)) return Value::error();
  return Value::integer(self.asInt());
}

Value floatConjugate(const Value &self, const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("float.conjugate", kw) || !noArgs("float.conjugate", n)) return Value::error();
  return self;
}

// The public attributes CPython 3.11's types have (`dir(t)` without dunders, generated with
// python3), so that using one outside fastjit's subset says so instead of only echoing
// CPython's message for a name that does not exist.
bool cpythonHasAttribute(std::string_view type, std::string_view name) {
  static const std::pair<const char *, const char *> kAttributes[] = {
    {"str", " capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill "},
    {"list", " append clear copy count extend index insert pop remove reverse sort "},
    {"int", " as_integer_ratio bit_count bit_length conjugate denominator from_bytes imag numerator real to_bytes "},
    {"float", " as_integer_ratio conjugate fromhex hex imag is_integer real "},
    {"complex", " conjugate imag real "},
    {"tuple", " count index "},
    {"range", " count index start step stop "},
  };
  std::string padded = " " + std::string(name) + " ";
  for (const auto &[t, attrs] : kAttributes)
    if (type == t) return std::string_view(attrs).find(padded) != std::string_view::npos;
  return false;
}

Value noAttribute(const Value &obj, std::string_view name) {
  std::string type(typeName(obj));
  if (cpythonHasAttribute(type, name))
    return raise(ExcType::AttributeError,
                 fmt::format("'{}' object has no attribute '{}' in fastjit ({}.{} is outside "
                             "the supported subset of Python)", type, name, type, name));
  return raise(ExcType::AttributeError,
               fmt::format("'{}' object has no attribute '{}'", type, name));
}

}  // namespace

Value moduleGetAttr(const ModuleObject *m, std::string_view name) {
  for (const auto &[key, value] : m->members)
    if (key == name) return value;
  if (name == "__name__") return makeStr(m->name);
  return raise(ExcType::AttributeError,
               fmt::format("module '{}' has no attribute '{}'", m->name, name));
}

MethodFn findMethod(const Value &self, std::string_view name, const char **canonical) {
  switch (self.tag()) {
  case Tag::Float:
    if (name == "is_integer") return *canonical = "is_integer", floatIsInteger;
    if (name == "conjugate") return *canonical = "conjugate", floatConjugate;
    return nullptr;
  case Tag::Complex:
    if (name == "conjugate") return *canonical = "conjugate", complexConjugate;
    return nullptr;
  case Tag::Int:
  case Tag::Bool:
    if (name == "conjugate") return *canonical = "conjugate", intConjugate;
    return nullptr;
  case Tag::Object:
    if (isList(self)) return findListMethod(name, canonical);
    if (isStr(self)) return findStrMethod(name, canonical);
    return nullptr;
  default:
    return nullptr;
  }
}

Value getAttr(const Value &obj, std::string_view name) {
  switch (obj.tag()) {
  case Tag::Int:
  case Tag::Bool:
    if (name == "real") return Value::integer(obj.asInt());
    if (name == "imag") return Value::integer(0);
    break;
  case Tag::Float:
    if (name == "real") return obj;
    if (name == "imag") return Value::floating(0.0);
    break;
  case Tag::Complex:
    if (name == "real") return Value::floating(obj.asComplex().re);
    if (name == "imag") return Value::floating(obj.asComplex().im);
    break;
  case Tag::Object:
    switch (obj.asObject()->kind) {
    case ObjKind::Module: return moduleGetAttr(asModule(obj), name);
    case ObjKind::Function:
      if (name == "__name__" || name == "__qualname__") return makeStr(asFunction(obj)->name);
      return noAttribute(obj, name);
    case ObjKind::BuiltinFunction:
      if (name == "__name__" || name == "__qualname__")
        return makeStr(static_cast<BuiltinFunctionObject *>(obj.asObject())->name);
      return noAttribute(obj, name);
    case ObjKind::BoundMethod:
      if (name == "__name__") return makeStr(static_cast<BoundMethodObject *>(obj.asObject())->name);
      return noAttribute(obj, name);
    case ObjKind::Type:
      if (name == "__name__" || name == "__qualname__")
        return makeStr(static_cast<TypeObject *>(obj.asObject())->name);
      return raise(ExcType::AttributeError,
                   fmt::format("type object '{}' has no attribute '{}'",
                               static_cast<TypeObject *>(obj.asObject())->name, name));
    default: break;
    }
    break;
  default: break;
  }
  const char *canonical = nullptr;
  if (MethodFn fn = findMethod(obj, name, &canonical)) return makeBoundMethod(obj, canonical, fn);
  return noAttribute(obj, name);
}

}  // namespace fastjit::rt
