# Script mode (cmake -DGZIP_EXECUTABLE=... -DINPUT=... -DOUTPUT=... -P GzipFile.cmake): compresses
# INPUT into OUTPUT the way Debian policy wants, with `gzip -9n`: best compression, and no file
# name or timestamp in the header, so the same input always gives the same bytes (lintian checks
# both).
foreach(var GZIP_EXECUTABLE INPUT OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "GzipFile.cmake: ${var} is not set")
    endif()
endforeach()
# Write beside the target and rename, so a failed run never leaves a truncated OUTPUT that the
# build would then take as up to date.
execute_process(COMMAND "${GZIP_EXECUTABLE}" -9nc "${INPUT}"
    OUTPUT_FILE "${OUTPUT}.part"
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    file(REMOVE "${OUTPUT}.part")
    message(FATAL_ERROR "GzipFile.cmake: '${GZIP_EXECUTABLE} -9nc ${INPUT}' failed (${rc})")
endif()
file(RENAME "${OUTPUT}.part" "${OUTPUT}")
