"""Errors of the bulk import that concern the whole file (row problems are in the plan)."""

from __future__ import annotations


class ImportFileError(ValueError):
    """The file cannot be read as a table of listings; the message is Japanese, for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message
        self.sheet = ""  # the worksheet it concerns, when a workbook has several
