#!/usr/bin/env bash
# A read replica of a sharded archive (issue 12, docs/deploy.md): xapian-replicate-server serves
# the master's shards, xapian-replicate copies each into the replica; after the next index run
# the replica catches up and answers searches as the master does.
source "$(dirname "$0")/lib.sh"
source "$(dirname "$0")/shards_lib.sh"
command -v xapian-replicate >/dev/null || { echo "xapian-replicate missing (xapian-tools)"; exit 77; }

# Changesets let a replica apply only what changed (without them it copies each shard whole).
export XAPIAN_MAX_CHANGESETS=10
"$bin" index --db "$tmp/master" --shards 2 corpus/seeds corpus/tld >/dev/null
expect_rc 0 $? "index the master"
start_server "$tmp/replicate-server.log" xapian-replicate-server -I 127.0.0.1 -p PORT "$tmp/master"

replicate() { # every shard once, then the stub beside them
  for i in 0 1; do
    timeout 60 xapian-replicate -h 127.0.0.1 -p "$port" -m "shard-$i" -o -r 0 -q "$tmp/replica/shard-$i" \
      >>"$tmp/replicate.log" 2>&1 || bad "xapian-replicate shard-$i: $(tail -3 "$tmp/replicate.log")"
  done
  cp "$tmp/master/XAPIANDB" "$tmp/replica/XAPIANDB"
}
mkdir -p "$tmp/replica"
replicate
answers "$tmp/master" "$tmp/answers.master"
answers "$tmp/replica" "$tmp/answers.replica"
same_answers "replica after the first copy" "$tmp/answers.master" "$tmp/answers.replica"

# The master grows; the replica catches up on the next pass.
"$bin" index --db "$tmp/master" --json corpus >"$tmp/out"
expect_rc 0 $? "index more into the master"
n=$(find corpus -name '*.md' | wc -l)
grep -q "\"documents\":$n," "$tmp/out" && ok || bad "the master has $n documents: $(cat "$tmp/out")"
"$bin" stats --db "$tmp/replica" --json | grep -q "\"documents\":$n," && bad "the replica is behind before replicating" || ok
replicate
"$bin" stats --db "$tmp/replica" --json | grep -q "\"documents\":$n," && ok || bad "the replica caught up"
answers "$tmp/master" "$tmp/answers.master"
answers "$tmp/replica" "$tmp/answers.replica"
same_answers "replica after the index run" "$tmp/answers.master" "$tmp/answers.replica"

finish
