// SPDX-License-Identifier: MIT
// libFuzzer target: the rulebook JSON loader gives a rulebook or a ctg::error, nothing else.
#include "fuzz_support.hpp"
#include <ctg/rules/rulebook.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ctg_fuzz::expect_clean([&] { (void)ctg::load_rulebook_json(ctg_fuzz::text(data, size), "f"); });
    return 0;
}
