// SHA-256 of a byte string, hex encoded (OpenSSL's libcrypto).
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace vanban {

std::string sha256_hex(std::string_view bytes);

/// The same digest over bytes given piece by piece: a file written as it is produced is hashed
/// without holding all of it.
class Sha256 {
public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;
  void update(std::string_view bytes);
  /// The digest of everything given so far, hex encoded; the hasher is then spent.
  std::string hex();

private:
  struct Context;
  std::unique_ptr<Context> context_;
};

} // namespace vanban
