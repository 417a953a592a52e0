// No input crashes the frontend: empty files, binary garbage, deep nesting of every kind, a
// line of a million characters, invalid UTF-8. And every real program in the repository (the
// samples, the conformance suite, the shared benchmark workloads when present) parses cleanly,
// while each program of tests/conformance/refused/ is refused with the message and position its
// `# refused:` / `# at:` header records.
#include "test_util.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <random>
#include <sstream>

namespace fastjit::test {
namespace {

namespace fs = std::filesystem;

// The repository root, from this file's path (tests/unit/frontend/robustness_test.cpp).
fs::path repoRoot() { return fs::path(__FILE__).parent_path().parent_path().parent_path().parent_path(); }

std::string readFile(const fs::path &p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(Robustness, EmptyAndBlankFiles) {
  for (const char *src : {"", "\n", "\n\n\n", "   ", "# comment", "\t\n  \n", "\r\n", "\xEF\xBB\xBF"}) {
    Parsed p = parse(src);
    EXPECT_TRUE(p.ok()) << p.allErrors();
    EXPECT_TRUE(p.mod->body.empty());
  }
}

TEST(Robustness, BinaryGarbage) {
  std::mt19937 rng(12345);
  for (int round = 0; round < 200; ++round) {
    std::string s(1 + rng() % 2000, '\0');
    for (char &c : s)
      c = static_cast<char>(rng());
    Parsed p = parse(s);
    EXPECT_FALSE(p.ok());
  }
}

TEST(Robustness, PrintableGarbageAndTruncatedPrograms) {
  // Every prefix of a real program, and random ASCII soup: errors or success, never a crash.
  std::string prog = readFile(repoRoot() / "tests/conformance/fstring_specs.py");
  for (size_t n = 0; n <= prog.size(); n += 7)
    parse(prog.substr(0, n));
  std::mt19937 rng(7);
  const std::string alphabet = "abcxyz019_ ()[]{}:;,.=+-*/%<>!&|^~'\"\\#@\n\t fifordefwhileelseifreturn";
  for (int round = 0; round < 300; ++round) {
    std::string s;
    for (size_t i = 0, n = rng() % 300; i < n; ++i)
      s += alphabet[rng() % alphabet.size()];
    parse(s);
  }
}

TEST(Robustness, DeepNestingIsAnErrorNotACrash) {
  auto expectError = [](const std::string &src, const std::string &msg) {
    Parsed p = parse(src);
    ASSERT_FALSE(p.ok());
    EXPECT_NE(p.firstError().find(msg), std::string::npos) << p.firstError();
  };
  expectError("x = " + std::string(100000, '(') + "\n", "too many nested parentheses");
  expectError("x = " + std::string(100000, '[') + "\n", "too many nested parentheses");
  std::string minus;
  for (int i = 0; i < 100000; ++i)
    minus += "- ";
  expectError("x = " + minus + "1\n", "too deeply nested");
  std::string nots;
  for (int i = 0; i < 100000; ++i)
    nots += "not ";
  expectError("x = " + nots + "1\n", "too deeply nested");
  std::string sum = "x = 1";
  for (int i = 0; i < 300000; ++i)
    sum += "+1";
  expectError(sum + "\n", "too deeply nested");
  std::string attr = "x = a";
  for (int i = 0; i < 100000; ++i)
    attr += ".b";
  expectError(attr + "\n", "too deeply nested");
  std::string calls = "x = f";
  for (int i = 0; i < 100000; ++i)
    calls += "(1)";
  expectError(calls + "\n", "too deeply nested");
  std::string pow = "x = 2";
  for (int i = 0; i < 100000; ++i)
    pow += "**2";
  expectError(pow + "\n", "too deeply nested");
  std::string ifexp = "x = 1";
  for (int i = 0; i < 100000; ++i)
    ifexp += " if 1 else 1";
  expectError(ifexp + "\n", "too deeply nested");
  std::string fstr = "x = f'";
  for (int i = 0; i < 1000; ++i)
    fstr += "{x:";
  expectError(fstr + "'\n", "f-string");
  // Moderate depth is fine.
  std::string ok = "x = 1";
  for (int i = 0; i < 500; ++i)
    ok += " + 1";
  EXPECT_TRUE(parse(ok + "\n").ok());
}

TEST(Robustness, MillionCharacterLines) {
  std::string list = "x = [";
  while (list.size() < 1000000)
    list += "1, ";
  EXPECT_TRUE(parse(list + "]\n").ok());
  std::string str = "x = '" + std::string(1000000, 'a') + "'\n";
  EXPECT_TRUE(parse(str).ok());
  std::string fstr = "x = f'";
  while (fstr.size() < 1000000)
    fstr += "é{y}";
  EXPECT_TRUE(parse(fstr + "'\n").ok());
  std::string comment = "x = 1  # " + std::string(1000000, 'c') + "\n";
  EXPECT_TRUE(parse(comment).ok());
  std::string name(1000000, 'n');
  EXPECT_TRUE(parse(name + " = 1\n").ok());
  Parsed bad = parse("x = " + std::string(1000000, '1') + "$\n");
  EXPECT_EQ(bad.firstError(), "SyntaxError: invalid syntax @1:1000005");
}

TEST(Robustness, InvalidUtf8IsReportedWithItsOffset) {
  const char *cases[] = {"\x80", "x = 'a\xc3'", "x = 1\n\xf5\x80\x80\x80", "\xe0\x80\x80", "\xed\xb0\x80"};
  for (const char *c : cases) {
    Parsed p = parse(c);
    ASSERT_FALSE(p.ok());
    EXPECT_NE(p.firstError().find("invalid UTF-8: byte 0x"), std::string::npos) << p.firstError();
    EXPECT_NE(p.firstError().find("at offset"), std::string::npos);
  }
}

std::vector<fs::path> pythonFiles(const fs::path &dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir))
    return out;
  for (const auto &e : fs::directory_iterator(dir))
    if (e.path().extension() == ".py")
      out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Programs, RepositoryProgramsParse) {
  // Conformance programs are the .py files with a recorded expected/<name>.out; the suite's own
  // tools (record.py, run.py, ...) sit next to them and use modules fastjit refuses.
  const fs::path conformance = repoRoot() / "tests/conformance";
  size_t count = 0;
  for (const fs::path &dir : {repoRoot() / "samples", conformance, fs::path("/work/shared/bench")}) {
    for (const fs::path &file : pythonFiles(dir)) {
      if (dir == conformance &&
          !fs::exists(conformance / "expected" / (file.stem().string() + ".out")))
        continue;
      Parsed p = parse(readFile(file), file.string());
      EXPECT_TRUE(p.ok()) << file << "\n" << p.allErrors();
      ++count;
    }
  }
  EXPECT_GT(count, 0u);
}

TEST(Programs, ConformanceRefusalsMatchTheirHeaders) {
  for (const fs::path &file : pythonFiles(repoRoot() / "tests/conformance/refused")) {
    std::string src = readFile(file);
    std::string refused, at;
    std::istringstream lines(src);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind("# refused: ", 0) == 0)
        refused = line.substr(11);
      if (line.rfind("# at: ", 0) == 0)
        at = line.substr(6);
    }
    if (refused.empty())
      continue;
    Parsed p = parse(src, file.string());
    ASSERT_FALSE(p.ok()) << file;
    EXPECT_EQ(p.firstError(), "unsupported: " + refused + " @" + at) << file;
  }
}

}  // namespace
}  // namespace fastjit::test
