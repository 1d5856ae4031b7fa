// SPDX-License-Identifier: MIT
// Provenance marks of report values.
#include <ctg/core/evidence_marks.hpp>

#include <array>
#include <string>

namespace ctg {

namespace {

// Strongest evidence first: read in a source, computed from sourced values, a reading of a
// source, then what no source gives.
constexpr std::array<evidence, 6> mark_order{evidence::source_document, evidence::public_source,
                                             evidence::derived,         evidence::reading,
                                             evidence::illustrative,    evidence::scenario};

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
        case evidence::derived:
            return "[C]";
        case evidence::reading:
            return "[R]";
    }
    return "[?]";
}

}  // namespace ctg
