"""Claim matching: normalisation, scoring, the word index against brute force."""

from __future__ import annotations

import random

from claimtrack.config import settings
from claimtrack.match import ClaimIndex, brute_force_best, match_key, score

WEAPONS = "Korea Utara baru-baru ini mengirimkan senjata kepada Rusia"


def test_indonesian_affixes_meet_their_root():
    assert set(match_key("mengirimkan senjata", "id").split()) == set(match_key("kirim senjata", "id").split())


def test_entities_and_concepts_cross_languages():
    indonesian = match_key(WEAPONS, "id")
    english = match_key("North Korea has sent weapons to Russia", "en")
    assert indonesian == english


def test_numbers_are_kept():
    assert "12" in match_key("Harga beras naik 12 persen", "id").split()


def test_paraphrase_joins_at_the_configured_threshold():
    threshold = settings().match.join_score
    for paraphrase, language in [
        ("Korea Utara telah memasok senjata dan amunisi kepada Rusia", "id"),
        ("North Korea has delivered weapons to Russia for use in its war in Ukraine", "en"),
        ("Pyongyang mengirim senjata ke Moskow", "id"),
    ]:
        assert score(match_key(WEAPONS, "id"), match_key(paraphrase, language)) >= threshold, paraphrase


def test_different_claims_stay_apart():
    threshold = settings().match.join_score
    base = match_key(WEAPONS, "id")
    for other in [
        "Korea Utara mengirim pasukan ke Rusia",  # troops, not weapons
        "Iran mengirim senjata ke Rusia",  # another sender
        "Pyongyang menerima teknologi satelit militer dari Moskow",
        "Rusia menyerang Ukraina dengan rudal",
    ]:
        assert score(base, match_key(other, "id")) < threshold, other


def test_short_keys_do_not_match_inside_long_texts():
    short = match_key("Indonesia berduka", "id")
    long = match_key("Seluruh rakyat Indonesia berduka atas banjir besar yang melanda tiga provinsi pekan ini", "id")
    assert score(short, long) < settings().match.join_score


def test_index_agrees_with_brute_force_on_generated_claims():
    rng = random.Random(3)
    vocabulary = [f"kata{i}" for i in range(400)]
    entities = [f"@tempat{i}" for i in range(20)]
    keys = {}
    for claim_id in range(1, 1501):
        words = rng.sample(vocabulary, rng.randint(3, 8)) + rng.sample(entities, rng.randint(0, 2))
        keys[claim_id] = " ".join(sorted(words))
    index = ClaimIndex()
    for claim_id, key in keys.items():
        index.add(claim_id, key)
    threshold = settings().match.join_score
    for claim_id in rng.sample(sorted(keys), 150):
        words = keys[claim_id].split()
        words.remove(rng.choice(words))
        words.append(rng.choice(vocabulary))
        query = " ".join(sorted(set(words)))
        found, truth = index.best(query), brute_force_best(query, keys, threshold)
        assert (found is None) == (truth is None)
        if found is not None:
            assert found.score == truth.score


def test_removed_claims_are_not_returned():
    index = ClaimIndex()
    key = match_key(WEAPONS, "id")
    index.add(1, key)
    index.add(2, key)
    index.remove(1)
    assert index.best(key).claim_id == 2


def test_keys_split_once_score_as_keys_split_for_each_pair():
    """best_match scores keys split once (match.Split); a negated, a long and a plain key score as `score` says."""
    from claimtrack.match import score, score_split, split_key

    keys = [
        "@korea_utara @rusia kirim senjata",
        "@korea_utara @rusia kirim senjata ~not",
        "@korea_utara @rusia baru kirim senjata ~many",
        "@korea_utara kirim pasukan @rusia",
        "kirim senjata",
    ]
    for a in keys:
        for b in keys:
            assert score_split(split_key(a), split_key(b)) == score(a, b)
