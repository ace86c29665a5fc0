// Head and body budgets, with the end of the head found in one pass over the bytes handed out.
#include "request_budget.hpp"

#include <algorithm>

namespace vanban::serve {

void RequestBudget::begin_request() {
  head_used_ = body_used_ = 0;
  in_head_ = true;
  matched_ = 0;
}

std::size_t RequestBudget::allowance(std::size_t available) const {
  std::size_t left = in_head_ ? max_head_ - head_used_ : max_body_ - body_used_;
  return std::min(available, left);
}

bool RequestBudget::consume(const char* bytes, std::size_t n) {
  if (!in_head_) {
    body_used_ += n;
    return false;
  }
  for (std::size_t i = 0; i < n; ++i) {
    char c = bytes[i];
    // "\n\r\n" has no proper prefix that is also a suffix except "\n": a mismatch on '\n' restarts
    // at one matched character.
    if (c == "\n\r\n"[matched_]) {
      ++matched_;
    } else {
      matched_ = c == '\n' ? 1 : 0;
    }
    if (matched_ == 3) {
      head_used_ += i + 1;
      body_used_ = n - i - 1;
      in_head_ = false;
      return true;
    }
  }
  head_used_ += n;
  return false;
}

} // namespace vanban::serve
