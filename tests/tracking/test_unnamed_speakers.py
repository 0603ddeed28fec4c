"""A statement credited to no actor shows the words the article used for its speaker when they describe someone, and
no speaker at all when they are only a pronoun or the cue that carries one: "sambungnya", "she" are no names, and a
report, the claim detail and a ClaimReview would print them where a name goes (session 54's Detik claims read)."""

from __future__ import annotations

from claimtrack.interchange.claimreview import claim_review
from claimtrack.lexicon import shown_mention
from claimtrack.report import render_markdown
from claimtrack.store import ClaimQuery
from tests.tracking.test_accused import ingest_files


def test_a_cue_with_its_pronoun_is_no_speaker_to_show(store, tmp_path):
    article = tmp_path / "pasal.md"
    article.write_text(
        "---\ntitle: Aturan baru koperasi\npublished: 2025-10-20\nlanguage: id\n---\n"
        "Aturan itu memuat sejumlah pasal baru tentang modal koperasi desa.\n\n"
        '"Modal koperasi desa naik 40 persen sejak 2023 menjadi Rp 500 juta per desa," sambungnya.\n',
        encoding="utf-8",
    )
    ingest_files(store, article)
    [claim] = [c for c in store.claims(ClaimQuery()) if "Rp 500 juta" in c.text]
    [statement] = store.claim(claim.id).by_relation("asserts")
    assert statement.speaker == ""
    report = render_markdown([store.claim(claim.id)], language="id")
    assert "sambungnya**" not in report and "**pembicara tidak diketahui**" in report


def test_a_pronoun_is_no_author_of_a_published_claim_review(store, tmp_path):
    article = tmp_path / "she.md"
    article.write_text(
        "---\ntitle: Strike ends\npublished: 2025-10-20\nlanguage: en\n---\n"
        "The strike at the port ended on Monday after nine days.\n\n"
        '"Prices of imported rice doubled since March and stocks fell by 40 percent," she said.\n',
        encoding="utf-8",
    )
    ingest_files(store, article)
    [claim] = [c for c in store.claims(ClaimQuery()) if "doubled" in c.text]
    store.mark(claim.id, "false", note="Prices rose 12 percent.", editor="ed")
    review = claim_review(store.claim(claim.id), publisher_name="Desk")
    assert review is not None and "author" not in review["itemReviewed"]


def test_a_description_of_the_speaker_is_still_shown():
    assert shown_mention("Polisi", "mengatakan", "id") == "Polisi"
    assert shown_mention("a hospital spokesman", "said", "en") == "a hospital spokesman"
    assert shown_mention("Video potongan", "Video potongan", "id") == "Video potongan"  # a circulating text
    assert shown_mention("Dia", "mengatakan", "id") == ""
    assert shown_mention("Menurutnya", "Menurutnya", "id") == ""
    # a cue with its pronoun as the mention of a statement another cue made ('"…," ujarnya sambil menambahkan …';
    # session 54's third Detik claims read, C9)
    assert shown_mention("ujarnya", "sambil menambahkan", "id") == ""
