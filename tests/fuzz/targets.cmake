# The fuzz targets and what each links: one list for the libFuzzer builds (tests/fuzz/) and the
# seed replays of the ordinary builds (tests/hardening/fuzz.cmake). A target named T is
# tests/fuzz/fuzz_T.cpp with LLVMFuzzerTestOneInput.
set(VANBAN_FUZZ_TARGETS compile config query http)
set(vanban_fuzz_libs_compile vanban_compiler)
set(vanban_fuzz_libs_config vanban_checker)
set(vanban_fuzz_libs_query vanban_index PkgConfig::XAPIAN)
set(vanban_fuzz_libs_http vanban_server vanban_index)

# Links the executable `exe` built from fuzz_<target>.cpp with what the target needs.
function(vanban_fuzz_link exe target)
  target_link_libraries(${exe} PRIVATE ${vanban_fuzz_libs_${target}} ICU::uc)
  target_compile_definitions(${exe} PRIVATE VANBAN_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  if(target STREQUAL "query")
    # The query parser is the index's own (index/src), reached as the unit tests reach it.
    target_include_directories(${exe} PRIVATE ${PROJECT_SOURCE_DIR}/index/src)
  endif()
endfunction()
