"""Geography: address normalisation, geocoding (offline by default), distances and map data.

The lowest layer: imports neither directory nor matching, nor Flask.
"""
