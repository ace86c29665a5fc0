// Test hooks that stop the process at a known point (a commit of an index run, a query about to
// run), so that a test which kills something there needs no race.
#pragma once

namespace vanban::index {

/// Called after every commit of a run. With VANBAN_TEST_STOP_AFTER_COMMITS=N in the environment,
/// the N-th commit of the run (over all shards) stops the process with SIGSTOP: the committed
/// batches are on disk and the write lock is held, which is where a kill -9 test wants the writer.
/// Without the variable it does nothing.
void pause_after_commit_if_asked();

/// Called when a search starts, after the archive is open (every remote shard connected) and
/// before the query touches it. With VANBAN_TEST_STOP_BEFORE_QUERY=N in the environment, the
/// N-th search of the process stops it with SIGSTOP: a test can then kill a shard's server under
/// the open connections and let the search go on (SIGCONT), which is a shard dying mid-query.
/// Without the variable it does nothing.
void pause_before_query_if_asked();

} // namespace vanban::index
