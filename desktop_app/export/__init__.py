"""Exports of letters and annotations: W3C Web Annotation JSON-LD (``w3c``), later docx/pdf."""
