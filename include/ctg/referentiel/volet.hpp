// SPDX-License-Identifier: MIT
/// @file
/// @brief The three volets (policy fields) of the coordination function, as the référentiel
/// names them; posts, grids and scores use them.
#pragma once

#include <cstdint>
#include <string_view>

namespace ctg {

/// @brief The three volets of the coordination function (source document, "3 volets").
enum class volet : std::uint8_t {
    famille,    ///< Family policy (politique familiale), written `famille`.
    education,  ///< Educational policy (politique éducative), written `education`.
    social,     ///< Social policy (politique sociale), written `social`.
};

/// @brief `famille`, `education` or `social`.
[[nodiscard]] std::string_view to_string(volet v) noexcept;
/// @brief Reads the names written by to_string(volet).
/// @code
/// ctg::parse_volet("education");
/// @endcode
/// @throws ctg::invalid_value naming `field` otherwise.
[[nodiscard]] volet parse_volet(std::string_view text, std::string_view field = "volet");

}  // namespace ctg
