// Python str objects: immutable sequences of code points stored as UTF-8.
//
// Python indexes strings by code point, so every object records its length in code points next to
// its byte length; when the two are equal (ASCII) indexing and slicing are O(1) byte operations,
// otherwise they scan the UTF-8 bytes. The bytes follow the header in the same allocation and are
// NUL-terminated. Strings are immutable once created: nothing may write into data() afterwards.
#pragma once

#include "runtime/object.h"

#include <string>
#include <string_view>

namespace fastjit::rt {

struct StrObject : Object {
  int64_t length;      // code points
  int64_t byteLength;  // UTF-8 bytes, excluding the terminating NUL
  bool ascii;          // length == byteLength: byte offsets are code-point offsets

  const char *data() const { return reinterpret_cast<const char *>(this + 1); }
  char *mutableData() { return reinterpret_cast<char *>(this + 1); }  // only while building
  std::string_view view() const { return {data(), size_t(byteLength)}; }
};

// Creates a str from valid UTF-8 (the frontend and the runtime only produce valid UTF-8).
// Returns Value::error() with MemoryError pending if the allocation fails.
Value makeStr(std::string_view utf8);
// A one-code-point string; ASCII ones are cached immortals (iteration and indexing use these).
Value makeChar(uint32_t codePoint);
// Uninitialised string of `bytes` bytes and `codePoints` code points, for builders (join, *).
StrObject *newStr(int64_t bytes, int64_t codePoints);

inline bool isStr(const Value &v) { return v.isObject(ObjKind::Str); }
inline StrObject *asStr(const Value &v) { return static_cast<StrObject *>(v.asObject()); }
inline std::string_view strView(const Value &v) { return asStr(v)->view(); }

// Number of code points in valid UTF-8.
int64_t countCodePoints(std::string_view utf8);
// Byte offset of code point `index` (0 <= index <= length).
int64_t strByteOffset(const StrObject *s, int64_t index);
// Decodes the code point at byte offset `pos`, advancing pos.
uint32_t decodeUtf8(std::string_view s, size_t &pos);
void appendUtf8(std::string &out, uint32_t codePoint);

// repr(str) exactly as CPython: quote choice (' unless the text has ' and no "), escapes \\ \n \r
// \t, \xNN for other non-printables < 0x100, \uNNNN / \UNNNNNNNN above, printable non-ASCII kept.
void appendStrRepr(std::string &out, std::string_view utf8);

// Sequence operations used by ops.cpp and builtins (index already normalised and in range).
Value strItem(const StrObject *s, int64_t index);
Value strSlice(const StrObject *s, int64_t start, int64_t stop, int64_t step, int64_t count);
Value strConcat(const StrObject *a, const StrObject *b);
Value strRepeat(const StrObject *s, int64_t times);
int strCompare(const StrObject *a, const StrObject *b);  // <0, 0, >0 by code point (UTF-8 order)
bool strContains(const StrObject *haystack, const StrObject *needle);

}  // namespace fastjit::rt
