// The collector of compile-time errors for one source file, and their Clang-style rendering:
//
//   script.py:3:5: error: SyntaxError: invalid syntax
//       x = = 1
//           ^
//
// Python's own errors are tagged with the exception class CPython would raise (SyntaxError,
// IndentationError, TabError) and use CPython 3.11's messages; constructs that are valid Python but
// outside fastjit's subset are "unsupported" and say so ("'class' statements are not supported by
// fastjit"). This file only records and prints; it never decides what is an error.
#pragma once

#include "frontend/source.h"

#include <string>
#include <vector>

namespace llvm {
class raw_ostream;
}

namespace fastjit {

enum class DiagKind : uint8_t {
  SyntaxError,
  IndentationError,
  TabError,
  Unsupported,  // valid Python outside the fastjit subset
};

// "SyntaxError", "IndentationError", "TabError", or "unsupported".
const char *diagKindName(DiagKind k);

struct Diagnostic {
  DiagKind kind;
  SourceLoc loc;
  std::string message;
};

class Diagnostics {
public:
  explicit Diagnostics(const SourceFile &file) : file_(&file) {}

  // Errors past this count are dropped (the first ones are the useful ones); an extra note says so.
  static constexpr size_t kMaxErrors = 50;

  void error(DiagKind kind, SourceLoc loc, std::string message);
  void syntaxError(SourceLoc loc, std::string message) {
    error(DiagKind::SyntaxError, loc, std::move(message));
  }
  void unsupported(SourceLoc loc, std::string message) {
    error(DiagKind::Unsupported, loc, std::move(message));
  }

  bool hasErrors() const { return !diags_.empty(); }
  size_t errorCount() const { return diags_.size() + dropped_; }
  const std::vector<Diagnostic> &diagnostics() const { return diags_; }
  const SourceFile &file() const { return *file_; }

  // Orders the diagnostics by position (stable), so errors found by different passes read in
  // source order.
  void sortByPosition();

  // A program with Python errors (SyntaxError and its subclasses) is not valid Python, so its
  // refusals of valid-but-unsupported constructs are noise: drop them when both are present.
  void dropRefusalsIfPythonErrors();

  // Renders every diagnostic (with its source line and caret) in the order they were reported.
  void print(llvm::raw_ostream &os) const;
  // Renders one diagnostic: "file:line:col: error: ...", the line, the caret.
  std::string render(const Diagnostic &d) const;

private:
  const SourceFile *file_;
  std::vector<Diagnostic> diags_;
  size_t dropped_ = 0;
};

}  // namespace fastjit
