"""Collections: ordered course packs of annotations and section headings (a store mixin)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from desktop_app.errors import NotFound, UserError
from desktop_app.model import Collection, CollectionItem
from desktop_app.store import history
from desktop_app.store.limits import check_collection_texts


class CollectionOps:
    """Collection verbs of :class:`AnnotationStore`; every change is recorded and undoable."""

    db: Any

    # provided by AnnotationStore, which mixes this class in
    _write: Callable[[str], Any]
    _select: Callable[..., list[dict[str, Any]]]

    def create_collection(self, title: str, introduction: str = "") -> Collection:
        """A new, empty collection."""
        if not title.strip():
            raise UserError("A collection needs a title.", code="collection-needs-title")
        check_collection_texts(title=title, introduction=introduction)
        stamp = history.now()
        last = self._select("SELECT COALESCE(MAX(position), -1) AS last FROM collections")
        row = {"id": str(uuid.uuid4()), "title": title.strip(), "introduction": introduction,
               "created": stamp, "modified": stamp,
               "position": last[0]["last"] + 1}  # fmt: skip
        with self._write(f"Create collection {title}") as rec:
            rec.put("collections", row)
        return Collection(**row)

    def collection(self, collection_id: str) -> Collection:
        """One collection with its items in order; raises NotFound."""
        rows = self._select("SELECT * FROM collections WHERE id = ?", [collection_id])
        if not rows:
            raise NotFound(f"No collection with id {collection_id}.")
        items = self._select(
            "SELECT id, position, annotation_id, heading FROM collection_items "
            "WHERE collection_id = ? ORDER BY position",
            [collection_id],
        )
        return Collection(**rows[0], items=tuple(CollectionItem(**i) for i in items))

    def collections(self) -> list[Collection]:
        """All collections, in their own order."""
        ids = self._select("SELECT id FROM collections ORDER BY position, title, created")
        return [self.collection(r["id"]) for r in ids]

    def move_collection(self, collection_id: str, position: int) -> list[Collection]:
        """Put a collection at another place in the list of collections."""
        with self._write("Reorder collections") as rec:
            order = [c.id for c in self.collections()]
            if collection_id not in order:
                raise NotFound(f"No collection with id {collection_id}.")
            order.remove(collection_id)
            order.insert(max(0, min(position, len(order))), collection_id)
            for place, cid in enumerate(order):
                row = rec.get("collections", cid)
                if row["position"] != place:
                    rec.put("collections", {**row, "position": place})
        return self.collections()

    def update_collection(
        self, collection_id: str, *, title: str | None = None, introduction: str | None = None
    ) -> Collection:
        """Change a collection's title and/or introduction."""
        check_collection_texts(title=title, introduction=introduction)
        with self._write("Edit collection") as rec:
            row = rec.get("collections", collection_id)
            if row is None:
                raise NotFound(f"No collection with id {collection_id}.")
            if title is not None:
                row["title"] = title
            if introduction is not None:
                row["introduction"] = introduction
            row["modified"] = history.now()
            rec.put("collections", row)
        return self.collection(collection_id)

    def add_to_collection(
        self,
        collection_id: str,
        *,
        annotation_id: str | None = None,
        heading: str | None = None,
        position: int | None = None,
    ) -> CollectionItem:
        """Add an annotation or a section heading, at ``position`` (default: the end)."""
        if (annotation_id is None) == (heading is None):
            raise UserError("Add either an annotation or a section heading.",
                            code="collection-item")
        check_collection_texts(heading=heading)
        with self._write("Add to collection") as rec:
            items = list(self.collection(collection_id).items)
            if annotation_id is not None and rec.get("annotations", annotation_id) is None:
                raise NotFound(f"No annotation with id {annotation_id}.")
            item = CollectionItem(str(uuid.uuid4()), 0, annotation_id, heading)
            at = len(items) if position is None else max(0, min(position, len(items)))
            items.insert(at, item)
            self._renumber(rec, collection_id, items)
        return self.collection(collection_id).items[at]

    def add_many_to_collection(self, collection_id: str, annotation_ids: list[str],
                               position: int | None = None) -> tuple[CollectionItem, ...]:
        """Add annotations, in this order, at ``position`` (default: the end), in one
        transaction and one undo step. Raises NotFound, adding none, when one is missing."""
        ids = list(dict.fromkeys(annotation_ids))
        label = ("Add to collection" if len(ids) == 1
                 else f"Add {len(ids)} annotations to collection")
        with self._write(label) as rec:
            items = list(self.collection(collection_id).items)
            for annotation_id in ids:
                if rec.get("annotations", annotation_id) is None:
                    raise NotFound(f"No annotation with id {annotation_id}.")
            new = [CollectionItem(str(uuid.uuid4()), 0, a, None) for a in ids]
            at = len(items) if position is None else max(0, min(position, len(items)))
            items[at:at] = new
            self._renumber(rec, collection_id, items)
        return self.collection(collection_id).items[at:at + len(new)]

    def move_item(self, collection_id: str, item_id: str, position: int) -> Collection:
        """Move an item to another position within its collection."""
        with self._write("Reorder collection") as rec:
            items = list(self.collection(collection_id).items)
            moving = [i for i in items if i.id == item_id]
            if not moving:
                raise NotFound(f"No item {item_id} in collection {collection_id}.")
            items.remove(moving[0])
            items.insert(max(0, min(position, len(items))), moving[0])
            self._renumber(rec, collection_id, items)
        return self.collection(collection_id)

    def remove_item(self, collection_id: str, item_id: str) -> Collection:
        """Remove an item from a collection (the annotation itself stays)."""
        with self._write("Remove from collection") as rec:
            items = [i for i in self.collection(collection_id).items if i.id != item_id]
            rec.delete("collection_items", item_id)
            self._renumber(rec, collection_id, items)
        return self.collection(collection_id)

    def delete_collection(self, collection_id: str) -> None:
        """Delete a collection and its items (not the annotations); undoable."""
        with self._write("Delete collection") as rec:
            for item in self.collection(collection_id).items:
                rec.delete("collection_items", item.id)
            rec.delete("collections", collection_id)

    @staticmethod
    def _renumber(rec: history.Recorder, collection_id: str, items: list[CollectionItem]) -> None:
        for position, item in enumerate(items):
            rec.put("collection_items", {"id": item.id, "collection_id": collection_id,
                                         "position": position, "annotation_id": item.annotation_id,
                                         "heading": item.heading})  # fmt: skip
