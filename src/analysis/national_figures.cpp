// SPDX-License-Identifier: MIT
#include <ctg/analysis/national_figures.hpp>
#include <ctg/core/rounding.hpp>

namespace ctg {

exact_ratio national_coordination_figures::amount_per_fte_exact() const {
    // (cents / 100) / (ten-thousandths / 10^4) = cents / ten-thousandths × 10^4 / 100, in euros.
    return exact_ratio(total.cents(), coordination_fte.ten_thousandths()) *
           exact_ratio(fte::scale, 100);
}

money national_coordination_figures::amount_per_fte() const {
    return money::from_cents(narrow_to_int64(
        divide_rounded(wide_int(total.cents()) * fte::scale, coordination_fte.ten_thousandths(),
                       rounding::half_away_from_zero),
        "amount_per_fte"));
}

provenance national_coordination_figures::amount_per_fte_origin() const {
    provenance derived = origin;
    derived.kind = evidence::derived;
    derived.derivation = total.to_plain() + " € / " + coordination_fte.to_string() + " ETP";
    return derived;
}

const national_coordination_figures& national_coordination_2017() noexcept {
    static const national_coordination_figures figures{
        2017,
        money::from_euros(85'000'000),
        fte::parse("5500"),
        fte::parse("3500"),
        {evidence::source_document,
         {"Caf de la Charente, « Les Conventions Territoriales Globales : la coordination », "
          "réunion réseau CTG Caf > Collectivités du 30 juin 2021",
          "diapositive « La coordination soutient le déploiement des CTG inscrites dans la COG » "
          ": « En 2017 : 85M€ / 5 500 ETP (dont 3 500 Etp en Jeunesse) »",
          ""}}};
    return figures;
}

}  // namespace ctg
