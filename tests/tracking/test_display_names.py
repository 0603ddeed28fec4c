"""An entity the gazetteer knows in several languages is shown as its source names it: the White House of an English
article is no "Gedung Putih" (data/gazetteer.toml `names`)."""

from __future__ import annotations

import json

from claimtrack.lexicon import display_name, gazetteer
from claimtrack.lexicon_schema import GAZETTEER
from claimtrack.tomlschema import check_data

ENGLISH = """---
title: Weapons shipments
language: en
published: 2023-10-13
---
The White House said on Tuesday that North Korea had sent weapons to Russia in large numbers.
"""


def test_an_entity_is_named_in_the_readers_language_and_any_other_name_is_kept():
    assert display_name("Gedung Putih", "en") == "White House"
    assert display_name("Gedung Putih", "id") == "Gedung Putih"
    assert display_name("World Bank", "id") == "Bank Dunia"
    assert display_name("World Bank", "en") == "World Bank"
    assert display_name("Sergei Lavrov", "en") == "Sergei Lavrov"  # no name of its own in English
    assert display_name("Istana Presiden", "en") == "Istana Presiden"  # an actor the user named: kept as named


def test_a_name_in_a_language_must_be_one_the_entity_is_known_by():
    # else the actor it names would not be found again by that name
    record = {"name": "Gedung Putih", "kind": "organization", "aliases": ["White House"]}
    assert not check_data({"entity": [{**record, "names": {"en": "White House"}}]}, GAZETTEER)
    problems = check_data({"entity": [{**record, "names": {"en": "Whitehouse"}}]}, GAZETTEER)
    assert [p.message for p in problems] == ["[[entity]] 'Gedung Putih' names 'en': 'Whitehouse' is not one of aliases"]
    assert all(
        name in entity.aliases for entity in gazetteer().entities for _, name in entity.names
    )  # the shipped file keeps the rule too


def test_each_statement_shows_the_speaker_as_its_article_names_it(cli, sample_article, tmp_path):
    english = tmp_path / "weapons.md"
    english.write_text(ENGLISH, encoding="utf-8")
    assert cli("ingest", str(sample_article)).exit_code == 0
    assert cli("ingest", str(english)).exit_code == 0

    claims = json.loads(cli("claims", "--json").stdout)
    said = {(s["speaker"], s["content"][:11]) for claim in claims for s in claim["statements"]}
    assert ("Gedung Putih", "Korea Utara") in said  # the Indonesian sample
    assert ("White House", "North Korea") in said  # the English article: one actor, named in English
    listed = cli("actors").stdout
    assert listed.count("Gedung Putih") == 1 and "White House" in listed  # one actor, its English name an alias


def test_asserted_by_names_each_actor_once_in_the_claims_language(cli, sample_article, tmp_path):
    english = tmp_path / "weapons.md"
    english.write_text(ENGLISH, encoding="utf-8")
    assert cli("ingest", str(english)).exit_code == 0  # the English claim first: the sample's statement joins it
    assert cli("ingest", str(sample_article)).exit_code == 0

    listed = cli("claims").stdout
    row = next(line for line in listed.splitlines() if "North Korea" in line)
    assert "White House" in row and "Gedung Putih" not in row
