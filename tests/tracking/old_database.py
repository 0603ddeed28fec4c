"""A database as older claimtrack versions left it, built on purpose through the store's Transaction: actors named
by cue words, honorifics and adverbs, statements credited to people their article never names, cue words as
aliases, and statements at spans today's extraction does not find. The articles are our own."""

from __future__ import annotations

from claimtrack.extract import extract
from claimtrack.ingest.prepare import prepare
from claimtrack.store import Store

ARTICLES = {  # key → (title, text)
    "A": (
        "Koalisi solid",
        "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono mengatakan koalisi pendukung pemerintah sudah solid "
        'menjelang pemilihan kepala daerah.\n\n"Kami tidak akan meninggalkan koalisi," kata Agus Harimurti Yudhoyono '
        "di Jakarta.",
    ),
    "B": (
        "Perbatasan dijaga",
        "Komandan Korem setempat memeriksa pos penjagaan di perbatasan pada Senin.\n\n"
        '"Prajurit kami siap menjaga perbatasan selama dua puluh empat jam," kata Agus.',
    ),
    "C": (
        "Stok beras aman",
        "Presiden Prabowo Subianto mengatakan stok beras nasional aman hingga akhir tahun.\n\n"
        '"Program makan bergizi gratis sudah menjangkau 30 juta anak," kata Prabowo.',
    ),
    "D": (
        "Harga cabai",
        '"Harga cabai naik dua kali lipat sejak Maret," ujarnya.\n\n'
        '"Terdakwa terbukti menerima suap Rp 2 miliar," kata hakim.',
    ),
    "E": (
        "Utang kereta",
        "Ketua Dewan Ekonomi Nasional (DEN) Luhut Binsar Pandjaitan mengatakan pembiayaan kereta cepat akan "
        'direstrukturisasi tahun ini.\n\n"Tidak ada masalah dengan utang itu," kata Luhut.',
    ),
}

AHY = "Agus Harimurti Yudhoyono"
OLD_ACTORS = {  # name → (kind, role, aliases besides the name)
    AHY: ("person", "Irjen", ("Agus", "ujarnya", "katanya")),
    "Pak Prabowo": ("person", "", ()),
    "Prabowo Subianto": ("person", "Presiden", ()),
    "Namun Prabowo": ("person", "", ()),
    "hakim": ("person", "", ()),
    "N. Luhut": ("person", "", ("Luhut",)),
    "katanya": ("person", "", ()),  # a cue word as a speaker, with no statement left
}
# Each statement extraction finds, in order, with the speaker the old version credited it to (None: no one)
OLD_CREDITS = {
    "A": [("A1", AHY), ("A2", AHY)],
    "B": [("B1", AHY)],  # B only says "Agus"
    "C": [("C1", "Namun Prabowo"), ("C2", "Pak Prabowo")],
    "D": [("D1", AHY), ("D2", "hakim")],  # "ujarnya" was AHY's alias; "hakim" is a bare role
    "E": [("E1", "N. Luhut"), ("E2", "N. Luhut")],
}
STALE = [("A0", "A", 0, 20, AHY), ("D0", "D", 0, 10, AHY)]  # spans today's extraction does not find


def documents():
    return {
        key: prepare(text, title=title, language="id", origin=f"{key}.txt") for key, (title, text) in ARTICLES.items()
    }


def build_old_database(store: Store) -> dict[str, int]:
    """Sources, actors, aliases, statements, two claims and their audit events; returns statement ids by label."""
    docs = documents()
    ids: dict[str, int] = {}

    def work(tx) -> None:
        actor = {}
        for name, (kind, role, aliases) in OLD_ACTORS.items():
            actor[name] = tx.add_actor(name, kind, role)
            for alias in (name, *aliases):
                tx.add_alias(actor[name], alias)
        for key, document in docs.items():
            source = tx.add_source(
                title=document.title,
                outlet="",
                url="",
                language=document.language,
                published_at=document.published,
                dateline="",
                credit="",
                origin=document.origin,
                text=document.text,
                sha256=document.sha256,
            )
            found = extract(document).statements
            assert len(found) == len(OLD_CREDITS[key]), (key, [s.content for s in found])
            rows = [(label, speaker, s.start, s.end, s.id) for (label, speaker), s in zip(OLD_CREDITS[key], found)]
            rows += [(label, speaker, start, end, f"old{label}") for label, k, start, end, speaker in STALE if k == key]
            new = tx.add_statements(
                [
                    {
                        "source_id": source,
                        "actor_id": actor.get(speaker),
                        "local_id": local_id,
                        "speaker_mention": speaker or "",
                        "speaker_role": "",
                        "cue": "kata",
                        "content": document.text[start:end],
                        "start": start,
                        "end": end,
                        "sentence_start": start,
                        "sentence_end": end,
                        "quote": "direct",
                        "stance": "assert",
                        "said_on": None,
                        "date_text": "",
                        "checkworthiness": 0.6,
                    }
                    for label, speaker, start, end, local_id in rows
                ]
            )
            ids.update({label: statement for (label, *_), statement in zip(rows, new)})
        coalition = tx.add_claim(text="Koalisi pendukung pemerintah sudah solid", language="id")
        rice = tx.add_claim(text="Stok beras nasional aman hingga akhir tahun", language="id")
        tx.add_links(
            [
                {
                    "claim_id": coalition,
                    "statement_id": ids["A1"],
                    "relation": "asserts",
                    "origin": "auto",
                    "score": 100.0,
                },
                {"claim_id": rice, "statement_id": ids["C1"], "relation": "asserts", "origin": "auto", "score": 100.0},
                {"claim_id": rice, "statement_id": ids["C2"], "relation": "supports", "origin": "auto", "score": 90.0},
            ]
        )

    store.write(work)
    claims = [view.id for view in store.claims()]
    store.mark(claims[0], "in_review", "checking the coalition figures", "tester")
    store.mark(claims[1], "verified", "Bulog stock report", "tester")
    return ids


def speakers(store: Store) -> dict[int, str | None]:
    """Each statement's actor by name (None: no actor)."""
    names = {actor_id: name for actor_id, name, _, _ in store.actor_rows()}
    return {c.id: names.get(c.actor_id) for c in store.statement_credits()}


def claims_and_history(store: Store) -> list[tuple]:
    """What a fact-checker relies on that the repair must not touch: claims, their links and their audit events."""
    views = store.claims(with_history=True)
    return [
        (
            v.id,
            v.text,
            v.status,
            v.version,
            sorted((s.id, s.relation) for s in v.statements),
            [(e.id, e.action, e.from_status, e.to_status, e.note, e.editor) for e in v.history],
        )
        for v in sorted(views, key=lambda v: v.id)
    ]
