"""Participation matching (参加支援): cases, plans, needs, suggestions, referrals, follow-ups.

Reads the directory and geo packages; never the reverse. Nothing here imports Flask.
"""
