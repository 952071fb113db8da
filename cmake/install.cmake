# `cmake --install`: the public headers, the static library, the `overlap` command, a CMake
# package (find_package(overlap CONFIG) gives the target overlap::overlap), a pkg-config file
# and the licences. Native builds only; the wasm build ships through dist/ and npm instead.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(overlap_cmake_dir "${CMAKE_INSTALL_LIBDIR}/cmake/overlap")

# The library is installed as liboverlap and exported as overlap::overlap (the build tree's
# overlap::core). ICU is a private dependency, but a static library carries it to whoever links
# it: the package config finds ICU for them (find_dependency), the .pc file names icu-uc.
set_target_properties(overlap_core PROPERTIES OUTPUT_NAME overlap EXPORT_NAME overlap)
install(TARGETS overlap_core EXPORT overlap-targets
  ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}"
  INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/overlap" DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(TARGETS overlap_cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")

install(EXPORT overlap-targets NAMESPACE overlap:: FILE overlap-targets.cmake
  DESTINATION "${overlap_cmake_dir}")
# The ICU release it was built against, as the least one a consumer must have.
string(REGEX MATCH "^[0-9]+" overlap_icu_major "${ICU_VERSION}")

configure_package_config_file("${CMAKE_CURRENT_LIST_DIR}/overlap-config.cmake.in"
  "${CMAKE_CURRENT_BINARY_DIR}/overlap-config.cmake"
  INSTALL_DESTINATION "${overlap_cmake_dir}")
# 0.x releases may break the API in a minor release (see README, Versions): only the same
# MAJOR.MINOR is compatible until 1.0, then the same MAJOR.
if(PROJECT_VERSION_MAJOR EQUAL 0)
  set(overlap_compatibility SameMinorVersion)
else()
  set(overlap_compatibility SameMajorVersion)
endif()
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/overlap-config-version.cmake"
  COMPATIBILITY ${overlap_compatibility})
install(FILES
  "${CMAKE_CURRENT_BINARY_DIR}/overlap-config.cmake"
  "${CMAKE_CURRENT_BINARY_DIR}/overlap-config-version.cmake"
  DESTINATION "${overlap_cmake_dir}")

# pkg-config: the prefix is found from the .pc file's own place (${pcfiledir}), so that
# `cmake --install --prefix DIR` and a moved tree give right paths.
file(RELATIVE_PATH overlap_pc_to_prefix "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
string(REGEX REPLACE "/$" "" overlap_pc_to_prefix "${overlap_pc_to_prefix}")
# A static liboverlap needs ICU on every link line, so plain `pkg-config --libs overlap` must
# name it; a shared one hides it.
get_target_property(overlap_library_type overlap_core TYPE)
if(overlap_library_type STREQUAL "STATIC_LIBRARY")
  set(overlap_pc_requires "Requires")
else()
  set(overlap_pc_requires "Requires.private")
endif()
configure_file("${CMAKE_CURRENT_LIST_DIR}/overlap.pc.in" "${CMAKE_CURRENT_BINARY_DIR}/overlap.pc" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/overlap.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

# dtl is compiled into the library and the command (and ICU's code into the wasm): their
# licences travel with the binaries.
install(FILES
  "${PROJECT_SOURCE_DIR}/LICENSE"
  "${PROJECT_SOURCE_DIR}/THIRD-PARTY-NOTICES.txt"
  "${PROJECT_SOURCE_DIR}/README.md"
  "${PROJECT_SOURCE_DIR}/CHANGELOG.md"
  DESTINATION "${CMAKE_INSTALL_DOCDIR}")
