// MT19937 seeding and the random module's algorithms on top of it, ported from CPython 3.11's
// Modules/_randommodule.c (init_genrand, init_by_array, genrand_uint32, random_seed,
// getrandbits) and Lib/random.py (_randbelow_with_getrandbits, randrange, randint, choice,
// shuffle, gauss), so that the same integer seed yields the same sequence, bit for bit.
#include "runtime/random_mt.h"

#include "runtime/errors.h"
#include "runtime/numeric.h"
#include "runtime/sha512.h"

#include <chrono>
#include <cmath>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

namespace fastjit::rt {

namespace {
constexpr int M = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU, kUpperMask = 0x80000000U, kLowerMask = 0x7fffffffU;

std::string int128ToString(__int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 m = neg ? (unsigned __int128)(-(v + 1)) + 1 : (unsigned __int128)v;
  std::string s;
  while (m) { s += char('0' + int(m % 10)); m /= 10; }
  if (neg) s += '-';
  return std::string(s.rbegin(), s.rend());
}

// Python's // on 128-bit integers (floor division).
__int128 floorDiv(__int128 a, __int128 b) {
  __int128 q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}
}  // namespace

MersenneTwister::MersenneTwister() { seedTime(); }

void MersenneTwister::initGenrand(uint32_t s) {
  state_[0] = s;
  for (int i = 1; i < N; ++i)
    state_[i] = 1812433253U * (state_[i - 1] ^ (state_[i - 1] >> 30)) + uint32_t(i);
  index_ = N;
}

void MersenneTwister::seedByArray(const uint32_t *key, size_t keyLength) {
  uint32_t *mt = state_;
  initGenrand(19650218U);
  size_t i = 1, j = 0;
  for (size_t k = size_t(N) > keyLength ? size_t(N) : keyLength; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + uint32_t(j);
    ++i;
    ++j;
    if (i >= size_t(N)) { mt[0] = mt[N - 1]; i = 1; }
    if (j >= keyLength) j = 0;
  }
  for (size_t k = N - 1; k; --k) {
    mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - uint32_t(i);
    ++i;
    if (i >= size_t(N)) { mt[0] = mt[N - 1]; i = 1; }
  }
  mt[0] = 0x80000000U;  // MSB is 1: a non-zero initial array
  index_ = N;
  hasGaussNext_ = false;  // Random.seed resets gauss_next
}

// random_seed for an int: the key is the 32-bit words of abs(n), least significant first;
// zero gives the one-word key [0].
void MersenneTwister::seedInt(int64_t n) {
  uint64_t mag = n < 0 ? 0 - uint64_t(n) : uint64_t(n);
  uint32_t key[2] = {uint32_t(mag), uint32_t(mag >> 32)};
  seedByArray(key, key[1] ? 2 : 1);
}

// random_seed for a float: n = (size_t)hash(x), then as for an int.
void MersenneTwister::seedFloat(double x) {
  uint64_t h = uint64_t(hashFloat(x));
  uint32_t key[2] = {uint32_t(h), uint32_t(h >> 32)};
  seedByArray(key, key[1] ? 2 : 1);
}

void MersenneTwister::seedString(std::string_view utf8) {
  // The big-endian bytes of the seed integer; its 32-bit words are read from the end.
  std::string bytes(utf8);
  auto digest = sha512(utf8);
  bytes.append(reinterpret_cast<const char *>(digest.data()), digest.size());
  size_t first = 0;
  while (first < bytes.size() && bytes[first] == 0) ++first;  // int.from_bytes drops them
  size_t n = bytes.size() - first;
  std::vector<uint32_t> key((n + 3) / 4 ? (n + 3) / 4 : 1, 0);
  for (size_t k = 0; k < n; ++k) {
    uint8_t b = uint8_t(bytes[bytes.size() - 1 - k]);
    key[k / 4] |= uint32_t(b) << (8 * (k % 4));
  }
  seedByArray(key.data(), key.size());
}

// CPython seeds from os.urandom (624 words); the OS entropy source plus the clock and pid
// stand in for it. Sequences from this seeding are not reproducible, in CPython either.
void MersenneTwister::seedTime() {
  uint32_t key[N];
  std::random_device rd;
  for (int i = 0; i < N; ++i) key[i] = rd();
  auto now = std::chrono::high_resolution_clock::now().time_since_epoch().count();
  key[0] ^= uint32_t(now);
  key[1] ^= uint32_t(uint64_t(now) >> 32);
  key[2] ^= uint32_t(getpid());
  seedByArray(key, N);
}

namespace {
// CPython's twist, with mag01[y & 1] written as a mask so that the compiler vectorizes the loops
// (random() draws two words per call: the twist is a good part of its cost), then genrand_uint32's
// tempering of every word and random()'s value at every even index, so that a draw is a load
// (separate loops: they vectorize too).
[[gnu::always_inline]] inline void twistAndTemper(uint32_t *mt, uint32_t *tempered, double *res53) {
  constexpr int N = MersenneTwister::N;
  auto twist = [](uint32_t upper, uint32_t lower, uint32_t far) {
    uint32_t y = (upper & kUpperMask) | (lower & kLowerMask);
    return far ^ (y >> 1) ^ ((0U - (y & 0x1U)) & kMatrixA);
  };
  auto temper = [&](int from, int to) {
    for (int i = from; i < to; ++i) {
      uint32_t y = mt[i];
      y ^= (y >> 11);
      y ^= (y << 7) & 0x9d2c5680U;
      y ^= (y << 15) & 0xefc60000U;
      y ^= (y >> 18);
      tempered[i] = y;
    }
  };
  // Words from N - M on read words this twist already wrote, N - M before them: the loop is cut
  // where that distance starts to fall inside it (2 * (N - M)), so that no loop reads its own
  // stores (vectorized at full width), and each run of new words is tempered before the next loop
  // reads it, which also lets those stores complete first (loads straddling recent stores stall
  // store forwarding: a quarter of the twist's time).
  constexpr int half = N - M;
  int kk;
  for (kk = 0; kk < half; ++kk) mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk + M]);
  temper(0, half);
  for (; kk < 2 * half; ++kk) mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk - half]);
  temper(half, 2 * half);
  for (; kk < N - 1; ++kk) mt[kk] = twist(mt[kk], mt[kk + 1], mt[kk - half]);
  mt[N - 1] = twist(mt[N - 1], mt[0], mt[M - 1]);
  temper(2 * half, N);
  for (int j = 0; j < N / 2; ++j)
    res53[j] = MersenneTwister::res53(tempered[2 * j] >> 5, tempered[2 * j + 1] >> 6);
}

// The runtime is built for the baseline instruction set (SSE2 on x86-64: 4 words per vector
// operation, two-operand forms); where the CPU has AVX2, a copy compiled for it does 8 at a time
// and takes about half the time (a third of the Monte Carlo workload's before). Same arithmetic,
// same words: only the vector width differs.
void twistAndTemperBaseline(uint32_t *mt, uint32_t *tempered, double *res53) {
  twistAndTemper(mt, tempered, res53);
}
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
[[gnu::target("avx2")]] void twistAndTemperAvx2(uint32_t *mt, uint32_t *tempered, double *res53) {
  twistAndTemper(mt, tempered, res53);
}
#endif

using TwistFn = void (*)(uint32_t *, uint32_t *, double *);
TwistFn chooseTwist() {
#if defined(__x86_64__) && (defined(__clang__) || defined(__GNUC__))
  __builtin_cpu_init();  // may run before the runtime's own constructors
  if (__builtin_cpu_supports("avx2")) return twistAndTemperAvx2;
#endif
  return twistAndTemperBaseline;
}
}  // namespace

void MersenneTwister::regenerate() {
  static const TwistFn twistAndTemperAll = chooseTwist();
  twistAndTemperAll(state_, tempered_, res53_);
  index_ = 0;
}

// getrandbits for 0 <= k <= 64 into a uint64: 32-bit words least significant first, the last
// word shifted right to keep its top bits (CPython's order of draws).
static uint64_t randbits64(MersenneTwister &mt, int k) {
  if (k == 0) return 0;
  if (k <= 32) return mt.next32() >> (32 - k);
  uint64_t lo = mt.next32();
  uint64_t hi = mt.next32() >> (64 - k);
  return lo | (hi << 32);
}

bool MersenneTwister::getrandbits(int64_t k, int64_t &out) {
  if (k < 0) {
    raise(ExcType::ValueError, "number of bits must be non-negative");
    return false;
  }
  if (k <= 64) {
    uint64_t r = randbits64(*this, int(k));
    if (r > uint64_t(INT64_MAX)) return raiseIntegerOverflow();
    out = int64_t(r);
    return true;
  }
  // Wider results fit int64 only when every word past the first two is zero; all words are
  // drawn regardless so that the generator advances exactly as CPython's does.
  uint64_t lo = next32(), hi = next32();
  bool fits = (hi & 0x80000000U) == 0;
  int64_t remaining = k - 64;
  while (remaining > 0) {
    uint32_t w = next32();
    if (remaining < 32) w >>= (32 - remaining);
    if (w) fits = false;
    remaining -= 32;
  }
  if (!fits) return raiseIntegerOverflow();
  out = int64_t(lo | (hi << 32));
  return true;
}

uint64_t MersenneTwister::randbelow(uint64_t n) {
  if (n == 0) return 0;  // callers never ask (CPython would loop forever)
  int k = 64 - __builtin_clzll(n);
  uint64_t r = randbits64(*this, k);
  while (r >= n) r = randbits64(*this, k);
  return r;
}

// _randbelow for 0 < n <= 2**64 (a full-width randint range has 2**64 values): n == 2**64
// draws getrandbits(65) — three words — until the 65th bit is clear, as CPython does.
static uint64_t randbelowWide(MersenneTwister &mt, unsigned __int128 n) {
  if (n <= UINT64_MAX) return mt.randbelow(uint64_t(n));
  for (;;) {
    uint64_t lo = mt.next32(), hi = mt.next32();
    if ((mt.next32() >> 31) == 0) return lo | (hi << 32);
  }
}

// randrange over 128-bit bounds (randint passes b + 1, which may be 2**63).
static bool randrange128(MersenneTwister &mt, __int128 istart, __int128 istop, __int128 istep,
                         bool hasStop, int64_t &out) {
  if (!hasStop) {
    if (istep != 1) {
      raise(ExcType::TypeError, "Missing a non-None stop argument");
      return false;
    }
    if (istart > 0) {
      out = int64_t(randbelowWide(mt, (unsigned __int128)istart));
      return true;
    }
    raise(ExcType::ValueError, "empty range for randrange()");
    return false;
  }
  __int128 width = istop - istart;
  if (istep == 1) {
    if (width > 0) {
      out = int64_t(istart + __int128(randbelowWide(mt, (unsigned __int128)width)));
      return true;
    }
    raise(ExcType::ValueError, "empty range for randrange() (" + int128ToString(istart) + ", " +
                                   int128ToString(istop) + ", " + int128ToString(width) + ")");
    return false;
  }
  __int128 n;
  if (istep > 0) {
    n = floorDiv(width + istep - 1, istep);
  } else if (istep < 0) {
    n = floorDiv(width + istep + 1, istep);
  } else {
    raise(ExcType::ValueError, "zero step for randrange()");
    return false;
  }
  if (n <= 0) {
    raise(ExcType::ValueError, "empty range for randrange()");
    return false;
  }
  out = int64_t(istart + istep * __int128(randbelowWide(mt, (unsigned __int128)n)));
  return true;
}

bool MersenneTwister::randrange(int64_t start, int64_t stop, int64_t step, bool hasStop,
                                int64_t &out) {
  return randrange128(*this, start, stop, step, hasStop, out);
}

bool MersenneTwister::randint(int64_t a, int64_t b, int64_t &out) {
  return randrange128(*this, a, __int128(b) + 1, 1, true, out);
}

bool MersenneTwister::choiceIndex(size_t n, size_t &out) {
  if (n == 0) {
    raise(ExcType::IndexError, "Cannot choose from an empty sequence");
    return false;
  }
  out = size_t(randbelow(n));
  return true;
}

double MersenneTwister::gauss(double mu, double sigma) {
  double z;
  if (hasGaussNext_) {
    z = gaussNext_;
    hasGaussNext_ = false;
  } else {
    constexpr double kTwoPi = 2.0 * 3.141592653589793;
    double x2pi = random() * kTwoPi;
    double g2rad = std::sqrt(-2.0 * std::log(1.0 - random()));
    z = std::cos(x2pi) * g2rad;
    gaussNext_ = std::sin(x2pi) * g2rad;
    hasGaussNext_ = true;
  }
  return mu + z * sigma;
}

MersenneTwister &globalRandom() {
  static MersenneTwister instance;
  return instance;
}

}  // namespace fastjit::rt

extern "C" double fastjit_random_random() { return fastjit::rt::globalRandom().random(); }
