// SPDX-License-Identifier: MIT
// libFuzzer target: the evaluations JSON loader gives evaluations or a ctg::error, nothing else.
#include "fuzz_support.hpp"
#include <ctg/io/evaluation_json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ctg_fuzz::expect_clean(
        [&] { (void)ctg::load_evaluations_json(ctg_fuzz::text(data, size), "f"); });
    return 0;
}
