// SPDX-License-Identifier: MIT
/// @file
/// @brief Provenance marks printed next to values in reports: `[D]`, `[P]`, `[C]`, `[R]`, `[I]`,
/// `[S]`.
#pragma once

#include <ctg/core/provenance.hpp>

#include <cstdint>
#include <initializer_list>
#include <string>

namespace ctg {

/**
 * @brief The kinds of evidence behind a value, printed as marks.
 *
 * A value read in the data carries one kind; a value computed from several (inhabitants per ETP
 * from a public population and an ETP of the source document) carries all of theirs, so that a
 * reader sees at once whether an illustrative value entered a result.
 *
 * | evidence          | mark  | French legend        | English legend   |
 * |-------------------|-------|----------------------|------------------|
 * | `source_document` | `[D]` | document source      | source document  |
 * | `public_source`   | `[P]` | source publique      | public source    |
 * | `derived`         | `[C]` | valeur calculée      | derived          |
 * | `reading`         | `[R]` | lecture retenue      | reading          |
 * | `illustrative`    | `[I]` | valeur illustrative  | illustrative     |
 * | `scenario`        | `[S]` | scénario             | scenario         |
 *
 * @code
 * ctg::evidence_marks m{ctg::evidence::public_source, ctg::evidence::source_document};
 * m.to_string();                           // "[D][P]"
 * m.add(ctg::evidence::illustrative);      // now "[D][P][I]"
 * m.contains(ctg::evidence::scenario);     // false
 * @endcode
 */
class evidence_marks {
public:
    /// @brief No mark.
    constexpr evidence_marks() noexcept = default;
    /// @brief The marks of the given kinds.
    evidence_marks(std::initializer_list<evidence> kinds) noexcept;
    /// @brief The mark of one provenance.
    [[nodiscard]] static evidence_marks of(const provenance& p) noexcept;

    /// @brief Adds a kind.
    evidence_marks& add(evidence e) noexcept;
    /// @brief Adds every kind of `other` (the marks of a value computed from both).
    evidence_marks& add(const evidence_marks& other) noexcept;
    /// @brief Whether `e` is among the marks.
    [[nodiscard]] bool contains(evidence e) const noexcept;
    /// @brief Whether there is no mark.
    [[nodiscard]] bool empty() const noexcept { return bits_ == 0; }
    /// @brief `[D][P][C][R][I][S]` order: strongest evidence first; empty text when no mark.
    [[nodiscard]] std::string to_string() const;

    /// @brief Same kinds.
    friend bool operator==(const evidence_marks&, const evidence_marks&) = default;

private:
    std::uint8_t bits_ = 0;
};

/// @brief `[D]`, `[P]`, `[C]` (derived), `[R]` (reading), `[I]` or `[S]`.
/// @code
/// ctg::mark(ctg::evidence::illustrative);  // "[I]"
/// @endcode
[[nodiscard]] std::string mark(evidence e);

}  // namespace ctg
