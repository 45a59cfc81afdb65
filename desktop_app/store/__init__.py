"""SQLite storage: the only package that touches SQLite.

Two databases live in the data folder:

* ``library.db`` — letters (metadata, normalised text, structure) and derived data such as
  detected commitments. Everything in it can be rebuilt from the original files.
* ``annotations.db`` — user data: annotations, collections, commitment reviews, history.
  Small, precious, backed up daily.
"""
