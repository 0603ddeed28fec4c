"""A denial by its cue that says what it denies makes that accusation a claim: contradicted, asserted by no one."""

from __future__ import annotations

from pathlib import Path

from claimtrack.ingest import read_path
from claimtrack.store import ClaimQuery
from claimtrack.tracking.tracker import Tracker

DENIALS = Path(__file__).resolve().parents[1] / "fixtures" / "denials"


def ingest_files(store, *paths: Path) -> None:
    """The articles at `paths`, ingested in order by one tracker."""
    tracker = Tracker(store)
    for path in paths:
        for document in read_path(path):
            tracker.ingest(document)


def ingest(store, *names: str) -> None:
    ingest_files(store, *(DENIALS / name for name in names))


def test_a_named_denial_of_what_it_says_makes_the_accusation_a_claim_asserted_by_no_one(store):
    ingest(store, "bantul-2024-03-04-guru-membantah.md")
    [claim] = [c for c in store.claims(ClaimQuery()) if "memukul" in c.text]
    assert claim.text == "Budi Santoso telah memukul tiga muridnya di ruang kelas pada Februari 2024"
    assert [s.speaker for s in claim.by_relation("contradicts")] == ["Budi Santoso"]
    assert claim.asserted_by == [] and claim.first_by == ""
    assert claim.contested


def test_whoever_later_asserts_the_accusation_joins_that_claim_as_its_asserter(store):
    ingest(store, "bantul-2024-03-04-guru-membantah.md", "bantul-2024-03-06-polisi-menyebut.md")
    [claim] = [c for c in store.claims(ClaimQuery()) if "memukul" in c.text]
    assert claim.asserted_by == ["Michael Tamba"]
    assert [s.speaker for s in claim.by_relation("contradicts")] == ["Budi Santoso"]


def test_a_denial_that_only_names_a_report_or_whose_denier_is_unnamed_makes_no_claim(store):
    ingest(store, "bantul-2024-03-05-kabar.md")
    texts = [c.text for c in store.claims(ClaimQuery())]
    assert not any("kabar" in t.casefold() or "uang kas" in t for t in texts), texts


def test_a_denial_does_not_contradict_a_claim_that_reports_that_very_denial(store, tmp_path):
    article = tmp_path / "polman.md"
    article.write_text(
        "---\ntitle: Kepala PAUD di Polman ditahan\npublished: 2025-10-20\nlanguage: id\n---\n"
        "Kasat Reskrim Polres Polman AKP Budi Adi menyebut Muhammad Yusuf membantah telah melakukan pencabulan "
        "terhadap empat muridnya pada 2025.\n\n"
        "Tersangka Muhammad Yusuf membantah telah melakukan pencabulan terhadap empat muridnya pada 2025.\n",
        encoding="utf-8",
    )
    ingest_files(store, article)
    reported = [c for c in store.claims(ClaimQuery()) if c.text.startswith("Muhammad Yusuf membantah")]
    assert reported and not reported[0].by_relation("contradicts")


def test_what_a_video_shows_someone_saying_is_a_claim_the_video_asserts_and_the_denial_contradicts(store, tmp_path):
    article = tmp_path / "video.md"
    article.write_text(
        "---\ntitle: Video menteri viral\npublished: 2025-08-19\nlanguage: id\n---\n"
        "Video potongan memperlihatkan Menteri Keuangan Wulan Kartika Sari menyebut guru sebagai beban negara "
        "viral di media sosial. Kementerian Keuangan memastikan video tersebut adalah hoaks.\n",
        encoding="utf-8",
    )
    ingest_files(store, article)
    [claim] = [c for c in store.claims(ClaimQuery()) if "beban negara" in c.text]
    assert claim.text == "Menteri Keuangan Wulan Kartika Sari menyebut guru sebagai beban negara"
    assert [s.speaker for s in claim.by_relation("asserts")] == ["Video potongan"]  # never the minister
    assert [s.speaker for s in claim.by_relation("contradicts")] == ["Kementerian Keuangan"]
    assert claim.contested


def test_what_someone_asks_for_is_no_claim(store, tmp_path):
    article = tmp_path / "permintaan.md"
    article.write_text(
        "---\ntitle: Keluarga minta polisi usut kasus\npublished: 2025-10-20\nlanguage: id\n---\n"
        "Pihak keluarga meminta polisi mengusut tuntas kasus kematian mahasiswa TAS pada 15 Oktober 2025.\n\n"
        "Kapolres Denpasar Budi Santoso mengatakan 12 saksi kasus Universitas Udayana telah diperiksa"
        " sejak 15 Oktober 2025.\n",
        encoding="utf-8",
    )
    ingest_files(store, article)
    texts = [c.text for c in store.claims(ClaimQuery())]
    assert not any("mengusut" in t for t in texts), texts  # asked for, not said to be so
    assert any("12 saksi" in t for t in texts), texts


def test_an_unnamed_speaker_repeating_a_claim_its_article_made_is_no_second_source(store, tmp_path):
    article = tmp_path / "sidang.md"
    article.write_text(
        "---\ntitle: Sidang korupsi\npublished: 2025-10-20\nlanguage: id\n---\n"
        "Jaksa Budi Santoso mengatakan perbuatan terdakwa memperkaya PT Sinar Abadi sebesar Rp 50 miliar pada 2019.\n\n"
        "Seorang saksi menyebut perbuatan terdakwa memperkaya PT Sinar Abadi sebesar Rp 50 miliar pada 2019.\n",
        encoding="utf-8",
    )
    ingest_files(store, article)
    [claim] = [c for c in store.claims(ClaimQuery()) if "Rp 50 miliar" in c.text]
    assert [s.speaker for s in claim.by_relation("asserts")] == ["Budi Santoso"]
    assert claim.by_relation("supports") == []


def _ingest_two_articles(store, tmp_path, first: str, second: str) -> None:
    """Two short articles a day apart, ingested in order by one tracker."""
    paths = [tmp_path / f"berita{n}.md" for n in range(2)]
    for n, (path, body) in enumerate(zip(paths, (first, second))):
        path.write_text(
            f"---\ntitle: Berita {n}\npublished: 2025-10-2{n}\nlanguage: id\n---\n{body}\n", encoding="utf-8"
        )
    ingest_files(store, *paths)


def test_an_unnamed_speaker_in_another_article_is_no_second_source_either(store, tmp_path):
    _ingest_two_articles(
        store,
        tmp_path,
        "Jaksa Budi Santoso mengatakan perbuatan terdakwa memperkaya PT Sinar Abadi sebesar Rp 50 miliar pada 2019.",
        "Seorang saksi menyebut perbuatan terdakwa memperkaya PT Sinar Abadi sebesar Rp 50 miliar pada 2019.",
    )
    [claim] = [c for c in store.claims(ClaimQuery()) if "Rp 50 miliar" in c.text]
    assert [s.speaker for s in claim.by_relation("asserts")] == ["Budi Santoso"]
    assert claim.by_relation("supports") == []


def test_the_asserter_named_short_in_another_article_asserts_again_and_supports_nothing(store, tmp_path):
    # "Purbaya" (an article that never names him in full) and "Purbaya Yudhi Sadewa" are one person, not two sources
    _ingest_two_articles(
        store,
        tmp_path,
        "Menteri Keuangan Purbaya Yudhi Sadewa mengatakan defisit APBN mencapai Rp 371,5 triliun hingga "
        "September 2025.",
        "Purbaya mengatakan defisit APBN mencapai Rp 371,5 triliun hingga September 2025.",
    )
    [claim] = [c for c in store.claims(ClaimQuery()) if "371,5" in c.text]
    assert sorted(s.speaker for s in claim.by_relation("asserts")) == ["Purbaya", "Purbaya Yudhi Sadewa"]
    assert claim.by_relation("supports") == []


def test_the_same_words_about_other_people_or_other_figures_are_another_claim(store, tmp_path):
    verdict = "terbukti secara sah dan meyakinkan bersalah melakukan tindak pidana korupsi pada 2023"
    _ingest_two_articles(
        store,
        tmp_path,
        f"Hakim Ni Luh Suastini mengatakan terdakwa Vienna Varella {verdict}.",
        f"Hakim Eko Prasetyo mengatakan terdakwa Mansur Hidayat {verdict}.",
    )
    texts = sorted(c.text for c in store.claims(ClaimQuery()) if "terbukti" in c.text)
    assert len(texts) == 2, texts
