# Issue 13, item 4 (compile and check): linear passes on hostile inputs (4× the input, < 8× the
# CPU time, for compile and for check), the cap on citations of one number, with its warning, and
# memory per input: the line and byte limits, and the peak of a child compiling at the limits.
add_executable(hardening_dos_linear_tests ${PROJECT_SOURCE_DIR}/tests/unit/main.cpp
               ${CMAKE_CURRENT_LIST_DIR}/dos_linear_test.cpp
               ${CMAKE_CURRENT_LIST_DIR}/dos_memory_test.cpp)
target_link_libraries(hardening_dos_linear_tests PRIVATE vanban_compiler vanban_checker
                      doctest::doctest)
doctest_discover_tests(hardening_dos_linear_tests TEST_PREFIX "hardening.dos-linear."
                       WORKING_DIRECTORY ${PROJECT_SOURCE_DIR} PROPERTIES TIMEOUT 300)
target_include_directories(hardening_dos_linear_tests PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
