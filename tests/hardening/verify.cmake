# Issue 13, `vanban stats --verify`: Xapian's check of every database (a damaged table, a damaged
# version file, one shard of several) and the stored graph's checksum, each damaged part named
# (verify.sh).
foreach(case sound xapian-table version-file graph shards missing)
  add_test(NAME hardening.verify.${case}
           COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/verify.sh ${case} $<TARGET_FILE:vanban>
           WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
  set_tests_properties(hardening.verify.${case} PROPERTIES TIMEOUT 120)
endforeach()
