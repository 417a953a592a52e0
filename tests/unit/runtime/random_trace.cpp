// Bit-identity of runtime/random_mt.h with CPython 3.11's random module: replays traces recorded
// by python3 (data/gen_random_cases.py) for seeds 0, 1, 12345, -7, 2**40, 2**32, 2**63-1,
// -2**63, ... — random(), getrandbits, randrange (every error path), randint, uniform, choice,
// shuffle and gauss (including its cached second value and its reset by seed()); and seeding
// from a str (SHA-512 of its UTF-8, as Random.seed version 2).
#include "runtime/errors.h"
#include "runtime/random_mt.h"

#include <gtest/gtest.h>

#include <bit>
#include <string>
#include <vector>

using namespace fastjit::rt;

namespace {

enum Op {
  OP_SEED, OP_SEEDFLOAT, OP_RANDOM, OP_GETRANDBITS, OP_RANDRANGE, OP_RANDRANGE1, OP_RANDINT,
  OP_UNIFORM, OP_CHOICE, OP_SHUFFLE, OP_SHUFFLED, OP_GAUSS,
};
struct RandomOp {
  Op op;
  int64_t a, b, c;
  int64_t i;
  uint64_t f;
  const char *err;  // "Class: message" or ""
};
struct StringSeedCase {
  const char *text;  // UTF-8
  uint64_t first[5];  // the first five random() values after random.seed(text)
};

#include "data/random_cases.inc"

double D(uint64_t b) { return std::bit_cast<double>(b); }

std::string pendingText() {
  auto p = takePending();
  return std::string(excTypeName(p.type)) + ": " + p.message;
}

}  // namespace

TEST(RandomTrace, MatchesCPythonBitForBit) {
  MersenneTwister mt;
  std::vector<int64_t> shuffled;
  size_t step = 0;
  for (const auto &o : kRandomTrace) {
    SCOPED_TRACE("trace step " + std::to_string(step++));
    std::string expectErr = o.err;
    int64_t out = 0;
    bool ok = true;
    switch (o.op) {
      case OP_SEED: mt.seedInt(o.a); continue;
      case OP_SEEDFLOAT: mt.seedFloat(D(o.f)); continue;
      case OP_RANDOM: ASSERT_EQ(std::bit_cast<uint64_t>(mt.random()), o.f); continue;
      case OP_UNIFORM:
        ASSERT_EQ(std::bit_cast<uint64_t>(mt.uniform(double(o.a), double(o.b))), o.f);
        continue;
      case OP_GAUSS:
        ASSERT_EQ(std::bit_cast<uint64_t>(mt.gauss(double(o.a), double(o.c) / 1000.0)), o.f);
        continue;
      case OP_SHUFFLE:
        shuffled.resize(size_t(o.a));
        for (int64_t k = 0; k < o.a; ++k) shuffled[size_t(k)] = k;
        mt.shuffle(shuffled.size(), [&](size_t x, size_t y) { std::swap(shuffled[x], shuffled[y]); });
        if (o.b < 0) continue;
        [[fallthrough]];
      case OP_SHUFFLED: ASSERT_EQ(shuffled[size_t(o.b)], o.i); continue;
      case OP_GETRANDBITS: ok = mt.getrandbits(o.a, out); break;
      case OP_RANDRANGE: ok = mt.randrange(o.a, o.b, o.c, true, out); break;
      case OP_RANDRANGE1: ok = mt.randrange(o.a, 0, 1, false, out); break;
      case OP_RANDINT: ok = mt.randint(o.a, o.b, out); break;
      case OP_CHOICE: {
        size_t idx = 0;
        ok = mt.choiceIndex(size_t(o.a), idx);
        out = int64_t(idx);
        break;
      }
    }
    if (expectErr.empty()) {
      ASSERT_TRUE(ok) << pendingText();
      ASSERT_EQ(out, o.i);
    } else {
      ASSERT_FALSE(ok);
      ASSERT_EQ(pendingText(), expectErr);
    }
  }
}

TEST(RandomTrace, StringSeedsUseSha512) {
  MersenneTwister mt;
  for (const auto &c : kStringSeedCases) {
    mt.seedString(c.text);
    for (uint64_t expected : c.first)
      EXPECT_EQ(std::bit_cast<uint64_t>(mt.random()), expected) << "seed('" << c.text << "')";
  }
}

TEST(RandomTrace, UnseededGeneratorsDiffer) {
  MersenneTwister a, b;
  EXPECT_NE(a.random(), b.random());  // seeded from the OS entropy source, like CPython
  a.seedTime();
  double x = a.random();
  EXPECT_GE(x, 0.0);
  EXPECT_LT(x, 1.0);
}

TEST(RandomTrace, CEntryPointUsesTheModuleGenerator) {
  globalRandom().seedInt(0);
  EXPECT_EQ(fastjit_random_random(), 0.8444218515250481);  // random.seed(0); random.random()
  EXPECT_EQ(globalRandom().random(), 0.7579544029403025);  // the same stream continues
}
