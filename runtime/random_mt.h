// The random module's generator, bit-identical to CPython 3.11 for the same integer seed:
// MT19937 with init_by_array seeding over the 32-bit words of abs(seed) (Modules/_randommodule.c)
// and Lib/random.py's algorithms on top (getrandbits, _randbelow_with_getrandbits, randrange,
// randint, uniform, shuffle, choice, gauss with its cached second value).
//
// random() is inline: the Monte Carlo workload calls it tens of millions of times. So the twist
// (regenerate) also tempers all N words at once, into tempered_, and computes random()'s value for
// each pair of words from an even index, into res53_, in loops the compiler vectorizes; a draw is
// then one load (two words when the index is odd, after a draw of an odd number of words). Argument
// *types* (float to randrange, empty list to choice) are checked by the module wrapper in runtime/;
// these functions check values and raise CPython's messages. No objects here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace fastjit::rt {

class MersenneTwister {
public:
  static constexpr int N = 624;

  MersenneTwister();  // seeded from the time and process id, like random.seed(None)

  // random.seed(n) for an int: init_by_array(words of abs(n)), seed 0 -> key [0]. Clears gauss's
  // cached value, as Random.seed does.
  void seedInt(int64_t n);
  // random.seed(x) for a float: CPython seeds with hash(x).
  void seedFloat(double x);
  // random.seed(s) for a str (Random.seed version 2): the int
  // int.from_bytes(s.encode() + sha512(s.encode()).digest(), 'big'), then as for an int.
  void seedString(std::string_view utf8);
  // random.seed() / random.seed(None): time and process id.
  void seedTime();
  // init_by_array over an explicit key (the primitive under seedInt).
  void seedByArray(const uint32_t *key, size_t keyLength);

  // Where compiled code, which inlines random() (jit/codegen_ops.cpp), finds the index of the
  // next word (a 32-bit int, N when every word is used), the tempered words (uint32_t[N]) and
  // random()'s values (double[N / 2]), see tempered_ and res53_: valid while the index is below N.
  static size_t indexOffset();
  static size_t temperedOffset();
  static size_t res53Offset();
  // The slot of res53_ for the index: index / 2 when it is even, else 2**31 or more (odd), so
  // that `< N / 2` tests both that the index is even and that two words are left.
  static uint32_t res53Slot(uint32_t index) { return (index >> 1) | (index << 31); }

  // genrand_uint32.
  uint32_t next32() {
    if (index_ >= N) [[unlikely]] regenerate();
    return tempered_[index_++];
  }
  // random.random(): 53-bit resolution, CPython's genrand_res53 of the next two words:
  // precomputed from an even index, computed from the tempered words from an odd one; when one
  // word is left the second is the first of the next twist.
  double random() {
    uint32_t slot = res53Slot(uint32_t(index_));
    if (slot < N / 2) [[likely]] {
      index_ += 2;
      return res53_[slot];
    }
    if (index_ < N - 1) {
      double r = res53(tempered_[index_] >> 5, tempered_[index_ + 1] >> 6);
      index_ += 2;
      return r;
    }
    uint32_t a = next32() >> 5, b = next32() >> 6;
    return res53(a, b);
  }
  // genrand_res53's arithmetic (exact: a < 2**27, b < 2**26).
  static double res53(uint32_t a, uint32_t b) {
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  // getrandbits(k): ValueError "number of bits must be non-negative"; k > 63 can leave int64 and
  // then raises OverflowError "integer overflow" (the licensed int64 difference).
  bool getrandbits(int64_t k, int64_t &out);
  // _randbelow_with_getrandbits(n) for 0 < n < 2**64 (n == 0 returns 0; CPython's callers never
  // pass it).
  uint64_t randbelow(uint64_t n);
  // randrange(stop) when hasStop is false (start is then the stop; a step other than 1 is
  // TypeError "Missing a non-None stop argument"), else randrange(start, stop, step).
  // ValueError "empty range for randrange()", "empty range for randrange() (a, b, w)",
  // "zero step for randrange()".
  bool randrange(int64_t start, int64_t stop, int64_t step, bool hasStop, int64_t &out);
  // randint(a, b) == randrange(a, b + 1): ValueError "empty range for randrange() (a, b+1, w)".
  bool randint(int64_t a, int64_t b, int64_t &out);
  // a + (b - a) * random().
  double uniform(double a, double b) { return a + (b - a) * random(); }
  // choice(seq): the index chosen for a sequence of length n; IndexError "Cannot choose from an
  // empty sequence" when n == 0.
  bool choiceIndex(size_t n, size_t &out);
  // shuffle(x): for i in reversed(range(1, len(x))): j = _randbelow(i + 1); x[i], x[j] = x[j], x[i].
  template <typename Swap> void shuffle(size_t n, Swap &&swap) {
    for (size_t i = n; i-- > 1;) {
      size_t j = static_cast<size_t>(randbelow(static_cast<uint64_t>(i) + 1));
      swap(i, j);
    }
  }
  // gauss(mu, sigma) with the cached gauss_next of Random.gauss.
  double gauss(double mu, double sigma);

private:
  void regenerate();  // the MT19937 twist of all N words, then their tempering into tempered_
  void initGenrand(uint32_t s);

  uint32_t state_[N];
  // Written by regenerate() only (seeding sets index_ = N to force one): tempered_[i] is the word
  // genrand_uint32 returns at index i, res53_[j] what random() returns at index 2 * j
  // (res53(tempered_[2 * j] >> 5, tempered_[2 * j + 1] >> 6)). Odd indexes have no slot: they
  // are rare (a program that draws random() only stays even), and values for all 623 indexes
  // took almost half of regenerate()'s time.
  uint32_t tempered_[N];
  double res53_[N / 2];
  int index_ = N + 1;
  double gaussNext_ = 0.0;
  bool hasGaussNext_ = false;
};

inline size_t MersenneTwister::temperedOffset() { return offsetof(MersenneTwister, tempered_); }
inline size_t MersenneTwister::res53Offset() { return offsetof(MersenneTwister, res53_); }
inline size_t MersenneTwister::indexOffset() { return offsetof(MersenneTwister, index_); }

// The random module's shared generator (module-level random.random() etc.).
MersenneTwister &globalRandom();

}  // namespace fastjit::rt

// random.random() on the shared generator as a plain C function, for compiled code that calls it
// directly instead of through the generic call path (it takes no arguments and cannot fail).
extern "C" double fastjit_random_random();
