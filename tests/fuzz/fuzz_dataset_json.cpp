// SPDX-License-Identifier: MIT
// libFuzzer target: the dataset JSON loader gives a dataset or a ctg::error, nothing else (an
// escaping exception, a crash or a sanitizer report is a finding).
#include "fuzz_support.hpp"
#include <ctg/io/dataset_json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    ctg_fuzz::expect_clean([&] { (void)ctg::load_dataset_json(ctg_fuzz::text(data, size), "f"); });
    return 0;
}
