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
  elseif(MSVC)
    target_compile_options(${target} PRIVATE /W4 /permissive-)
  endif()
endfunction()
