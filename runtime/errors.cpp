// The thread's pending Python exception and CPython 3.11's traceback text for it.
//
// Raising is cheap (a flag and a string); formatting happens once, when the exception reaches the
// top. This file must not print anything itself: the API decides where the text goes.
#include "runtime/errors.h"

#include "runtime/ops.h"

#include <fmt/format.h>

namespace fastjit::rt {
namespace {

struct PendingSlot {
  bool has = false;
  PendingException exc;
};
thread_local PendingSlot slot;

// CPython prints a run of identical frames (deep recursion) only 3 times, then a summary line.
constexpr int kRecursiveCutoff = 3;

std::string_view stripSpaces(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\f' || s[b] == '\r' || s[b] == '\n')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\f' || s[e - 1] == '\r' ||
                   s[e - 1] == '\n'))
    --e;
  return s.substr(b, e - b);
}

void appendRepeated(std::string &out, int count) {
  count -= kRecursiveCutoff;
  out += fmt::format("  [Previous line repeated {} more time{}]\n", count, count > 1 ? "s" : "");
}

}  // namespace

std::string_view excTypeName(ExcType t) {
  switch (t) {
  case ExcType::Exception: return "Exception";
  case ExcType::ArithmeticError: return "ArithmeticError";
  case ExcType::AssertionError: return "AssertionError";
  case ExcType::AttributeError: return "AttributeError";
  case ExcType::IndexError: return "IndexError";
  case ExcType::KeyError: return "KeyError";
  case ExcType::LookupError: return "LookupError";
  case ExcType::MemoryError: return "MemoryError";
  case ExcType::NameError: return "NameError";
  case ExcType::NotImplementedError: return "NotImplementedError";
  case ExcType::OverflowError: return "OverflowError";
  case ExcType::RecursionError: return "RecursionError";
  case ExcType::RuntimeError: return "RuntimeError";
  case ExcType::StopIteration: return "StopIteration";
  case ExcType::SystemExit: return "SystemExit";
  case ExcType::TypeError: return "TypeError";
  case ExcType::UnboundLocalError: return "UnboundLocalError";
  case ExcType::ValueError: return "ValueError";
  case ExcType::ZeroDivisionError: return "ZeroDivisionError";
  case ExcType::ImportError: return "ImportError";
  case ExcType::ModuleNotFoundError: return "ModuleNotFoundError";
  }
  return "Exception";
}

Value raise(ExcType type, std::string message) {
  slot.has = true;
  slot.exc.type = type;
  slot.exc.message = std::move(message);
  slot.exc.payload = Value::none();
  slot.exc.traceback.clear();
  return Value::error();
}

bool hasPending() { return slot.has; }

PendingException &pending() { return slot.exc; }

PendingException takePending() {
  slot.has = false;
  PendingException out = std::move(slot.exc);
  slot.exc = PendingException{};
  return out;
}

void clearPending() {
  slot.has = false;
  slot.exc.message.clear();
  slot.exc.payload = Value::none();
  slot.exc.traceback.clear();
}

void addTraceback(std::string file, int line, std::string function) {
  // Frames report themselves innermost first while the error propagates, but the contract (and
  // CPython's printing order) keeps the innermost frame last, so each new frame goes in front.
  auto &tb = slot.exc.traceback;
  tb.insert(tb.begin(), TracebackEntry{std::move(file), line, std::move(function)});
}

std::string formatTraceback(const PendingException &exc,
                            std::string_view (*sourceLine)(const std::string &file, int line)) {
  std::string out;
  if (!exc.traceback.empty()) {
    out += "Traceback (most recent call last):\n";
    const TracebackEntry *last = nullptr;
    int count = 0;
    for (const TracebackEntry &e : exc.traceback) {
      if (!last || e.file != last->file || e.line != last->line || e.function != last->function) {
        if (count > kRecursiveCutoff) appendRepeated(out, count);
        last = &e;
        count = 0;
      }
      ++count;
      if (count > kRecursiveCutoff) continue;
      out += fmt::format("  File \"{}\", line {}, in {}\n", e.file, e.line, e.function);
      if (sourceLine) {
        std::string_view src = stripSpaces(sourceLine(e.file, e.line));
        if (!src.empty()) {
          out += "    ";
          out += src;
          out += '\n';
        }
      }
    }
    if (count > kRecursiveCutoff) appendRepeated(out, count);
  }
  out += excTypeName(exc.type);
  if (!exc.message.empty()) {
    out += ": ";
    out += exc.message;
  }
  out += '\n';
  return out;
}

int systemExitStatus(const PendingException &exc, std::string &stderrText) {
  stderrText.clear();
  const Value &p = exc.payload;
  if (p.isNone()) return 0;
  if (p.isInt() || p.isBool()) return int(p.asInt());
  stderrText = strString(p);
  stderrText += '\n';
  return 1;
}

}  // namespace fastjit::rt
