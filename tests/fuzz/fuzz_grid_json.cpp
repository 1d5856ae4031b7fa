// SPDX-License-Identifier: MIT
// libFuzzer target: the evaluation grid JSON loader gives a grid or a ctg::error, nothing else.
#include "fuzz_support.hpp"
#include <ctg/referentiel/grid.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ctg_fuzz::expect_clean([&] { (void)ctg::load_grid_json(ctg_fuzz::text(data, size), "f"); });
    return 0;
}
