// SPDX-License-Identifier: MIT
/// @file
/// @brief Private header of ctg._ctg: binding plain C++ structs (aggregates of public data
/// members) once, from a list of their fields.
///
/// For a struct such as ctg::population, a binding file writes
///
///     py::class_<ctg::population> cls(m, "Population", ctg_doc::population::class_doc);
///     ...                                         // every class of the area registered first
///     def_value_struct(cls, "Population",
///                      field("inhabitants", &ctg::population::inhabitants,
///                            ctg_doc::population::inhabitants),
///                      field("reference_year", ...), field("provenance", ...));
///
/// and gets, following the conventions of README.md:
/// - one read-only property per field: small immutable values (Money, Fte, dates…) by value,
///   the others by reference (reference_internal: no copy, the parent stays alive);
/// - a keyword-only constructor `Population(*, inhabitants=0, reference_year=0, provenance=…)`
///   whose defaults are those of the C++ default-constructed struct (required_field() for a
///   field without a meaningful default, e.g. a date);
/// - an eval-able `__repr__` naming the fields that differ from their default;
/// - `__eq__`/`__ne__` (the C++ operator== when there is one, else field by field), a
///   `__hash__` consistent with it, and pickling as the tuple `(pickle_version, field…)`.
/// Result structs use the parts they need (def_fields(), def_value_protocol()) and write an
/// informative `<Name …>` repr instead.
#pragma once

#include "bind.hpp"

#include <concepts>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

namespace ctg::python {

/// @brief One data member of `T`: its Python name, pointer and docstring; `Required` fields
/// have no default in the constructor.
template <typename T, typename M, bool Required>
struct field_spec {
    using owner = T;
    using member_type = M;
    static constexpr bool required = Required;
    const char* name;
    M T::*pointer;
    const char* doc;
};

/// @brief A field whose default is the one of the default-constructed struct.
template <typename T, typename M>
[[nodiscard]] field_spec<T, M, false> field(const char* name, M T::*pointer, const char* doc) {
    return {name, pointer, doc};
}

/// @brief A field the constructor requires (no meaningful default, e.g. a date).
template <typename T, typename M>
[[nodiscard]] field_spec<T, M, true> required_field(const char* name, M T::*pointer,
                                                    const char* doc) {
    return {name, pointer, doc};
}

namespace detail {

template <typename P>
struct member_pointer_traits;
template <typename T, typename M>
struct member_pointer_traits<M T::*> {
    using type = M;
};
/// @brief The member type `M` of a pointer to member `M T::*`.
template <typename P>
using member_t = typename member_pointer_traits<std::remove_cvref_t<P>>::type;

template <typename F>
auto constructor_arg(const F& f, const typename F::owner& defaults) {
    if constexpr (F::required) {
        return py::arg(f.name);
    } else {
        const py::object value = py::cast(defaults.*(f.pointer));
        std::string shown = value_repr(value);
        if (shown.starts_with("<")) {
            // An informative repr is no expression: show the default-constructed call.
            shown = py::type::handle_of(value).attr("__name__").cast<std::string>() + "()";
        }
        return py::arg_v(f.name, defaults.*(f.pointer), keep(shown));
    }
}

}  // namespace detail

namespace detail {

/// @brief Whether a field is returned by value: a small trivially copyable member (Money, Fte,
/// a date, an enum, an optional of one…). Every bound class is immutable, so a copy reads the
/// same as a reference, and it spares the keep-alive link reference_internal makes from the
/// new object to its parent (a third of the cost of `part.amount` in a loop over posts). Not a
/// pointer: returned by value, its pointee would be taken over (and freed) by Python.
template <typename M>
inline constexpr bool by_value_field = std::is_trivially_copyable_v<M> && sizeof(M) <= 32 &&
                                       !std::is_pointer_v<M>;

template <typename T, typename F>
void def_field(py::class_<T>& cls, const F& f) {
    using M = typename F::member_type;
    if constexpr (by_value_field<M>) {
        cls.def_property_readonly(
            f.name, [p = f.pointer](const T& t) -> M { return t.*p; }, f.doc);
    } else {
        cls.def_readonly(f.name, f.pointer, f.doc);
    }
}

}  // namespace detail

/// @brief The read-only properties: small immutable values (detail::by_value_field) by value,
/// the others by reference to the parent (reference_internal: no copy, the parent stays alive).
template <typename T, typename... F>
void def_fields(py::class_<T>& cls, const F&... fields) {
    (detail::def_field(cls, fields), ...);
}

/// @brief The keyword-only constructor (defaults from `T{}`, except required fields).
template <typename T, typename... F>
void def_kw_init(py::class_<T>& cls, const char* doc, const F&... fields) {
    const T defaults{};
    cls.def(py::init([... p = fields.pointer](typename F::member_type... values) {
                T t{};
                ((t.*p = std::move(values)), ...);
                return t;
            }),
            py::kw_only(), detail::constructor_arg(fields, defaults)..., doc);
}

/// @brief `Name(field=value, …)` for the fields that differ from the default-constructed struct
/// (required fields always), each value written by value_repr().
template <typename T, typename... F>
std::string kwargs_repr(std::string_view name, const T& t, const F&... fields) {
    static const T defaults{};
    std::string text(name);
    text += '(';
    bool first = true;
    const auto one = [&](const auto& f) {
        using spec = std::remove_cvref_t<decltype(f)>;
        const auto& value = t.*(f.pointer);
        const py::object shown = py::cast(value);
        bool show = spec::required;
        if constexpr (std::equality_comparable<typename spec::member_type>) {
            show = show || !(value == defaults.*(f.pointer));
        } else {
            show = show || !shown.equal(py::cast(defaults.*(f.pointer)));
        }
        if (show) {
            text += first ? "" : ", ";
            text += f.name;
            text += '=';
            text += value_repr(shown);
            first = false;
        }
    };
    (one(fields), ...);
    return text + ')';
}

/// @brief `__eq__`, `__ne__`, `__hash__` and pickling from the fields. `T` is rebuilt from
/// `T{}` by assigning the fields, so it must be default-constructible.
template <typename T, typename... F>
void def_value_protocol(py::class_<T>& cls, const char* name, const F&... fields) {
    if constexpr (std::equality_comparable<T>) {
        def_equality(cls, std::equal_to<>{});
    } else {
        def_equality(cls, [... p = fields.pointer](const T& a, const T& b) {
            return py::make_tuple(a.*p...).equal(py::make_tuple(b.*p...));
        });
    }
    cls.def("__hash__", [... p = fields.pointer](const T& t) {
        return py::hash(hashable(py::make_tuple(t.*p...)));
    });
    constexpr std::size_t size = sizeof...(F) + 1;
    cls.def(py::pickle(
        [... p = fields.pointer](const T& t) { return py::make_tuple(pickle_version, t.*p...); },
        [name, ... p = fields.pointer](const py::tuple& state) {
            check_state(state, size, name);
            T t{};
            std::size_t i = 1;
            ((t.*p = state[i++].template cast<detail::member_t<decltype(p)>>()), ...);
            return t;
        }));
}

/// @brief Everything a plain value struct gets: properties, keyword constructor, eval-able
/// repr, equality, hash and pickling.
template <typename T, typename... F>
void def_value_struct(py::class_<T>& cls, const char* name, const F&... fields) {
    def_fields(cls, fields...);
    def_kw_init(cls,
                "Python: keyword arguments only, named as the fields; omitted ones take the "
                "default shown.",
                fields...);
    cls.def("__repr__", [name, fields...](const T& t) { return kwargs_repr(name, t, fields...); });
    def_value_protocol(cls, name, fields...);
}

}  // namespace ctg::python
