# sijil_add_qt_test(<tst_Name> LABEL <unit|ui|...> LIBS <targets...> [SOURCES extra...])
# One Qt Test executable per tst_<Class>.cpp; every test runs headless, with its own data folder.
include_guard(GLOBAL)

function(sijil_add_qt_test name)
    cmake_parse_arguments(ARG "" "LABEL;TIMEOUT" "LIBS;SOURCES" ${ARGN})
    add_executable(${name} ${name}.cpp ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    sijil_apply_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABEL}"
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;SIJIL_DATA_DIR=${CMAKE_CURRENT_BINARY_DIR}/${name}.data;SIJIL_SITE_CONFIG=;QT_LOGGING_RULES=sijil.*.info=false")
endfunction()
