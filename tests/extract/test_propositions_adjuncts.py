"""Claims that stand on their own although a rule of thumb said they lean on the article: an adjunct before the
main clause, a sentence adverb made with "-nya", a demonstrative after a name, an acronym spelt like a pronoun,
a name with a hyphenated particle; and the limits of each."""

from __future__ import annotations

from tests.extract.helpers import only, statements


def propositions(text: str, language: str = "id") -> list[tuple[str, bool]]:
    return [(p.text, p.vague) for p in only(text, language).propositions]


# --- an adjunct, a comma, then a main clause --------------------------------------------------------------------
def test_a_main_clause_after_an_adjunct_and_a_comma_stands_on_its_own():
    text = (
        "Menteri Sosial Saifullah Yusuf mengatakan berdasarkan Data Tunggal Sosial Ekonomi Nasional (DTSEN), sekitar "
        "52 persen masyarakat miskin berprofesi sebagai buruh tani."
    )
    [(wording, vague)] = propositions(text)
    assert wording.startswith("Berdasarkan Data Tunggal Sosial Ekonomi Nasional (DTSEN), sekitar 52 persen")
    assert not vague


def test_an_adjunct_with_no_main_clause_after_it_is_no_claim():
    # the clause after the comma opens with an auxiliary: whose act is left out
    text = "Kepala BPS Amalia Adininggar mengatakan untuk itu, memang belum memasukkan kegiatan strategis baru."
    assert all(vague for _, vague in propositions(text))
    # a decimal comma is no clause boundary
    text = (
        "Menteri Sosial Saifullah Yusuf mengatakan untuk 18,2 juta KPM penerima bantuan reguler Kemensos mendapatkan "
        "penebalan bantuan melalui BLTS."
    )
    assert all(vague for _, vague in propositions(text))


def test_the_clause_of_a_condition_is_not_asserted():
    text = (
        '"Jika kepala daerah dapat mengendalikan inflasi, Partai Golkar hampir pasti menang di Pemilu 2029," kata '
        "ekonom Bhima Yudhistira."
    )
    assert all(vague for _, vague in propositions(text))


def test_a_condition_word_before_a_comparison_compares():
    text = (
        '"Jika dibandingkan dengan September 2024, jumlah penduduk miskin di Pulau Jawa turun 1,2 juta orang," kata '
        "Kepala BPS Amalia Adininggar Widyasanti."
    )
    [(wording, vague)] = propositions(text)
    assert wording.startswith("Jika dibandingkan dengan September 2024, jumlah penduduk miskin") and not vague


def test_an_adjunct_that_points_back_leaves_the_sentence_to_its_article():
    text = (
        '"Dalam kasus ini, Budi Santoso ditetapkan sebagai tersangka penganiayaan sebagaimana Pasal 351 KUHP," kata '
        "Kapolres Padang AKBP Rudi Hartono."
    )
    assert all(vague for _, vague in propositions(text))


def test_in_english_the_clause_after_an_adjunct_must_show_its_subject():
    good = 'Analyst Ben Wood said: "For much of the past year, Hewlett-Packard held talks to merge with EMC Corp."'
    [(wording, vague)] = propositions(good, "en")
    assert wording.startswith("For much of the past year, Hewlett-Packard held talks") and not vague
    # "…, but vets advised …": a conjunction opens no main clause of its own
    bad = 'Owner Jane Smith said: "For Mittens to become female, but vets advised her to register the cat as male."'
    assert all(vague for _, vague in propositions(bad, "en"))


# --- "-nya": a sentence adverb is no possessor pointing back ------------------------------------------------------
def test_a_sentence_adverb_made_with_nya_leaves_the_wording_and_the_clause_after_it_is_judged():
    text = (
        '"Hasilnya, Pertamina mendapat tambahan cadangan migas 804 juta barel," kata Direktur Utama Pertamina '
        "Simon Aloysius."
    )
    assert propositions(text) == [("Pertamina mendapat tambahan cadangan migas 804 juta barel", False)]


def test_a_subject_with_a_possessive_nya_still_points_back():
    text = '"Jumlahnya mencapai 804 juta barel," kata Direktur Utama Pertamina Simon Aloysius.'
    assert propositions(text) == [("Jumlahnya mencapai 804 juta barel", True)]


def test_kalinya_after_an_ordinal_is_a_time_adverb():
    text = (
        "Mendikdasmen Abdul Mu'ti menyebut pertama kalinya dalam sejarah, tunjangan profesi guru non PNS dinaikkan "
        "secara signifikan."
    )
    [(wording, vague)] = propositions(text)
    assert wording.startswith("Pertama kalinya dalam sejarah") and not vague


def test_an_adverb_that_opens_a_predicate_needs_a_subject_after_it():
    named = '"Awalnya Lombok Barat dijatah 13 ribu peserta untuk reaktivasi," kata Kadis Sosial NTB Ahmad Masyhuri.'
    assert propositions(named) == [("Awalnya Lombok Barat dijatah 13 ribu peserta untuk reaktivasi", False)]
    bare = '"Akhirnya dimasukkan ke RS Dharmais pada Senin," kata Kadis Kesehatan NTB Ahmad Masyhuri.'
    assert all(vague for _, vague in propositions(bare))


# --- a sentence cut off after its auxiliary -----------------------------------------------------------------------
def test_a_sentence_that_ends_on_its_auxiliary_left_its_verb_to_what_came_before():
    text = (
        '"Meskipun Presiden Trump terus mendorong agar Powell memangkas suku bunga, nampaknya FOMC belum," kata '
        "ekonom Bhima Yudhistira."
    )
    assert all(vague for _, vague in propositions(text))
    # … but a name's word that is also an auxiliary ends a sentence well
    whole = '"Tidak ada konflik komunal atau gangguan keamanan di Jawa Tengah," kata Kapolda Jateng Ahmad Luthfi.'
    assert propositions(whole) == [("Tidak ada konflik komunal atau gangguan keamanan di Jawa Tengah", False)]


# --- a demonstrative after a name ---------------------------------------------------------------------------------
def test_a_demonstrative_after_a_name_adds_nothing_and_leaves_the_claim():
    text = (
        "Pemerintah menyalurkan Bantuan Langsung Tunai Sementara (BLTS) mulai Oktober.\n\n"
        "Menteri Sosial Saifullah Yusuf menyampaikan program BLTS ini akan menjangkau 35,04 juta keluarga penerima "
        "manfaat."
    )
    assert propositions(text) == [("Program BLTS akan menjangkau 35,04 juta keluarga penerima manfaat", False)]


def test_a_demonstrative_after_an_acronym_the_article_never_spelt_out_as_a_name_still_points_back():
    text = (
        "Polisi menyelidiki dugaan tindak pidana pencucian uang (TPPU).\n\n"
        "Kapolda Sumut Whisnu Hermawan mengatakan kasus TPPU ini merugikan negara Rp 2 miliar."
    )
    assert all(vague for _, vague in propositions(text))


def test_a_demonstrative_after_a_common_noun_still_points_back_whatever_name_comes_before():
    text = (
        "Menteri Luar Negeri Sugiono mengatakan utang Indonesia di proyek itu adalah konteks bisnis yang harus "
        "diselesaikan secara bisnis."
    )
    assert all(vague for _, vague in propositions(text))


def test_a_year_or_a_month_with_a_demonstrative_is_the_present_not_a_pointer_to_drop():
    text = '"DJP Jateng II tahun ini ditarget menagih Rp 176 miliar," kata Kepala Kanwil DJP Jateng II Slamet Sutantyo.'
    assert propositions(text)[0][0] == "DJP Jateng II tahun ini ditarget menagih Rp 176 miliar"


# --- names and acronyms -----------------------------------------------------------------------------------------------
def test_an_acronym_spelt_like_a_pronoun_is_no_pronoun():
    text = "The company said the price of the Apple Watch Sport will be $349 in the US."
    assert propositions(text, "en") == [("The price of the Apple Watch Sport will be $349 in the US", False)]
    text = "Trump told confidants he will withdraw us from the Paris climate agreement."
    assert all(vague for _, vague in propositions(text, "en"))


def test_a_name_with_a_hyphenated_particle_names_someone():
    text = "Iraqi officials said US air strikes wounded al-Baghdadi on Sunday."
    assert propositions(text, "en") == [("US air strikes wounded al-Baghdadi on Sunday", False)]


# --- English: the thing a cue named is no claim ---------------------------------------------------------------------
def test_a_noun_phrase_a_cue_named_in_english_claims_nothing():
    text = "WikiLeaks offered a $20,000 reward for information about Seth Rich's murder."
    assert statements(text, "en") == []  # (a thing offered is no statement at all since session 48)
    # (an act announced, no statement since session 62: "split" after an article is a noun, no finite verb)
    text = "Hewlett-Packard announced a split of its personal computer business from Hewlett-Packard Enterprise."
    assert statements(text, "en") == []


def test_a_clause_opening_with_an_article_keeps_its_finite_verb():
    for text in (
        "Officials said a new video allegedly depicts the beheading of American journalist Steven Sotloff.",
        "Officials said a five-day lockdown isn't close to a record for Fort Carson.",
        "Police said a scorpion stung a woman on an Alaska Airlines flight to Portland on Saturday.",
    ):
        assert not any(vague for _, vague in propositions(text, "en")), text
