"""The directory: organizations, listings and everything needed to describe them.

This package is the domain core; it never imports Flask. Functions take a SQLAlchemy
``Session`` and plain values, flush but never commit: the caller owns the transaction.
"""
