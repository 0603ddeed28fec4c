"""Actors across articles: one person one actor, no actor without a name, no alias that names no one."""

from __future__ import annotations

from claimtrack.ingest.prepare import prepare
from claimtrack.tracking.actors import ActorChanges, ActorResolver, Speaker
from claimtrack.tracking.tracker import Tracker


def ingest(store, *texts: str) -> Tracker:
    tracker = Tracker(store)
    for number, text in enumerate(texts):
        tracker.ingest(prepare(text, title=f"Artikel {number}", language="id", origin=f"a{number}.txt"))
    return tracker


def actors(store) -> dict[str, str]:
    return {name: kind for _, name, kind, _ in store.actor_rows()}


def aliases(store) -> set[str]:
    return set(store.alias_index())


def test_a_short_name_never_joins_a_fuller_name_from_another_article(store):
    ingest(
        store,
        "Ketua Umum Partai Demokrat Agus Harimurti Yudhoyono mengatakan koalisi sudah solid.",
        '"Prajurit kami siap menjaga perbatasan," kata Agus.',
    )
    assert {"Agus Harimurti Yudhoyono", "Agus"} <= set(actors(store))


def test_a_name_the_gazetteer_knows_joins_its_full_form(store):
    ingest(
        store,
        "Presiden Prabowo Subianto mengatakan stok beras aman hingga akhir tahun.",
        '"Program makan bergizi gratis menjangkau 30 juta anak," kata Prabowo.',
    )
    assert [name for name in actors(store) if "Prabowo" in name] == ["Prabowo Subianto"]


def test_the_same_full_name_in_two_articles_is_one_actor(store):
    ingest(
        store,
        "Menteri Keuangan Sri Mulyani Indrawati mengatakan defisit turun menjadi 2,5 persen.",
        '"Penerimaan pajak naik 12 persen," kata Menteri Keuangan Sri Mulyani Indrawati.',
    )
    assert list(actors(store)).count("Sri Mulyani Indrawati") == 1


def test_a_name_written_with_a_hyphen_in_one_article_and_a_space_in_another_is_one_actor(store):
    ingest(
        store,
        "Kepala Pusat Penerangan Hukum Muslim Jaya Butar-butar mengatakan berkas perkara sudah lengkap.",
        '"Tersangka ditahan 20 hari," kata Kepala Pusat Penerangan Hukum Muslim Jaya Butar Butar.',
        "Analis Ming Chi Kuo mengatakan produksi ponsel turun 10 persen.",
    )
    named = [name for name in actors(store) if "Butar" in name]
    assert named == ["Muslim Jaya Butar-butar"]
    assert [name for name in actors(store) if "Kuo" in name] == ["Ming Chi Kuo"]


def test_pronouns_cue_words_and_bare_roles_make_no_actor_and_no_alias(store):
    ingest(
        store,
        '"Harga cabai naik dua kali lipat sejak Maret," ujarnya.\n\n'
        '"Terdakwa terbukti menerima suap Rp 2 miliar," kata hakim.\n\n'
        '"Kami sudah menyiapkan 40 pompa air," kata Pak Presiden.',
    )
    assert actors(store) == {}
    assert not aliases(store) & {"ujarnya", "hakim", "pak presiden", "presiden", "katanya"}


def test_an_alias_is_stored_only_when_it_names_the_actor():
    resolver = ActorResolver(lambda: [], lambda: {})
    changes = ActorChanges()
    actor = resolver.actor_for(
        Speaker(
            "Budi Santoso",
            "person",
            "Menteri Perdagangan",
            ("Budi", "katanya", "Menteri Perdagangan Budi Santoso", "Mendag"),
        ),
        "id",
        changes,
    )
    assert actor is not None and actor < 0
    assert set(changes.aliases) == {"budi santoso", "budi", "menteri perdagangan budi santoso"}


def test_a_circulating_text_or_an_unnamed_speaker_has_no_actor():
    resolver = ActorResolver(lambda: [], lambda: {})
    changes = ActorChanges()
    assert resolver.actor_for(Speaker("unggahan", "circulating"), "id", changes) is None
    assert resolver.actor_for(Speaker("", "person"), "id", changes) is None
    assert resolver.actor_for(Speaker("warga", "person"), "id", changes) is None
    assert changes.about == {}


def test_a_role_in_an_organisation_with_no_name_after_it_makes_no_actor(store):
    ingest(
        store,
        "Politisi Partai Golkar yang juga wakil rakyat dari Bali itu menegaskan anggaran pariwisata naik 20 persen.",
        "Anggota Komisi IV DPR RI mengatakan stok pupuk bersubsidi cukup hingga akhir tahun.",
        "Politisi Partai Golkar Gde Sumarjaya Linggih mengatakan anggaran pariwisata naik 20 persen.",
    )
    assert set(actors(store)) == {"Gde Sumarjaya Linggih"}


def test_an_actor_known_by_one_word_takes_the_full_name_it_is_given():
    # the actor "Dewa" (an article wrote him so, with "Ratu Dewa" among his aliases) is named "Ratu Dewa" once an
    # article names him in full; a one-word actor is never renamed after a name that merely holds its word elsewhere
    resolver = ActorResolver(lambda: [(7, "Dewa", "person", "")], lambda: {"dewa": 7, "ratu dewa": 7})
    changes = ActorChanges()
    assert resolver.actor_for(Speaker("Ratu Dewa", "person", "Wali Kota Palembang"), "id", changes) == 7
    assert changes.about[7] == ("Ratu Dewa", "person", "Wali Kota Palembang")
    resolver = ActorResolver(lambda: [(7, "Agus", "person", "")], lambda: {"agus": 7})
    changes = ActorChanges()
    assert resolver.actor_for(Speaker("Agus Harimurti Yudhoyono", "person"), "id", changes) != 7
    assert 7 not in changes.about


def test_a_body_a_name_owns_is_one_actor_and_some_of_a_bodys_people_are_none():
    # "the Clinton campaign" is one body (`[speaker] owned_bodies`), written with or without the possessive;
    # "Pentagon officials" are some of a body's people, no actor
    resolver = ActorResolver(lambda: [], lambda: {})
    changes = ActorChanges()
    campaign = resolver.actor_for(Speaker("Lindqvist campaign", "organization"), "en", changes)
    possessed = resolver.actor_for(Speaker("Lindqvist’s campaign", "person"), "en", changes)
    assert campaign is not None and possessed == campaign
    assert changes.about[campaign][:2] == ("Lindqvist campaign", "organization")
    assert resolver.actor_for(Speaker("Pentagon officials", "group"), "en", changes) is None
    assert resolver.actor_for(Speaker("campaign", "organization"), "en", changes) is None


def test_a_name_with_a_small_letter_before_its_capital_is_an_actor():
    # "eBay Inc." (`[names] lowercase_name_prefixes`): extraction reads it as a name, and so does the resolver
    resolver = ActorResolver(lambda: [], lambda: {})
    changes = ActorChanges()
    assert resolver.actor_for(Speaker("eBay Inc", "organization"), "en", changes) is not None
    assert resolver.actor_for(Speaker("union leader", "person"), "en", changes) is None


def test_a_person_of_a_body_described_is_no_actor_and_the_body_still_is():
    """PolNeAR blind read 9 of session 62 (item 30, wrong: "according to a GOP strategist monitoring the race" made an
    actor of that name, an organisation by its first word). A body's name, then a person's title of one word in lower
    case and only lower-case words after it, is someone of the body, unnamed (`NameWords.person_of_a_body`): no
    actor gathers every "GOP strategist" of every article. A body described by its kind stays one ("French foreign
    ministry": "foreign" is a word of a title, no title)."""
    resolver = ActorResolver(lambda: [], lambda: {})
    changes = ActorChanges()
    for name in ("GOP strategist monitoring the race", "CNN correspondent"):
        assert resolver.actor_for(Speaker(name, "organization"), "en", changes) is None
    assert resolver.actor_for(Speaker("French foreign ministry", "organization"), "en", changes) is not None
    assert resolver.actor_for(Speaker("Lindqvist campaign", "organization"), "en", changes) is not None


def test_an_account_handle_in_lower_case_is_an_actor(store):
    """Detik round 66-6 item 5 (avoidable): '"…," ujar @farhanalv' — a handle names the account that posted, whatever
    its case ("@NurKhafidhotul" beside it already was an actor; `NameWords.names_someone`)."""
    ingest(store, '"Ayo terus cetak gol di liga Inggris," ujar @farhanalv di media sosial X.')
    assert "@farhanalv" in actors(store)
