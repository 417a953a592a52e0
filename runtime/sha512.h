// SHA-512 (FIPS 180-4), needed only because CPython's random.seed(str) seeds with
// int.from_bytes(s.encode() + sha512(s).digest()). A plain, unoptimised implementation: it runs
// once per seed() call. Not a general crypto facility.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace fastjit::rt {

std::array<uint8_t, 64> sha512(std::string_view data);

}  // namespace fastjit::rt
