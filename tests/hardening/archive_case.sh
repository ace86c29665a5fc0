# The common start of graph_save.sh and verify.sh (sourced after they set `here`): the CLI test
# helpers, the invented citation chain, an absolute binary, and a scratch folder to work in.
source "$here/../cli/lib.sh"
source "$here/citation_chain.sh"
bin=$(realpath "$bin")
cd "$tmp" || exit 2
# Xapian 1.4's own check code frees an object of its B-tree checker through the wrong type inside
# libxapian (ASan: new-delete-type-mismatch, every frame in libxapian.so): not vanban's to fix, so
# under the sanitizers that one report is off; every other stays on.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}new_delete_type_mismatch=0"
