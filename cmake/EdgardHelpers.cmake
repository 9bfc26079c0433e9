# Small helpers so each folder's CMakeLists.txt reads as a list of what it builds.

add_library(edgard_internal_flags INTERFACE)
target_compile_options(edgard_internal_flags INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast $<$<BOOL:${EDGARD_WERROR}>:-Werror>)
if(EDGARD_SANITIZE)
  target_compile_options(edgard_internal_flags INTERFACE -fsanitize=${EDGARD_SANITIZE}
    -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(edgard_internal_flags INTERFACE -fsanitize=${EDGARD_SANITIZE})
endif()

# edgard_library(name SOURCES ... DEPS ... PRIVATE_DEPS ...)
function(edgard_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;PRIVATE_DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/include ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE edgard_internal_flags ${ARG_PRIVATE_DEPS})
endfunction()

# edgard_test(path/to/foo_test.cc DEPS ... [LABELS ...])
function(edgard_test source)
  if(NOT EDGARD_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "DEPS;LABELS" ${ARGN})
  get_filename_component(test_name ${source} NAME_WE)
  add_executable(${test_name} ${source})
  target_link_libraries(${test_name} PRIVATE ${ARG_DEPS} edgard_internal_flags GTest::gtest_main)
  target_include_directories(${test_name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  gtest_discover_tests(${test_name}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    PROPERTIES LABELS "${ARG_LABELS}" ENVIRONMENT "EDGARD_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
    DISCOVERY_TIMEOUT 60)
endfunction()
