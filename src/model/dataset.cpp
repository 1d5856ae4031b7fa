// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/model/dataset.hpp>
#include <ctg/model/post_evaluations.hpp>
#include <ctg/referentiel/grid.hpp>

#include <algorithm>
#include <iterator>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <utility>

namespace ctg {

namespace {

std::string at(const std::string& prefix, std::string_view key) {
    std::string p = prefix;
    if (!p.empty()) {
        p += '.';
    }
    p += key;
    return p;
}

std::string at(const std::string& prefix, std::size_t index) {
    return prefix + "[" + std::to_string(index) + "]";
}

bool is_decimal_text(std::string_view s) noexcept {
    std::size_t i = 0;
    if (i < s.size() && s[i] == '-') {
        ++i;
    }
    const std::size_t int_start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        ++i;
    }
    if (i == int_start) {
        return false;
    }
    if (i == s.size()) {
        return true;
    }
    if (s[i] != '.') {
        return false;
    }
    ++i;
    const std::size_t frac_start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        ++i;
    }
    return i == s.size() && i > frac_start;
}

/// Collects errors and warnings while walking the parts.
class checker {
public:
    std::vector<error_detail> errors;
    std::vector<error_detail> warnings;

    void error(std::string_view code, std::string field, std::string value,
               std::vector<message_param> params = {}) {
        errors.push_back(
            error_detail::of(code, std::move(field), std::move(value), std::move(params)));
    }
    void warn(std::string_view code, std::string field, std::string value,
              std::vector<message_param> params = {}) {
        warnings.push_back(
            error_detail::of(code, std::move(field), std::move(value), std::move(params)));
    }
    /// Records `key` under `path`; an error if already seen (names the first place).
    void unique(std::map<std::string, std::string>& seen, const std::string& key,
                const std::string& path) {
        if (key.empty()) {
            error("value.empty", path, key);
            return;
        }
        auto [it, inserted] = seen.emplace(key, path);
        if (!inserted) {
            error("value.repeated", path, key, {{"first", it->second}});
        }
    }
};

void check_provenance(checker& c, const provenance& p, const std::string& path) {
    if (cites_document(p.kind)) {
        if (p.cited.document.empty()) {
            c.error("provenance.document_missing", at(at(path, "source"), "document"), "",
                    {{"evidence", std::string(to_string(p.kind))}});
        }
    }
    if (p.kind == evidence::public_source && p.cited.url.empty()) {
        c.error("provenance.url_missing", at(at(path, "source"), "url"), "");
    }
    for (error_detail& problem : check_reasoning(p, path)) {
        c.errors.push_back(std::move(problem));
    }
}

void check_population(checker& c, const population& p, const std::string& path) {
    if (p.inhabitants < 0) {
        c.error("dataset.population.negative", at(path, "inhabitants"),
                std::to_string(p.inhabitants));
    } else if (p.inhabitants > max_population) {
        c.error("dataset.population.too_large", at(path, "inhabitants"),
                std::to_string(p.inhabitants), {{"max", std::to_string(max_population)}});
    }
    if (p.reference_year < first_year || p.reference_year > last_year) {
        c.error("year.range", at(path, "year"), std::to_string(p.reference_year),
                {{"low", std::to_string(first_year)}, {"high", std::to_string(last_year)}});
    }
    check_provenance(c, p.provenance, at(path, "provenance"));
}

}  // namespace

dataset dataset::build(dataset_parts parts, std::string_view origin) {
    checker c;
    dataset d;

    if (parts.id.empty()) {
        c.error("value.empty", "id", "");
    }
    if (parts.department.code.empty()) {
        c.error("dataset.department.code", "department.code", "");
    }
    if (parts.department.name.empty()) {
        c.error("value.empty", "department.name", "");
    }
    check_provenance(c, parts.department.provenance, "department.provenance");
    if (!parts.grid.empty()) {
        const auto grids = builtin_grid_ids();
        if (std::find(grids.begin(), grids.end(), parts.grid) == grids.end()) {
            std::string known;
            for (const auto& id : grids) {
                known += (known.empty() ? "" : ", ") + id;
            }
            c.error("builtin.grid.unknown", "grid", parts.grid, {{"known", known}});
        }
    }

    // Referents.
    std::map<std::string, std::string> referent_ids;
    for (std::size_t i = 0; i < parts.referents.size(); ++i) {
        const std::string p = at("referents", i);
        c.unique(referent_ids, parts.referents[i].id, at(p, "id"));
        check_provenance(c, parts.referents[i].provenance, at(p, "provenance"));
    }

    // EPCI and their communes.
    std::map<std::string, std::string> epci_ids;
    std::map<std::string, std::string> commune_ids;
    for (std::size_t i = 0; i < parts.epcis.size(); ++i) {
        const epci& e = parts.epcis[i];
        const std::string p = at("epcis", i);
        if (e.siren.empty()) {
            c.error("siren.invalid", at(p, "siren"), "");
        } else {
            c.unique(epci_ids, e.siren.str(), at(p, "siren"));
        }
        if (e.name.empty()) {
            c.error("value.empty", at(p, "name"), "");
        }
        if (e.commune_count < 1) {
            c.error("dataset.epci.commune_count", at(p, "commune_count"),
                    std::to_string(e.commune_count));
        }
        if (!e.communes.empty() && e.communes.size() != static_cast<std::size_t>(e.commune_count)) {
            c.error("dataset.epci.communes_listed", at(p, "communes"),
                    std::to_string(e.communes.size()),
                    {{"commune_count", std::to_string(e.commune_count)}});
        }
        check_population(c, e.population, at(p, "population"));
        // One population per reference year: the population of a date must be unambiguous.
        std::map<std::string, std::string> population_years{
            {std::to_string(e.population.reference_year), at(p, "population")}};
        for (std::size_t k = 0; k < e.other_populations.size(); ++k) {
            const std::string op = at(at(p, "other_populations"), k);
            check_population(c, e.other_populations[k], op);
            c.unique(population_years, std::to_string(e.other_populations[k].reference_year),
                     at(op, "year"));
        }
        check_provenance(c, e.provenance, at(p, "provenance"));
        for (std::size_t k = 0; k < e.communes.size(); ++k) {
            const commune& m = e.communes[k];
            const std::string mp = at(at(p, "communes"), k);
            if (m.insee.empty()) {
                c.error("insee.invalid", at(mp, "insee"), "");
            } else {
                c.unique(commune_ids, m.insee.str(), at(mp, "insee"));
            }
            if (m.population) {
                check_population(c, *m.population, at(mp, "population"));
            }
        }
    }

    // Conventions.
    std::map<std::string, std::string> convention_ids;
    for (std::size_t i = 0; i < parts.conventions.size(); ++i) {
        convention& cv = parts.conventions[i];
        const std::string p = at("conventions", i);
        c.unique(convention_ids, cv.id, at(p, "id"));
        if (cv.name.empty()) {
            c.error("value.empty", at(p, "name"), "");
        }
        check_provenance(c, cv.term_provenance, at(at(p, "term"), "provenance"));
        check_provenance(c, cv.provenance, at(p, "provenance"));

        // Themes.
        std::map<std::string, std::string> theme_ids;
        for (std::size_t k = 0; k < cv.themes.size(); ++k) {
            c.unique(theme_ids, cv.themes[k].to_string(), at(at(p, "themes"), k));
        }
        if (!cv.meets_cnaf_minimum()) {
            std::string listed;
            for (const theme& t : cv.themes) {
                listed += (listed.empty() ? "" : ", ") + t.to_string();
            }
            c.warn("dataset.convention.cnaf_minimum", at(p, "themes"), listed);
        }

        // Signatories.
        for (std::size_t k = 0; k < cv.signatories.size(); ++k) {
            const signatory& s = cv.signatories[k];
            const std::string sp = at(at(p, "signatories"), k);
            if (s.name.empty()) {
                c.error("value.empty", at(sp, "name"), "");
            }
            if (s.role.known() == known_role::epci && !s.siren) {
                c.error("dataset.signatory.siren_missing", at(sp, "siren"), "");
            }
            if (s.role.known() == known_role::commune && !s.insee) {
                c.error("dataset.signatory.insee_missing", at(sp, "insee"), "");
            }
            if (s.siren && !s.siren->empty() && !epci_ids.contains(s.siren->str())) {
                c.error("dataset.epci.not_listed", at(sp, "siren"), s.siren->str());
            }
            if (s.insee && !s.insee->empty() && !commune_ids.contains(s.insee->str())) {
                c.error("dataset.commune.not_listed", at(sp, "insee"), s.insee->str());
            }
        }

        // Territories.
        const std::string tp = at(p, "territories");
        if (cv.territories.epcis.empty() && cv.territories.communes.empty()) {
            c.error("dataset.convention.no_territory", tp, "");
        }
        std::map<std::string, std::string> covered;
        for (std::size_t k = 0; k < cv.territories.epcis.size(); ++k) {
            const std::string ep = at(at(tp, "epcis"), k);
            const siren& s = cv.territories.epcis[k];
            c.unique(covered, s.str(), ep);
            if (!s.empty() && !epci_ids.contains(s.str())) {
                c.error("dataset.epci.not_listed", ep, s.str());
            }
        }
        for (std::size_t k = 0; k < cv.territories.communes.size(); ++k) {
            const std::string cp = at(at(tp, "communes"), k);
            const insee_code& m = cv.territories.communes[k];
            c.unique(covered, m.str(), cp);
            if (!m.empty() && !commune_ids.contains(m.str())) {
                c.error("dataset.commune.not_listed", cp, m.str());
            }
        }

        // Diagnostic.
        if (cv.diagnostic) {
            const std::string dp = at(p, "diagnostic");
            if (cv.diagnostic->caf_cofinancing && cv.diagnostic->caf_cofinancing->cents() < 0) {
                c.error("money.negative", at(dp, "caf_cofinancing"),
                        cv.diagnostic->caf_cofinancing->to_plain());
            }
            check_provenance(c, cv.diagnostic->provenance, at(dp, "provenance"));
        }

        // Action plan.
        std::map<std::string, std::string> axis_ids;
        std::map<std::string, std::string> fiche_ids;
        for (std::size_t a = 0; a < cv.action_plan.size(); ++a) {
            const action_axis& axis = cv.action_plan[a];
            const std::string ap = at(at(p, "action_plan"), a);
            c.unique(axis_ids, axis.id, at(ap, "id"));
            for (std::size_t f = 0; f < axis.fiches.size(); ++f) {
                const fiche_action& fiche = axis.fiches[f];
                const std::string fp = at(at(ap, "fiches"), f);
                c.unique(fiche_ids, fiche.id, at(fp, "id"));
                std::map<std::string, std::string> indicator_ids;
                for (std::size_t n = 0; n < fiche.indicators.size(); ++n) {
                    const indicator& ind = fiche.indicators[n];
                    const std::string np = at(at(fp, "indicators"), n);
                    c.unique(indicator_ids, ind.id, at(np, "id"));
                    if (ind.baseline && !is_decimal_text(*ind.baseline)) {
                        c.error("dataset.indicator.decimal_text", at(np, "baseline"),
                                *ind.baseline);
                    }
                    if (ind.target && !is_decimal_text(*ind.target)) {
                        c.error("dataset.indicator.decimal_text", at(np, "target"), *ind.target);
                    }
                }
            }
        }

        // Governance.
        std::map<std::string, std::string> body_ids;
        for (std::size_t b = 0; b < cv.governance.size(); ++b) {
            c.unique(body_ids, cv.governance[b].id, at(at(at(p, "governance"), b), "id"));
        }

        // Amendments: checked in signature order, stored sorted.
        std::map<std::string, std::string> amendment_ids;
        std::vector<std::size_t> order(cv.amendments.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
            return cv.amendments[x].signed_on < cv.amendments[y].signed_on;
        });
        date current_end = cv.term.end();
        for (const std::size_t k : order) {
            const amendment& am = cv.amendments[k];
            const std::string mp = at(at(p, "amendments"), k);
            c.unique(amendment_ids, am.id, at(mp, "id"));
            check_provenance(c, am.provenance, at(mp, "provenance"));
            if (am.new_end) {
                if (*am.new_end <= current_end) {
                    c.error("dataset.amendment.not_prolongation", at(mp, "new_end"),
                            to_iso(previous_day(*am.new_end)),
                            {{"current_last", to_iso(previous_day(current_end))}});
                } else {
                    current_end = *am.new_end;
                }
            }
        }
        std::vector<amendment> sorted;
        sorted.reserve(cv.amendments.size());
        for (const std::size_t k : order) {
            sorted.push_back(cv.amendments[k]);
        }
        cv.amendments = std::move(sorted);

        if (cv.referent_id && !referent_ids.contains(*cv.referent_id)) {
            c.error("dataset.referent.not_listed", at(p, "referent"), *cv.referent_id);
        }
    }

    // Posts.
    std::map<std::string, std::string> post_ids;
    for (std::size_t i = 0; i < parts.posts.size(); ++i) {
        coordination_post& post = parts.posts[i];
        const std::string p = at("posts", i);
        c.unique(post_ids, post.id, at(p, "id"));
        const convention* cv = nullptr;
        if (auto it = convention_ids.find(post.convention_id); it != convention_ids.end()) {
            for (const convention& x : parts.conventions) {
                if (x.id == post.convention_id) {
                    cv = &x;
                    break;
                }
            }
        } else {
            c.error("dataset.convention.not_listed", at(p, "convention"), post.convention_id);
        }
        if (post.pilot_epci.empty()) {
            c.error("siren.invalid", at(p, "pilot_epci"), "");
        } else if (!epci_ids.contains(post.pilot_epci.str())) {
            c.error("dataset.epci.not_listed", at(p, "pilot_epci"), post.pilot_epci.str());
        } else if (cv != nullptr && !cv->covers_epci(post.pilot_epci)) {
            c.warn("dataset.post.pilot_not_covered", at(p, "pilot_epci"), post.pilot_epci.str(),
                   {{"convention", cv->id}});
        }
        if (post.contracted_fte.ten_thousandths() == 0) {
            c.error("dataset.post.contracted_fte_zero", at(p, "contracted_fte"),
                    post.contracted_fte.to_string());
        } else if (post.contracted_fte.ten_thousandths() > max_post_fte * fte::scale) {
            c.error("dataset.post.contracted_fte_bound", at(p, "contracted_fte"),
                    post.contracted_fte.to_string(),
                    {{"post", post.id}, {"max", std::to_string(max_post_fte)}});
        } else if (post.contracted_fte.ten_thousandths() > max_plausible_post_fte * fte::scale) {
            c.warn("dataset.post.contracted_fte_large", at(p, "contracted_fte"),
                   post.contracted_fte.to_string(),
                   {{"post", post.id}, {"max", std::to_string(max_plausible_post_fte)}});
        }
        check_provenance(c, post.fte_provenance, at(p, "fte_provenance"));
        check_provenance(c, post.provenance, at(p, "provenance"));

        std::map<std::string, std::string> volet_ids;
        for (std::size_t k = 0; k < post.volets.size(); ++k) {
            c.unique(volet_ids, std::string(to_string(post.volets[k])), at(at(p, "volets"), k));
        }
        std::map<std::string, std::string> theme_ids;
        for (std::size_t k = 0; k < post.themes.size(); ++k) {
            c.unique(theme_ids, post.themes[k].to_string(), at(at(p, "themes"), k));
        }

        // Coordinators.
        std::map<std::string, std::string> coordinator_ids;
        for (std::size_t k = 0; k < post.coordinators.size(); ++k) {
            const coordinator& co = post.coordinators[k];
            const std::string cp = at(at(p, "coordinators"), k);
            c.unique(coordinator_ids, co.id, at(cp, "id"));
            if (co.fte.ten_thousandths() == 0 || co.fte > fte::from_ten_thousandths(fte::scale)) {
                c.error("dataset.coordinator.fte_range", at(cp, "fte"), co.fte.to_string());
            }
            if (co.end && *co.end <= co.start) {
                c.error("period.last_day_before_start", at(cp, "end"),
                        to_iso(previous_day(*co.end)), {{"start", to_iso(co.start)}});
            }
            if (co.training_days < 0) {
                c.error("dataset.coordinator.days_negative", at(cp, "training_days"),
                        std::to_string(co.training_days));
            } else if (co.training_days == 0) {
                c.warn("dataset.coordinator.no_training", at(cp, "training_days"), "0");
            }
            if (co.network_days < 0) {
                c.error("dataset.coordinator.days_negative", at(cp, "network_days"),
                        std::to_string(co.network_days));
            }
            check_provenance(c, co.provenance, at(cp, "provenance"));
        }
        // FTE held on each start date (the sum only rises on a start date).
        for (std::size_t k = 0; k < post.coordinators.size(); ++k) {
            const date when = post.coordinators[k].start;
            const fte held = post.staffed_fte_on(when);
            if (held > post.contracted_fte) {
                c.error("dataset.post.overstaffed", at(p, "coordinators"), held.to_string(),
                        {{"on", to_iso(when)}, {"contracted", post.contracted_fte.to_string()}});
                break;
            }
        }

        // Expenses: one per year, stored sorted by year.
        std::map<int, std::size_t> years;
        for (std::size_t k = 0; k < post.expenses.size(); ++k) {
            const yearly_expense& e = post.expenses[k];
            const std::string ep = at(at(p, "expenses"), k);
            auto [it, inserted] = years.emplace(e.year, k);
            if (!inserted) {
                c.error("value.repeated", at(ep, "year"), std::to_string(e.year),
                        {{"first", at(at(p, "expenses"), it->second)}});
            }
            if (e.year < first_year || e.year > last_year) {
                c.error("year.range", at(ep, "year"), std::to_string(e.year),
                        {{"low", std::to_string(first_year)}, {"high", std::to_string(last_year)}});
            }
            if (e.amount.cents() < 0) {
                c.error("money.negative", at(ep, "amount"), e.amount.to_plain());
            } else if (e.amount.cents() > max_expense_euros * 100) {
                c.error("dataset.post.expense_too_large", at(ep, "amount"), e.amount.to_plain(),
                        {{"post", post.id}, {"max", std::to_string(max_expense_euros)}});
            }
            check_provenance(c, e.provenance, at(ep, "provenance"));
        }
        if (post.expenses.empty()) {
            c.warn("dataset.post.no_expense", at(p, "expenses"), "");
        }
        std::stable_sort(
            post.expenses.begin(), post.expenses.end(),
            [](const yearly_expense& x, const yearly_expense& y) { return x.year < y.year; });
    }

    // Evaluations: each against its built-in grid (id and version) and its post; incomplete
    // evaluations are warnings.
    const auto evaluations =
        validate_evaluations(parts.evaluations, parts.posts, {}, "evaluations");
    c.errors.insert(c.errors.end(), evaluations.errors.begin(), evaluations.errors.end());
    c.warnings.insert(c.warnings.end(), evaluations.warnings.begin(), evaluations.warnings.end());
    for (std::size_t i = 0; i < parts.evaluations.size(); ++i) {
        check_provenance(c, parts.evaluations[i].provenance,
                         at(at("evaluations", i), "provenance"));
    }

    if (!c.errors.empty()) {
        throw validation_error(std::string(origin), std::move(c.errors));
    }

    d.parts_ = std::move(parts);
    d.warnings_ = std::move(c.warnings);
    for (std::size_t i = 0; i < d.parts_.epcis.size(); ++i) {
        d.epci_index_.emplace(d.parts_.epcis[i].siren.str(), i);
    }
    for (std::size_t i = 0; i < d.parts_.conventions.size(); ++i) {
        d.convention_index_.emplace(d.parts_.conventions[i].id, i);
    }
    for (std::size_t i = 0; i < d.parts_.posts.size(); ++i) {
        d.post_index_.emplace(d.parts_.posts[i].id, i);
    }
    for (std::size_t i = 0; i < d.parts_.referents.size(); ++i) {
        d.referent_index_.emplace(d.parts_.referents[i].id, i);
    }
    return d;
}

namespace {

template <typename Map>
std::string known_keys(const Map& index) {
    std::string out;
    for (const auto& [key, _] : index) {
        out += (out.empty() ? "" : ", ") + key;
    }
    return out.empty() ? "(none)" : out;
}

}  // namespace

const epci* dataset::find_epci(const siren& s) const noexcept {
    const auto it = epci_index_.find(s.str());
    return it == epci_index_.end() ? nullptr : &parts_.epcis[it->second];
}

const epci& dataset::epci_at(const siren& s) const {
    if (const epci* e = find_epci(s)) {
        return *e;
    }
    throw out_of_range_value(
        error_detail::of("dataset.epci.unknown", "epci", s.str(),
                         {{"dataset", parts_.id}, {"known", known_keys(epci_index_)}}));
}

const convention* dataset::find_convention(std::string_view id) const noexcept {
    const auto it = convention_index_.find(id);
    return it == convention_index_.end() ? nullptr : &parts_.conventions[it->second];
}

const convention& dataset::convention_at(std::string_view id) const {
    if (const convention* cv = find_convention(id)) {
        return *cv;
    }
    throw out_of_range_value(error_detail::of("lookup.unknown", "convention", std::string(id),
                                              {{"known", known_keys(convention_index_)}}));
}

const coordination_post* dataset::find_post(std::string_view id) const noexcept {
    const auto it = post_index_.find(id);
    return it == post_index_.end() ? nullptr : &parts_.posts[it->second];
}

const coordination_post& dataset::post_at(std::string_view id) const {
    if (const coordination_post* p = find_post(id)) {
        return *p;
    }
    throw out_of_range_value(error_detail::of("lookup.unknown", "post", std::string(id),
                                              {{"known", known_keys(post_index_)}}));
}

const caf_referent* dataset::find_referent(std::string_view id) const noexcept {
    const auto it = referent_index_.find(id);
    return it == referent_index_.end() ? nullptr : &parts_.referents[it->second];
}

const caf_referent& dataset::referent_at(std::string_view id) const {
    if (const caf_referent* r = find_referent(id)) {
        return *r;
    }
    throw out_of_range_value(error_detail::of("lookup.unknown", "referent", std::string(id),
                                              {{"known", known_keys(referent_index_)}}));
}

std::vector<const coordination_post*> dataset::posts_of(std::string_view convention_id) const {
    std::vector<const coordination_post*> out;
    for (const coordination_post& p : parts_.posts) {
        if (p.convention_id == convention_id) {
            out.push_back(&p);
        }
    }
    return out;
}

std::vector<const convention*> dataset::conventions_covering(const siren& s) const {
    std::vector<const convention*> out;
    for (const convention& cv : parts_.conventions) {
        if (cv.covers_epci(s)) {
            out.push_back(&cv);
        }
    }
    return out;
}

std::vector<const evaluation*> dataset::evaluations_of(std::string_view post_id) const {
    std::vector<const evaluation*> out;
    for (const evaluation& e : parts_.evaluations) {
        if (e.post_id == post_id) {
            out.push_back(&e);
        }
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const evaluation* x, const evaluation* y) { return x->year < y->year; });
    return out;
}

const evaluation* dataset::find_evaluation(std::string_view post_id, int year,
                                           std::string_view grid_id,
                                           std::optional<date> known_on) const noexcept {
    for (const evaluation& e : parts_.evaluations) {
        if (e.post_id == post_id && e.year == year && (grid_id.empty() || e.grid_id == grid_id) &&
            (!known_on || e.known_on(*known_on))) {
            return &e;
        }
    }
    return nullptr;
}

std::vector<int> dataset::evaluation_years(std::optional<date> known_on) const {
    std::set<int> years;
    for (const evaluation& e : parts_.evaluations) {
        if (!known_on || e.known_on(*known_on)) {
            years.insert(e.year);
        }
    }
    return {years.begin(), years.end()};
}

std::vector<evaluation> dataset::evaluations_known_on(date known_on) const {
    std::vector<evaluation> out;
    std::copy_if(parts_.evaluations.begin(), parts_.evaluations.end(), std::back_inserter(out),
                 [&](const evaluation& e) { return e.known_on(known_on); });
    return out;
}

std::int64_t dataset::total_population() const noexcept {
    std::int64_t total = 0;
    for (const epci& e : parts_.epcis) {
        total += e.population.inhabitants;
    }
    return total;
}

std::int64_t dataset::total_communes() const noexcept {
    std::int64_t total = 0;
    for (const epci& e : parts_.epcis) {
        total += e.commune_count;
    }
    return total;
}

fte dataset::total_contracted_fte() const {
    fte total;
    for (const coordination_post& p : parts_.posts) {
        total = total + p.contracted_fte;
    }
    return total;
}

}  // namespace ctg
