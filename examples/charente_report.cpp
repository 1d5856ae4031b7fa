// SPDX-License-Identifier: MIT
// The key figures of the Charente CTG report, read from the one C++ analysis that computes the
// whole department report (ctg::build_department_report): the embedded dataset `charente-2021`
// on 30 June 2021 (the Caf de la Charente network meeting) under every built-in rulebook.
// Coverage, contracted ETP, inhabitants per ETP, the maximum financing under each rulebook with
// its parts, and the gains over the former CEJ. The full report, in Markdown or HTML, is a view
// of the same data written by the Python package: `ctg report --dataset charente-2021`.
//
//   ./build/release/examples/charente_report
#include <ctg/ctg.hpp>

#include <exception>
#include <iostream>
#include <string>
#include <vector>

int main() {
    try {
        const ctg::dataset& d = ctg::builtin_dataset("charente-2021");
        std::vector<ctg::rulebook> rulebooks;
        for (const std::string& id : ctg::builtin_rulebook_ids()) {
            rulebooks.push_back(ctg::builtin_rulebook(id));
        }
        const auto report =
            ctg::build_department_report(d, ctg::parse_date("2021-06-30"), rulebooks);
        const ctg::ratio_format two_decimals{2, ctg::rounding::half_away_from_zero};

        const auto& coverage = report.coverage;
        std::cout << d.department().name << " au " << ctg::to_french(report.on) << '\n'
                  << "Couverture : " << coverage.covered << " / " << coverage.total
                  << " habitants, " << coverage.share.percent(two_decimals).to_french()
                  << "\u00A0% " << coverage.marks.to_string() << '\n';  // U+00A0 before %
        std::cout << "ETP : " << report.volume.total_fte.to_french() << '\n';
        if (report.volume.inhabitants_per_fte) {
            std::cout << "Habitants par ETP : "
                      << report.volume.inhabitants_per_fte->rounded(two_decimals).to_french()
                      << '\n';
        }
        // Maximum aid (expense at the ceiling) under each rulebook, with its parts.
        for (const ctg::portfolio_financing& p : report.maximum) {
            std::cout << "Financement maximal " << p.rulebook_id << " : "
                      << p.total.total.to_french() << ' ' << p.total.marks.to_string() << '\n';
            for (const ctg::part_amount& part : p.total.parts) {
                std::cout << "  dont " << part.label.fr << " : " << part.amount.to_french() << '\n';
            }
        }
        for (const ctg::portfolio_comparison& gain : report.comparison.gains) {
            std::cout << "Gain " << gain.from_rulebook << " → " << gain.to_rulebook << " : "
                      << gain.total.delta.to_french();
            if (gain.total.delta_per_fte) {
                std::cout << ", soit " << gain.total.delta_per_fte->to_french() << " par ETP";
            }
            std::cout << ' ' << gain.marks.to_string() << '\n';
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "charente_report: " << e.what() << '\n';
        return 1;
    }
}
