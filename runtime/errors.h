// Python exceptions as runtime values. A failing operation records the exception in the thread's
// pending-exception slot and returns a failure result (Value::error(), false, or -1); every frame
// that propagates it appends its traceback line. No C++ exception ever carries a Python exception,
// so interpreter and JIT frames unwind by ordinary returns.
//
// The exception classes are CPython's, with CPython's messages; this file lists the classes and
// holds the pending state. Formatting the traceback block is done here too, once, for every mode.
#pragma once

#include "runtime/value.h"

#include <string>
#include <string_view>
#include <vector>

namespace fastjit::rt {

enum class ExcType : uint8_t {
  Exception,
  ArithmeticError,
  AssertionError,
  AttributeError,
  IndexError,
  KeyError,
  LookupError,
  MemoryError,
  NameError,
  NotImplementedError,
  OverflowError,
  RecursionError,
  RuntimeError,
  StopIteration,
  SystemExit,  // raised by sys.exit(); carries the exit code / message
  TypeError,
  UnboundLocalError,
  ValueError,
  ZeroDivisionError,
  ImportError,          // added by the runtime: `import` of an unknown module at run time
  ModuleNotFoundError,
};

std::string_view excTypeName(ExcType t);  // "ZeroDivisionError"

struct TracebackEntry {
  std::string file;      // script path as given on the command line
  int line;              // 1-based
  std::string function;  // "<module>" for top-level code
};

struct PendingException {
  ExcType type;
  std::string message;   // may be empty: then the traceback ends with just "Class"
  Value payload;         // SystemExit: the argument of sys.exit (None, int or other)
  std::vector<TracebackEntry> traceback;  // innermost last, as CPython prints them
};

// Sets the pending exception and returns Value::error() so that `return raise(...)` reads well.
Value raise(ExcType type, std::string message);
bool hasPending();
PendingException &pending();          // precondition: hasPending()
PendingException takePending();       // clears the slot
void clearPending();
// Called by each frame that propagates the pending exception.
void addTraceback(std::string file, int line, std::string function);

// Formats "Traceback (most recent call last):" + frames (with their source lines, read through
// sourceLine) + "Class: message", exactly as CPython 3.11 prints it.
std::string formatTraceback(const PendingException &exc,
                            std::string_view (*sourceLine)(const std::string &file, int line));

// SystemExit as CPython's interpreter ends the process for it: sys.exit() / sys.exit(None) -> 0,
// sys.exit(n) -> n (as an int), sys.exit(other) -> 1 after printing str(other) plus a newline to
// stderr (stderrText receives that text; empty when nothing is printed).
int systemExitStatus(const PendingException &exc, std::string &stderrText);

}  // namespace fastjit::rt
