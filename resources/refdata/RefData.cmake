# Reference data of patient registration, embedded in <target> under :/sijil/refdata/.
#   sijil_registry_add_refdata(<target>)
# countries.json and ma_subdivisions.json are generated at build time from Debian's iso-codes
# (so they follow the installed package and are never committed); coverage.json is committed.
include_guard(GLOBAL)

set(_SIJIL_REFDATA_DIR "${CMAKE_CURRENT_LIST_DIR}")

find_path(SIJIL_ISO_CODES_JSON_DIR iso_3166-1.json
    PATH_SUFFIXES share/iso-codes/json
    DOC "iso-codes JSON folder (Debian package iso-codes)"
    REQUIRED)
find_path(SIJIL_ISO_CODES_LOCALE_DIR fr/LC_MESSAGES/iso_3166-1.mo
    PATH_SUFFIXES share/locale
    DOC "gettext catalogues of iso-codes"
    REQUIRED)

function(sijil_registry_add_refdata target)
    set(src "${_SIJIL_REFDATA_DIR}")
    set(out "${CMAKE_CURRENT_BINARY_DIR}/refdata")
    add_custom_command(OUTPUT "${out}/countries.json"
        COMMAND ${Python3_EXECUTABLE} "${src}/gen_countries.py"
            --iso-json "${SIJIL_ISO_CODES_JSON_DIR}/iso_3166-1.json"
            --locale-dir "${SIJIL_ISO_CODES_LOCALE_DIR}"
            --fixes "${src}/country_names_fixes.json"
            --output "${out}/countries.json"
        DEPENDS "${src}/gen_countries.py" "${src}/country_names_fixes.json"
            "${SIJIL_ISO_CODES_JSON_DIR}/iso_3166-1.json"
            "${SIJIL_ISO_CODES_LOCALE_DIR}/fr/LC_MESSAGES/iso_3166-1.mo"
            "${SIJIL_ISO_CODES_LOCALE_DIR}/ar/LC_MESSAGES/iso_3166-1.mo"
        COMMENT "Generating countries.json from iso-codes"
        VERBATIM)
    add_custom_command(OUTPUT "${out}/ma_subdivisions.json"
        COMMAND ${Python3_EXECUTABLE} "${src}/gen_ma_subdivisions.py"
            --iso-json "${SIJIL_ISO_CODES_JSON_DIR}/iso_3166-2.json"
            --arabic "${src}/ma_subdivisions_ar.json"
            --fixes "${src}/ma_subdivisions_fixes.json"
            --output "${out}/ma_subdivisions.json"
        DEPENDS "${src}/gen_ma_subdivisions.py" "${src}/ma_subdivisions_ar.json"
            "${src}/ma_subdivisions_fixes.json" "${SIJIL_ISO_CODES_JSON_DIR}/iso_3166-2.json"
        COMMENT "Generating ma_subdivisions.json from iso-codes"
        VERBATIM)
    qt_add_resources(${target} "sijil_refdata_generated"
        PREFIX "/sijil/refdata"
        BASE "${out}"
        FILES "${out}/countries.json" "${out}/ma_subdivisions.json")
    qt_add_resources(${target} "sijil_refdata"
        PREFIX "/sijil/refdata"
        BASE "${src}"
        FILES "${src}/coverage.json")
endfunction()
