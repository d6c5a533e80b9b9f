"""What a signed copy changed after we issued it, revision by revision.

A sign-off comes back as our issued bytes followed by incremental updates: the client's PDF
reader signs our field, a second person may counter-sign, a viewer may touch the document
information. Each of those revisions is compared with the issued revision (not only the
revisions after a signature: what was added *before* the client signed is exactly what the
client was shown). Two independent guards judge them, and either one refuses:

* our own reading of what a reader *displays*: the page count, every page's content and
  resources (any object reachable from a page, except its annotations, that is new or
  redefined after our issue), and every annotation. The only annotations that may appear or
  change are signature widgets whose rectangle is empty (an invisible signature) or lies inside
  a signature field we placed, so no signature appearance can draw over the document. Comments
  of any kind (sticky notes included) are refused: a note such as "accepted subject to…"
  changes what was agreed, so the client is asked for a clean copy instead.
* pyHanko's difference analysis (``StandardDiffPolicy.review_file``) with a policy narrower
  than its default: signature fields may be created and filled, the document information, XMP
  metadata and validation data (DSS) may be updated, and nothing else; in particular no other
  form field may be filled. Two harmless edits poppler makes when it signs are allowed: the
  modification date ``/M`` of the signed field and the ``/SigFlags`` of the form.

Each problem is reported as one sentence of ``reports.verdicts``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.misc import PdfReadError
from pyhanko.pdf_utils.reader import HistoricalResolver, PdfFileReader
from pyhanko.sign.diff_analysis import (
    DiffResult,
    ModificationLevel,
    StandardDiffPolicy,
)
from pyhanko.sign.diff_analysis.constants import (
    ACROFORM_EXEMPT_STRICT_COMPARISON,
    VALUE_UPDATE_KEYS,
)
from pyhanko.sign.diff_analysis.form_rules_api import FormUpdatingRule
from pyhanko.sign.diff_analysis.rules.file_structure_rules import (
    CatalogModificationRule,
    ObjectStreamRule,
    XrefStreamRule,
)
from pyhanko.sign.diff_analysis.rules.form_field_rules import (
    DSSCompareRule,
    SigFieldCreationRule,
    SigFieldModificationRule,
)
from pyhanko.sign.diff_analysis.rules.metadata_rules import DocInfoRule, MetadataUpdateRule
from pyhanko.sign.diff_analysis.rules_api import ReferenceUpdate, WhitelistRule

from reports.verdicts import reason

__all__ = ["SIGNING_ONLY_POLICY", "Box", "Review", "review_revisions", "signature_boxes"]

_LTA = ModificationLevel.LTA_UPDATES


class _UnreachableObjectsRule(WhitelistRule):
    """Objects that nothing in the revision refers to cannot be displayed or acted on.

    poppler's signer leaves such a stray object behind (an empty form XObject under a number
    our PDF never used); pyHanko clears orphans only when their number was never assignable
    before, so this rule clears any object that the revision's trailer cannot reach."""

    def apply(self, old: HistoricalResolver, new: HistoricalResolver) -> Iterator[ReferenceUpdate]:
        trailer = new.trailer_view
        reachable = set(_references(new, (trailer.raw_get(key) for key in trailer)))
        for ref in new.explicit_refs_in_revision() - reachable:  # type: ignore[no-untyped-call]
            yield ReferenceUpdate(ref)


SIGNING_ONLY_POLICY = StandardDiffPolicy(
    global_rules=[
        CatalogModificationRule(),  # type: ignore[no-untyped-call]
        DocInfoRule().as_qualified(_LTA),
        XrefStreamRule().as_qualified(_LTA),
        ObjectStreamRule().as_qualified(_LTA),
        DSSCompareRule().as_qualified(_LTA),
        MetadataUpdateRule().as_qualified(_LTA),  # type: ignore[no-untyped-call]
        _UnreachableObjectsRule().as_qualified(_LTA),
    ],
    form_rule=FormUpdatingRule(
        field_rules=[
            SigFieldCreationRule(),  # type: ignore[no-untyped-call]
            SigFieldModificationRule(value_update_keys=VALUE_UPDATE_KEYS | {"/M"}),
        ],
        ignored_acroform_keys=ACROFORM_EXEMPT_STRICT_COMPARISON | {"/SigFlags"},
    ),
)
"""Signature fields may be created and signed; no other form field may change."""

# A signature widget may stray this far (in points) outside the box we placed: readers round.
_TOLERANCE = 1.0
# Keys of a page that say nothing about what it displays, or that lead away from it.
_PAGE_SKIP = frozenset({"/Annots", "/Parent"})


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle in PDF points on a page (0-based index)."""

    page: int
    left: float
    bottom: float
    right: float
    top: float

    @property
    def empty(self) -> bool:
        return self.right - self.left <= 0 or self.top - self.bottom <= 0

    def inside(self, other: Box) -> bool:
        return (
            self.page == other.page
            and self.left >= other.left - _TOLERANCE
            and self.bottom >= other.bottom - _TOLERANCE
            and self.right <= other.right + _TOLERANCE
            and self.top <= other.top + _TOLERANCE
        )


@dataclass(frozen=True, slots=True)
class Review:
    """The outcome of comparing every later revision with the issued one."""

    problem: str | None
    """A verdict sentence when something other than signing happened; None when all is well."""
    info_updated: bool = False
    """A revision that signs nothing changed the document information or XMP metadata (a
    reader that signs stamps its own modification date; that is part of signing)."""


def _pages(resolver: HistoricalResolver) -> list[generic.DictionaryObject]:
    found: list[generic.DictionaryObject] = []

    def walk(node: generic.PdfObject, depth: int) -> None:
        node = node.get_object()  # type: ignore[no-untyped-call]
        if not isinstance(node, generic.DictionaryObject):
            raise PdfReadError("the page tree holds something that is not a page")
        if depth > 64:  # a page tree that deep is a loop, not a document
            raise PdfReadError("the page tree is malformed")
        if node.get("/Type") == "/Pages" or "/Kids" in node:
            for kid in node["/Kids"]:
                walk(kid, depth + 1)
        else:
            found.append(node)

    walk(resolver.root["/Pages"], 0)
    return found


def _annotations(page: generic.DictionaryObject) -> list[generic.DictionaryObject]:
    if "/Annots" not in page:
        return []
    annots = page["/Annots"]
    if not isinstance(annots, generic.ArrayObject):
        return []
    return [
        a for a in (item.get_object() for item in annots) if isinstance(a, generic.DictionaryObject)
    ]


def _rect(page_index: int, annot: generic.DictionaryObject) -> Box:
    try:
        x1, y1, x2, y2 = (float(v) for v in annot["/Rect"])
    except (KeyError, TypeError, ValueError):
        return Box(page_index, 0.0, 0.0, 0.0, 0.0)
    return Box(page_index, min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))


def _field_type(annot: generic.DictionaryObject) -> str | None:
    node: generic.PdfObject = annot
    for _ in range(32):  # inherited from a parent field
        if not isinstance(node, generic.DictionaryObject):
            return None
        if "/FT" in node:
            return str(node["/FT"])
        if "/Parent" not in node:
            return None
        node = node["/Parent"]
    return None


def _field_name(annot: generic.DictionaryObject) -> str:
    names: list[str] = []
    node: generic.PdfObject = annot
    for _ in range(32):
        if not isinstance(node, generic.DictionaryObject):
            break
        if "/T" in node:
            names.append(str(node["/T"]))
        if "/Parent" not in node:
            break
        node = node["/Parent"]
    return ".".join(reversed(names)) or "(unnamed)"


def signature_boxes(resolver: HistoricalResolver) -> list[Box]:
    """The visible signature widgets of a revision: where signatures may be drawn later."""
    boxes = []
    for index, page in enumerate(_pages(resolver)):
        for annot in _annotations(page):
            box = _rect(index, annot)
            if (
                annot.get("/Subtype") == "/Widget"
                and _field_type(annot) == "/Sig"
                and not box.empty
            ):
                boxes.append(box)
    return boxes


def _same(a: generic.PdfObject, b: generic.PdfObject) -> bool:
    """Equal as written: references by number, containers item by item, streams by bytes."""
    if isinstance(a, generic.IndirectObject) or isinstance(b, generic.IndirectObject):
        return (
            isinstance(a, generic.IndirectObject)
            and isinstance(b, generic.IndirectObject)
            and a.reference == b.reference
        )
    if isinstance(a, generic.StreamObject) or isinstance(b, generic.StreamObject):
        if not (isinstance(a, generic.StreamObject) and isinstance(b, generic.StreamObject)):
            return False
        if a.encoded_data != b.encoded_data:
            return False
    if isinstance(a, generic.DictionaryObject) or isinstance(b, generic.DictionaryObject):
        if not (
            isinstance(a, generic.DictionaryObject) and isinstance(b, generic.DictionaryObject)
        ):
            return False
        return a.keys() == b.keys() and all(_same(a.raw_get(k), b.raw_get(k)) for k in a)
    if isinstance(a, generic.ArrayObject) or isinstance(b, generic.ArrayObject):
        if not (isinstance(a, generic.ArrayObject) and isinstance(b, generic.ArrayObject)):
            return False
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, generic.TextStringObject | generic.ByteStringObject):
        return isinstance(b, generic.TextStringObject | generic.ByteStringObject) and (
            a.original_bytes == b.original_bytes
        )
    return type(a) is type(b) and a == b


def _references(
    resolver: HistoricalResolver, start: Iterator[generic.PdfObject]
) -> Iterator[generic.Reference]:
    """Every indirect object reachable from ``start`` in this revision, each once."""
    seen: set[generic.Reference] = set()
    stack = list(start)
    while stack:
        obj = stack.pop()
        if isinstance(obj, generic.IndirectObject):
            ref = obj.reference
            if ref in seen:
                continue
            seen.add(ref)
            yield ref
            obj = resolver(ref)
        if isinstance(obj, generic.DictionaryObject):
            stack.extend(obj.raw_get(k) for k in obj if k != "/Parent")
        elif isinstance(obj, generic.ArrayObject):
            stack.extend(obj)


class _Comparison:
    """The issued revision against one later revision of the same file."""

    def __init__(self, reader: PdfFileReader, base: HistoricalResolver, boxes: list[Box]) -> None:
        self.reader = reader
        self.base = base
        self.boxes = boxes
        self.base_pages = _pages(base)

    def _redefined(self, ref: generic.Reference, revision: int) -> bool:
        xrefs = self.reader.xrefs
        return xrefs.get_historical_ref(ref, self.base.revision) != xrefs.get_historical_ref(
            ref, revision
        )

    def _page_content_changed(
        self,
        new: HistoricalResolver,
        old_page: generic.DictionaryObject,
        page: generic.DictionaryObject,
    ) -> bool:
        old_keys = {k for k in old_page if k not in _PAGE_SKIP}
        new_keys = {k for k in page if k not in _PAGE_SKIP}
        if old_keys != new_keys:
            return True
        if not all(_same(old_page.raw_get(k), page.raw_get(k)) for k in new_keys):
            return True
        return any(
            self._redefined(ref, new.revision)
            for ref in _references(new, (page.raw_get(k) for k in new_keys))
        )

    def _annotation_problem(
        self, index: int, old_page: generic.DictionaryObject, page: generic.DictionaryObject
    ) -> str | None:
        old_refs = _annotation_refs(old_page)
        new_refs = _annotation_refs(page)
        if not old_refs <= new_refs:
            return reason("content_changed", page=index + 1)
        for annot in _annotations(page):
            is_signature = annot.get("/Subtype") == "/Widget" and _field_type(annot) == "/Sig"
            if annot.get("/Subtype") == "/Widget" and not is_signature:
                if _annotation_ref(annot) in old_refs:
                    continue  # a field we placed; its value is pyHanko's to judge
                return reason("extra_field", field=_field_name(annot))
            if not is_signature:
                if _annotation_ref(annot) in old_refs:
                    continue
                return reason("annotations", page=index + 1)
            box = _rect(index, annot)
            if not box.empty and not any(box.inside(allowed) for allowed in self.boxes):
                return reason("signature_over_content", page=index + 1)
        return None

    def problem(self, revision: int) -> str | None:
        new = self.reader.get_historical_resolver(revision)
        pages = _pages(new)
        if len(pages) != len(self.base_pages):
            return reason("pages_changed")
        for index, (old_page, page) in enumerate(zip(self.base_pages, pages, strict=True)):
            if self._page_content_changed(new, old_page, page):
                return reason("content_changed", page=index + 1)
            if problem := self._annotation_problem(index, old_page, page):
                return problem
        return None


def _annotation_ref(annot: generic.DictionaryObject) -> generic.Reference | None:
    ref = annot.container_ref
    return ref if isinstance(ref, generic.Reference) else None


def _annotation_refs(page: generic.DictionaryObject) -> set[generic.Reference]:
    if "/Annots" not in page or not isinstance(page["/Annots"], generic.ArrayObject):
        return set()
    return {item.reference for item in page["/Annots"] if isinstance(item, generic.IndirectObject)}


def _info_updated(
    reader: PdfFileReader, base: HistoricalResolver, last: HistoricalResolver
) -> bool:
    """Whether the document information or the XMP metadata differ between two revisions:
    another object, or the same object written again with other contents."""

    def entries(resolver: HistoricalResolver) -> tuple[generic.PdfObject, generic.PdfObject]:
        trailer, root = resolver.trailer_view, resolver.root
        return (
            trailer.raw_get("/Info") if "/Info" in trailer else generic.NullObject(),
            root.raw_get("/Metadata") if "/Metadata" in root else generic.NullObject(),
        )

    for before, after in zip(entries(base), entries(last), strict=True):
        if not _same(before, after):
            return True
        if isinstance(after, generic.IndirectObject) and reader.xrefs.get_historical_ref(
            after.reference, base.revision
        ) != reader.xrefs.get_historical_ref(after.reference, last.revision):
            return True
    return False


def review_revisions(
    reader: PdfFileReader, base_revision: int, signed_revisions: Collection[int] = ()
) -> Review:
    """Compare every revision after ``base_revision`` (the last one we issued) with it;
    ``signed_revisions`` are those that add a signature."""
    base = reader.get_historical_resolver(base_revision)
    comparison = _Comparison(reader, base, signature_boxes(base))
    last_revision = reader.xrefs.total_revisions - 1
    for revision in range(base_revision + 1, last_revision + 1):
        if problem := comparison.problem(revision):
            return Review(problem)
    result = SIGNING_ONLY_POLICY.review_file(reader, base_revision)
    if (
        not isinstance(result, DiffResult)
        or result.modification_level > ModificationLevel.FORM_FILLING
    ):
        return Review(reason("structure_changed"))
    info_updated = any(
        _info_updated(
            reader,
            reader.get_historical_resolver(revision - 1),
            reader.get_historical_resolver(revision),
        )
        for revision in range(base_revision + 1, last_revision + 1)
        if revision not in signed_revisions
    )
    return Review(None, info_updated=info_updated)
