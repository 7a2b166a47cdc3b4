"""Spreadsheet cells that would execute: recognise them and neutralise them (CSV injection).

A spreadsheet treats a cell whose text starts with ``=``, ``+``, ``-`` or ``@`` (also after
leading spaces, tabs or line breaks, and also a leading tab or carriage return itself) as a
formula: ``=cmd|' /C calc'!A0`` runs a program in an old Excel. Following the OWASP "CSV
Injection" guidance, an exported cell that starts like that is prefixed with a single quote,
so the spreadsheet shows it as text.

Import never executes anything either: the text is stored as it was written (plain text in
the database; pages escape it), and the preview shows it neutralised, the way it would appear
in an export, with a warning.

Main decision: a number such as ``-5`` or ``+81 29…`` is neutralised too. OWASP recommends
this, and a leading quote on a phone number is harmless, while guessing "this is only a
number" is how injections slip through.
"""

from __future__ import annotations

_WHITESPACE = " \t\r\n\u3000"  # the ideographic space is whitespace to Excel as well


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet would read ``text`` as a formula (or a DDE call)."""
    if not text:
        return False
    if text[0] in "\t\r":
        return True
    stripped = text.lstrip(_WHITESPACE)
    return bool(stripped) and stripped[0] in "=+-@"


def neutralize(text: str) -> str:
    """``text`` as a cell a spreadsheet shows but never executes (prefixed with ')."""
    return "'" + text if looks_like_formula(text) else text
