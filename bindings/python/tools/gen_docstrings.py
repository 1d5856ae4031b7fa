#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Extract the Doxygen comments of include/ctg into a C++ header of Python docstrings.

The documentation of the library is written once, in the C++ headers. CMake runs this script at
build time (bindings/python/CMakeLists.txt) and writes one header per area of include/ctg,
`<output-dir>/ctg_docstrings/<area>.hpp` (core, rules, finance…), so that a binding file only
recompiles when the documentation of its own area changes. The bindings read the constants:

    namespace ctg_doc::money { inline constexpr char class_doc[] = "..."; }   // class ctg::money
    ctg_doc::money::parse                 // member function ctg::money::parse
    ctg_doc::apply_rate                   // free function ctg::apply_rate
    ctg_doc::rounding::half_even          // enumerator ctg::rounding::half_even
    ctg_doc::period::ctor                 // constructor ctg::period::period
    ctg_doc::to_string_of_rounding        // overloads: suffixed with their parameter types, as
    ctg_doc::exact_amount::times_of_fte   // few as tell them apart
    ctg_doc::finance_of_rulebook_post_date

A missing key is a compile error in the bindings, so a renamed C++ declaration cannot leave a
stale docstring behind. The text is converted for Python readers: `@brief` is dropped, `@param`
becomes "Parameters:", `@throws ctg::invalid_value` becomes "Raises: InvalidValueError", C++
examples (`@code`) are left out, `ctg::exact_amount::rounded` is written `ExactAmount.rounded` and
`nullptr`/`std::nullopt` are written `None`. Deleted overloads (`= delete`) have no docstring.

Usage: gen_docstrings.py --include-dir <include> --output-dir <dir> <header.hpp>...
The scanner is deliberately small (comments, strings, braces, statements); a header it cannot read
is reported on stderr and skipped rather than failing the build.
"""

from __future__ import annotations

import argparse
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

# C++ exception types -> the Python classes the bindings register for them.
EXCEPTIONS = {
    "error": "Error",
    "invalid_value": "InvalidValueError",
    "out_of_range_value": "OutOfRangeError",
    "overflow": "NumericOverflowError",
    "validation_error": "ValidationError",
}
# C++ names whose Python spelling is not the CapWords form of a ctg type.
SPECIAL_NAMES = {"date": "datetime.date"}

CPP_KEYWORDS = {
    "alignas",
    "alignof",
    "and",
    "asm",
    "auto",
    "bool",
    "break",
    "case",
    "catch",
    "char",
    "class",
    "const",
    "constexpr",
    "continue",
    "default",
    "delete",
    "do",
    "double",
    "else",
    "enum",
    "explicit",
    "export",
    "extern",
    "false",
    "float",
    "for",
    "friend",
    "goto",
    "if",
    "inline",
    "int",
    "long",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "not",
    "operator",
    "or",
    "private",
    "protected",
    "public",
    "register",
    "return",
    "short",
    "signed",
    "sizeof",
    "static",
    "struct",
    "switch",
    "template",
    "this",
    "throw",
    "true",
    "try",
    "typedef",
    "typeid",
    "typename",
    "union",
    "unsigned",
    "using",
    "virtual",
    "void",
    "volatile",
    "while",
    "xor",
}

OPERATOR_NAMES = {
    "+": "plus",
    "-": "minus",
    "*": "times",
    "/": "divided",
    "+=": "plus_assign",
    "-=": "minus_assign",
    "*=": "times_assign",
    "==": "eq",
    "!=": "ne",
    "<=>": "compare",
    "<": "lt",
    ">": "gt",
    "<=": "le",
    ">=": "ge",
    "<<": "stream",
    ">>": "extract",
    "()": "call",
    "[]": "index",
}


@dataclass
class Decl:
    scope: tuple[str, ...]  # enclosing class / struct / enum names (namespaces dropped)
    area: str  # include/ctg/<area>/ of the header ("ctg" for include/ctg/*.hpp)
    name: str  # declared name ("ctor" for constructors, "class_doc" for types)
    param_types: list[str] | None  # parameter types (bare names) of a function, else None
    doc: str  # raw Doxygen text, comment markers stripped
    is_type: bool = False


@dataclass
class Scope:
    kind: str  # "namespace", "class", "enum", "block"
    name: str = ""


@dataclass
class Scanner:
    """Walks one header and collects the documented declarations."""

    text: str
    decls: list[Decl] = field(default_factory=list)

    def scan(self) -> list[Decl]:
        text = self.text
        n = len(text)
        i = 0
        stmt: list[str] = []
        stack: list[Scope] = []
        pending: list[str] = []  # leading doc lines waiting for their declaration
        last: Decl | None = None  # target of a trailing ///< comment
        paren = 0
        at_line_start = True

        def record(statement: str) -> Decl | None:
            nonlocal pending
            doc = "\n".join(pending)
            pending = []
            if any(s.kind == "block" for s in stack):
                return None
            decl = self.declaration(statement, stack, doc)
            if decl is not None and doc.strip() and "@file" not in doc:
                self.decls.append(decl)
            return decl

        while i < n:
            c = text[i]
            if at_line_start and c == "#":
                # Preprocessor line (with continuations): never a documented declaration here.
                while i < n and text[i] != "\n":
                    if text[i] == "\\" and i + 1 < n and text[i + 1] == "\n":
                        i += 1
                    i += 1
                pending = []
                continue
            if c == "\n":
                at_line_start = True
                stmt.append(" ")
                i += 1
                continue
            if not c.isspace():
                at_line_start = False
            if text.startswith("/**", i) or text.startswith("/*!", i):
                end = text.find("*/", i + 3)
                end = n if end < 0 else end
                body = text[i + 3 : end]
                trailing = body.startswith("<")
                lines = [re.sub(r"^\s*\*? ?", "", ln) for ln in body.lstrip("<").split("\n")]
                if trailing and last is not None:
                    last.doc += "\n" + "\n".join(lines)
                    if last not in self.decls:
                        self.decls.append(last)
                elif not trailing:
                    pending = lines
                i = end + 2
                continue
            if text.startswith("///", i) or text.startswith("//!", i):
                end = text.find("\n", i)
                end = n if end < 0 else end
                line = text[i + 3 : end]
                if line.startswith("<"):
                    if last is not None:
                        last.doc += ("\n" if last.doc else "") + line[1:].strip()
                        if last not in self.decls:
                            self.decls.append(last)
                elif not line.startswith("/"):
                    pending.append(line.removeprefix(" "))
                i = end
                continue
            if text.startswith("//", i):
                end = text.find("\n", i)
                i = n if end < 0 else end
                continue
            if text.startswith("/*", i):
                end = text.find("*/", i + 2)
                i = n if end < 0 else end + 2
                continue
            raw = re.match(r'R"([^(]*)\(', text[i:]) if c == "R" else None
            if raw and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
                close = text.find(")" + raw.group(1) + '"', i)
                i = n if close < 0 else close + len(raw.group(1)) + 2
                stmt.append('""')
                continue
            if c == '"':
                j = i + 1
                while j < n and text[j] != '"':
                    j += 2 if text[j] == "\\" else 1
                stmt.append('""')
                i = j + 1
                continue
            if c == "'":
                # A digit separator (1'000'000) or a character literal.
                k = i - 1
                while k >= 0 and (text[k].isalnum() or text[k] in "_'"):
                    k -= 1
                if i > 0 and text[i - 1].isalnum() and text[k + 1].isdigit():
                    i += 1
                    continue
                j = i + 1
                while j < n and text[j] != "'":
                    j += 2 if text[j] == "\\" else 1
                stmt.append("' '")
                i = j + 1
                continue
            if c == "(":
                paren += 1
            elif c == ")":
                paren = max(0, paren - 1)
            if c == "{" and paren == 0:
                statement = " ".join("".join(stmt).split())
                head = self.scope_head(statement)
                if head is not None:
                    kind, name = head
                    decl = record(statement) if kind != "namespace" else None
                    if kind == "namespace":
                        pending = []
                    stack.append(Scope(kind, name))
                    last = decl
                else:
                    if statement:
                        last = record(statement)
                    else:
                        pending = []
                    stack.append(Scope("block"))
                stmt = []
                i += 1
                continue
            if c == "}" and paren == 0:
                statement = " ".join("".join(stmt).split())
                if stack and stack[-1].kind == "enum" and statement:
                    last = record(statement)
                if stack:
                    stack.pop()
                stmt = []
                pending = []
                i += 1
                continue
            if c == ";" and paren == 0:
                statement = " ".join("".join(stmt).split())
                if statement:
                    last = record(statement)
                else:
                    pending = []
                stmt = []
                i += 1
                continue
            if c == "," and paren == 0 and stack and stack[-1].kind == "enum":
                statement = " ".join("".join(stmt).split())
                if statement:
                    last = record(statement)
                stmt = []
                i += 1
                continue
            stmt.append(c)
            i += 1
        return self.decls

    @staticmethod
    def scope_head(statement: str) -> tuple[str, str] | None:
        s = re.sub(r"\[\[.*?\]\]", " ", statement)
        s = strip_template_prefix(s)
        m = re.match(r"^\s*namespace\s*([\w:]*)\s*$", s)
        if m:
            return "namespace", m.group(1)
        m = re.match(r"^\s*(enum\s+class|enum\s+struct|enum|class|struct|union)\s+(\w+)", s)
        if m and "(" not in s[: m.end()]:
            return ("enum" if m.group(1).startswith("enum") else "class"), m.group(2)
        return None

    @staticmethod
    def declaration(statement: str, stack: list[Scope], doc: str) -> Decl | None:
        scope = tuple(s.name for s in stack if s.kind in ("class", "enum"))
        s = re.sub(r"\[\[.*?\]\]", " ", statement)
        s = strip_template_prefix(s).strip()
        head = Scanner.scope_head(s)
        if head is not None and head[0] != "namespace":
            return Decl(scope + (head[1],), "", "class_doc", None, doc, is_type=True)
        if stack and stack[-1].kind == "enum":
            m = re.match(r"^(\w+)", s)
            return Decl(scope, "", m.group(1), None, doc) if m else None
        m = re.match(r"^using\s+(\w+)\s*=", s)
        if m:
            return Decl(scope + (m.group(1),), "", "class_doc", None, doc, is_type=True)
        if s.startswith(("friend class", "friend struct", "using ", "static_assert")):
            return None
        if re.search(r"=\s*delete\s*$", s):
            return None  # a deleted overload (e.g. a float one) is never bound: no docstring
        op = re.search(r"\boperator\s*(<=>|\(\)|\[\]|[-+*/=<>!]=?|<<|>>)\s*\(", s)
        if op:
            name = "operator_" + OPERATOR_NAMES.get(op.group(1), "op")
            return Decl(scope, "", name, param_types(s[op.end() - 1 :]), doc)
        paren = top_level_paren(s)
        equals = s.find("=")
        if paren is not None and 0 <= equals < paren:
            paren = None  # a data member initialised by a call: `period p = period::of(…)`
        if paren is not None:
            before = s[:paren].rstrip()
            m = re.search(r"(~?\w+)$", before)
            if not m or m.group(1).startswith("~"):
                return None
            name = m.group(1)
            if scope and name == scope[-1]:
                name = "ctor"
            return Decl(scope, "", name, param_types(s[paren:]), doc)
        # A variable or data member: the last identifier before '=', '{' or the end.
        s = re.split(r"=|\{", s, maxsplit=1)[0]
        m = re.search(r"(\w+)\s*(\[[^\]]*\])?\s*$", s)
        return Decl(scope, "", m.group(1), None, doc) if m else None


def strip_template_prefix(s: str) -> str:
    """Drops `template <...>` and a following `requires` clause."""
    s = s.strip()
    while s.startswith("template"):
        j = s.find("<")
        if j < 0:
            return s
        depth = 0
        for k in range(j, len(s)):
            if s[k] == "<":
                depth += 1
            elif s[k] == ">":
                depth -= 1
                if depth == 0:
                    s = s[k + 1 :].strip()
                    break
        else:
            return s
    if s.startswith("requires"):
        # The clause ends where the declaration starts: at the first attribute, or at the
        # first token after a complete (angle-balanced) constraint expression.
        depth = 0
        k = len("requires")
        while k < len(s):
            ch = s[k]
            if ch == "<":
                depth += 1
            elif ch == ">":
                depth -= 1
            elif ch == " " and depth == 0 and k > len("requires") + 1:
                rest = s[k:].lstrip()
                if not rest.startswith(("&&", "||", "<", "::")):
                    return rest
            k += 1
    return s


def top_level_paren(s: str) -> int | None:
    depth = 0
    for k, ch in enumerate(s):
        if ch == "<":
            depth += 1
        elif ch == ">":
            depth = max(0, depth - 1)
        elif ch == "(" and depth == 0:
            return k
    return None


IGNORED_TYPE_WORDS = ("const", "volatile", "std", "ctg")


def param_types(params: str) -> list[str]:
    """`(const prorata_fraction& p, rounding r = …)` -> `["prorata_fraction", "rounding"]`."""
    depth = 0
    pieces: list[str] = []
    start = 1
    for k, ch in enumerate(params[1:], start=1):
        if ch in "(<{[":
            depth += 1
        elif ch in ")>}]":
            if depth == 0:
                pieces.append(params[start:k])
                break
            depth -= 1
        elif ch == "," and depth == 0:
            pieces.append(params[start:k])
            start = k + 1
    types = []
    for piece in pieces:
        piece = re.sub(r"<.*>", "", piece.split("=")[0])
        words = [w for w in re.findall(r"\w+", piece) if w not in IGNORED_TYPE_WORDS]
        if words and words != ["void"]:
            types.append(words[0] if len(words) == 1 else words[-2])
    return types


def overload_suffixes(group: list[Decl]) -> list[str]:
    """The shortest prefix of parameter types that tells the overloads apart: `rulebook` for
    finance(rulebook, …) and finance(dataset, …); `rulebook_post_period` when only the third
    parameter differs. Overloads that no prefix separates are numbered by the caller."""
    types = [d.param_types or [] for d in group]
    longest = max((len(t) for t in types), default=0)
    for k in range(1, longest + 1):
        keys = ["_".join(t[:k]) or "none" for t in types]
        if len(set(keys)) == len(keys):
            return keys
    return ["_".join(t) or "none" for t in types]


def camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


class Renderer:
    """Turns raw Doxygen text into a Python docstring."""

    def __init__(self, type_names: set[str]):
        self.type_names = type_names

    def python_name(self, parts: list[str]) -> str:
        head = parts[0]
        if head in EXCEPTIONS:
            first = EXCEPTIONS[head]
        elif head in SPECIAL_NAMES:
            first = SPECIAL_NAMES[head]
        elif head in self.type_names:
            first = camel(head)
        else:
            first = head
        return ".".join([first, *parts[1:]])

    def rewrite(self, text: str) -> str:
        def qualified(m: re.Match[str]) -> str:
            return self.python_name(m.group(1).split("::"))

        text = re.sub(r"\bctg::((?:\w+::)*\w+)", qualified, text)
        # What C++ returns for "nothing" is None in Python.
        text = re.sub(r"\b(?:std::)?(?:nullptr|nullopt)\b", "None", text)

        def member(m: re.Match[str]) -> str:
            if m.group(1) in self.type_names:
                return self.python_name(m.group(0).split("::"))
            return m.group(0)

        return re.sub(r"(?<![\w:])(\w+)::(\w+)", member, text)

    def render(self, raw: str) -> str:
        lines = textwrap.dedent(raw).strip("\n").split("\n")
        body: list[str] = []
        params: list[list[str]] = []
        raises: list[list[str]] = []
        returns: list[str] = []
        current: list[str] | None = None
        in_code = False
        for line in lines:
            stripped = line.strip()
            if in_code:
                in_code = not stripped.startswith("@endcode")
                continue
            if stripped.startswith("@code"):
                in_code = True
                current = None
                continue
            if stripped.startswith(("@relates", "@file", "@ingroup", "@private")):
                current = None
                continue
            m = re.match(r"@param(?:\[\w+\])?\s+(\w+)\s*(.*)", stripped)
            if m:
                current = [m.group(1), m.group(2)]
                params.append(current)
                continue
            m = re.match(r"@(?:throws?|exception)\s+(\S+)\s*(.*)", stripped)
            if m:
                exc = m.group(1)
                parts = exc.removeprefix("ctg::").split("::")
                name = (
                    EXCEPTIONS.get(parts[0], exc)
                    if exc.startswith("ctg::") or parts[0] in EXCEPTIONS
                    else exc
                )
                current = [name, m.group(2)]
                raises.append(current)
                continue
            m = re.match(r"@returns?\s+(.*)", stripped)
            if m:
                current = ["", m.group(1)]
                returns.append(m.group(1))
                continue
            if stripped.startswith("@brief"):
                stripped = stripped[len("@brief") :].strip()
                current = None
                body.append(stripped)
                continue
            for tag, label in (("@note", "Note:"), ("@warning", "Warning:"), ("@see", "See:")):
                if stripped.startswith(tag):
                    stripped = label + " " + stripped[len(tag) :].strip()
                    current = None
            if current is not None and stripped and current is not None:
                current[1] += " " + stripped
                if current[0] == "" and returns:
                    returns[-1] = current[1]
                continue
            current = None
            body.append(line.rstrip())
        while body and not body[-1].strip():
            body.pop()
        text = "\n".join(body).strip()
        text = re.sub(r"\n{3,}", "\n\n", text)
        sections = []
        if params:
            sections.append("Parameters:\n" + "\n".join(f"    {p}: {d}" for p, d in params))
        if returns:
            sections.append("Returns:\n" + "\n".join(f"    {r}" for r in returns))
        if raises:
            sections.append("Raises:\n" + "\n".join(f"    {e}: {d}" for e, d in raises))
        if sections:
            text = (text + "\n\n" if text else "") + "\n\n".join(sections)
        return self.rewrite(text)


def identifier(name: str) -> str:
    return name + "_" if name in CPP_KEYWORDS else name


def area_of(header: Path, include_dir: Path) -> str:
    parts = header.resolve().relative_to(include_dir.resolve()).parts  # ("ctg", "core", "x.hpp")
    return parts[1] if len(parts) > 2 else "ctg"


def render_header(area: str, entries: dict[tuple[str, ...], dict[str, str]]) -> str:
    out = [
        "// Generated by bindings/python/tools/gen_docstrings.py from include/ctg/"
        + ("" if area == "ctg" else area + "/")
        + ": do not edit.",
        "#pragma once",
        "",
        "// NOLINTBEGIN",
    ]
    for scope in sorted(entries, key=lambda s: (len(s), s)):
        ns = "::".join(["ctg_doc", *map(identifier, scope)])
        out.append(f"namespace {ns} {{")
        for key, text in sorted(entries[scope].items()):
            delim = "ctgdoc"
            while f'){delim}"' in text:
                delim += "_"
            out.append(f'inline constexpr char {key}[] = R"{delim}({text}){delim}";')
        out.append(f"}}  // namespace {ns}")
        out.append("")
    out.append("// NOLINTEND")
    return "\n".join(out) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--include-dir", required=True, type=Path, help="the include/ directory")
    parser.add_argument("--output-dir", required=True, type=Path)
    parser.add_argument("headers", nargs="+", type=Path)
    args = parser.parse_args()

    decls: list[Decl] = []
    areas: dict[str, dict[tuple[str, ...], dict[str, str]]] = {}
    for header in sorted(set(args.headers)):
        if "/detail/" in header.as_posix():
            continue  # implementation details are not bound
        try:
            area = area_of(header, args.include_dir)
            areas.setdefault(area, {})  # every area gets its header, even without docs
            found = Scanner(header.read_text(encoding="utf-8")).scan()
        except Exception as exc:  # noqa: BLE001 - a header we cannot read must not break builds
            print(f"gen_docstrings: skipped {header}: {exc}", file=sys.stderr)
            continue
        for d in found:
            d.area = area
        decls.extend(found)

    type_names = {d.scope[-1] for d in decls if d.is_type}
    renderer = Renderer(type_names)

    # Overloads (same scope and name, in any area) are told apart by their parameter types.
    groups: dict[tuple[tuple[str, ...], str], list[Decl]] = {}
    for d in decls:
        if d.param_types is not None:
            groups.setdefault((d.scope, d.name), []).append(d)
    suffix: dict[int, str] = {}
    for group in groups.values():
        if len(group) > 1:
            for d, key in zip(group, overload_suffixes(group), strict=True):
                suffix[id(d)] = key
    keys: dict[tuple[str, ...], set[str]] = {}
    for d in decls:
        name = d.name
        if id(d) in suffix:
            name = f"{name}_of_{suffix[id(d)]}"
        taken = keys.setdefault(d.scope, set())
        key, k = identifier(name), 2
        while key in taken:
            key, k = f"{identifier(name)}_{k}", k + 1
        taken.add(key)
        areas.setdefault(d.area, {}).setdefault(d.scope, {})[key] = renderer.render(d.doc)

    # A free function and a type of the same name: the type's namespace keeps the name.
    scopes = set(keys)
    for entries in areas.values():
        for scope, bucket in entries.items():
            for key in [k for k in bucket if scope + (k,) in scopes]:
                bucket[key + "_fn"] = bucket.pop(key)

    out_dir = args.output_dir / "ctg_docstrings"
    out_dir.mkdir(parents=True, exist_ok=True)
    for area, entries in areas.items():
        path = out_dir / f"{area}.hpp"
        content = render_header(area, entries)
        # Rewrite only what changed, so that the other areas' bindings do not recompile.
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
