// At most a few requests of one expensive kind at a time; the others wait briefly, then 503.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <mutex>
#include <string>

namespace vanban::serve {

/// Requests are served by as many threads as there are connections, but the machine has a few
/// cores: eight drafts checked at once would each take eight times as long and hold eight drafts'
/// working memory, and every cheap request would queue for the CPU behind them. A gate lets
/// `slots` of them run and has the rest wait up to `wait` for a turn, then refuses them (503 with
/// Retry-After) so that the client backs off instead of piling up.
class WorkGate {
public:
  /// `what` names the work in the 503 message ("kiểm tra dự thảo").
  WorkGate(std::size_t slots, std::chrono::milliseconds wait, std::string what);

  class Pass {
  public:
    explicit Pass(WorkGate& gate) : gate_(&gate) {}
    Pass(Pass&& other) noexcept : gate_(other.gate_) { other.gate_ = nullptr; }
    Pass(const Pass&) = delete;
    Pass& operator=(const Pass&) = delete;
    Pass& operator=(Pass&&) = delete;
    ~Pass();

  private:
    WorkGate* gate_;
  };

  /// A turn, held until the Pass ends; HttpError 503 with Retry-After when none frees up in time.
  Pass enter();

private:
  void leave();

  std::size_t free_;
  std::chrono::milliseconds wait_;
  std::string what_;
  std::mutex mutex_;
  std::condition_variable freed_;
};

} // namespace vanban::serve
