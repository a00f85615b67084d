# Runs one libFuzzer target for a bounded time (a CTest `fuzz` test). The committed seed corpus
# is only read: new corpus entries and crash inputs go to a fresh folder in the build tree.
#   cmake -DFUZZER=exe -DSEEDS=dir -DWORK=dir -DSECONDS=n -P RunFuzzer.cmake
# ASSURE_FUZZ_SECONDS in the environment overrides SECONDS.
if(DEFINED ENV{ASSURE_FUZZ_SECONDS} AND NOT "$ENV{ASSURE_FUZZ_SECONDS}" STREQUAL "")
    set(SECONDS $ENV{ASSURE_FUZZ_SECONDS})
endif()
if(NOT SECONDS MATCHES "^[0-9]+$")
    message(FATAL_ERROR "ASSURE_FUZZ_SECONDS must be a whole number of seconds, not \"${SECONDS}\"")
endif()
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK}/corpus ${WORK}/artifacts)
# -timeout: one input taking this long is a hang; -rss_limit_mb: the default, said out loud;
# -malloc_limit_mb: the readers' bound (TableLimits: a part of 200 MB at most), so an input that
# makes a target allocate past it fails, as a zip bomb would.
execute_process(COMMAND ${FUZZER} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=300
                        -print_final_stats=1 -artifact_prefix=${WORK}/artifacts/
                        ${WORK}/corpus ${SEEDS}
                RESULT_VARIABLE _rc)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${FUZZER} failed (${_rc}); the input that failed is in ${WORK}/artifacts")
endif()
