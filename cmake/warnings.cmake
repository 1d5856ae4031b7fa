# ctg_set_warnings(<target>)
#
# Enables the project's warning set on <target>. Whether warnings are errors is
# controlled by CMAKE_COMPILE_WARNING_AS_ERROR (ON when ctg is the top-level
# project). Third-party headers (Boost.Multiprecision, nlohmann_json, GTest,
# benchmark) come from imported targets / system dirs and are included as
# SYSTEM, so their warnings never fail the build.
function(ctg_set_warnings target)
  if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(${target} PRIVATE
      -Wall
      -Wextra
      -Wpedantic
      -Wshadow
      -Wconversion
      -Wsign-conversion
      -Wold-style-cast
      -Wnon-virtual-dtor
      -Woverloaded-virtual)
    # GCC 12 at -O2/-O3 reports -Wrestrict on `"literal" + std::string` inside libstdc++'s
    # own code (GCC bug 105329, fixed in GCC 13): a false positive that would fail the release
    # build under warnings-as-errors.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE -Wno-restrict)
    endif()
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
  endif()
endfunction()
