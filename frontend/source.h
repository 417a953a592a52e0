// A Python source file held in memory: its name, its bytes, and a table of where each line starts.
// Diagnostics use it to print the offending line under an error, and tracebacks use it (through the
// Module that points at it) to print the source line of each frame. Positions are SourceLoc values:
// 1-based line and column (the column counts code points, as CPython's SyntaxError offsets do) plus
// the 0-based byte offset. This file does no lexing and never rejects input: any bytes are a valid
// SourceFile (invalid UTF-8 is reported by the lexer, not here).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fastjit {

// A point in a source file. line and column are 1-based; offset is the 0-based byte offset.
// A default-constructed SourceLoc (line 0) means "no position".
struct SourceLoc {
  uint32_t line = 0;
  uint32_t column = 0;
  uint32_t offset = 0;

  bool valid() const { return line != 0; }
  friend bool operator==(const SourceLoc &, const SourceLoc &) = default;
};

// A half-open range [begin, end): end is one past the last character, like CPython's
// end_col_offset.
struct SourceRange {
  SourceLoc begin;
  SourceLoc end;
};

class SourceFile {
public:
  SourceFile(std::string name, std::string text);

  // Reads a file from disk; returns false and sets `error` (a human-readable reason) on failure.
  static bool load(const std::string &path, SourceFile &out, std::string &error);

  const std::string &name() const { return name_; }
  std::string_view text() const { return text_; }
  size_t size() const { return text_.size(); }

  // Number of lines; a final line without a trailing newline counts, an empty file has 0 lines.
  uint32_t lineCount() const { return static_cast<uint32_t>(lineStarts_.size()); }
  // Text of line n (1-based) without its line terminator ("\n", "\r\n" or "\r"); empty if out of
  // range.
  std::string_view line(uint32_t n) const;
  // Byte offset where line n (1-based) starts.
  uint32_t lineStart(uint32_t n) const;
  // Converts a byte offset into a full SourceLoc (line, code-point column). Offsets past the end
  // are clamped to the end of the text.
  SourceLoc locationOf(uint32_t offset) const;

private:
  std::string name_;
  std::string text_;
  std::vector<uint32_t> lineStarts_;  // byte offset of the first byte of each line
  std::vector<bool> asciiLine_;       // line has no multi-byte characters: column = bytes + 1
  // For non-ASCII text: cpBefore_[k] = number of code points in bytes [0, k * kBlock), so any
  // column is found in O(kBlock) even on a line of a million characters.
  static constexpr uint32_t kBlock = 64;
  std::vector<uint32_t> cpBefore_;
  uint32_t codePointsBefore(uint32_t offset) const;
};

}  // namespace fastjit
