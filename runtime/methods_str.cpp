// The methods of str that Tier 1 has: join and format. str.format parses the format string
// (CPython's MarkupIterator: "{{" / "}}" escapes, auto and manual field numbering, keyword fields,
// "[n]" item access, !r/!s/!a conversions, nested "{}" fields inside a spec) and formats each field
// through appendFormat, the same code f-strings use.
#include "runtime/callargs.h"
#include "runtime/list.h"
#include "runtime/str.h"
#include "runtime/tuple.h"

#include <cstring>
#include <vector>

namespace fastjit::rt {
namespace {

Value strJoinM(const Value &self, const Value *args, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("str.join", kw) || !exactlyOne("str.join", n)) return Value::error();
  std::vector<Value> items;
  const Value &it = args[0];
  if (isList(it)) {
    const ListObject *l = asList(it);
    for (int64_t i = 0; i < l->size; ++i) items.push_back(listGet(l, i));
  } else if (isTuple(it)) {
    const TupleObject *t = asTuple(it);
    items.assign(t->items(), t->items() + t->size);
  } else {
    Value iter = getIter(it);
    if (iter.isError()) {
      clearPending();
      return raise(ExcType::TypeError, "can only join an iterable");
    }
    Value v;
    int r;
    while ((r = iterNext(iter, v)) > 0) items.push_back(v);
    if (r < 0) return Value::error();
  }
  const StrObject *sep = asStr(self);
  int64_t bytes = 0, cps = 0;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!isStr(items[i]))
      return raise(ExcType::TypeError, fmt::format("sequence item {}: expected str instance, {} found",
                                                   i, typeName(items[i])));
    bytes += asStr(items[i])->byteLength;
    cps += asStr(items[i])->length;
  }
  if (items.size() == 1) return items[0];
  if (!items.empty()) {
    bytes += sep->byteLength * int64_t(items.size() - 1);
    cps += sep->length * int64_t(items.size() - 1);
  }
  StrObject *out = newStr(bytes, cps);
  if (!out) return Value::error();
  char *p = out->mutableData();
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) {
      std::memcpy(p, sep->data(), size_t(sep->byteLength));
      p += sep->byteLength;
    }
    const StrObject *s = asStr(items[i]);
    std::memcpy(p, s->data(), size_t(s->byteLength));
    p += s->byteLength;
  }
  return Value::adopt(out);
}

struct FormatState {
  const Value *args;
  size_t npos;
  size_t nargs;
  const KeywordNames *kw;
  int autoIndex = 0;  // next automatic field number; -1 once manual numbering is used
  bool manual = false;
};

// Resolves a field name ("", "0", "name", "0[1]") to a value.
bool resolveField(FormatState &st, std::string_view field, Value &out) {
  size_t bracket = field.find('[');
  std::string_view head = field.substr(0, bracket);
  if (head.empty()) {
    if (st.manual) {
      raise(ExcType::ValueError, "cannot switch from manual field specification to automatic field numbering");
      return false;
    }
    if (size_t(st.autoIndex) >= st.npos) {
      raise(ExcType::IndexError,
            fmt::format("Replacement index {} out of range for positional args tuple", st.autoIndex));
      return false;
    }
    out = st.args[st.autoIndex++];
  } else if (head.find_first_not_of("0123456789") == std::string_view::npos) {
    if (st.autoIndex > 0) {
      raise(ExcType::ValueError, "cannot switch from automatic field numbering to manual field specification");
      return false;
    }
    st.manual = true;
    size_t idx = 0;
    for (char c : head) idx = idx * 10 + size_t(c - '0');
    if (idx >= st.npos) {
      raise(ExcType::IndexError,
            fmt::format("Replacement index {} out of range for positional args tuple", idx));
      return false;
    }
    out = st.args[idx];
  } else {
    const Value *v = keywordArg(st.args, st.nargs, st.kw, head);
    if (!v) {
      std::string r;
      appendStrRepr(r, head);
      raise(ExcType::KeyError, r);
      return false;
    }
    out = *v;
  }
  // "[n]" item accesses.
  while (bracket != std::string_view::npos) {
    size_t close = field.find(']', bracket);
    if (close == std::string_view::npos) {
      raise(ExcType::ValueError, "Missing ']' in format string");
      return false;
    }
    std::string_view key = field.substr(bracket + 1, close - bracket - 1);
    Value index;
    if (!key.empty() && key.find_first_not_of("0123456789") == std::string_view::npos) {
      int64_t k = 0;
      for (char c : key) k = k * 10 + (c - '0');
      index = Value::integer(k);
    } else {
      index = makeStr(key);
    }
    out = getItem(out, index);
    if (out.isError()) return false;
    bracket = close + 1 < field.size() && field[close + 1] == '[' ? close + 1 : std::string_view::npos;
  }
  return true;
}

bool formatInto(FormatState &st, std::string_view fmtStr, std::string &out, int depth);

// One replacement field's inner text: field[!conv][:spec].
bool formatField(FormatState &st, std::string_view inner, std::string &out, int depth) {
  size_t colon = std::string_view::npos, bang = std::string_view::npos;
  int nest = 0;
  for (size_t i = 0; i < inner.size(); ++i) {
    char c = inner[i];
    if (c == '[') ++nest;
    else if (c == ']') --nest;
    else if (nest == 0 && c == '!' && bang == std::string_view::npos) bang = i;
    else if (nest == 0 && c == ':') {
      colon = i;
      break;
    }
  }
  size_t fieldEnd = bang != std::string_view::npos ? bang : colon;
  std::string_view field = inner.substr(0, fieldEnd);
  char conv = 0;
  if (bang != std::string_view::npos) {
    size_t convEnd = colon == std::string_view::npos ? inner.size() : colon;
    if (convEnd != bang + 2) {
      raise(ExcType::ValueError, convEnd == bang + 1 ? "end of string while looking for conversion specifier"
                                                     : "expected ':' after conversion specifier");
      return false;
    }
    conv = inner[bang + 1];
  }
  Value v;
  if (!resolveField(st, field, v)) return false;
  if (conv == 'r' || conv == 'a') v = repr(v);
  else if (conv == 's') v = str(v);
  else if (conv) {
    raise(ExcType::ValueError, fmt::format("Unknown conversion specifier {}", conv));
    return false;
  }
  if (v.isError()) return false;
  std::string spec;
  if (colon != std::string_view::npos) {
    if (depth >= 2) {
      raise(ExcType::ValueError, "Max string recursion exceeded");
      return false;
    }
    if (!formatInto(st, inner.substr(colon + 1), spec, depth + 1)) return false;
  }
  return appendFormat(out, v, spec);
}

bool formatInto(FormatState &st, std::string_view s, std::string &out, int depth) {
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '{') {
      if (i + 1 < s.size() && s[i + 1] == '{') {
        out += '{';
        i += 2;
        continue;
      }
      // Find the matching '}', allowing nested fields in the spec.
      int nest = 1;
      size_t j = i + 1;
      for (; j < s.size(); ++j) {
        if (s[j] == '{') ++nest;
        else if (s[j] == '}' && --nest == 0) break;
      }
      if (j >= s.size()) {
        raise(ExcType::ValueError, depth ? "unmatched '{' in format spec" : "Single '{' encountered in format string");
        return false;
      }
      if (!formatField(st, s.substr(i + 1, j - i - 1), out, depth)) return false;
      i = j + 1;
    } else if (c == '}') {
      if (i + 1 < s.size() && s[i + 1] == '}') {
        out += '}';
        i += 2;
        continue;
      }
      raise(ExcType::ValueError, "Single '}' encountered in format string");
      return false;
    } else {
      size_t j = s.find_first_of("{}", i);
      if (j == std::string_view::npos) j = s.size();
      out.append(s.data() + i, j - i);
      i = j;
    }
  }
  return true;
}

Value strFormatM(const Value &self, const Value *args, size_t n, const KeywordNames *kw) {
  FormatState st{args, n - keywordCount(kw), n, kw};
  std::string out;
  if (!formatInto(st, strView(self), out, 0)) return Value::error();
  return makeStr(out);
}

}  // namespace

MethodFn findStrMethod(std::string_view name, const char **canonical) {
  if (name == "join") {
    *canonical = "join";
    return strJoinM;
  }
  if (name == "format") {
    *canonical = "format";
    return strFormatM;
  }
  return nullptr;
}

}  // namespace fastjit::rt
