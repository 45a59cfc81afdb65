"""A colleague's pack that a sync could not read is said in the window's language (team
sharing): the Team Sharing dialog lists each problem after the count, in Dutch in the Dutch
window and with the command line's English in the English one."""

from __future__ import annotations

import json

COPY = "p7 (conflicted copy).kbpack.json"
PROBLEM = {
    "en": f"The pack {COPY} was skipped: it holds the pack of Xander, whose pack is "
          "p7.kbpack.json (a copy a sync tool made?). Delete the copy once that pack is in "
          "order.",
    "nl": f"Het bestand {COPY} is overgeslagen: het bevat het bestand van Xander, dat "
          "p7.kbpack.json heet (een kopie die een synchronisatieprogramma maakte?). Verwijder "
          "de kopie zodra dat bestand in orde is.",
}
INCOMPLETE = {
    "en": "Some annotations in the pack of Yvonne could not be read; the others were.",
    "nl": "Sommige aantekeningen in het bestand van Yvonne konden niet worden gelezen; de "
          "andere wel.",
}
COUNT = {"en": "2 colleague files could not be read.",
         "nl": "2 bestanden van collega's konden niet worden gelezen."}



def _pack(person: str, name: str, tombstones: list | None = None) -> str:
    return json.dumps({"type": "AnnotationCollection",
                       "kb:pack": {"format": 1, "person": person, "name": name,
                                   "written": "2030-01-01T00:00:00Z"},
                       "first": {"type": "AnnotationPage", "items": []},
                       "kb:tombstones": tombstones or []})


def test_the_team_sharing_dialog_lists_pack_problems_in_the_windows_language(
        window, lang, tmp_path):
    folder = tmp_path / "share"
    folder.mkdir()
    (folder / COPY).write_text(_pack("p7", "Xander"), encoding="utf-8")
    (folder / "p8.kbpack.json").write_text(_pack("p8", "Yvonne", [["a"]]), encoding="utf-8")
    window.actions.share.trigger()
    dialog = window.sharing.dialog
    dialog.folder_edit.setText(str(folder))
    dialog.name_edit.setText("Bert")
    dialog.save_button.click()  # "Use This Folder" syncs at once (jobs run inline)
    lines = dialog.message_label.text().split("\n")
    assert lines[-3:] == [COUNT[lang], PROBLEM[lang], INCOMPLETE[lang]]
    assert dialog.message_label.property("error") is True
