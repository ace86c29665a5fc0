#include "work_gate.hpp"

#include "http_response.hpp"

namespace vanban::serve {
namespace {

/// Long enough for the running work to end (a checked draft takes well under a second).
constexpr int kRetryAfterSeconds = 2;

} // namespace

WorkGate::WorkGate(std::size_t slots, std::chrono::milliseconds wait, std::string what)
    : free_(slots), wait_(wait), what_(std::move(what)) {}

WorkGate::Pass::~Pass() {
  if (gate_) gate_->leave();
}

WorkGate::Pass WorkGate::enter() {
  std::unique_lock lock(mutex_);
  if (!freed_.wait_for(lock, wait_, [this] { return free_ > 0; }))
    throw HttpError(503, "máy chủ đang bận " + what_ + " khác; thử lại sau ít giây",
                    kRetryAfterSeconds);
  --free_;
  return Pass(*this);
}

void WorkGate::leave() {
  {
    std::lock_guard lock(mutex_);
    ++free_;
  }
  freed_.notify_one();
}

} // namespace vanban::serve
