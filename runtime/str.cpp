// str objects: creation, code-point indexing over UTF-8 (O(1) for ASCII strings), slicing,
// concatenation, repetition, comparison and CPython's repr(). Strings are never mutated after
// creation; the one-character ASCII strings and "" are immortal and shared.
#include "runtime/str.h"

#include "runtime/errors.h"

#include <algorithm>
#include <cstring>
#include <vector>

namespace fastjit::rt {

extern const uint32_t kNonPrintableRanges[][2];
extern const int kNonPrintableRangeCount;

namespace {

// An immortal one-character (or empty) string: the StrObject header followed by its bytes.
struct SmallStr {
  StrObject s;
  char bytes[2];
};
// `bytes` sits right after the header (char needs no alignment), where StrObject::data() looks.

SmallStr smallStrs[129];  // [0..127]: chr(i); [128]: ""

bool initSmallStrs() {
  for (int i = 0; i <= 128; ++i) {
    SmallStr &ss = smallStrs[i];
    ss.s.refcount = kImmortalRefcount;
    ss.s.kind = ObjKind::Str;
    ss.s.ascii = true;
    ss.s.length = i < 128 ? 1 : 0;
    ss.s.byteLength = ss.s.length;
    ss.bytes[0] = i < 128 ? char(i) : '\0';
    ss.bytes[1] = '\0';
  }
  return true;
}
const bool smallStrsReady = initSmallStrs();

Value emptyStr() { return Value::borrow(&smallStrs[128].s); }

bool isPrintable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp != 0x7f;
  // Binary search over the sorted non-printable ranges.
  int lo = 0, hi = kNonPrintableRangeCount - 1;
  while (lo <= hi) {
    int mid = (lo + hi) / 2;
    if (cp < kNonPrintableRanges[mid][0]) hi = mid - 1;
    else if (cp > kNonPrintableRanges[mid][1]) lo = mid + 1;
    else return false;
  }
  return true;
}

const char kHex[] = "0123456789abcdef";

}  // namespace

StrObject *newStr(int64_t bytes, int64_t codePoints) {
  (void)smallStrsReady;
  if (bytes < 0 || bytes > kMaxContainerBytes) {
    raise(ExcType::MemoryError, "");
    return nullptr;
  }
  auto *s = static_cast<StrObject *>(allocBytes(sizeof(StrObject) + size_t(bytes) + 1));
  if (!s) return nullptr;
  s->refcount = 1;
  s->kind = ObjKind::Str;
  s->length = codePoints;
  s->byteLength = bytes;
  s->ascii = bytes == codePoints;
  s->mutableData()[bytes] = '\0';
  return s;
}

int64_t countCodePoints(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;  // count every byte that starts a code point
  return n;
}

Value makeStr(std::string_view utf8) {
  if (utf8.empty()) return emptyStr();
  if (utf8.size() == 1 && (unsigned char)utf8[0] < 0x80)
    return Value::borrow(&smallStrs[(unsigned char)utf8[0]].s);
  StrObject *s = newStr(int64_t(utf8.size()), countCodePoints(utf8));
  if (!s) return Value::error();
  std::memcpy(s->mutableData(), utf8.data(), utf8.size());
  return Value::adopt(s);
}

void appendUtf8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

Value makeChar(uint32_t cp) {
  if (cp < 0x80) return Value::borrow(&smallStrs[cp].s);
  std::string buf;
  appendUtf8(buf, cp);
  return makeStr(buf);
}

uint32_t decodeUtf8(std::string_view s, size_t &pos) {
  unsigned char c = (unsigned char)s[pos++];
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : 1;
  uint32_t cp = c & (0x3F >> extra);
  for (int i = 0; i < extra && pos < s.size(); ++i) cp = (cp << 6) | ((unsigned char)s[pos++] & 0x3F);
  return cp;
}

int64_t strByteOffset(const StrObject *s, int64_t index) {
  if (s->ascii) return index;
  const char *d = s->data();
  int64_t pos = 0;
  for (int64_t seen = 0; seen < index; ++pos)
    if (((unsigned char)d[pos + 1] & 0xC0) != 0x80) ++seen;  // the next byte starts a code point
  return pos;
}

void appendStrRepr(std::string &out, std::string_view s) {
  bool hasSingle = s.find('\'') != std::string_view::npos;
  bool hasDouble = s.find('"') != std::string_view::npos;
  char quote = hasSingle && !hasDouble ? '"' : '\'';
  out.reserve(out.size() + s.size() + 2);
  out += quote;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t start = pos;
    uint32_t cp = decodeUtf8(s, pos);
    if (cp == uint32_t(quote) || cp == '\\') {
      out += '\\';
      out += char(cp);
    } else if (cp == '\t') {
      out += "\\t";
    } else if (cp == '\n') {
      out += "\\n";
    } else if (cp == '\r') {
      out += "\\r";
    } else if (isPrintable(cp)) {
      out.append(s.data() + start, pos - start);
    } else if (cp <= 0xFF) {
      out += "\\x";
      out += kHex[cp >> 4];
      out += kHex[cp & 15];
    } else if (cp <= 0xFFFF) {
      out += "\\u";
      for (int sh = 12; sh >= 0; sh -= 4) out += kHex[(cp >> sh) & 15];
    } else {
      out += "\\U";
      for (int sh = 28; sh >= 0; sh -= 4) out += kHex[(cp >> sh) & 15];
    }
  }
  out += quote;
}

Value strItem(const StrObject *s, int64_t index) {
  if (s->ascii) return Value::borrow(&smallStrs[(unsigned char)s->data()[index]].s);
  size_t pos = size_t(strByteOffset(s, index));
  return makeChar(decodeUtf8(s->view(), pos));
}

Value strSlice(const StrObject *s, int64_t start, int64_t stop, int64_t step, int64_t count) {
  if (count <= 0) return emptyStr();
  if (step == 1) {
    int64_t b = strByteOffset(s, start);
    int64_t e = strByteOffset(s, stop);
    return makeStr(std::string_view(s->data() + b, size_t(e - b)));
  }
  if (s->ascii) {
    StrObject *r = newStr(count, count);
    if (!r) return Value::error();
    const char *d = s->data();
    char *o = r->mutableData();
    for (int64_t i = 0, j = start; i < count; ++i, j += step) o[i] = d[j];
    return Value::adopt(r);
  }
  // Non-ASCII with a step: decode once into code points, then pick.
  std::vector<uint32_t> cps;
  cps.reserve(size_t(s->length));
  std::string_view v = s->view();
  for (size_t pos = 0; pos < v.size();) cps.push_back(decodeUtf8(v, pos));
  std::string out;
  for (int64_t i = 0, j = start; i < count; ++i, j += step) appendUtf8(out, cps[size_t(j)]);
  return makeStr(out);
}

Value strConcat(const StrObject *a, const StrObject *b) {
  if (a->byteLength == 0) return Value::borrow(const_cast<StrObject *>(b));
  if (b->byteLength == 0) return Value::borrow(const_cast<StrObject *>(a));
  StrObject *r = newStr(a->byteLength + b->byteLength, a->length + b->length);
  if (!r) return Value::error();
  std::memcpy(r->mutableData(), a->data(), size_t(a->byteLength));
  std::memcpy(r->mutableData() + a->byteLength, b->data(), size_t(b->byteLength));
  return Value::adopt(r);
}

Value strRepeat(const StrObject *s, int64_t times) {
  if (times <= 0 || s->byteLength == 0) return emptyStr();
  if (times == 1) return Value::borrow(const_cast<StrObject *>(s));
  if (s->byteLength > kMaxContainerBytes / times) return raise(ExcType::MemoryError, "");
  StrObject *r = newStr(s->byteLength * times, s->length * times);
  if (!r) return Value::error();
  char *o = r->mutableData();
  for (int64_t i = 0; i < times; ++i) std::memcpy(o + i * s->byteLength, s->data(), size_t(s->byteLength));
  return Value::adopt(r);
}

int strCompare(const StrObject *a, const StrObject *b) {
  // UTF-8 byte order is code-point order, so memcmp gives Python's ordering.
  size_t n = size_t(std::min(a->byteLength, b->byteLength));
  int c = std::memcmp(a->data(), b->data(), n);
  if (c != 0) return c;
  return a->byteLength < b->byteLength ? -1 : a->byteLength > b->byteLength ? 1 : 0;
}

bool strContains(const StrObject *h, const StrObject *n) {
  return h->view().find(n->view()) != std::string_view::npos;
}

}  // namespace fastjit::rt
