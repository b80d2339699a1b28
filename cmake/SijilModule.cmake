# The module rule of ARCHITECTURE.md, enforced at configure time.
#
#   sijil_add_module(<name> LAYER <core|infra|domain|ui|app>
#                    [TYPE STATIC|EXECUTABLE]
#                    [DEPENDS <sijil module>...]        # lower layers, linked PUBLIC
#                    [PRIVATE_DEPENDS <sijil module>...]
#                    [SAME_LAYER <sijil module>...]     # explicit same-layer links
#                    [EXTERNAL <imported target>...]    # outside libraries, linked PRIVATE
#                    [PUBLIC_EXTERNAL <imported target>...]
#                    [SOURCES <file>...])
#
# Every module is a target named sijil_<name> with an alias Sijil::<name>. After all modules are
# declared, sijil_check_modules() walks each module's real link interface (so a hand-written
# target_link_libraries is caught too) and stops configuration when a module
#   - links a module of a higher layer,
#   - links a module of its own layer without declaring it in SAME_LAYER,
#   - links a sijil_* target that was never declared with sijil_add_module,
#   - links an outside library that another module owns (one owner per outside dependency).
include_guard(GLOBAL)

set(SIJIL_LAYERS core infra domain ui app)
# Outside libraries every module may use: they belong to no single module.
# OpenSSL is assigned by ARCHITECTURE.md to several modules (fhir through Qt TLS, identity for
# secure messaging and passive authentication, access for scrypt), so it is shared on purpose.
# OpenJPEG likewise: identity decodes JPEG 2000 faces (DG2), imaging JPEG 2000 DICOM pixel data.
# Qt Network likewise: fhir (REST) and imaging (DICOMweb) are both HTTP clients (ARCHITECTURE.md
# gives imaging its DICOMweb client); imaging links it PRIVATE, out of its public headers.
set(SIJIL_SHARED_EXTERNALS Qt6::Core Qt6::Concurrent Threads::Threads OpenSSL::Crypto OpenSSL::SSL
    PkgConfig::OPENJP2 Qt6::Network)
# Outside libraries shared by the presentation layers only: no widgets below ui.
set(SIJIL_GUI_EXTERNALS Qt6::Gui Qt6::Widgets Qt6::Svg Qt6::SvgWidgets Qt6::PrintSupport)

function(_sijil_layer_index layer out)
    list(FIND SIJIL_LAYERS "${layer}" idx)
    if(idx EQUAL -1)
        message(FATAL_ERROR "Sijil module rule: unknown layer '${layer}' (expected one of: ${SIJIL_LAYERS})")
    endif()
    set(${out} ${idx} PARENT_SCOPE)
endfunction()

function(sijil_add_module name)
    cmake_parse_arguments(ARG "" "LAYER;TYPE;OUTPUT_NAME"
        "DEPENDS;PRIVATE_DEPENDS;SAME_LAYER;EXTERNAL;PUBLIC_EXTERNAL;SOURCES" ${ARGN})
    if(NOT ARG_LAYER)
        message(FATAL_ERROR "Sijil module rule: module '${name}' declares no LAYER")
    endif()
    _sijil_layer_index(${ARG_LAYER} idx)
    if(NOT ARG_TYPE)
        set(ARG_TYPE STATIC)
    endif()
    set(target sijil_${name})
    if(ARG_TYPE STREQUAL "EXECUTABLE")
        add_executable(${target} ${ARG_SOURCES})
    else()
        add_library(${target} ${ARG_TYPE} ${ARG_SOURCES})
        add_library(Sijil::${name} ALIAS ${target})
        if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/include")
            target_include_directories(${target} PUBLIC "${CMAKE_CURRENT_SOURCE_DIR}/include")
        endif()
    endif()
    if(ARG_OUTPUT_NAME)
        set_target_properties(${target} PROPERTIES OUTPUT_NAME ${ARG_OUTPUT_NAME})
    endif()
    set_target_properties(${target} PROPERTIES SIJIL_LAYER ${ARG_LAYER}
        SIJIL_SAME_LAYER "${ARG_SAME_LAYER}" SIJIL_EXTERNAL "${ARG_EXTERNAL};${ARG_PUBLIC_EXTERNAL}")
    set_property(GLOBAL APPEND PROPERTY SIJIL_MODULES ${target})

    foreach(dep IN LISTS ARG_DEPENDS)
        target_link_libraries(${target} PUBLIC sijil_${dep})
    endforeach()
    foreach(dep IN LISTS ARG_PRIVATE_DEPENDS)
        target_link_libraries(${target} PRIVATE sijil_${dep})
    endforeach()
    if(ARG_EXTERNAL)
        target_link_libraries(${target} PRIVATE ${ARG_EXTERNAL})
    endif()
    if(ARG_PUBLIC_EXTERNAL)
        target_link_libraries(${target} PUBLIC ${ARG_PUBLIC_EXTERNAL})
    endif()
    if(COMMAND sijil_apply_warnings)
        sijil_apply_warnings(${target})
    endif()
endfunction()

# Strip generator expressions such as $<LINK_ONLY:x> down to the target name.
function(_sijil_plain_dep dep out)
    string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" dep "${dep}")
    string(REGEX REPLACE "^Sijil::" "sijil_" dep "${dep}")
    string(REGEX REPLACE "^Qt::" "Qt6::" dep "${dep}")
    set(${out} "${dep}" PARENT_SCOPE)
endfunction()

function(sijil_check_modules)
    string(REPLACE ";" " → " _sijil_layer_order "${SIJIL_LAYERS}")
    get_property(modules GLOBAL PROPERTY SIJIL_MODULES)
    set(errors "")
    foreach(target IN LISTS modules)
        get_target_property(layer ${target} SIJIL_LAYER)
        get_target_property(same ${target} SIJIL_SAME_LAYER)
        get_target_property(declared_ext ${target} SIJIL_EXTERNAL)
        _sijil_layer_index(${layer} idx)
        get_target_property(links ${target} LINK_LIBRARIES)
        get_target_property(ilinks ${target} INTERFACE_LINK_LIBRARIES)
        set(all "")
        foreach(l IN LISTS links ilinks)
            if(l AND NOT l MATCHES "-NOTFOUND$")
                _sijil_plain_dep("${l}" p)
                list(APPEND all "${p}")
            endif()
        endforeach()
        list(REMOVE_DUPLICATES all)
        foreach(dep IN LISTS all)
            if(dep MATCHES "^sijil_")
                # Qt's generated object libraries (resources, plugins) of the module itself.
                if(TARGET "${dep}" AND dep MATCHES "^${target}_")
                    get_target_property(dtype ${dep} TYPE)
                    if(dtype STREQUAL "OBJECT_LIBRARY")
                        continue()
                    endif()
                endif()
                if(NOT dep IN_LIST modules)
                    string(APPEND errors "\n  ${target} (${layer}) links ${dep}, which is not a declared module (use sijil_add_module)")
                    continue()
                endif()
                get_target_property(dlayer ${dep} SIJIL_LAYER)
                _sijil_layer_index(${dlayer} didx)
                string(REGEX REPLACE "^sijil_" "" dname "${dep}")
                if(didx GREATER idx)
                    string(APPEND errors "\n  ${target} (${layer}) links ${dep} (${dlayer}): a module may link only lower layers (${_sijil_layer_order})")
                elseif(didx EQUAL idx AND NOT dname IN_LIST same)
                    string(APPEND errors "\n  ${target} (${layer}) links ${dep} of the same layer without declaring it in SAME_LAYER")
                endif()
            elseif(dep IN_LIST SIJIL_SHARED_EXTERNALS)
                continue()
            elseif(dep IN_LIST SIJIL_GUI_EXTERNALS)
                if(idx LESS 3)
                    string(APPEND errors "\n  ${target} (${layer}) links ${dep}: widgets and GUI libraries belong to the ui and app layers")
                endif()
            elseif(TARGET "${dep}" OR NOT dep MATCHES "^(::@|\\$<|-)")
                # An outside library, as an imported target or a plain library name (directory
                # markers, generator expressions and linker flags are not libraries): it belongs
                # to exactly one module.
                get_property(owner GLOBAL PROPERTY SIJIL_OWNER_${dep})
                if(owner AND NOT owner STREQUAL target)
                    string(APPEND errors "\n  ${target} links ${dep}, which belongs to ${owner}: each outside dependency has one owning module")
                elseif(NOT owner)
                    set_property(GLOBAL PROPERTY SIJIL_OWNER_${dep} ${target})
                endif()
            endif()
        endforeach()
    endforeach()
    if(errors)
        message(FATAL_ERROR "Sijil module rule violated (see ARCHITECTURE.md, 'Modules and the dependency rule'):${errors}")
    endif()
endfunction()
