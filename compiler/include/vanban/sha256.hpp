// SHA-256 of a byte string, hex encoded (OpenSSL's libcrypto).
#pragma once

#include <string>
#include <string_view>

namespace vanban {

std::string sha256_hex(std::string_view bytes);

} // namespace vanban
