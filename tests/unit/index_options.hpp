// Index options for tests: compile jobs and documents per commit, the rest as by default (an
// aggregate initialiser would leave the other fields unnamed, which -Wextra warns about).
#pragma once

#include "vanban/archive.hpp"

#include <cstddef>

namespace vanban::test {

inline IndexOptions index_options(unsigned jobs, std::size_t batch) {
  IndexOptions options;
  options.jobs = jobs;
  options.batch = batch;
  return options;
}

} // namespace vanban::test
