# CPack pre-build script: gives every folder of the staged package tree mode 0755 before dpkg-deb
# archives it. CPack copies the folders' modes from disk, and file(INSTALL) creates them under
# the builder's umask (CMake 3.25 ignores CMAKE_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS for them), so
# with umask 077 the package would install usr/share/doc/sijil and friends as drwx------.
# Files need nothing: install() already gives them 0644 or 0755 explicitly.
if(NOT CPACK_TEMPORARY_DIRECTORY OR NOT IS_DIRECTORY "${CPACK_TEMPORARY_DIRECTORY}")
    message(FATAL_ERROR "StagingPermissions.cmake: no staging folder (CPACK_TEMPORARY_DIRECTORY='${CPACK_TEMPORARY_DIRECTORY}')")
endif()
file(CHMOD_RECURSE "${CPACK_TEMPORARY_DIRECTORY}" DIRECTORY_PERMISSIONS
    OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
