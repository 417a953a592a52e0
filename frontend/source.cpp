// SourceFile: the line table and offset→(line, column) conversion used by diagnostics and
// tracebacks. Accepts any bytes; it never validates (the lexer reports invalid UTF-8).
#include "frontend/source.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace fastjit {

SourceFile::SourceFile(std::string name, std::string text)
    : name_(std::move(name)), text_(std::move(text)) {
  // Python accepts \n, \r\n and a lone \r as line terminators.
  const size_t n = text_.size();
  if (n == 0)
    return;
  lineStarts_.push_back(0);
  for (size_t i = 0; i < n; ++i) {
    char c = text_[i];
    if (c == '\r' && i + 1 < n && text_[i + 1] == '\n')
      ++i;
    if ((c == '\n' || c == '\r') && i + 1 < n)
      lineStarts_.push_back(static_cast<uint32_t>(i + 1));
  }
  asciiLine_.assign(lineStarts_.size(), true);
  bool anyNonAscii = false;
  for (size_t l = 0, i = 0; i < n; ++i) {
    while (l + 1 < lineStarts_.size() && lineStarts_[l + 1] <= i)
      ++l;
    if (static_cast<unsigned char>(text_[i]) >= 0x80) {
      asciiLine_[l] = false;
      anyNonAscii = true;
    }
  }
  if (anyNonAscii) {
    cpBefore_.reserve(n / kBlock + 2);
    uint32_t count = 0;
    for (size_t i = 0; i < n; ++i) {
      if (i % kBlock == 0)
        cpBefore_.push_back(count);
      if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80)
        ++count;
    }
    if (n % kBlock == 0)
      cpBefore_.push_back(count);
  }
}

uint32_t SourceFile::codePointsBefore(uint32_t offset) const {
  uint32_t block = offset / kBlock;
  uint32_t count = cpBefore_[block];
  for (uint32_t i = block * kBlock; i < offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80)
      ++count;
  return count;
}

bool SourceFile::load(const std::string &path, SourceFile &out, std::string &error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = "cannot open file '" + path + "'";
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) {
    error = "cannot read file '" + path + "'";
    return false;
  }
  out = SourceFile(path, ss.str());
  return true;
}

uint32_t SourceFile::lineStart(uint32_t n) const {
  if (n == 0 || n > lineStarts_.size())
    return static_cast<uint32_t>(text_.size());
  return lineStarts_[n - 1];
}

std::string_view SourceFile::line(uint32_t n) const {
  if (n == 0 || n > lineStarts_.size())
    return {};
  size_t begin = lineStarts_[n - 1];
  size_t end = n < lineStarts_.size() ? lineStarts_[n] : text_.size();
  std::string_view s(text_.data() + begin, end - begin);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

SourceLoc SourceFile::locationOf(uint32_t offset) const {
  offset = std::min<uint32_t>(offset, static_cast<uint32_t>(text_.size()));
  SourceLoc loc;
  loc.offset = offset;
  if (lineStarts_.empty()) {
    loc.line = 1;
    loc.column = 1;
    return loc;
  }
  if (offset == text_.size() && (text_.back() == '\n' || text_.back() == '\r')) {
    // The end of a file that ends with a newline is the start of the (empty) line after it.
    loc.line = lineCount() + 1;
    loc.column = 1;
    return loc;
  }
  auto it = std::upper_bound(lineStarts_.begin(), lineStarts_.end(), offset);
  uint32_t lineIdx = static_cast<uint32_t>(it - lineStarts_.begin());  // 1-based line
  loc.line = lineIdx;
  if (asciiLine_[lineIdx - 1]) {
    loc.column = offset - lineStarts_[lineIdx - 1] + 1;
    return loc;
  }
  // Column counts code points: every byte that is not a UTF-8 continuation byte starts one.
  loc.column = codePointsBefore(offset) - codePointsBefore(lineStarts_[lineIdx - 1]) + 1;
  return loc;
}

}  // namespace fastjit
