// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>

#include <utility>

namespace ctg {

std::string error_detail::to_string() const {
    std::string line = field;
    line += ": got \"";
    line += value;
    line += "\"; expected ";
    line += expected;
    return line;
}

error::error(std::vector<error_detail> details) : details_(std::move(details)) {
    if (details_.empty()) {
        details_.push_back({"(unknown)", "", "a described error"});
    }
}

std::string error::describe(const std::vector<error_detail>& details) {
    std::string text;
    for (const auto& d : details) {
        if (!text.empty()) {
            text += '\n';
        }
        text += d.to_string();
    }
    return text;
}

namespace {
std::vector<error_detail> one(std::string field, std::string value, std::string expected) {
    return {error_detail{std::move(field), std::move(value), std::move(expected)}};
}
}  // namespace

invalid_value::invalid_value(std::string field, std::string value, std::string expected)
    : std::invalid_argument(error_detail{field, value, expected}.to_string()),
      error(one(std::move(field), std::move(value), std::move(expected))) {}

out_of_range_value::out_of_range_value(std::string field, std::string value, std::string expected)
    : std::out_of_range(error_detail{field, value, expected}.to_string()),
      error(one(std::move(field), std::move(value), std::move(expected))) {}

overflow::overflow(std::string field, std::string value, std::string expected)
    : std::overflow_error(error_detail{field, value, expected}.to_string()),
      error(one(std::move(field), std::move(value), std::move(expected))) {}

validation_error::validation_error(const std::string& what, std::vector<error_detail> details)
    : std::invalid_argument(what + ": " + std::to_string(details.size()) + " error(s)\n" +
                            describe(details)),
      error(std::move(details)) {}

}  // namespace ctg
