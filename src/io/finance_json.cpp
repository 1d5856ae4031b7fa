// SPDX-License-Identifier: MIT
// JSON forms of an explanation (an array of step objects) and of a financing result
// (`ctg.financing/1`), keys in a fixed order (nlohmann::ordered_json). Declared in
// ctg/finance/explanation.hpp and ctg/finance/financing.hpp.
#include <ctg/finance/explanation.hpp>
#include <ctg/finance/financing.hpp>

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

namespace ctg {

namespace {

/// The steps as an array of objects: kind, id, label {fr, en}, formula, value, amount (string
/// or null), exact (string or null), policy (string or null), parameter (object or null),
/// origin (object or null: where an input comes from).
nlohmann::ordered_json steps_to_json(const std::vector<explanation_step>& steps) {
    nlohmann::ordered_json array = nlohmann::ordered_json::array();
    for (const explanation_step& s : steps) {
        nlohmann::ordered_json j;
        j["kind"] = std::string(to_string(s.kind));
        j["id"] = s.id;
        j["label"] = {{"fr", s.label.fr}, {"en", s.label.en}};
        j["formula"] = s.formula;
        j["value"] = s.value;
        j["amount"] = s.amount ? nlohmann::ordered_json(s.amount->to_plain()) : nullptr;
        j["exact"] =
            s.exact.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(s.exact);
        j["policy"] =
            s.policy ? nlohmann::ordered_json(std::string(to_string(*s.policy))) : nullptr;
        if (s.parameter) {
            const parameter_reading& p = *s.parameter;
            nlohmann::ordered_json pj;
            pj["name"] = p.name;
            pj["unit"] = std::string(to_string(p.value_unit));
            pj["value"] = p.value;
            pj["segment_start"] = to_iso(p.segment_start);
            pj["segment_end"] =
                p.segment_end ? nlohmann::ordered_json(to_iso(*p.segment_end)) : nullptr;
            pj["evidence"] = std::string(to_string(p.origin.kind));
            pj["source"] = {{"document", p.origin.cited.document},
                            {"locator", p.origin.cited.locator},
                            {"url", p.origin.cited.url}};
            pj["derivation"] = p.origin.derivation;
            pj["alternative"] = p.origin.alternative;
            pj["start_alternative"] = p.start_alternative;
            pj["confirmed_on"] =
                p.confirmed_on ? nlohmann::ordered_json(to_iso(*p.confirmed_on)) : nullptr;
            j["parameter"] = std::move(pj);
        } else {
            j["parameter"] = nullptr;
        }
        if (s.origin) {
            j["origin"] = {{"evidence", std::string(to_string(s.origin->kind))},
                           {"source",
                            {{"document", s.origin->cited.document},
                             {"locator", s.origin->cited.locator},
                             {"url", s.origin->cited.url}}},
                           {"derivation", s.origin->derivation},
                           {"alternative", s.origin->alternative}};
        } else {
            j["origin"] = nullptr;
        }
        array.push_back(std::move(j));
    }
    return array;
}

}  // namespace

std::string explanation::to_json() const { return steps_to_json(steps).dump(2); }

std::string financing_result::to_json() const {
    nlohmann::ordered_json j;
    j["format"] = "ctg.financing/1";
    j["rulebook"] = rulebook_id;
    j["post"] = post_id;
    j["reference"] = {{"start", to_iso(reference.start())}, {"end", to_iso(reference.end())}};
    j["total"] = total.to_plain();
    nlohmann::ordered_json parts_json = nlohmann::ordered_json::array();
    for (const part_amount& p : parts) {
        nlohmann::ordered_json pj;
        pj["id"] = p.id;
        pj["label"] = {{"fr", p.label.fr}, {"en", p.label.en}};
        pj["amount"] = p.amount.to_plain();
        parts_json.push_back(std::move(pj));
    }
    j["parts"] = std::move(parts_json);
    j["explanation"] = steps_to_json(why.steps);
    nlohmann::ordered_json warnings_json = nlohmann::ordered_json::array();
    for (const error_detail& w : warnings) {
        nlohmann::ordered_json params = nlohmann::ordered_json::object();
        for (const message_param& p : w.params) {
            params[p.name] = p.value;
        }
        warnings_json.push_back({{"field", w.field},
                                 {"value", w.value},
                                 {"expected", w.expected},
                                 {"code", w.code},
                                 {"params", std::move(params)}});
    }
    j["warnings"] = std::move(warnings_json);
    return j.dump(2);
}

}  // namespace ctg
