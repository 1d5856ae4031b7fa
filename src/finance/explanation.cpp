// SPDX-License-Identifier: MIT
// Explanations: the step kinds and the text rendering (French by default, English on request).
// The JSON rendering is in src/io/finance_json.cpp.
#include "detail/decimal_text.hpp"
#include <ctg/core/enum_names.hpp>
#include <ctg/core/evidence_marks.hpp>
#include <ctg/finance/explanation.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ctg {

namespace {

constexpr std::array<enum_name<step_kind>, 7> step_kind_names{{
    {step_kind::input, "input"},
    {step_kind::parameter, "parameter"},
    {step_kind::computation, "computation"},
    {step_kind::rounding, "rounding"},
    {step_kind::split, "split"},
    {step_kind::result, "result"},
    {step_kind::note, "note"},
}};

std::string_view kind_label(step_kind k, language lang) noexcept {
    static constexpr std::array<std::string_view, 7> fr{
        "Entrée", "Paramètre", "Calcul", "Arrondi", "Répartition", "Résultat", "Note"};
    static constexpr std::array<std::string_view, 7> en{
        "Input", "Parameter", "Computation", "Rounding", "Split", "Result", "Note"};
    const auto i = static_cast<std::size_t>(k);
    return lang == language::en ? en.at(i) : fr.at(i);
}

std::string_view evidence_label(evidence e, language lang) noexcept {
    if (lang == language::en) {
        return to_string(e);
    }
    switch (e) {
        case evidence::source_document:
            return "document source";
        case evidence::public_source:
            return "source publique";
        case evidence::illustrative:
            return "valeur illustrative";
        case evidence::scenario:
            return "scénario";
        case evidence::derived:
            return "valeur calculée";
        case evidence::reading:
            return "lecture retenue";
    }
    return "";
}

/// `[C] (derived: 80 % − 55 %)`, `[R] (reading; rejected reading: …)`, `[D] (source document)`:
/// the mark, the kind and, for a derived value or a reading, what the reader must know of it.
std::string evidence_text(const provenance& p, language lang) {
    const bool fr = lang == language::fr;
    std::string text = mark(p.kind) + " (" + std::string(evidence_label(p.kind, lang));
    if (p.kind == evidence::derived) {
        text += (fr ? " : " : ": ") + p.derivation;
    } else if (p.kind == evidence::reading) {
        text += (fr ? " ; lecture écartée : " : "; rejected reading: ") + p.alternative;
    }
    return text + ")";
}

std::string_view policy_label(rounding p, language lang) noexcept {
    if (lang == language::en) {
        switch (p) {
            case rounding::half_away_from_zero:
                return "to the nearest cent, halves away from zero";
            case rounding::half_even:
                return "to the nearest cent, halves to the even cent";
            case rounding::toward_zero:
                return "toward zero (truncation)";
            case rounding::down:
                return "down (floor)";
            case rounding::up:
                return "up (ceiling)";
        }
    } else {
        switch (p) {
            case rounding::half_away_from_zero:
                return "au centime le plus proche, demi-centime arrondi en s'éloignant de zéro";
            case rounding::half_even:
                return "au centime le plus proche, demi-centime vers le pair";
            case rounding::toward_zero:
                return "vers zéro (troncature)";
            case rounding::down:
                return "vers le bas (plancher)";
            case rounding::up:
                return "vers le haut (plafond)";
        }
    }
    return "";
}

bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

/// A plain decimal (`48000.00`, `-12.5`) in the language's notation: French `48 000,00` (U+202F
/// between thousands, as Babel writes it), English `48,000.00`; `grouped` adds the thousands
/// separators.
std::string localize_number(std::string_view plain, language lang, bool grouped) {
    if (grouped) {
        return lang == language::en
                   ? detail::localize_decimal(plain, ",", '.')
                   : detail::localize_decimal(plain, detail::narrow_no_break_space, ',');
    }
    std::string out(plain);
    if (lang == language::fr) {
        for (char& c : out) {
            if (c == '.') {
                c = ',';
            }
        }
    }
    return out;
}

/// A plain amount (`48000.00`, `-12.50`) as money::to_french() / to_english() write one:
/// `48 000,00 €` (U+00A0 before the sign), `€48,000.00`, `-€12.50`.
std::string amount_text(std::string_view plain, language lang) {
    if (lang == language::fr) {
        return localize_number(plain, lang, true) + std::string(detail::no_break_space) + "€";
    }
    const bool negative = plain.starts_with('-');
    return (negative ? "-€" : "€") + localize_number(plain.substr(negative ? 1 : 0), lang, true);
}

/// Localizes the numbers of a formula or value written in the library's neutral notation, in
/// Babel's typography: a number followed by ` €` is an amount (`48 000,00 €` / `€48,000.00`), a
/// number followed by ` %` a percent (`62,43 %` with U+00A0 / `62.43%`), any other number with a
/// decimal point gets the language's decimal mark (`1,5`); integers, fractions (`292/365`) and
/// dates are left alone.
std::string localize_text(std::string_view text, language lang) {
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t i = 0;
    while (i < text.size()) {
        bool starts_number = is_digit(text[i]);
        if (starts_number && i > 0) {
            const char before = text[i - 1];
            const bool in_word = is_digit(before) || before == '.' || before == '_' ||
                                 (before >= 'a' && before <= 'z') ||
                                 (before >= 'A' && before <= 'Z');
            const bool in_date = before == '-' && i > 1 && is_digit(text[i - 2]);
            starts_number = !in_word && !in_date;
        }
        if (!starts_number) {
            out += text[i++];
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && is_digit(text[j])) {
            ++j;
        }
        if (j + 1 < text.size() && text[j] == '.' && is_digit(text[j + 1])) {
            ++j;
            while (j < text.size() && is_digit(text[j])) {
                ++j;
            }
        }
        const std::string_view number = text.substr(i, j - i);
        const std::string_view rest = text.substr(j);
        constexpr std::string_view euro = " €";
        constexpr std::string_view cut_euro = "… €";  // an exact amount cut after its decimals
        constexpr std::string_view percent = " %";
        if (!rest.empty() && rest.front() == '-') {  // a date
            out += number;
        } else if (rest.starts_with(cut_euro)) {
            out += amount_text(std::string(number) + "…", lang);
            j += cut_euro.size();
        } else if (rest.starts_with(euro)) {
            out += amount_text(number, lang);
            j += euro.size();
        } else if (rest.starts_with(percent)) {
            out += localize_number(number, lang, false);
            out += lang == language::fr ? std::string(detail::no_break_space) + "%" : "%";
            j += percent.size();
        } else {
            out += localize_number(number, lang, false);
        }
        i = j;
    }
    return out;
}

/// `document, locator <url>`, or `(aucune)` / `(none)` when nothing is cited.
std::string cited_text(const source& src, language lang) {
    std::string cited = src.document;
    if (!src.locator.empty()) {
        cited += (cited.empty() ? "" : ", ") + src.locator;
    }
    if (!src.url.empty()) {
        cited += (cited.empty() ? "" : " ") + ("<" + src.url + ">");
    }
    if (cited.empty()) {
        cited = lang == language::fr ? "(aucune)" : "(none)";
    }
    return cited;
}

std::string segment_text(const parameter_reading& p) {
    return "[" + to_iso(p.segment_start) + ", " + (p.segment_end ? to_iso(*p.segment_end) : "…") +
           ")";
}

}  // namespace

std::string_view to_string(step_kind k) noexcept { return name_of(step_kind_names, k); }

std::string explanation::to_text(language lang) const {
    const bool fr = lang == language::fr;
    const std::string colon = fr ? " : " : ": ";
    std::string text;
    for (const explanation_step& s : steps) {
        std::string line;
        line += kind_label(s.kind, lang);
        line += " — ";
        line += s.label.in(lang);
        std::string value;
        if (s.amount) {
            value = fr ? s.amount->to_french() : s.amount->to_english();
        } else if (s.kind == step_kind::input && s.id.ends_with("post")) {
            value = s.value;  // an identifier: printed as given
        } else if (!s.exact.empty() && s.value == s.exact) {
            value = amount_text(s.exact, lang);  // an exact amount, not rounded
        } else {
            value = localize_text(s.value, lang);
        }
        if (s.parameter && s.parameter->value_unit == unit::eur_per_fte) {
            value += fr ? " par ETP" : " per FTE";
        }
        if (!value.empty()) {
            line += colon + value;
        }
        if (!s.formula.empty()) {
            line += " = " + localize_text(s.formula, lang);
        }
        if (s.kind == step_kind::rounding || (s.kind == step_kind::split && !s.exact.empty())) {
            std::string detail;
            if (!s.exact.empty()) {
                detail += (fr ? "valeur exacte " : "exact value ") + amount_text(s.exact, lang);
            }
            if (s.policy) {
                detail += detail.empty() ? "" : ", ";
                detail += (fr ? "arrondi " : "rounded ") +
                          std::string(policy_label(*s.policy, lang)) + " (" +
                          std::string(to_string(*s.policy)) + ")";
            } else if (s.kind == step_kind::split) {
                detail += fr ? ", méthode du plus grand reste" : ", largest remainder method";
            }
            line += " (" + detail + ")";
        }
        if (s.origin) {
            line += " — " + std::string(fr ? "source" : "source") + colon +
                    cited_text(s.origin->cited, lang) + " " + evidence_text(*s.origin, lang);
        }
        if (s.parameter) {
            const parameter_reading& p = *s.parameter;
            line +=
                " — " + std::string(fr ? "en vigueur sur " : "in force over ") + segment_text(p);
            line += " — " + std::string(fr ? "source" : "source") + colon;
            line += cited_text(p.origin.cited, lang) + " " + evidence_text(p.origin, lang);
            if (!p.start_alternative.empty()) {
                line += fr ? " ; début de validité : " : "; start date: ";
                line += mark(evidence::reading) + " (" +
                        (fr ? "lecture écartée : " : "rejected reading: ") + p.start_alternative +
                        ")";
            }
            if (p.confirmed_on) {
                line += fr ? " ; confirmé au " + to_french(*p.confirmed_on)
                           : "; confirmed on " + to_iso(*p.confirmed_on);
            }
        }
        text += line;
        text += '\n';
    }
    return text;
}

std::vector<error_detail> unconfirmed_parameters(const std::vector<parameter_reading>& readings,
                                                 date priced_on) {
    // Parameters by confirmation date, each named once, in reading order.
    std::map<date, std::vector<std::string>> by_date;
    for (const parameter_reading& r : readings) {
        if (!r.confirmed_on || !(*r.confirmed_on < priced_on)) {
            continue;
        }
        std::vector<std::string>& names = by_date[*r.confirmed_on];
        if (std::find(names.begin(), names.end(), r.name) == names.end()) {
            names.push_back(r.name);
        }
    }
    std::vector<error_detail> warnings;
    for (const auto& [confirmed_on, names] : by_date) {
        std::string listed;
        for (const std::string& n : names) {
            listed += (listed.empty() ? "" : ", ") + n;
        }
        warnings.push_back(
            error_detail::of("financing.unconfirmed_parameters", "on", to_iso(priced_on),
                             {{"confirmed_on", to_iso(confirmed_on)}, {"parameters", listed}}));
    }
    return warnings;
}

std::vector<error_detail> parameters_changing_within(const std::vector<parameter_reading>& readings,
                                                     const period& reference) {
    std::vector<std::string> names;
    std::set<date> changes;
    for (const parameter_reading& r : readings) {
        const bool starts_inside = reference.start() < r.segment_start;
        const bool ends_inside = r.segment_end && *r.segment_end < reference.end();
        if (!starts_inside && !ends_inside) {
            continue;
        }
        if (std::find(names.begin(), names.end(), r.name) == names.end()) {
            names.push_back(r.name);
        }
        if (starts_inside) {
            changes.insert(r.segment_start);
        }
        if (ends_inside) {
            changes.insert(*r.segment_end);
        }
    }
    if (names.empty()) {
        return {};
    }
    std::string listed;
    for (const std::string& n : names) {
        listed += (listed.empty() ? "" : ", ") + n;
    }
    std::string days;
    for (const date d : changes) {
        days += (days.empty() ? "" : ", ") + to_iso(d);
    }
    return {error_detail::of("financing.parameters_change_within", "reference",
                             reference.to_string(), {{"changes", days}, {"parameters", listed}})};
}

evidence_marks marks(const parameter_reading& r) {
    evidence_marks m = evidence_marks::of(r.origin);
    if (!r.start_alternative.empty()) {
        m.add(evidence::reading);
    }
    return m;
}

}  // namespace ctg
