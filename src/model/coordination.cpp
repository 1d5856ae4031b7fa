// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/model/coordination.hpp>

#include <string>

namespace ctg {

std::string_view to_string(volet v) noexcept {
    switch (v) {
        case volet::famille: return "famille";
        case volet::education: return "education";
        case volet::social: return "social";
    }
    return "famille";
}

volet parse_volet(std::string_view text, std::string_view field) {
    for (const auto v : {volet::famille, volet::education, volet::social}) {
        if (to_string(v) == text) {
            return v;
        }
    }
    throw invalid_value(error_detail::of("value.one_of", std::string(field), std::string(text),
                                         {{"accepted", "famille, education, social"}}));
}

const yearly_expense* coordination_post::expense_for(int year) const noexcept {
    for (const yearly_expense& e : expenses) {
        if (e.year == year) {
            return &e;
        }
    }
    return nullptr;
}

fte coordination_post::staffed_fte_on(date d) const {
    fte total;
    for (const coordinator& c : coordinators) {
        if (c.active_on(d)) {
            total = total + c.fte;
        }
    }
    return total;
}

}  // namespace ctg
