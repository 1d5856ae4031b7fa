// SPDX-License-Identifier: MIT
// Provenance marks of report values.
#include <ctg/core/evidence_marks.hpp>

#include <array>
#include <string>

namespace ctg {

namespace {

constexpr std::array<evidence, 4> mark_order{evidence::source_document, evidence::public_source,
                                             evidence::illustrative, evidence::scenario};

constexpr std::uint8_t bit(evidence e) noexcept {
    return static_cast<std::uint8_t>(1U << static_cast<unsigned>(e));
}

}  // namespace

evidence_marks::evidence_marks(std::initializer_list<evidence> kinds) noexcept {
    for (const evidence e : kinds) {
        add(e);
    }
}

evidence_marks evidence_marks::of(const provenance& p) noexcept { return {p.kind}; }

evidence_marks& evidence_marks::add(evidence e) noexcept {
    bits_ = static_cast<std::uint8_t>(bits_ | bit(e));
    return *this;
}

evidence_marks& evidence_marks::add(const evidence_marks& other) noexcept {
    bits_ = static_cast<std::uint8_t>(bits_ | other.bits_);
    return *this;
}

bool evidence_marks::contains(evidence e) const noexcept { return (bits_ & bit(e)) != 0; }

std::string evidence_marks::to_string() const {
    std::string text;
    for (const evidence e : mark_order) {
        if (contains(e)) {
            text += mark(e);
        }
    }
    return text;
}

std::string mark(evidence e) {
    switch (e) {
        case evidence::source_document:
            return "[D]";
        case evidence::public_source:
            return "[P]";
        case evidence::illustrative:
            return "[I]";
        case evidence::scenario:
            return "[S]";
    }
    return "[?]";
}

std::string evidence_legend(language lang) {
    if (lang == language::en) {
        return "- [D] source document: Caf de la Charente, « Les Conventions Territoriales "
               "Globales : la coordination », network meeting of 30 June 2021\n"
               "- [P] public source (INSEE legal populations, SIREN register, Caf and Cnaf "
               "pages), cited with its URL\n"
               "- [I] illustrative: no source gives it; an example value chosen to exercise the "
               "model\n"
               "- [S] scenario: set by a user's scenario\n"
               "A computed value carries the marks of every value it is computed from.\n";
    }
    return "- [D] document source : Caf de la Charente, « Les Conventions Territoriales "
           "Globales : la coordination », réunion réseau du 30 juin 2021\n"
           "- [P] source publique (populations légales INSEE, répertoire SIREN, pages Caf et "
           "Cnaf), citée avec son adresse\n"
           "- [I] valeur illustrative : aucune source ne la donne ; valeur d'exemple choisie "
           "pour exercer le modèle\n"
           "- [S] scénario : fixée par un scénario de l'utilisateur\n"
           "Une valeur calculée porte les marques de toutes les valeurs dont elle est tirée.\n";
}

}  // namespace ctg
