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
        if p.direct:
            words = {"fulfils": self.tr("Likely fulfilled by"),
                     "postpones": self.tr("Likely postponed in"),
                     "repeats": self.tr("Likely repeated in"),
                     "changes": self.tr("Likely changed in")}
        else:
            words = {"fulfils": self.tr("Possibly fulfilled by"),
                     "postpones": self.tr("Possibly postponed in"),
                     "repeats": self.tr("Possibly repeated in"),
                     "changes": self.tr("Possibly changed in")}
        return words.get(p.kind, p.kind)

    def incoming(self, p: Proposal) -> str:
        """The same seen from the later sentence: "Likely fulfils ←", "Possibly fulfils ←"."""
        if p.direct:
            words = {"fulfils": self.tr("Likely fulfils ←"),
                     "postpones": self.tr("Likely postpones ←"),
                     "repeats": self.tr("Likely repeats ←"),
                     "changes": self.tr("Likely changes ←")}
        else:
            words = {"fulfils": self.tr("Possibly fulfils ←"),
                     "postpones": self.tr("Possibly postpones ←"),
                     "repeats": self.tr("Possibly repeats ←"),
                     "changes": self.tr("Possibly changes ←")}
        return words.get(p.kind, p.kind)


def proposal_label(p: Proposal) -> str:
    return LineageWords().proposal(p)


def incoming_label(p: Proposal) -> str:
    return LineageWords().incoming(p)
