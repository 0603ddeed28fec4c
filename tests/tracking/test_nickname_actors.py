"""A short form an article gives a person ("Saifullah Yusuf (Gus Ipul)", "Zulkifli Hasan (Zulhas)") names them across
articles, in either order of ingest: one actor, named in full (session 30: "Gus Ipul" and "Zulhas" were actors of their
own on the Detik 1,000, and a `supports` link joined Gus Ipul to Saifullah Yusuf as a second source)."""

from __future__ import annotations

from claimtrack.ingest.prepare import prepare
from claimtrack.tracking.tracker import Tracker

FULL = (
    "Menteri Sosial Saifullah Yusuf (Gus Ipul) mengatakan pemerintah telah menyalurkan bantuan sosial kepada 18 juta "
    "keluarga penerima manfaat sepanjang 2025.\n\n"
    '"Kami pastikan datanya sudah dikonsolidasikan dengan BPS," kata Gus Ipul di Jakarta, Senin (20/10).'
)
SHORT = (
    "Gus Ipul mengatakan Kementerian Sosial akan menambah 2 juta penerima bantuan sosial pada tahun depan "
    "setelah data tunggal sosial ekonomi nasional rampung."
)


def ingest(store, *texts: str) -> None:
    tracker = Tracker(store)
    for number, text in enumerate(texts):
        tracker.ingest(prepare(text, title=f"Artikel {number}", language="id", origin=f"a{number}.txt"))


def speakers(store) -> set[str]:
    return {actor.name for actor in store.actors() if actor.statements}


def test_the_short_form_of_one_article_names_the_person_of_another(store):
    ingest(store, FULL, SHORT)
    assert speakers(store) == {"Saifullah Yusuf"}


def test_a_person_known_only_by_the_short_form_is_named_in_full_when_an_article_gives_it(store):
    ingest(store, SHORT, FULL)
    assert speakers(store) == {"Saifullah Yusuf"}


def test_a_first_name_cut_from_a_full_name_is_no_short_form(store):
    # "Agus" alone in another article may be anyone called Agus: no actor, or one of its own, never AHY
    ingest(
        store,
        "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono mengatakan partainya mendukung program makan bergizi "
        "gratis yang menjangkau 20 juta siswa.",
        "Agus mengatakan program makan bergizi gratis di sekolahnya menjangkau 300 siswa sejak Januari 2025.",
    )
    assert "Agus Harimurti Yudhoyono" in speakers(store)
    assert all(actor.statements == 1 for actor in store.actors() if actor.name == "Agus Harimurti Yudhoyono")
