# SPDX-License-Identifier: MIT
"""The command line's own errors in the user's language: argparse's usage errors, the errors of
the commands (bad option values, missing files, unwritable outputs) and the CSV locations of
the library's errors, French by default and English with --lang en. The English of argparse's
errors is checked against argparse itself; the French is written out by hand."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

import ctg
from ctg import _catalogue, _messages, cli

COMMANDS = (
    "report, finance, rules, scenario, compare, grid, evaluate, deadlines, validate, init, import, "
    "national"
)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    """The exit code and stderr of `ctg argv…` (stdout must stay empty on an error)."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert out == "", out
    return code, err


def argparse_message(*argv: str, **option: object) -> str:
    """What a plain argparse parser says of `argv` for one option `--x` set up with `option`:
    the reference for the English wording of argparse's errors."""
    parser = argparse.ArgumentParser(exit_on_error=False)
    parser.add_argument("--x", **option)  # type: ignore[arg-type]
    with pytest.raises(argparse.ArgumentError) as caught:
        parser.parse_args(list(argv))
    return str(caught.value)


# --- argparse's usage errors -------------------------------------------------------------------


def test_an_invalid_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, "reprot")
    assert code == 2
    quoted = ", ".join(f"« {c} »" for c in COMMANDS.split(", "))
    assert err == (
        f"ctg : erreur : argument COMMANDE : choix invalide « reprot » (au choix : {quoted}) "
        "(voir « ctg --help »)\n"
    )
    code, err = run(capsys, "--lang", "en", "reprot")
    # argparse's wording (Python 3.11; later versions drop the quotes around the choices).
    quoted = ", ".join(f"'{c}'" for c in COMMANDS.split(", "))
    assert code == 2
    assert err == (
        f"ctg: error: argument COMMAND: invalid choice: 'reprot' (choose from {quoted}) "
        "(see 'ctg --help')\n"
    )


def test_an_invalid_integer(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, "finance", "--year", "abc")
    assert code == 2
    assert err == (
        "ctg finance : erreur : argument --year : « abc » n’est pas un nombre entier "
        "(voir « ctg finance --help »)\n"
    )
    code, err = run(capsys, "--lang=en", "finance", "--year", "abc")
    english = argparse_message("--x", "abc", type=int).replace("--x", "--year")
    assert english == "argument --year: invalid int value: 'abc'"
    assert code == 2 and err == f"ctg finance: error: {english} (see 'ctg finance --help')\n"


def test_unrecognized_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, "finance", "--bogus", "x")
    assert code == 2
    assert err == (
        "ctg finance : erreur : arguments non reconnus : --bogus x (voir « ctg finance --help »)\n"
    )
    code, err = run(capsys, "finance", "--bogus", "x", "--lang", "en")
    assert code == 2
    assert (
        err == "ctg finance: error: unrecognized arguments: --bogus x (see 'ctg finance --help')\n"
    )


def test_a_missing_value_and_a_missing_argument(capsys: pytest.CaptureFixture[str]) -> None:
    code, err = run(capsys, "finance", "--on")
    assert code == 2
    assert err == (
        "ctg finance : erreur : argument --on : une valeur attendue (voir « ctg finance --help »)\n"
    )
    code, err = run(capsys, "--lang", "en", "finance", "--on")
    english = argparse_message("--x").replace("--x", "--on")
    assert english == "argument --on: expected one argument"
    assert code == 2 and err == f"ctg finance: error: {english} (see 'ctg finance --help')\n"
    code, err = run(capsys, "evaluate")
    assert code == 2
    assert err == (
        "ctg evaluate : erreur : arguments obligatoires manquants : FICHIER "
        "(voir « ctg evaluate --help »)\n"
    )
    code, err = run(capsys, "evaluate", "--lang", "en")
    assert code == 2 and err == (
        "ctg evaluate: error: the following arguments are required: FILE "
        "(see 'ctg evaluate --help')\n"
    )


def test_exclusive_ambiguous_and_explicit_options(capsys: pytest.CaptureFixture[str]) -> None:
    cases = [
        (
            ["finance", "--year", "2021", "--on", "2021-06-30"],
            "argument --on : incompatible avec l’argument --year",
            "argument --on: not allowed with argument --year",
        ),
        (
            ["finance", "--o", "x"],
            "option ambiguë : --o peut désigner --on, --output",
            "ambiguous option: --o could match --on, --output",
        ),
        (
            ["finance", "--debug=x"],
            "argument --debug : valeur explicite ignorée « x »",
            "argument --debug: ignored explicit argument 'x'",
        ),
    ]
    for argv, french, english in cases:
        assert run(capsys, *argv) == (
            2,
            f"ctg finance : erreur : {french} (voir « ctg finance --help »)\n",
        )
        assert run(capsys, "--lang", "en", *argv) == (
            2,
            f"ctg finance: error: {english} (see 'ctg finance --help')\n",
        )


def test_no_command_and_an_invalid_language(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys) == (
        2,
        f"ctg : erreur : commande attendue : {COMMANDS} (voir « ctg --help »)\n",
    )
    assert run(capsys, "--lang", "en") == (
        2,
        f"ctg: error: expected a command: {COMMANDS} (see 'ctg --help')\n",
    )
    # An unknown language cannot be the language of its own error: French, the default.
    assert run(capsys, "--lang", "de", "finance") == (
        2,
        (
            "ctg : erreur : argument --lang : choix invalide « de » (au choix : « fr », « en ») "
            "(voir « ctg --help »)\n"
        ),
    )


def test_the_language_is_read_before_argparse() -> None:
    assert cli.language_of(["finance", "--lang", "en", "--year", "x"]) == "en"
    assert cli.language_of(["--lang=en", "finance"]) == "en"
    assert cli.language_of(["--lang", "en", "finance", "--lang", "fr"]) == "fr"  # the last wins
    assert cli.language_of(["--lang", "de"]) == "fr"
    assert cli.language_of(["--lang"]) == "fr"
    assert cli.language_of(["evaluate", "--", "--lang", "en"]) == "fr"  # after --, a file name


# --- the commands' own errors ------------------------------------------------------------------


def test_a_bad_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "finance", "--on", "30/06/2021") == (
        2,
        (
            "ctg finance : erreur : --on : valeur « 30/06/2021 » ; attendu une date du calendrier "
            "écrite AAAA-MM-JJ\n"
        ),
    )
    assert run(capsys, "finance", "--on", "30/06/2021", "--lang", "en") == (
        2,
        'ctg finance: error: --on: got "30/06/2021"; expected a calendar date written YYYY-MM-DD\n',
    )


def test_option_errors_of_the_commands(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    absent = tmp_path / "absent"
    cases = [
        (
            ["scenario"],
            (
                "ctg scenario : erreur : --set : attendu au moins une modification "
                "NOM=VALEUR[@AAAA-MM-JJ]"
            ),
            "ctg scenario: error: --set: expected at least one override NAME=VALUE[@YYYY-MM-DD]",
        ),
        (
            ["deadlines", "--months", "-1"],
            (
                "ctg deadlines : erreur : --months : valeur « -1 » ; attendu un nombre de mois "
                "de 0 à 1200 (100 ans)"
            ),
            (
                'ctg deadlines: error: --months: got "-1"; expected a number of months from 0 to '
                "1200 (100 years)"
            ),
        ),
        (
            ["rules", "nope"],
            (
                "ctg rules : erreur : RULEBOOK : valeur « nope » ; attendu un barème intégré (cej, "
                "charente-2021, loire-cej-2015, national-2020) ou un fichier JSON de barème"
            ),
            (
                'ctg rules: error: RULEBOOK: got "nope"; expected a built-in rulebook (cej, '
                "charente-2021, loire-cej-2015, national-2020) or a rulebook JSON file"
            ),
        ),
        (
            ["finance", "--input", str(absent / "d.json")],
            f"ctg finance : erreur : --input : fichier introuvable : {absent / 'd.json'}",
            f"ctg finance: error: --input: no such file: {absent / 'd.json'}",
        ),
        (
            ["finance", "-o", str(absent / "x.md")],
            (
                f"ctg finance : erreur : -o : impossible d’écrire {absent / 'x.md'} : le dossier "
                f"{absent} n’existe pas"
            ),
            (
                f"ctg finance: error: -o: cannot write {absent / 'x.md'}: directory {absent} does "
                "not exist"
            ),
        ),
        (
            ["grid", "--format", "xlsx"],
            (
                "ctg grid : erreur : --format xlsx : attendu -o FICHIER (un classeur ne "
                "s’écrit pas sur la sortie standard)"
            ),
            (
                "ctg grid: error: --format xlsx: expected -o FILE (a workbook is not written to "
                "stdout)"
            ),
        ),
    ]
    for argv, french, english in cases:
        assert run(capsys, *argv) == (2, french + "\n"), argv
        assert run(capsys, *argv, "--lang", "en") == (2, english + "\n"), argv


# --- locations in CSV errors -------------------------------------------------------------------

HEADER = ",".join(ctg.EVALUATION_CSV_COLUMNS)


def bad_csv(tmp_path: Path) -> Path:
    """An evaluation CSV whose row 2 answers `peut-être` and whose row 3 has 3 fields."""
    path = tmp_path / "grille.csv"
    path.write_text(
        f"{HEADER}\n"
        "charente-2021,1,post-rouillacais,2022,1,1.1,Élabore,famille,peut-être,,,\n"
        "charente-2021,1,post-rouillacais\n",
        encoding="utf-8",
    )
    return path


def test_csv_locations_in_the_language(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = bad_csv(tmp_path)
    code, err = run(capsys, "evaluate", str(path))
    assert code == 1
    assert err.splitlines() == [
        f"ctg evaluate : erreur : {path} : 2 erreur(s)",
        (
            "  ligne 2, colonne answer : valeur « peut-être » ; attendu un code de l’échelle "
            "non-en-partie-oui : non, en_partie, oui, sans_objet"
        ),
        "  ligne 3 : valeur « 3 » ; attendu 12 champs, autant que de colonnes dans l’en-tête",
    ]
    code, err = run(capsys, "evaluate", str(path), "--lang", "en")
    assert code == 1
    assert err.splitlines() == [
        f"ctg evaluate: error: {path}: 2 error(s)",
        (
            '  row 2, column answer: got "peut-être"; expected a code of scale non-en-partie-oui: '
            "non, en_partie, oui, sans_objet"
        ),
        '  row 3: got "3"; expected 12 fields, as many as the header\'s columns',
    ]


def test_an_unclosed_quote_names_its_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "g.csv"
    path.write_text('grid,grid_version\n"abc,1\n', encoding="utf-8")
    code, err = run(capsys, "evaluate", str(path))
    assert code == 1
    assert err.startswith(f"ctg evaluate : erreur : {path}, ligne 2, colonne 1 : valeur « abc,1")
    assert err.endswith("» ; attendu un guillemet fermant pour le champ ouvert sur cette ligne\n")


@pytest.mark.parametrize(
    ("field", "french"),
    [
        ("row 3, column contracted_fte", "ligne 3, colonne contracted_fte"),
        ("row 12", "ligne 12"),
        ("header, column bonus", "en-tête, colonne bonus"),
        ("postes.csv, line 4, column 12", "postes.csv, ligne 4, colonne 12"),
        # Anything else is left as it is: JSON paths, options, a row inside a longer field.
        ("posts[0].contracted_fte", "posts[0].contracted_fte"),
        ("--on", "--on"),
        ("sheet 1, row 3, column x", "sheet 1, row 3, column x"),
    ],
)
def test_the_locations_of_the_cpp_loaders(field: str, french: str) -> None:
    assert _messages.location(field, "fr") == french
    assert _messages.location(field, "en") == field


def test_an_unknown_column_lists_the_optional_ones_in_the_language() -> None:
    text = "post_id,convention_id,pilot_epci_siren,contracted_fte,year,expense,bonus\n"
    with pytest.raises(ctg.ValidationError) as caught:
        ctg.load_posts_csv(text, "postes.csv")
    (detail,) = caught.value.details
    assert _messages.describe(detail, "fr") == (
        "en-tête, colonne bonus : valeur « bonus » ; attendu l’une des colonnes post_id, "
        "convention_id, pilot_epci_siren, contracted_fte, year, expense, expense_evidence "
        "(facultative), expense_source (facultative), expense_url (facultative)"
    )
    assert _messages.describe(detail, "en") == detail.to_string()


# --- no English left in the French errors ------------------------------------------------------

#: argparse's own msgids (Lib/argparse.py) for the errors ctg can meet.
ARGPARSE_ENGLISH = [
    "argument %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)",
    "invalid %(type)s value: %(value)r",
    "expected one argument",
    "unrecognized arguments: %s",
    "the following arguments are required: %s",
    "not allowed with argument %s",
    "ambiguous option: %(option)s could match %(matches)s",
    "ignored explicit argument %r",
    "%(prog)s: error: %(message)s",
]


def failing_invocations(tmp_path: Path) -> list[list[str]]:
    absent = tmp_path / "absent"
    return [
        [],
        ["reprot"],
        ["--lang", "de", "finance"],
        ["finance", "--year", "abc"],
        ["finance", "--bogus"],
        ["finance", "--on"],
        ["evaluate"],
        ["finance", "--year", "2021", "--on", "2021-06-30"],
        ["finance", "--o", "x"],
        ["finance", "--debug=x"],
        ["finance", "--on", "30/06/2021"],
        ["finance", "--year", "21"],
        ["scenario"],
        ["finance", "--dataset", "nope"],
        ["rules", "nope"],
        ["rules", "--parameter", "x"],
        ["grid", "--format", "xlsx"],
        ["grid", "--grid", "nope"],
        ["report", "--format", "csv"],
        ["report", "--table", "coverage"],
        ["deadlines", "--months", "-1"],
        ["finance", "--input", str(absent / "d.json")],
        ["finance", "-o", str(absent / "x.md")],
        ["finance", "-o", str(tmp_path)],
        ["evaluate", str(tmp_path / "notes.txt")],
        ["evaluate", str(tmp_path / "grille.csv")],
        ["finance", "-q", "--on", "2021-06-30", "--explain", "nope"],
        ["finance", "-q", "--year", "2024", "--explain", "post-rouillacais"],
    ]


def words(text: str) -> set[str]:
    """The words of 3 letters or more of a text, its template fields left out."""
    text = re.sub(r"\{\w*\}|%\(\w+\)[sr]|%[sr]", " ", text)
    return set(re.findall(r"[a-z]{3,}", text.lower()))


def test_the_french_errors_hold_no_word_of_the_english_ones(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad_csv(tmp_path)
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    french = []
    for argv in failing_invocations(tmp_path):
        code, err = run(capsys, *argv)
        assert code in (1, 2) and err, argv
        french.append(err.replace(str(tmp_path), "§"))
    # Left out: the options (`--dataset`), the metavars (`FILE`, `COMMAND`), the ids
    # (`post-rouillacais`, `national-2020`) and the commands that the messages name, the same
    # in both languages.
    french_text = re.sub(r"--?[\w-]+|\b[A-Z_]{2,}\b|\b\w+(?:-\w+)+\b", "§", "\n".join(french))
    french_text = re.sub(rf"\b(?:{COMMANDS.replace(', ', '|')})\b", "§", french_text.lower())
    # The English vocabulary: the English of the command line's error entries and argparse's
    # msgids; the words that the French entries use too are names (csv, json, FILE…).
    keys = [k for k in _catalogue.entries() if k.startswith(("cli.", "location."))]
    english = " ".join(_catalogue.template(k, "en") for k in keys) + " ".join(ARGPARSE_ENGLISH)
    french_words = " ".join(_catalogue.template(k, "fr") for k in _catalogue.entries())
    english_only = words(english) - words(french_words)
    assert {"error", "invalid", "choose", "expected", "required", "unrecognized"} <= english_only
    found = sorted(w for w in english_only if re.search(rf"\b{w}\b", french_text))
    assert found == [], (found, french_text)


# --- --help in the language --------------------------------------------------------------------

HELP_COMMANDS = [[], ["report"], ["finance"]]


def help_of(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str) -> str:
    """The output of `ctg argv… --help`, 100 columns wide whatever the terminal."""
    monkeypatch.setenv("COLUMNS", "100")
    code = cli.main([*argv, "--help"])
    out, err = capsys.readouterr()
    assert code == 0 and err == "", err
    return out


def help_words(text: str) -> str:
    """The words of a help text that are not names shared by both languages: options, metavars,
    ids and file names, the commands."""
    text = re.sub(r"--?[\w-]+|\b[A-Z_]{2,}\b|\b\w+(?:[-./]\w+)+\b", "§", text)
    return re.sub(rf"\b(?:{COMMANDS.replace(', ', '|')})\b", "§", text.lower())


def test_the_french_help_holds_no_word_of_the_english_one(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = [k for k in _catalogue.entries() if k.startswith("help.")]
    english = " ".join(_catalogue.template(k, "en") for k in keys)
    french_words = " ".join(_catalogue.template(k, "fr") for k in _catalogue.entries())
    english_only = words(english) - words(french_words)
    assert {"show", "exit", "positional", "examples", "built", "default"} <= english_only
    for argv in HELP_COMMANDS:
        french = help_words(help_of(capsys, monkeypatch, *argv))
        found = sorted(w for w in english_only if re.search(rf"\b{w}\b", french))
        assert found == [], (argv, found, french)


def test_the_english_help_holds_no_french_only_word(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = [k for k in _catalogue.entries() if k.startswith("help.")]
    french = " ".join(_catalogue.template(k, "fr") for k in keys)
    english_words = " ".join(_catalogue.template(k, "en") for k in _catalogue.entries())
    french_only = words(french) - words(english_words)
    assert {"affiche", "aide", "quitte", "exemples", "positionnels", "sortie"} <= french_only
    for argv in HELP_COMMANDS:
        english = help_words(help_of(capsys, monkeypatch, *argv, "--lang", "en"))
        found = sorted(w for w in french_only if re.search(rf"\b{w}\b", english))
        assert found == [], (argv, found, english)


def test_help_lines_in_both_languages(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    french = help_of(capsys, monkeypatch, "finance").splitlines()
    assert french[0] == (
        "usage : ctg finance [-h] [--lang {fr,en}] [-q] [--debug] [--dataset NOM | --input FICHIER]"
    )
    assert "options :" in french
    for line in [
        "  -h, --help            affiche cette aide et quitte",
        "  --year AAAA           finance l’année civile, découpée à chaque changement de paramètre",
        (
            "  --explain ID_POSTE    affiche, au lieu du tableau, le calcul pas à pas du montant "
            "de ce poste"
        ),
        "exemples :",
    ]:
        assert line in french, line
    english = help_of(capsys, monkeypatch, "finance", "--lang", "en").splitlines()
    assert english[0] == (
        "usage: ctg finance [-h] [--lang {fr,en}] [-q] [--debug] [--dataset NAME | --input FILE]"
    )
    assert "options:" in english
    for line in [
        "  -h, --help            show this help message and exit",
        "  --year YYYY           finance the calendar year, cut at every parameter change",
        "examples:",
    ]:
        assert line in english, line
    rules = help_of(capsys, monkeypatch, "rules")
    assert "\narguments positionnels :\n  ID|FICHIER            identifiant d’un barème" in rules
    rules = help_of(capsys, monkeypatch, "rules", "--lang=en")
    assert "\npositional arguments:\n  ID|FILE               built-in rulebook id or" in rules
    top = help_of(capsys, monkeypatch)
    assert "\ncommandes :\n  COMMANDE\n    report        le rapport départemental" in top
    top = help_of(capsys, monkeypatch, "--lang", "en")
    assert "\ncommands:\n  COMMAND\n    report        the department report" in top
