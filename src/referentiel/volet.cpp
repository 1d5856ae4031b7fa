// SPDX-License-Identifier: MIT
#include <ctg/core/enum_names.hpp>
#include <ctg/referentiel/volet.hpp>

#include <array>

namespace ctg {

namespace {

constexpr std::array<enum_name<volet>, 3> volet_names{{
    {volet::famille, "famille"},
    {volet::education, "education"},
    {volet::social, "social"},
}};

}  // namespace

std::string_view to_string(volet v) noexcept { return name_of(volet_names, v); }

volet parse_volet(std::string_view text, std::string_view field) {
    return parse_name(volet_names, text, field);
}

}  // namespace ctg
