# Proves that cmake/SijilModule.cmake enforces the module rule: each project under module_rule/ is
# configured against the real helper; the legal one must configure, and each violating one must
# stop configuration with the explanation of every violation it contains (and no other).
#
#   cmake -DSOURCE=<module_rule dir> -DBINARY=<scratch dir> -DRULE=<SijilModule.cmake>
#         [-DGENERATOR=<generator>] [-DCXX_COMPILER=<compiler>] -P check_module_rule.cmake
cmake_minimum_required(VERSION 3.25)

foreach(var SOURCE BINARY RULE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_module_rule: pass -D${var}=...")
    endif()
endforeach()
# The fixtures include it from their own folders: make it absolute first.
get_filename_component(RULE "${RULE}" ABSOLUTE)
if(NOT EXISTS "${RULE}")
    message(FATAL_ERROR "check_module_rule: ${RULE} does not exist")
endif()

set(common_args "-DSIJIL_MODULE_RULE=${RULE}")
if(GENERATOR)
    list(APPEND common_args -G "${GENERATOR}")
endif()
if(CXX_COMPILER)
    list(APPEND common_args "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}")
endif()

set(failures "")

# Configures fixture <name> (extra -D arguments after it) into a fresh folder; sets rc and output
# (stdout and stderr, whitespace collapsed so that CMake's line wrapping does not matter).
function(configure_fixture name build)
    set(dir "${BINARY}/${build}")
    file(REMOVE_RECURSE "${dir}")
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -S "${SOURCE}/${name}" -B "${dir}" ${common_args} ${ARGN}
        RESULT_VARIABLE result
        OUTPUT_VARIABLE out
        ERROR_VARIABLE err)
    string(REGEX REPLACE "[ \t\r\n]+" " " flat "${out}${err}")
    set(rc "${result}" PARENT_SCOPE)
    set(output "${flat}" PARENT_SCOPE)
endfunction()

function(fail message)
    set(failures "${failures}\n  ${message}" PARENT_SCOPE)
endfunction()

# expect_ok(<fixture>)
function(expect_ok name)
    configure_fixture(${name} ${name})
    if(NOT rc EQUAL 0)
        fail("${name}: a legal project was refused (exit ${rc}): ${output}")
    endif()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

# expect_violations(<fixture> <build> <CASE or ""> <expected text>...)
# Every expected text must appear, and as many violation lines as expected texts.
function(expect_violations name build case)
    if(case)
        configure_fixture(${name} ${build} "-DCASE=${case}")
    else()
        configure_fixture(${name} ${build})
    endif()
    if(rc EQUAL 0)
        fail("${build}: configuration succeeded; the rule let the violation through")
        set(failures "${failures}" PARENT_SCOPE)
        return()
    endif()
    foreach(text IN LISTS ARGN)
        string(FIND "${output}" "${text}" at)
        if(at EQUAL -1)
            fail("${build}: expected \"${text}\" in: ${output}")
        endif()
    endforeach()
    string(FIND "${output}" "Sijil module rule" at)
    if(at EQUAL -1)
        fail("${build}: failed for another reason than the module rule: ${output}")
    endif()
    # One line per violation found by sijil_check_modules(): nothing missed, nothing extra.
    string(REGEX MATCHALL "sijil_[a-z_]+ (\\([a-z]+\\) )?links " found "${output}")
    list(LENGTH found found_count)
    string(FIND "${output}" "Sijil module rule violated" checked)
    if(NOT checked EQUAL -1)
        list(LENGTH ARGN expected_count)
        if(NOT found_count EQUAL expected_count)
            fail("${build}: ${found_count} violations reported, ${expected_count} expected: ${output}")
        endif()
    endif()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

expect_ok(ok)

expect_violations(higher_layer higher_layer ""
    "sijil_base (core) links sijil_store (infra): a module may link only lower layers"
    "sijil_registry (domain) links sijil_screens (ui): a module may link only lower layers")

expect_violations(undeclared undeclared ""
    "sijil_store (infra) links sijil_helpers, which is not a declared module (use sijil_add_module)"
    "sijil_net (infra) links sijil_bse, which is not a declared module (use sijil_add_module)")

expect_violations(same_layer_undeclared same_layer_undeclared ""
    "sijil_net (infra) links sijil_store of the same layer without declaring it in SAME_LAYER"
    "sijil_access (domain) links sijil_registry of the same layer without declaring it in SAME_LAYER")

expect_violations(widgets_in_domain widgets_in_domain ""
    "sijil_base (core) links Qt6::Gui: widgets and GUI libraries belong to the ui and app layers"
    "sijil_registry (domain) links Qt6::Widgets: widgets and GUI libraries belong to the ui and app layers")

expect_violations(external_two_owners external_two_owners ""
    "sijil_record links Ext::Dicom, which belongs to sijil_imaging: each outside dependency has one owning module"
    "sijil_viewer links Ext::Dicom, which belongs to sijil_imaging: each outside dependency has one owning module"
    "sijil_tool links Ext::Dicom, which belongs to sijil_imaging: each outside dependency has one owning module")

expect_violations(external_by_name external_by_name ""
    "sijil_record links dcmdata, which belongs to sijil_imaging: each outside dependency has one owning module")

expect_violations(bad_declaration unknown_layer unknown-layer
    "Sijil module rule: unknown layer 'service'")
expect_violations(bad_declaration no_layer no-layer
    "Sijil module rule: module 'base' declares no LAYER")

if(failures)
    message(FATAL_ERROR "module rule check failed:${failures}")
endif()
message(STATUS "module rule check: the legal project configures and every violation is refused")
