// The time and sys modules. time: time, time_ns, perf_counter, perf_counter_ns, monotonic, sleep
// (CPython's clocks: CLOCK_REALTIME for time, CLOCK_MONOTONIC for the others). sys: argv (built
// from setArgv when sys is first imported), exit (raises SystemExit carrying its argument; the
// API turns it into the exit status with systemExitStatus), maxsize.
#include "runtime/callargs.h"
#include "runtime/io.h"
#include "runtime/list.h"
#include "runtime/modules_internal.h"
#include "runtime/str.h"

#include <ctime>
#include <thread>
#include <chrono>

namespace fastjit::rt {
namespace {

int64_t clockNs(clockid_t clock) {
  timespec ts;
  clock_gettime(clock, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

double clockSeconds(clockid_t clock) {
  timespec ts;
  clock_gettime(clock, &ts);
  // CPython: _PyTime_AsSecondsDouble of the nanosecond count.
  int64_t ns = int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
  return double(ns) / 1e9;
}

Value t_time(const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("time.time", kw) || !noArgs("time.time", n)) return Value::error();
  return Value::floating(clockSeconds(CLOCK_REALTIME));
}
Value t_time_ns(const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("time.time_ns", kw) || !noArgs("time.time_ns", n)) return Value::error();
  return Value::integer(clockNs(CLOCK_REALTIME));
}
Value t_perf_counter(const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("time.perf_counter", kw) || !noArgs("time.perf_counter", n)) return Value::error();
  return Value::floating(clockSeconds(CLOCK_MONOTONIC));
}
Value t_perf_counter_ns(const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("time.perf_counter_ns", kw) || !noArgs("time.perf_counter_ns", n)) return Value::error();
  return Value::integer(clockNs(CLOCK_MONOTONIC));
}
Value t_monotonic(const Value *, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("time.monotonic", kw) || !noArgs("time.monotonic", n)) return Value::error();
  return Value::floating(clockSeconds(CLOCK_MONOTONIC));
}
Value t_sleep(const Value *a, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("time.sleep", kw) || !exactlyOne("time.sleep", n)) return Value::error();
  double s;
  if (a[0].isFloat()) s = a[0].asFloat();
  else if (a[0].isInt() || a[0].isBool()) s = double(a[0].asInt());
  else
    return raise(ExcType::TypeError,
                 fmt::format("'{}' object cannot be interpreted as an integer", typeName(a[0])));
  if (s < 0) return raise(ExcType::ValueError, "sleep length must be non-negative");
  flushStdout();
  std::this_thread::sleep_for(std::chrono::duration<double>(s));
  return Value::none();
}

Value s_exit(const Value *a, size_t n, const KeywordNames *kw) {
  if (!rejectKeywords("exit", kw) || !argRange("exit", n, 0, 1)) return Value::error();
  Value arg = n ? a[0] : Value::none();
  raise(ExcType::SystemExit, arg.isNone() ? std::string() : strString(arg));
  pending().payload = arg;
  return Value::error();
}

BuiltinFunctionObject timeFunctions[] = {
    makeStaticBuiltin("time", t_time),
    makeStaticBuiltin("time_ns", t_time_ns),
    makeStaticBuiltin("perf_counter", t_perf_counter),
    makeStaticBuiltin("perf_counter_ns", t_perf_counter_ns),
    makeStaticBuiltin("monotonic", t_monotonic),
    makeStaticBuiltin("sleep", t_sleep),
};
BuiltinFunctionObject sysExit = makeStaticBuiltin("exit", s_exit);

}  // namespace

ModuleObject *buildTimeModule() {
  ModuleObject *m = newModule("time");
  for (BuiltinFunctionObject &f : timeFunctions) addFunction(m, &f);
  return m;
}

ModuleObject *buildSysModule() {
  ModuleObject *m = newModule("sys");
  Value argv = makeList();
  for (const std::string &arg : getArgv()) listAppend(asList(argv), makeStr(arg));
  m->members.emplace_back("argv", std::move(argv));
  addFunction(m, &sysExit);
  m->members.emplace_back("maxsize", Value::integer(INT64_MAX));
  return m;
}

}  // namespace fastjit::rt
