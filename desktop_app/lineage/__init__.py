"""Commitment lineage: which later letter fulfils, postpones, repeats or changes a commitment
(issue 20). ``references`` finds the sentences that look back, ``linker`` ranks them."""
