// SPDX-License-Identifier: MIT
#include <ctg/core/enum_names.hpp>
#include <ctg/core/error.hpp>
#include <ctg/model/territory.hpp>

#include <array>
#include <string>

namespace ctg {

namespace {

constexpr std::array<enum_name<epci_kind>, 4> epci_kind_names{{
    {epci_kind::ca, "CA"},
    {epci_kind::cc, "CC"},
    {epci_kind::cu, "CU"},
    {epci_kind::metropole, "metropole"},
}};
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
}  // namespace

bool siren::is_valid(std::string_view text) noexcept {
    if (text.size() != 9) {
        return false;
    }
    int sum = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[text.size() - 1 - i];
        if (!is_digit(c)) {
            return false;
        }
        int d = c - '0';
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9) {
                d -= 9;
            }
        }
        sum += d;
    }
    return sum % 10 == 0;
}

siren siren::parse(std::string_view text, std::string_view field) {
    if (!is_valid(text)) {
        throw invalid_value(
            error_detail::of("siren.invalid", std::string(field), std::string(text)));
    }
    siren s;
    s.digits_ = std::string(text);
    return s;
}

bool insee_code::is_valid(std::string_view text) noexcept {
    if (text.size() != 5) {
        return false;
    }
    const bool corsica = text[0] == '2' && (text[1] == 'A' || text[1] == 'B');
    if (!corsica && !(is_digit(text[0]) && is_digit(text[1]))) {
        return false;
    }
    return is_digit(text[2]) && is_digit(text[3]) && is_digit(text[4]);
}

insee_code insee_code::parse(std::string_view text, std::string_view field) {
    if (!is_valid(text)) {
        throw invalid_value(
            error_detail::of("insee.invalid", std::string(field), std::string(text)));
    }
    insee_code c;
    c.code_ = std::string(text);
    return c;
}

std::string_view to_string(epci_kind kind) noexcept { return name_of(epci_kind_names, kind); }

std::string_view french_label(epci_kind kind) noexcept {
    switch (kind) {
        case epci_kind::ca:
            return "Communauté d'agglomération";
        case epci_kind::cc:
            return "Communauté de communes";
        case epci_kind::cu:
            return "Communauté urbaine";
        case epci_kind::metropole:
            return "Métropole";
    }
    return "Communauté de communes";
}

epci_kind parse_epci_kind(std::string_view text, std::string_view field) {
    return parse_name(epci_kind_names, text, field);
}

int legal_population_year_on(date d) noexcept { return static_cast<int>(d.year()) - 3; }

const population& epci::population_on(date d) const noexcept {
    const int in_force = legal_population_year_on(d);
    const ctg::population* latest_in_force = nullptr;
    const ctg::population* earliest = &population;
    const auto consider = [&](const ctg::population& p) {
        if (p.reference_year <= in_force &&
            (latest_in_force == nullptr || p.reference_year > latest_in_force->reference_year)) {
            latest_in_force = &p;
        }
        if (p.reference_year < earliest->reference_year) {
            earliest = &p;
        }
    };
    consider(population);
    for (const ctg::population& p : other_populations) {
        consider(p);
    }
    return latest_in_force != nullptr ? *latest_in_force : *earliest;
}

}  // namespace ctg
