// SPDX-License-Identifier: MIT
#include <ctg/analysis/department_report.hpp>
#include <ctg/core/error.hpp>
#include <ctg/referentiel/activity_coverage.hpp>
#include <ctg/referentiel/grid.hpp>
#include <ctg/referentiel/referentiel.hpp>
#include <ctg/referentiel/year_comparison.hpp>

#include <algorithm>
#include <chrono>
#include <iterator>
#include <set>
#include <string_view>
#include <tuple>
#include <utility>

namespace ctg {

namespace {

/// The rulebook ids, comma-separated, as the errors list them.
std::string joined_ids(std::span<const rulebook> rulebooks) {
    std::string ids;
    for (const auto& rules : rulebooks) {
        ids += (ids.empty() ? "" : ", ") + rules.id();
    }
    return ids;
}

/// Refuses an empty list and a rulebook given twice.
void check_rulebooks(std::span<const rulebook> rulebooks) {
    if (rulebooks.empty()) {
        throw invalid_value(error_detail::of("report.rulebooks.empty", "rulebooks", ""));
    }
    std::set<std::string_view> seen;
    for (const auto& rules : rulebooks) {
        if (!seen.insert(rules.id()).second) {
            throw invalid_value(
                error_detail::of("report.rulebooks.repeated", "rulebooks", joined_ids(rulebooks)));
        }
    }
}

/// The position of rulebook `id` among `rulebooks`; an error naming `field` when absent.
std::size_t index_of(std::span<const rulebook> rulebooks, const std::string& id,
                     std::string_view field) {
    for (std::size_t i = 0; i < rulebooks.size(); ++i) {
        if (rulebooks[i].id() == id) {
            return i;
        }
    }
    throw invalid_value(error_detail::of("report.rulebook.unknown", std::string(field), id,
                                         {{"known", joined_ids(rulebooks)}}));
}

dataset_summary summarize(const dataset& d, date on) {
    dataset_summary s;
    s.id = d.id();
    s.label = d.label();
    s.department = d.department();
    s.counts = {d.epcis().size(), d.total_communes(),   d.conventions().size(),
                d.posts().size(), d.referents().size(), d.evaluations().size()};
    for (const epci& e : d.epcis()) {
        s.population += e.population_on(on).inhabitants;
    }
    s.contracted_fte = d.total_contracted_fte();
    s.warnings = d.warnings();
    return s;
}

/// Coverage on 30 June of each COG year, as known on `known_on` (the date of the report): a
/// point after it is a projection from what was known that day, never a later amendment.
std::vector<cog_trajectory_point> cog_trajectory(const dataset& d, date known_on) {
    std::vector<cog_trajectory_point> points;
    for (const cog_milestone& m : cog_2018_2022_trajectory()) {
        const date mid_year{std::chrono::year{m.year}, std::chrono::June, std::chrono::day{30}};
        const coverage_report at = coverage(d, mid_year, known_on);
        points.push_back({m.year, mid_year, m.target, at.share, at.gap_to_target(), at.marks});
    }
    return points;
}

/// The years some post declares an expense for, not after the year of `on` (a later year's
/// expense is not yet a fact), ascending, once each.
std::vector<int> declared_years(const dataset& d, date on) {
    std::set<int> years;
    for (const auto& post : d.posts()) {
        for (const auto& expense : post.expenses) {
            if (expense.year <= static_cast<int>(on.year())) {
                years.insert(expense.year);
            }
        }
    }
    return {years.begin(), years.end()};
}

/// The financing of the declared expenses of the year of `on`, or the library's refusal of a
/// year without any (a report on a future year keeps its other sections).
void finance_declared(const dataset& d, const rulebook& rules, date on, report_financing& out) {
    try {
        out.declared = finance_portfolio(d, rules, on, expense_basis::declared);
    } catch (const invalid_value& e) {
        if (e.detail().field != "year") {
            throw;
        }
        out.declared_unavailable = e.detail();
    }
}

/// The gains of every maximum over the baseline's.
std::vector<portfolio_comparison> gains_over(const std::vector<portfolio_financing>& maximum,
                                             const std::string& baseline) {
    std::vector<portfolio_comparison> gains;
    const auto from = std::find_if(maximum.begin(), maximum.end(),
                                   [&](const auto& p) { return p.rulebook_id == baseline; });
    for (const auto& p : maximum) {
        if (p.rulebook_id != baseline) {
            gains.push_back(compare_portfolios(*from, p));
        }
    }
    return gains;
}

/// The line of every rulebook's total `row_of(p)`, contracted and in post.
template <class RowOf>
comparison_row comparison_line(const std::vector<portfolio_financing>& maximum,
                               const std::vector<portfolio_financing>& in_post, RowOf row_of) {
    const financing_total& first = row_of(maximum.front());
    comparison_row line{first.id, first.label, first.contracted_fte, {}, {}};
    for (const auto& p : maximum) {
        line.by_rulebook.push_back(row_of(p));
    }
    for (const auto& p : in_post) {
        line.in_post_by_rulebook.push_back(row_of(p));
    }
    return line;
}

report_comparison compare(const std::vector<portfolio_financing>& maximum,
                          const std::vector<portfolio_financing>& in_post,
                          const std::optional<std::string>& baseline) {
    report_comparison c;
    for (const auto& p : maximum) {
        c.rulebooks.push_back(p.rulebook_id);
    }
    for (std::size_t i = 0; i < maximum.front().by_epci.size(); ++i) {
        c.by_epci.push_back(comparison_line(
            maximum, in_post,
            [i](const portfolio_financing& p) -> const financing_total& { return p.by_epci[i]; }));
    }
    c.total = comparison_line(
        maximum, in_post,
        [](const portfolio_financing& p) -> const financing_total& { return p.total; });
    c.baseline = baseline;
    if (baseline) {
        c.gains = gains_over(maximum, *baseline);
        c.gains_in_post = gains_over(in_post, *baseline);
    }
    return c;
}

/// The pilot EPCI's name of a post, the readable row label of the report.
std::string post_label(const dataset& d, std::string_view post_id) {
    const coordination_post* post = d.find_post(post_id);
    const epci* pilot = post == nullptr ? nullptr : d.find_epci(post->pilot_epci);
    return pilot == nullptr ? std::string(post_id) : pilot->name;
}

/// The grid of the evaluation section: the dataset's own, else the grid the first evaluation
/// of `year` known on `on` fills.
const grid& evaluation_grid(const dataset& d, int year, date on) {
    if (!d.grid_id().empty()) {
        return builtin_grid(d.grid_id());
    }
    for (const auto& e : d.evaluations()) {
        if (e.year == year && e.known_on(on)) {
            if (const grid* g = find_builtin_grid(e.grid_id, e.grid_version)) {
                return *g;
            }
        }
    }
    // dataset::build() checks every evaluation against a built-in grid: unreachable.
    throw invalid_value(error_detail::of("report.grid.missing", "grid", ""));
}

/// Whether `e` exists and fills the version of `g` (an older version cannot be compared).
bool fills(const evaluation* e, const grid& g) {
    return e != nullptr && e->grid_version == g.version();
}

/// The evaluations of `year` known on `on`, rolled up, compared with the year before and checked
/// against the référentiel: a grid filled after `on` is not yet a fact.
report_evaluation evaluate(const dataset& d, int year, date on) {
    const grid& g = evaluation_grid(d, year, on);
    const referentiel& ref = builtin_referentiel(g.referentiel_id());
    report_evaluation r;
    r.year = year;
    r.years = d.evaluation_years(on);
    r.grid_id = g.id();
    r.grid_version = g.version();
    r.referentiel_id = ref.id;
    r.referentiel_activities = ref.activities.size();
    std::vector<std::string> post_ids;
    for (const auto& post : d.posts()) {
        post_ids.push_back(post.id);
    }
    r.rollup = roll_up(d.evaluations_known_on(on), g, year, post_ids);
    for (const auto& row : r.rollup.rows) {
        const evaluation* e = d.find_evaluation(row.post_id, year, g.id(), on);
        r.rows.push_back({row, post_label(d, row.post_id),
                          e == nullptr ? std::nullopt : std::optional{e->provenance.kind}});
    }
    for (const share& s : r.rollup.department_completeness) {
        r.department_completeness += s;
    }
    if (std::find(r.years.begin(), r.years.end(), year - 1) != r.years.end()) {
        for (const auto& post : d.posts()) {
            const evaluation* before = d.find_evaluation(post.id, year - 1, g.id(), on);
            const evaluation* after = d.find_evaluation(post.id, year, g.id(), on);
            if (!fills(before, g) || !fills(after, g)) {
                continue;
            }
            const year_comparison c = compare_years(*before, *after, g);
            evaluation_trend t{post.id,
                               post_label(d, post.id),
                               c.overall_before,
                               c.overall_after,
                               c.count(cell_trend::improved),
                               c.count(cell_trend::regressed),
                               c.count(cell_trend::unchanged),
                               0};
            t.other = c.changes.size() - t.improved - t.regressed - t.unchanged;
            r.trend.push_back(std::move(t));
        }
    }
    for (const auto& post : d.posts()) {
        const evaluation* e = d.find_evaluation(post.id, year, g.id(), on);
        if (!fills(e, g)) {
            continue;
        }
        activities_not_assessed_by_post missing{post.id, post_label(d, post.id), {}};
        for (const std::string& id : activities_not_assessed(ref, g, *e)) {
            const activity* a = ref.find_activity(id);
            missing.activities.push_back({id, a == nullptr ? localized_text{id, id} : a->label});
        }
        r.not_assessed.push_back(std::move(missing));
    }
    r.without_section = activities_without_section(ref, g);
    return r;
}

std::vector<report_parameter_source> parameter_sources(
    const std::vector<portfolio_financing>& maximum,
    const std::optional<portfolio_financing>& declared) {
    std::vector<report_parameter_source> out;
    std::set<std::tuple<std::string, std::string, date>> seen;
    const auto add = [&](const portfolio_financing& p) {
        for (const auto& reading : p.parameters) {
            if (seen.emplace(p.rulebook_id, reading.name, reading.segment_start).second) {
                out.push_back({p.rulebook_id, reading});
            }
        }
    };
    for (const auto& p : maximum) {
        add(p);
    }
    if (declared) {
        add(*declared);
    }
    return out;
}

/// The sources of the dataset's values as known on `on`: expenses of a later year than `on`'s
/// and evaluations filled after `on` are not yet facts, so their sources are left out.
std::vector<report_data_source> data_sources(const dataset& d, date on) {
    const int year = static_cast<int>(on.year());
    std::vector<report_data_source> out;
    const auto add = [&](std::string_view what, std::string subject, const provenance& p) {
        auto it = std::find_if(out.begin(), out.end(), [&](const report_data_source& s) {
            return s.what == what && s.kind == p.kind && s.document == p.cited.document &&
                   s.url == p.cited.url;
        });
        if (it == out.end()) {
            out.push_back({std::string(what), {}, p.kind, p.cited.document, {}, p.cited.url});
            it = std::prev(out.end());
        }
        it->subjects.push_back(std::move(subject));
        const std::string& locator = p.cited.locator;
        if (!locator.empty() &&
            std::find(it->locators.begin(), it->locators.end(), locator) == it->locators.end()) {
            it->locators.push_back(locator);
        }
    };
    add("department", d.department().name, d.department().provenance);
    for (const auto& e : d.epcis()) {
        add("epci", e.name, e.provenance);
        add("population", e.name, e.population_on(on).provenance);
    }
    for (const auto& c : d.conventions()) {
        add("convention", c.id, c.provenance);
        add("convention_term", c.id, c.term_provenance);
    }
    for (const auto& p : d.posts()) {
        add("post", p.id, p.provenance);
        add("contracted_fte", p.id, p.fte_provenance);
        for (const auto& expense : p.expenses) {
            if (expense.year > year) {
                continue;
            }
            add("expense", p.id + " " + std::to_string(expense.year), expense.provenance);
        }
    }
    for (const auto& e : d.evaluations()) {
        if (!e.known_on(on)) {
            continue;
        }
        add("evaluation", e.post_id + " " + std::to_string(e.year), e.provenance);
    }
    return out;
}

/// The evaluations of `d` filled after `on`, counted with the first day one is known.
report_pending_evaluations pending_evaluations(const dataset& d, date on) {
    report_pending_evaluations out;
    for (const evaluation& e : d.evaluations()) {
        if (!e.known_on(on)) {
            ++out.count;
            if (!out.first_known_on || e.known_from() < *out.first_known_on) {
                out.first_known_on = e.known_from();
            }
        }
    }
    return out;
}

}  // namespace

const portfolio_financing& department_report::detailed_maximum() const {
    for (const auto& p : maximum) {
        if (p.rulebook_id == financing.rulebook_id) {
            return p;
        }
    }
    std::string known;
    for (const auto& p : maximum) {
        known += (known.empty() ? "" : ", ") + p.rulebook_id;
    }
    throw out_of_range_value(error_detail::of("report.rulebook.unknown", "rulebook",
                                              financing.rulebook_id, {{"known", known}}));
}

std::vector<std::string> default_report_rulebooks(const dataset& d) {
    std::vector<std::string> national;
    std::vector<std::string> baseline;
    std::vector<std::string> department;
    for (const std::string& id : builtin_rulebook_ids()) {
        const rulebook& rules = builtin_rulebook(id);
        if (id == default_baseline_rulebook) {
            baseline.push_back(id);
        } else if (rules.department().empty()) {
            national.push_back(id);
        } else if (rules.applies_in(d.department().code) || id == d.rulebook_id()) {
            department.push_back(id);
        }
    }
    national.insert(national.end(), baseline.begin(), baseline.end());
    national.insert(national.end(), department.begin(), department.end());
    return national;
}

std::string default_detailed_rulebook(const dataset& d, std::span<const rulebook> rulebooks) {
    if (rulebooks.empty()) {
        throw invalid_value(error_detail::of("report.rulebooks.empty", "rulebooks", ""));
    }
    for (const auto& rules : rulebooks) {
        if (!d.rulebook_id().empty() && rules.id() == d.rulebook_id()) {
            return rules.id();
        }
    }
    return rulebooks.front().id();
}

std::optional<int> report_evaluation_year(const dataset& d, date on) {
    const std::vector<int> years = d.evaluation_years(on);
    if (years.empty()) {
        return std::nullopt;
    }
    // A grid filled after `on`, or of a later year, is not yet a fact: never shown.
    const int year = static_cast<int>(on.year());
    std::optional<int> latest;
    for (const int y : years) {
        if (y <= year) {
            latest = y;
        }
    }
    return latest;
}

department_report build_department_report(const dataset& d, date on,
                                          std::span<const rulebook> rulebooks,
                                          const department_report_options& options) {
    check_rulebooks(rulebooks);
    const std::string detail = options.detail.value_or(default_detailed_rulebook(d, rulebooks));
    const rulebook& detailed = rulebooks[index_of(rulebooks, detail, "detail")];
    std::optional<std::string> baseline = options.baseline;
    if (baseline) {
        (void)index_of(rulebooks, *baseline, "baseline");
    } else if (std::any_of(rulebooks.begin(), rulebooks.end(),
                           [](const rulebook& r) { return r.id() == default_baseline_rulebook; })) {
        baseline = std::string(default_baseline_rulebook);
    }

    department_report r;
    r.on = on;
    r.dataset = summarize(d, on);
    for (const auto& rules : rulebooks) {
        r.rulebooks.push_back({rules.id(), rules.label(), rules.rule(), rules.rounding_policy(),
                               rules.id() == detail});
    }
    r.coverage = coverage(d, on);
    r.trajectory = cog_trajectory(d, on);
    r.volume = coordination_volume(d, on);
    for (const auto& rules : rulebooks) {
        r.maximum.push_back(
            finance_portfolio(d, rules, on, expense_basis::at_ceiling, fte_basis::contracted));
        r.maximum_in_post.push_back(
            finance_portfolio(d, rules, on, expense_basis::at_ceiling, fte_basis::in_post));
    }
    r.financing.rulebook_id = detail;
    r.financing.declared_years = declared_years(d, on);
    finance_declared(d, detailed, on, r.financing);
    r.comparison = compare(r.maximum, r.maximum_in_post, baseline);
    r.deadlines = deadlines(d, on, options.deadline_months);
    r.follow_up = caf_follow_up(d, on);
    if (const auto year = report_evaluation_year(d, on)) {
        r.evaluation = evaluate(d, *year, on);
    }
    r.evaluations_pending = pending_evaluations(d, on);
    r.sources.parameters = parameter_sources(r.maximum, r.financing.declared);
    r.sources.data = data_sources(d, on);
    return r;
}

}  // namespace ctg
