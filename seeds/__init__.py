"""Demo data: 土浦市 with its eight community-centre areas, organizations and listings.

All organizations' activities, people, phone numbers and addresses are fictitious.
"""
