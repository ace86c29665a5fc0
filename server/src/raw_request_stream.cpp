#include "raw_request_stream.hpp"

#include <algorithm>
#include <cstring>

namespace vanban::serve {

ssize_t RawRequestStream::read(char* ptr, size_t size) {
  if (position_ == input_.size()) return 0; // the client closed
  std::size_t n = budget_.allowance(std::min(size, input_.size() - position_));
  if (n == 0) return -1;
  std::memcpy(ptr, input_.data() + position_, n);
  position_ += n;
  budget_.consume(ptr, n);
  return static_cast<ssize_t>(n);
}

ssize_t RawRequestStream::write(const char* ptr, size_t size) {
  output_.append(ptr, size);
  return static_cast<ssize_t>(size);
}

void RawRequestStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  ip = "127.0.0.1";
  port = 0;
}

void RawRequestStream::get_local_ip_and_port(std::string& ip, int& port) const {
  ip = "127.0.0.1";
  port = 0;
}

} // namespace vanban::serve
