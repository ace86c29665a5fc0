# Issue 13, item 4 (the server's half) and item 6's HTTP defects: slow and idle clients, parallel
# checks, drafts in any content type up to 1 MiB (413 above), ambiguous Content-Length (400), the
# raw request entry the fuzzer uses; and `vanban serve` itself under abusive sockets (server_dos.sh).
add_executable(hardening_server_dos_tests ${PROJECT_SOURCE_DIR}/tests/unit/main.cpp
               ${CMAKE_CURRENT_LIST_DIR}/server_dos_framing_test.cpp
               ${CMAKE_CURRENT_LIST_DIR}/server_dos_body_test.cpp
               ${CMAKE_CURRENT_LIST_DIR}/server_dos_slow_test.cpp
               ${CMAKE_CURRENT_LIST_DIR}/server_dos_pool_test.cpp)
target_link_libraries(hardening_server_dos_tests PRIVATE vanban_server vanban_index
                      PkgConfig::HTTPLIB doctest::doctest Threads::Threads)
# server/src for the worker pool, an internal class tested on its own (server_dos_pool_test.cpp).
target_include_directories(hardening_server_dos_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit
                           ${PROJECT_SOURCE_DIR}/server/src)
doctest_discover_tests(hardening_server_dos_tests TEST_PREFIX "hardening.server-dos."
                       WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} PROPERTIES TIMEOUT 120)

foreach(case sockets parallel-checks)
  add_test(NAME hardening.server-dos.cli-${case}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/server_dos.sh ${case} $<TARGET_FILE:vanban>
                   $<IF:$<BOOL:${VANBAN_SANITIZE}>,sanitized,plain>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hardening.server-dos.cli-${case} PROPERTIES TIMEOUT 180 SKIP_RETURN_CODE 77)
endforeach()
