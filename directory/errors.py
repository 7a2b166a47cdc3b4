"""Domain errors. The web layer maps each to a page; the CLI to a message."""


class DomainError(Exception):
    """Base class for errors a caller is expected to handle."""


class NotFound(DomainError):
    """The object does not exist, or the actor may not know that it exists."""


class PermissionDenied(DomainError):
    """The actor may see the object but not do this to it."""


class Conflict(DomainError):
    """The change was based on a version that is no longer current."""


class InvalidData(DomainError):
    """Input failed validation; ``errors`` maps field names to Japanese messages."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors
