// Recording and Clang-style rendering of compile-time errors (see diagnostics.h). The caret line
// copies tabs from the source line so the caret lands under the right character in a terminal.
#include "frontend/diagnostics.h"

#include <llvm/Support/raw_ostream.h>

#include <algorithm>

namespace fastjit {

const char *diagKindName(DiagKind k) {
  switch (k) {
  case DiagKind::SyntaxError: return "SyntaxError";
  case DiagKind::IndentationError: return "IndentationError";
  case DiagKind::TabError: return "TabError";
  case DiagKind::Unsupported: return "unsupported";
  }
  return "?";
}

void Diagnostics::error(DiagKind kind, SourceLoc loc, std::string message) {
  if (diags_.size() >= kMaxErrors) {
    ++dropped_;
    return;
  }
  diags_.push_back({kind, loc, std::move(message)});
}

std::string Diagnostics::render(const Diagnostic &d) const {
  std::string out;
  llvm::raw_string_ostream os(out);
  os << file_->name() << ':';
  if (d.loc.valid())
    os << d.loc.line << ':' << d.loc.column << ':';
  os << " error: ";
  if (d.kind != DiagKind::Unsupported)
    os << diagKindName(d.kind) << ": ";
  os << d.message << '\n';
  if (!d.loc.valid())
    return out;
  std::string_view line = file_->line(d.loc.line);
  // Very long lines (a generated file, a million-character line) are not echoed in full: show a
  // window around the column so the report stays readable.
  constexpr size_t kWindow = 160;
  size_t startByte = 0;
  uint32_t col = 1;
  std::string prefix;
  if (line.size() > kWindow * 2) {
    size_t target = d.loc.offset >= file_->lineStart(d.loc.line)
                        ? d.loc.offset - file_->lineStart(d.loc.line)
                        : 0;
    startByte = target > kWindow / 2 ? target - kWindow / 2 : 0;
    while (startByte > 0 && startByte < line.size() &&
           (static_cast<unsigned char>(line[startByte]) & 0xC0) == 0x80)
      --startByte;
    size_t endByte = std::min(line.size(), startByte + kWindow);
    while (endByte < line.size() && (static_cast<unsigned char>(line[endByte]) & 0xC0) == 0x80)
      ++endByte;
    prefix = startByte > 0 ? "..." : "";
    // Column of startByte in code points.
    for (size_t i = 0; i < startByte; ++i)
      if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
        ++col;
    line = line.substr(startByte, endByte - startByte);
  }
  os << "    " << prefix << line << '\n';
  os << "    " << std::string(prefix.size(), ' ');
  size_t i = 0;
  for (; col < d.loc.column && i < line.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80)
      continue;
    os << (c == '\t' ? '\t' : ' ');
    ++col;
  }
  for (; col < d.loc.column; ++col)  // a column past the end of the line (an EOF error)
    os << ' ';
  os << "^\n";
  return out;
}

void Diagnostics::sortByPosition() {
  // Insertion sort: stable, no temporary buffer, and the list is short and nearly sorted.
  for (size_t i = 1; i < diags_.size(); ++i)
    for (size_t j = i; j > 0 && diags_[j].loc.offset < diags_[j - 1].loc.offset; --j)
      std::swap(diags_[j], diags_[j - 1]);
}

void Diagnostics::dropRefusalsIfPythonErrors() {
  bool python = false;
  for (const Diagnostic &d : diags_)
    python |= d.kind != DiagKind::Unsupported;
  if (!python)
    return;
  std::vector<Diagnostic> kept;
  for (Diagnostic &d : diags_)
    if (d.kind != DiagKind::Unsupported)
      kept.push_back(std::move(d));
  diags_ = std::move(kept);
}

void Diagnostics::print(llvm::raw_ostream &os) const {
  for (const Diagnostic &d : diags_)
    os << render(d);
  if (dropped_)
    os << file_->name() << ": note: " << dropped_ << " more error(s) not shown\n";
}

}  // namespace fastjit
