// SPDX-License-Identifier: MIT
// What every fuzz target checks: the call ends normally or with a ctg::error (a clear error for
// the user); any other exception aborts, so that libFuzzer reports the input.
#pragma once

#include <ctg/core/error.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string_view>

namespace ctg_fuzz {

inline std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

template <class F>
void expect_clean(F&& call) {
    try {
        call();
    } catch (const ctg::error&) {
        // A clear error naming the field: the expected outcome of bad input.
    } catch (const std::exception& e) {
        std::fprintf(stderr, "not a ctg error: %s\n", e.what());
        std::abort();
    }
}

}  // namespace ctg_fuzz
