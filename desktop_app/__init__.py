"""Kamerbrieven reader: read, search and annotate Dutch parliamentary letters offline."""

__version__ = "0.1.0"
APP_NAME = "Kamerbrieven"
