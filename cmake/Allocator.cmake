# jemalloc (Debian libjemalloc-dev) as the allocator of the programs that write and read
# archives: the `vanban` binary and the benchmarks that time it. Xapian's writer builds and frees
# maps of small nodes for every batch, and glibc's malloc spent a tenth of `vanban index`'s CPU
# in _int_malloc and malloc_consolidate; with jemalloc a fresh index of 20,000 generated
# documents took 18 % less time (bench/README). The sanitizer and fuzz builds keep their own
# allocator, which they need to find memory errors.
option(VANBAN_JEMALLOC "Link the vanban binary and the benchmarks with jemalloc" ON)

if(VANBAN_JEMALLOC AND NOT VANBAN_SANITIZE AND NOT VANBAN_FUZZ)
  pkg_check_modules(JEMALLOC IMPORTED_TARGET jemalloc)
  if(NOT JEMALLOC_FOUND)
    message(FATAL_ERROR "jemalloc not found: install libjemalloc-dev (./scripts/test does), or "
                        "configure with -DVANBAN_JEMALLOC=OFF to keep glibc's malloc")
  endif()
endif()

# vanban_use_jemalloc(TARGET): the executable allocates through jemalloc when it is on. Linked
# even though no jemalloc function is called by name: its malloc and free replace glibc's for
# every library of the process (Xapian's included), so --as-needed must not drop it.
function(vanban_use_jemalloc target)
  if(TARGET PkgConfig::JEMALLOC)
    target_link_libraries(${target} PRIVATE "-Wl,--push-state,--no-as-needed"
                          PkgConfig::JEMALLOC "-Wl,--pop-state")
  endif()
endfunction()
