// SPDX-License-Identifier: MIT
// The key figures of the Charente CTG report, straight from the library's data: the embedded
// dataset `charente-2021` on 30 June 2021 (the Caf de la Charente network meeting). Coverage,
// contracted ETP, inhabitants per ETP, the maximum financing under each built-in rulebook with
// its parts, and the gain of the national CTG bonus over the former CEJ. The full report, in
// Markdown or HTML, is written by the Python package: `ctg report --dataset charente-2021`.
//
//   ./build/release/examples/charente_report
#include <ctg/ctg.hpp>

#include <exception>
#include <iostream>
#include <string>

int main() {
    try {
        const ctg::dataset& d = ctg::builtin_dataset("charente-2021");
        const ctg::date on = ctg::parse_date("2021-06-30");
        const ctg::ratio_format two_decimals{2, ctg::rounding::half_away_from_zero};

        const auto coverage = ctg::coverage(d, on);
        std::cout << d.department().name << " au " << ctg::to_french(on) << '\n'
                  << "Couverture : " << coverage.covered << " / " << coverage.total
                  << " habitants, " << coverage.share.percent(two_decimals).to_french()
                  << "\u00A0% " << coverage.marks.to_string() << '\n';  // U+00A0 before %

        const auto volume = ctg::coordination_volume(d, on);
        std::cout << "ETP : " << volume.total_fte.to_french() << '\n';
        if (volume.inhabitants_per_fte) {
            std::cout << "Habitants par ETP : "
                      << volume.inhabitants_per_fte->rounded(two_decimals).to_french() << '\n';
        }

        // Maximum aid (expense at the ceiling) under each built-in rulebook, with its parts.
        for (const std::string& id : ctg::builtin_rulebook_ids()) {
            const auto p = ctg::finance_portfolio(d, ctg::builtin_rulebook(id), on,
                                                  ctg::expense_basis::at_ceiling);
            std::cout << "Financement maximal " << id << " : " << p.total.total.to_french() << ' '
                      << p.total.marks.to_string() << '\n';
            for (const ctg::part_amount& part : p.total.parts) {
                std::cout << "  dont " << part.label.fr << " : " << part.amount.to_french() << '\n';
            }
        }

        const auto cej = ctg::finance_portfolio(d, ctg::builtin_rulebook("cej"), on,
                                                ctg::expense_basis::at_ceiling);
        const auto national = ctg::finance_portfolio(d, ctg::builtin_rulebook("national-2020"), on,
                                                     ctg::expense_basis::at_ceiling);
        const auto gain = ctg::compare_portfolios(cej, national);
        std::cout << "Gain cej → national-2020 : " << gain.total.delta.to_french();
        if (gain.total.delta_per_fte) {
            std::cout << ", soit " << gain.total.delta_per_fte->to_french() << " par ETP";
        }
        std::cout << ' ' << gain.marks.to_string() << '\n';
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "charente_report: " << e.what() << '\n';
        return 1;
    }
}
