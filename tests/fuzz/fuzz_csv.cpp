// SPDX-License-Identifier: MIT
// libFuzzer target: the CSV readers (RFC 4180 reader, the posts sheet merged into the Charente
// dataset, the evaluation sheet of the Charente grid) give a value or a ctg::error, nothing else.
#include "fuzz_support.hpp"
#include <ctg/io/csv.hpp>
#include <ctg/io/dataset_json.hpp>
#include <ctg/io/evaluation_csv.hpp>
#include <ctg/io/posts_csv.hpp>
#include <ctg/referentiel/grid.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text = ctg_fuzz::text(data, size);
    ctg_fuzz::expect_clean([&] { (void)ctg::read_csv(text, "f"); });
    ctg_fuzz::expect_clean([&] {
        (void)ctg::with_posts(ctg::builtin_dataset("charente-2021"),
                              ctg::load_posts_csv(text, "f"));
    });
    ctg_fuzz::expect_clean(
        [&] { (void)ctg::load_evaluations_csv(text, ctg::builtin_grid("charente-2021"), "f"); });
    return 0;
}
