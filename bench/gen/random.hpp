// A seeded pseudo-random source whose output is the same on every machine and standard library:
// splitmix64 with our own range mapping (std::uniform_int_distribution is implementation-defined).
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace vanban::gen {

class Random {
public:
  explicit Random(std::uint64_t seed) : state_(seed) {}

  /// Two seeds mixed into one, e.g. the run's seed and a document's index: every document then
  /// has its own stream, so documents can be written in any order or on any thread.
  static std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    Random r(a ^ (b * 0x9E3779B97F4A7C15ull));
    r.next();
    return r.next() ^ b;
  }

  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  /// Uniform in [0, n) by the multiply-shift mapping (n > 0): the high word of next() * n,
  /// computed from 32-bit halves so that it needs no 128-bit type.
  std::size_t below(std::size_t n) {
    const std::uint64_t x = next(), y = n;
    const std::uint64_t lo = (x & 0xFFFFFFFFu) * (y & 0xFFFFFFFFu);
    const std::uint64_t mid1 = (x >> 32) * (y & 0xFFFFFFFFu) + (lo >> 32);
    const std::uint64_t mid2 = (x & 0xFFFFFFFFu) * (y >> 32) + (mid1 & 0xFFFFFFFFu);
    return static_cast<std::size_t>((x >> 32) * (y >> 32) + (mid1 >> 32) + (mid2 >> 32));
  }
  /// Uniform in [lo, hi].
  int between(int lo, int hi) { return lo + static_cast<int>(below(hi - lo + 1)); }
  /// True with probability percent/100.
  bool percent(int percent) { return static_cast<int>(below(100)) < percent; }
  /// True with probability per_mille/1000.
  bool per_mille(int per_mille) { return static_cast<int>(below(1000)) < per_mille; }

  template <class T> const T& pick(const std::vector<T>& v) { return v[below(v.size())]; }

  /// Up to k distinct items of v in random order (a partial Fisher–Yates shuffle).
  template <class T> std::vector<T> sample(const std::vector<T>& v, std::size_t k) {
    std::vector<std::size_t> idx(v.size());
    for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    std::vector<T> out;
    for (std::size_t i = 0; i < idx.size() && out.size() < k; ++i) {
      std::swap(idx[i], idx[i + below(idx.size() - i)]);
      out.push_back(v[idx[i]]);
    }
    return out;
  }

private:
  std::uint64_t state_;
};

} // namespace vanban::gen
