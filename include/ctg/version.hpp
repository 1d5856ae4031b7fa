// SPDX-License-Identifier: MIT
/// @file
/// @brief The library version, the one place it is written.
#pragma once

/// @brief Major version.
#define CTG_VERSION_MAJOR 0
/// @brief Minor version.
#define CTG_VERSION_MINOR 1
/// @brief Patch version.
#define CTG_VERSION_PATCH 0
/// @brief `"0.1.0"`.
#define CTG_VERSION_STRING "0.1.0"
