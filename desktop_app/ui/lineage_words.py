"""How the window words a proposed lineage link: "Likely fulfilled by", "Possibly fulfils ←".

One table for the reader's lineage panel and the chain view (a QObject for ``tr()``, so both
show the same words in the user's language).
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop_app.lineage.linker import Proposal


class LineageWords(QObject):
    """The words of a proposal, seen from the promise or from the later sentence."""

    def proposal(self, p: Proposal) -> str:
        """"Likely fulfilled by" for a proposal with direct evidence (the letter named, the
        promise's words said again, what was promised handed over), "Possibly …" for one the
        linker only ranks."""
        return self._words().get(("proposal", p.direct, p.kind), p.kind)

    def incoming(self, p: Proposal) -> str:
        """The same seen from the later sentence: "Likely fulfils ←", "Possibly fulfils ←"."""
        return self._words().get(("incoming", p.direct, p.kind), p.kind)

    def _words(self) -> dict[tuple[str, bool, str], str]:
        """(seen from, direct, kind) -> the words (each a literal for the translators)."""
        return {
            ("proposal", True, "fulfils"): self.tr("Likely fulfilled by"),
            ("proposal", True, "postpones"): self.tr("Likely postponed in"),
            ("proposal", True, "repeats"): self.tr("Likely repeated in"),
            ("proposal", True, "changes"): self.tr("Likely changed in"),
            ("proposal", False, "fulfils"): self.tr("Possibly fulfilled by"),
            ("proposal", False, "postpones"): self.tr("Possibly postponed in"),
            ("proposal", False, "repeats"): self.tr("Possibly repeated in"),
            ("proposal", False, "changes"): self.tr("Possibly changed in"),
            ("incoming", True, "fulfils"): self.tr("Likely fulfils ←"),
            ("incoming", True, "postpones"): self.tr("Likely postpones ←"),
            ("incoming", True, "repeats"): self.tr("Likely repeats ←"),
            ("incoming", True, "changes"): self.tr("Likely changes ←"),
            ("incoming", False, "fulfils"): self.tr("Possibly fulfils ←"),
            ("incoming", False, "postpones"): self.tr("Possibly postpones ←"),
            ("incoming", False, "repeats"): self.tr("Possibly repeats ←"),
            ("incoming", False, "changes"): self.tr("Possibly changes ←"),
        }


def proposal_label(p: Proposal) -> str:
    return LineageWords().proposal(p)


def incoming_label(p: Proposal) -> str:
    return LineageWords().incoming(p)
