// SPDX-License-Identifier: MIT
/// @file
/// @brief National figures of the coordination function, as the source document cites them:
/// context for a department's financing, never a parameter of it.
#pragma once

#include <ctg/core/exact_ratio.hpp>
#include <ctg/core/fte.hpp>
#include <ctg/core/money.hpp>
#include <ctg/core/provenance.hpp>

namespace ctg {

/**
 * @brief What the Family branch spent on the coordination function in one year, for how many
 * ETP, as a source gives it.
 *
 * The amount per ETP is derived (total / ETP) and does not match the CEJ average per ETP the
 * same document gives (22,553 €): the document does not say what the total covers, so the two
 * figures are shown side by side, never reconciled.
 * @code
 * const auto& n = ctg::national_coordination_2017();
 * n.total;                       // 85 000 000,00 €
 * n.coordination_fte;            // 5 500 ETP, of which n.jeunesse_fte 3 500
 * n.amount_per_fte().to_french();   // "15 454,55 €" (85,000,000 / 5,500 = 15,454.5454…)
 * @endcode
 */
struct national_coordination_figures {
    int year = 0;            ///< Year of the figures.
    money total;             ///< National spending on the function.
    fte coordination_fte;    ///< ETP of coordination financed.
    fte jeunesse_fte;        ///< Of which ETP in the jeunesse field.
    ctg::provenance origin;  ///< Where the figures are read.

    /// @brief `total / coordination_fte` in euros per ETP, exact (`170000/11`).
    [[nodiscard]] exact_ratio amount_per_fte_exact() const;
    /// @brief `total / coordination_fte` rounded once to the cent, half away from zero.
    [[nodiscard]] money amount_per_fte() const;
    /// @brief The evidence of amount_per_fte(): derived from `origin`, with its derivation.
    [[nodiscard]] ctg::provenance amount_per_fte_origin() const;
};

/**
 * @brief The 2017 figures of the source document: « En 2017 : 85M€ / 5 500 ETP (dont 3 500 Etp
 * en Jeunesse) » (Caf de la Charente, réunion réseau CTG du 30 juin 2021, slide « La
 * coordination soutient le déploiement des CTG inscrites dans la COG »).
 */
[[nodiscard]] const national_coordination_figures& national_coordination_2017() noexcept;

}  // namespace ctg
