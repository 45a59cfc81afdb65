"""The library from the window: the first start, imports and their report, a rebuilt index
and the search service (each a background job)."""
