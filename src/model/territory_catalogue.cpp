// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/text.hpp>
#include <ctg/model/dataset.hpp>
#include <ctg/model/territory_catalogue.hpp>

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <utility>

#ifndef CTG_TERRITORIES_INSTALL_DIR
#define CTG_TERRITORIES_INSTALL_DIR "share/ctg/territories"
#endif

namespace ctg {

namespace {

constexpr std::string_view format_line = "#ctg.territories/1";
constexpr std::string_view npm_url =
    "https://www.npmjs.com/package/@etalab/decoupage-administratif/v/";

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> fields;
    for (std::size_t start = 0;;) {
        const std::size_t tab = line.find('\t', start);
        fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
        if (tab == std::string_view::npos) {
            return fields;
        }
        start = tab + 1;
    }
}

/// Collects the errors of one file, each located at `origin, line N`.
struct file_errors {
    std::string origin;
    std::vector<error_detail> details;

    [[nodiscard]] std::string at(std::size_t line) const {
        return origin + ", line " + std::to_string(line);
    }
    void add(std::string_view code, std::size_t line, std::string_view value,
             std::vector<message_param> params = {}) {
        details.push_back(
            error_detail::of(code, at(line), printable_text(value), std::move(params)));
    }
};

std::optional<std::int64_t> read_count(std::string_view text) {
    std::int64_t n = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
    if (ec != std::errc{} || end != text.data() + text.size() || n < 0 || n > max_population) {
        return std::nullopt;
    }
    return n;
}

std::optional<int> read_year(std::string_view text) {
    int y = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), y);
    if (ec != std::errc{} || end != text.data() + text.size() || y < first_year || y > last_year) {
        return std::nullopt;
    }
    return y;
}

template <class T, class Key>
const T* find_sorted(const std::vector<T>& items, const Key& key, auto key_of) {
    const auto it = std::lower_bound(items.begin(), items.end(), key,
                                     [&](const T& item, const Key& k) { return key_of(item) < k; });
    return it != items.end() && key_of(*it) == key ? &*it : nullptr;
}

}  // namespace

std::string_view department_of(const insee_code& code) noexcept {
    const std::string_view c = code.str();
    return c.substr(0, c.starts_with("97") ? 3 : 2);
}

territory_catalogue territory_catalogue::parse(std::string_view text, std::string_view origin) {
    territory_catalogue t;
    file_errors errors{std::string(origin), {}};
    std::map<std::string, std::size_t, std::less<>> epci_line;  // siren -> line
    std::set<std::string, std::less<>> department_codes;
    std::map<std::string, std::pair<int, std::size_t>, std::less<>> year_of;  // code -> year, line
    std::vector<std::pair<std::string, std::size_t>> commune_epci;  // per commune: siren, line
    bool format_seen = false;
    bool year_seen = false;
    bool epci_year_seen = false;
    bool commune_year_seen = false;
    std::size_t line_number = 0;
    for (std::size_t start = 0; start < text.size();) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        const std::string_view line = text.substr(start, end - start);
        start = end + 1;
        ++line_number;
        if (line_number == 1) {
            format_seen = line == format_line;
            if (!format_seen) {
                errors.add("territories.format", line_number, line.substr(0, 60));
                break;
            }
            continue;
        }
        const std::vector<std::string_view> f = split_tabs(line);
        const auto fields_are = [&](std::size_t count) {
            if (f.size() == count) {
                return true;
            }
            errors.add("territories.fields", line_number, line.substr(0, 60),
                       {{"kind", std::string(f[0])}, {"count", std::to_string(count)}});
            return false;
        };
        const auto header_year = [&](int& target, bool& seen) {
            if (!fields_are(2)) {
                return;
            }
            if (const auto y = read_year(f[1])) {
                target = *y;
                seen = true;
            } else {
                errors.add("territories.year_field", line_number, f[1]);
            }
        };
        if (f[0] == "#year") {
            header_year(t.year_, year_seen);
        } else if (f[0] == "#epci_population_year") {
            header_year(t.epci_population_year_, epci_year_seen);
        } else if (f[0] == "#commune_population_year") {
            header_year(t.commune_population_year_, commune_year_seen);
        } else if (f[0] == "#population_year_of") {
            if (fields_are(3)) {
                if (const auto y = read_year(f[2])) {
                    year_of[std::string(f[1])] = {*y, line_number};
                } else {
                    errors.add("territories.year_field", line_number, f[2]);
                }
            }
        } else if (f[0] == "#package") {
            if (fields_are(4)) {
                t.package_ = f[1];
                t.version_ = f[2];
                t.integrity_ = f[3];
            }
        } else if (f[0] == "#licence") {
            if (fields_are(2)) {
                t.licence_ = f[1];
            }
        } else if (f[0] == "#source") {
            if (fields_are(3)) {
                t.sources_.push_back({std::string(f[1]), "", std::string(f[2])});
            }
        } else if (f[0] == "D") {
            if (fields_are(3)) {
                if (!department_codes.insert(std::string(f[1])).second) {
                    errors.add("territories.repeated", line_number, f[1]);
                } else if (f[2].empty()) {
                    errors.add("value.empty", line_number, f[2]);
                } else {
                    t.departments_.push_back({std::string(f[1]), std::string(f[2]), {}});
                }
            }
        } else if (f[0] == "E") {
            if (!fields_are(6)) {
                continue;
            }
            catalogue_epci e;
            try {
                e.siren = siren::parse(f[1], errors.at(line_number));
                e.kind = f[3] == "METRO" || f[3] == "MET69"
                             ? epci_kind::metropole
                             : parse_epci_kind(f[3], errors.at(line_number));
            } catch (const error& bad) {
                errors.details.push_back(bad.detail());
                continue;
            }
            const auto municipal = read_count(f[4]);
            const auto total = read_count(f[5]);
            if (!municipal || !total) {
                errors.add("territories.population", line_number, !municipal ? f[4] : f[5],
                           {{"max", std::to_string(max_population)}});
                continue;
            }
            if (f[2].empty()) {
                errors.add("value.empty", line_number, f[2]);
                continue;
            }
            if (!epci_line.emplace(std::string(f[1]), line_number).second) {
                errors.add("territories.repeated", line_number, f[1]);
                continue;
            }
            e.name = f[2];
            e.official_kind = f[3];
            e.municipal_population = *municipal;
            e.total_population = *total;
            t.epcis_.push_back(std::move(e));
        } else if (f[0] == "C") {
            if (!fields_are(6)) {
                continue;
            }
            catalogue_commune c;
            try {
                c.insee = insee_code::parse(f[1], errors.at(line_number));
            } catch (const error& bad) {
                errors.details.push_back(bad.detail());
                continue;
            }
            std::optional<std::int64_t> municipal;
            std::optional<std::int64_t> total;
            if (!f[4].empty() && !(municipal = read_count(f[4]))) {
                errors.add("territories.population", line_number, f[4],
                           {{"max", std::to_string(max_population)}});
                continue;
            }
            if (!f[5].empty() && !(total = read_count(f[5]))) {
                errors.add("territories.population", line_number, f[5],
                           {{"max", std::to_string(max_population)}});
                continue;
            }
            if (f[2].empty()) {
                errors.add("value.empty", line_number, f[2]);
                continue;
            }
            if (!t.communes_.empty() && !(t.communes_.back().insee < c.insee)) {
                errors.add("territories.order", line_number, f[1]);
                continue;
            }
            c.name = f[2];
            c.department = department_of(c.insee);
            c.municipal_population = municipal;
            c.total_population = total;
            commune_epci.emplace_back(std::string(f[3]), line_number);
            t.communes_.push_back(std::move(c));
        } else if (!line.empty() || start < text.size()) {
            errors.add("territories.record", line_number, line.substr(0, 60));
        }
    }
    if (format_seen) {
        const std::pair<bool, std::string_view> headers[] = {
            {year_seen, "#year"},
            {!t.version_.empty(), "#package"},
            {epci_year_seen, "#epci_population_year"},
            {commune_year_seen, "#commune_population_year"}};
        for (const auto& [seen, name] : headers) {
            if (!seen) {
                errors.add("territories.header", 1, "", {{"name", std::string(name)}});
            }
        }
    }
    for (const auto& [code, year_line] : year_of) {
        if (!department_codes.contains(code)) {
            errors.add("territories.department", year_line.second, code);
        }
    }
    const auto year_in = [&](std::string_view department, int otherwise) {
        const auto it = year_of.find(department);
        return it == year_of.end() ? otherwise : it->second.first;
    };
    std::ranges::sort(t.departments_, {}, &department::code);
    std::ranges::sort(t.epcis_, {}, &catalogue_epci::siren);
    for (std::size_t i = 0; i < t.communes_.size(); ++i) {
        const auto& [epci_text, line] = commune_epci[i];
        catalogue_commune& c = t.communes_[i];
        if (!department_codes.contains(c.department)) {
            errors.add("territories.department", line, c.insee.str());
        }
        c.population_year = year_in(c.department, t.commune_population_year_);
        if (epci_text.empty()) {
            continue;
        }
        const auto it = std::ranges::lower_bound(
            t.epcis_, epci_text, {},
            [](const catalogue_epci& e) -> std::string_view { return e.siren.str(); });
        if (it == t.epcis_.end() || it->siren.str() != epci_text) {
            errors.add("territories.epci_unknown", line, epci_text);
            continue;
        }
        c.epci = it->siren;
        it->communes.push_back(i);
        if (std::ranges::find(it->departments, c.department) == it->departments.end()) {
            it->departments.push_back(c.department);
        }
    }
    for (catalogue_epci& e : t.epcis_) {
        std::ranges::sort(e.departments);
        e.population_year = e.departments.size() == 1
                                ? year_in(e.departments.front(), t.epci_population_year_)
                                : t.epci_population_year_;
        const std::size_t line = epci_line[e.siren.str()];
        if (e.communes.empty()) {
            errors.add("territories.epci_no_commune", line, e.siren.str());
            continue;
        }
        std::int64_t sum = 0;
        bool all_given = true;
        for (const std::size_t i : e.communes) {
            all_given = all_given && t.communes_[i].municipal_population.has_value();
            sum += t.communes_[i].municipal_population.value_or(0);
        }
        // The 2019 and 2020 files read commune and EPCI populations from different lists.
        if (all_given && t.epci_population_year_ == t.commune_population_year_ &&
            sum != e.municipal_population) {
            errors.add("territories.epci_population", line, std::to_string(e.municipal_population),
                       {{"sum", std::to_string(sum)}});
        }
    }
    if (!errors.details.empty()) {
        throw validation_error(std::string(origin), std::move(errors.details));
    }
    t.epcis_by_name_.resize(t.epcis_.size());
    for (std::size_t i = 0; i < t.epcis_.size(); ++i) {
        t.epcis_by_name_[i] = i;
    }
    std::ranges::stable_sort(t.epcis_by_name_, {},
                             [&](std::size_t i) -> const std::string& { return t.epcis_[i].name; });
    for (department& d : t.departments_) {
        d.provenance = t.provenance("data/departements.json, département " + d.code);
    }
    return t;
}

ctg::provenance territory_catalogue::provenance(std::string locator) const {
    ctg::provenance p;
    p.kind = evidence::public_source;
    p.cited.document = "Découpage administratif de la France, " + package_ + " " + version_ +
                       " (Etalab, d'après le Code officiel géographique " + std::to_string(year_) +
                       " de l'INSEE, la liste des EPCI à fiscalité " +
                       "propre de la DGCL et les populations légales de l'INSEE, millésime " +
                       std::to_string(epci_population_year_) + ")";
    p.cited.locator = std::move(locator);
    p.cited.url = std::string(npm_url) + version_;
    return p;
}

const department* territory_catalogue::find_department(std::string_view code) const noexcept {
    return find_sorted(departments_, code,
                       [](const department& d) -> std::string_view { return d.code; });
}

const catalogue_epci* territory_catalogue::find_epci(const siren& s) const noexcept {
    return find_sorted(epcis_, s.str(),
                       [](const catalogue_epci& e) -> const std::string& { return e.siren.str(); });
}

const catalogue_epci* territory_catalogue::find_epci_named(std::string_view name) const noexcept {
    const auto it =
        std::ranges::lower_bound(epcis_by_name_, name, {},
                                 [&](std::size_t i) -> std::string_view { return epcis_[i].name; });
    return it != epcis_by_name_.end() && epcis_[*it].name == name ? &epcis_[*it] : nullptr;
}

const catalogue_commune* territory_catalogue::find_commune(const insee_code& code) const noexcept {
    return find_sorted(communes_, code.str(), [](const catalogue_commune& c) -> const std::string& {
        return c.insee.str();
    });
}

std::vector<const catalogue_epci*> territory_catalogue::epcis_in(std::string_view code) const {
    std::vector<const catalogue_epci*> found;
    for (const catalogue_epci& e : epcis_) {
        if (std::ranges::find(e.departments, code) != e.departments.end()) {
            found.push_back(&e);
        }
    }
    return found;
}

std::vector<const catalogue_commune*> territory_catalogue::communes_of(
    const catalogue_epci& e) const {
    std::vector<const catalogue_commune*> found;
    found.reserve(e.communes.size());
    for (const std::size_t i : e.communes) {
        found.push_back(&communes_[i]);
    }
    return found;
}

std::filesystem::path territory_catalogue_directory() {
    if (const char* dir = std::getenv("CTG_TERRITORIES_DIR"); dir != nullptr && *dir != '\0') {
        return dir;
    }
    return CTG_TERRITORIES_INSTALL_DIR;
}

std::vector<int> territory_catalogue_years(const std::filesystem::path& directory) {
    std::vector<int> years;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(directory, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.size() == 8 && name.ends_with(".tsv")) {
            if (const auto y = read_year(std::string_view(name).substr(0, 4))) {
                years.push_back(*y);
            }
        }
    }
    std::ranges::sort(years);
    return years;
}

territory_catalogue load_territory_catalogue(int year, const std::filesystem::path& directory) {
    const std::filesystem::path file = directory / (std::to_string(year) + ".tsv");
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::string years;
        for (const int y : territory_catalogue_years(directory)) {
            years += (years.empty() ? "" : ", ") + std::to_string(y);
        }
        throw out_of_range_value(
            error_detail::of("territories.year", "year", std::to_string(year),
                             {{"years", years.empty() ? "none in " + directory.string() : years}}));
    }
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return territory_catalogue::parse(text, file.string());
}

}  // namespace ctg
