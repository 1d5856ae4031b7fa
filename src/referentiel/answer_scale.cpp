// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/referentiel/answer_scale.hpp>

#include <set>
#include <string>

namespace ctg {

const scale_level* answer_scale::find(std::string_view code) const noexcept {
    for (const auto& l : levels) {
        if (l.code == code) {
            return &l;
        }
    }
    return nullptr;
}

std::optional<std::size_t> answer_scale::rank_of(std::string_view code) const noexcept {
    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (levels[i].code == code) {
            return i;
        }
    }
    return std::nullopt;
}

bool answer_scale::is_not_applicable(std::string_view code) const noexcept {
    return not_applicable && not_applicable->code == code;
}

bool answer_scale::accepts(std::string_view code) const noexcept {
    return find(code) != nullptr || is_not_applicable(code);
}

bool answer_scale::is_achieved(std::string_view code) const noexcept {
    const auto rank = rank_of(code);
    const auto threshold = rank_of(achieved_from);
    return rank && threshold && *rank >= *threshold;
}

std::string answer_scale::accepted_codes() const {
    std::vector<std::string> codes;
    for (const auto& l : levels) {
        codes.push_back(l.code);
    }
    if (not_applicable) {
        codes.push_back(not_applicable->code);
    }
    // Commas only: the list goes into messages in every language, where an English "or" would
    // not belong.
    std::string out;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        out += (i > 0 ? ", " : "") + codes[i];
    }
    return out;
}

std::vector<error_detail> answer_scale::check(std::string_view path) const {
    std::vector<error_detail> problems;
    const std::string base(path);
    const auto at = [&](std::string_view member) {
        return base.empty() ? std::string(member) : base + "." + std::string(member);
    };
    if (id.empty()) {
        problems.push_back(error_detail::of("value.empty", at("id"), ""));
    }
    if (levels.size() < 2) {
        problems.push_back(
            error_detail::of("scale.levels.too_few", at("levels"), std::to_string(levels.size())));
    }
    std::set<std::string, std::less<>> seen;
    for (std::size_t i = 0; i < levels.size(); ++i) {
        const std::string here = at("levels") + "[" + std::to_string(i) + "]";
        if (levels[i].code.empty()) {
            problems.push_back(error_detail::of("value.empty", here + ".code", ""));
        } else if (!seen.insert(levels[i].code).second) {
            problems.push_back(error_detail::of("value.duplicate", here + ".code", levels[i].code));
        }
        if (levels[i].label.fr.empty()) {
            problems.push_back(error_detail::of("value.empty", here + ".label.fr", ""));
        }
    }
    if (not_applicable) {
        if (not_applicable->code.empty()) {
            problems.push_back(error_detail::of("value.empty", at("not_applicable.code"), ""));
        } else if (seen.contains(not_applicable->code)) {
            problems.push_back(error_detail::of("scale.not_applicable.is_level",
                                                at("not_applicable.code"), not_applicable->code));
        }
        if (not_applicable->label.fr.empty()) {
            problems.push_back(error_detail::of("value.empty", at("not_applicable.label.fr"), ""));
        }
    }
    if (!rank_of(achieved_from)) {
        std::string codes;
        for (const auto& l : levels) {
            codes += (codes.empty() ? "" : ", ") + l.code;
        }
        problems.push_back(error_detail::of("scale.achieved_from.unknown", at("achieved_from"),
                                            achieved_from, {{"accepted", codes}}));
    }
    return problems;
}

answer_scale ordinal_scale(int top, int achieved_from) {
    if (top < 1 || top > 9) {
        throw invalid_value(error_detail::of("value.range", "top", std::to_string(top),
                                             {{"low", "1"}, {"high", "9"}}));
    }
    if (achieved_from < 0 || achieved_from > top) {
        throw invalid_value(error_detail::of("value.range", "achieved_from",
                                             std::to_string(achieved_from),
                                             {{"low", "0"}, {"high", std::to_string(top)}}));
    }
    answer_scale s;
    s.id = "0-" + std::to_string(top);
    s.label = {"Échelle de 0 à " + std::to_string(top), "Scale from 0 to " + std::to_string(top)};
    for (int i = 0; i <= top; ++i) {
        const std::string code = std::to_string(i);
        s.levels.push_back({code, {code, code}});
    }
    s.achieved_from = std::to_string(achieved_from);
    s.note = {"Atteint à partir de " + s.achieved_from + ".",
              "Achieved from " + s.achieved_from + "."};
    return s;
}

}  // namespace ctg
