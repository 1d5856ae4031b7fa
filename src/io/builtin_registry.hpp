// SPDX-License-Identifier: MIT
// Private header: the one registry of built-in values (rulebooks, datasets, grids, référentiels),
// read from the files embedded in the library (src/data/<category>/<id>.json).
#pragma once

#include "embedded.hpp"
#include <ctg/core/error.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace ctg::detail {

/// What a registry holds and how its messages name it.
struct builtin_kind {
    std::string_view category;      ///< Folder of src/data: `rulebooks`.
    std::string_view noun;          ///< Names a loaded file: `builtin rulebook` charente-2021.
    std::string_view field;         ///< Field of the error for an unknown id: `rulebook`.
    std::string_view unknown_code;  ///< Message code of an unknown id (`known`: the ids).
};

/**
 * The built-in values of one kind. Each embedded file is loaded on first use (thread-safe) and
 * kept for the program's life, so references stay valid. A file whose `id` is not its file
 * name is refused.
 */
template <typename T>
class builtin_registry {
public:
    /// Reads one document; `origin` names it in errors.
    using loader = T (*)(std::string_view text, std::string_view origin);
    /// The id a loaded value declares.
    using id_reader = std::string_view (*)(const T&);

    builtin_registry(builtin_kind kind, loader load, id_reader id_of) noexcept
        : kind_(kind), load_(load), id_of_(id_of) {}

    /// The ids of the embedded files, sorted.
    [[nodiscard]] std::vector<std::string> ids() const {
        std::vector<std::string> out;
        for (const auto& file : embedded_files()) {
            if (file.category == kind_.category) {
                out.emplace_back(file.name);
            }
        }
        std::sort(out.begin(), out.end());
        return out;
    }

    /// The value with this id, or nullptr when no file has it.
    [[nodiscard]] const T* find(std::string_view id) {
        const std::lock_guard lock(mutex_);
        if (const auto it = loaded_.find(id); it != loaded_.end()) {
            return it->second.get();
        }
        for (const auto& file : embedded_files()) {
            if (file.category == kind_.category && file.name == id) {
                const std::string origin = std::string(kind_.noun) + " " + std::string(id);
                auto value = std::make_unique<const T>(load_(file.contents, origin));
                if (id_of_(*value) != id) {
                    throw validation_error(
                        origin,
                        {error_detail::of("builtin.id_mismatch", "id", std::string(id_of_(*value)),
                                          {{"file", std::string(file.name)}})});
                }
                return loaded_.emplace(std::string(id), std::move(value)).first->second.get();
            }
        }
        return nullptr;
    }

    /// The value with this id.
    /// @throws ctg::out_of_range_value naming the id and listing the known ones.
    [[nodiscard]] const T& at(std::string_view id) {
        if (const T* value = find(id)) {
            return *value;
        }
        std::string known;
        for (const auto& name : ids()) {
            known += (known.empty() ? "" : ", ") + name;
        }
        throw out_of_range_value(error_detail::of(kind_.unknown_code, std::string(kind_.field),
                                                  std::string(id),
                                                  {{"known", known.empty() ? "-" : known}}));
    }

private:
    builtin_kind kind_;
    loader load_;
    id_reader id_of_;
    std::mutex mutex_;
    std::map<std::string, std::unique_ptr<const T>, std::less<>> loaded_;
};

}  // namespace ctg::detail
