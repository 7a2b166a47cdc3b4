"""The in-memory segment writer writes what Whoosh's own writer writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index
from whoosh.index import FileIndex

from directory.search.index import TEXT_FIELDS, schema
from directory.search.writer import MemorySegmentWriter

DOCUMENTS = [
    {"id": "1", "fingerprint": "1:a:1", "facets": {"visibility": "public", "category": ["ibasho"]},
     "point": (36.08, 140.19), "sort_key": "アサカフェ", "name": "朝カフェ アサカフェ",
     "tags": "居場所 こども食堂", "body": "城北町で開くお茶会です。\n城北町自治会\n毎週木曜日 9:30〜11:30"},
    {"id": "2", "fingerprint": "1:b:1", "facets": {"visibility": "coordinator"}, "point": None,
     "sort_key": "", "name": "こども食堂 ｺﾄﾞﾓ", "tags": "", "body": "子供食堂\n\nABC abc 100円"},
    {"id": "3", "fingerprint": "2:c:1", "facets": {}, "point": (36.0, 140.0),
     "sort_key": "サロン", "name": "サロン", "tags": "高齢者サロン 居場所 居場所",
     "body": "城北町自治会\n毎週木曜日 9:30〜11:30"},
]  # fmt: skip


def _index(folder: Path, writer_class: Any) -> FileIndex:
    ix = whoosh_index.create_in(str(folder), schema(), indexname="t")
    writer = writer_class(ix)
    for doc in DOCUMENTS:
        writer.add_document(**doc)
    writer.commit()
    # A second segment, merged into a third by the next commit's merge policy.
    writer = writer_class(ix)
    writer.add_document(**{**DOCUMENTS[0], "id": "4"})
    writer.delete_by_term("id", "2")
    writer.commit()
    return ix


def _contents(ix: FileIndex) -> dict[str, Any]:
    with ix.reader() as reader:
        postings = {}
        for fieldname, term in reader.all_terms():
            weights = list(reader.postings(fieldname, term).items_as("weight"))
            values = list(reader.postings(fieldname, term).all_items())
            postings[fieldname, term] = (weights, values)
        return {
            "postings": postings,
            "stored": list(reader.iter_docs()),
            "lengths": [
                [reader.doc_field_length(d, f) for f in TEXT_FIELDS]
                for d in range(reader.doc_count_all())
            ],
            "live": list(reader.all_doc_ids()),
            "segments": len(ix._segments()),
        }


def test_the_memory_writer_writes_the_same_index_as_whoosh(tmp_path: Path) -> None:
    (tmp_path / "ours").mkdir()
    (tmp_path / "whoosh").mkdir()
    ours = _contents(_index(tmp_path / "ours", MemorySegmentWriter))
    theirs = _contents(
        _index(tmp_path / "whoosh", lambda ix: ix.writer())  # whoosh.writing.SegmentWriter
    )
    assert ours == theirs
    assert ours["postings"]


def test_postings_written_a_block_at_a_time_are_whooshs_bytes(tmp_path: Path) -> None:
    """Terms with more postings than a block holds (128): the postings and term files are
    byte for byte what Whoosh's own writer makes of the same documents."""
    documents = [
        {**DOCUMENTS[i % 3], "id": str(i), "name": f"{DOCUMENTS[i % 3]['name']} 第{i % 7}回"}
        for i in range(700)
    ]
    files = {}
    for name, writer_class in (("ours", MemorySegmentWriter), ("whoosh", None)):
        (tmp_path / name).mkdir()
        ix = whoosh_index.create_in(str(tmp_path / name), schema(), indexname="t")
        writer = writer_class(ix, compound=False) if writer_class else ix.writer(compound=False)
        for doc in documents:
            writer.add_document(**doc)
        writer.commit()
        files[name] = {
            p.suffix: p.read_bytes()
            for p in (tmp_path / name).iterdir()
            if p.suffix in (".pst", ".trm")
        }
    assert set(files["ours"]) == {".pst", ".trm"}
    assert files["ours"] == files["whoosh"]
