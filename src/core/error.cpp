// SPDX-License-Identifier: MIT
#include <ctg/core/error.hpp>
#include <ctg/core/text.hpp>

#include <algorithm>
#include <utility>

namespace ctg {

namespace {

/// `english` with each `{name}` replaced by the parameter of that name.
std::string fill(std::string_view english, const std::vector<message_param>& params) {
    std::string out;
    std::size_t i = 0;
    while (i < english.size()) {
        const std::size_t open = english.find('{', i);
        const std::size_t close = open == std::string_view::npos ? open : english.find('}', open);
        if (close == std::string_view::npos) {
            out += english.substr(i);
            break;
        }
        out += english.substr(i, open - i);
        const std::string_view name = english.substr(open + 1, close - open - 1);
        const auto p = std::find_if(params.begin(), params.end(),
                                    [&](const message_param& m) { return m.name == name; });
        if (p == params.end()) {
            throw std::logic_error("message template field {" + std::string(name) +
                                   "} has no parameter");
        }
        out += p->value;
        i = close + 1;
    }
    return out;
}

}  // namespace

std::string printable_text(std::string_view text, std::size_t limit) {
    constexpr std::string_view ellipsis = "…";
    static constexpr std::string_view hex = "0123456789ABCDEF";
    std::string out;
    out.reserve(std::min(text.size(), limit));
    for (std::size_t i = 0; i < text.size();) {
        std::size_t length = utf8_sequence_length(text, i);
        // A control character (C0 or DEL) is shown too: a message never moves the terminal.
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 || byte == 0x7F) {
            length = 0;
        }
        const std::size_t written = length == 0 ? 4 : length;
        if (out.size() + written > limit) {
            out += ellipsis;
            break;
        }
        if (length == 0) {
            const auto b = static_cast<unsigned char>(text[i]);
            out += "\\x";
            out += hex[b >> 4U];
            out += hex[b & 0xFU];
            ++i;
        } else {
            out.append(text.substr(i, length));
            i += length;
        }
    }
    return out;
}

error_detail error_detail::of(std::string_view code, std::string field, std::string value,
                              std::vector<message_param> params) {
    const auto codes = message_codes();
    const auto it =
        std::lower_bound(codes.begin(), codes.end(), code,
                         [](const message_code& m, std::string_view c) { return m.code < c; });
    if (it == codes.end() || it->code != code) {
        throw std::logic_error("unknown message code " + std::string(code));
    }
    // What the user wrote is quoted as valid UTF-8, and bounded: a message is never a dump.
    for (message_param& p : params) {
        p.value = printable_text(p.value, message_value_limit);
    }
    error_detail d{printable_text(field, message_value_limit),
                   printable_text(value, message_value_limit), fill(it->english, params)};
    d.code = std::string(code);
    d.params = std::move(params);
    return d;
}

std::string error_detail::param(std::string_view name) const {
    for (const message_param& p : params) {
        if (p.name == name) {
            return p.value;
        }
    }
    return {};
}

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

invalid_value::invalid_value(error_detail detail)
    : std::invalid_argument(detail.to_string()), error({std::move(detail)}) {}

out_of_range_value::out_of_range_value(error_detail detail)
    : std::out_of_range(detail.to_string()), error({std::move(detail)}) {}

overflow::overflow(error_detail detail)
    : std::overflow_error(detail.to_string()), error({std::move(detail)}) {}

validation_error::validation_error(const std::string& what, std::vector<error_detail> details)
    : std::invalid_argument(what + ": " + std::to_string(details.size()) + " error(s)\n" +
                            describe(details)),
      error(std::move(details)) {}

}  // namespace ctg
