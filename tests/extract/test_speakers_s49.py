"""Rules from session 49's blind reads, written again in sentences of our own (docs/extraction.md, session 49).

Detik, seed 2761: '"Menambah satu petugas khusus …," jelasnya' after "Kemenkes RI juga mengusulkan …" went to the
ministry, though the quotations around it were its deputy minister's; and "kata Kalakhar Badan Penanggulangan Bencana
Daerah (BPBD) Kabupaten Boyolali, Suratno" made the whole office a body and lost Suratno."""

from __future__ import annotations

import pytest

from claimtrack.lexicon import lexicon
from tests.extract.helpers import statements


def _speaker_of(found: list, start: str) -> str:
    (statement,) = [s for s in found if s.content.startswith(start)]
    return statement.speaker


def test_the_officials_words_after_the_narration_of_the_body_stay_theirs() -> None:
    """The deputy minister was quoted last ("tuturnya"); the narration since told what the ministry did (it issued a
    decree), and the next quotation with only "-nya" is still the official's, not the ministry's, which spoke before
    him (Detik 612)."""
    found = statements(
        "Wakil Menteri Komunikasi dan Digital Nezar Patria mengatakan talenta digital penting. Komdigi memastikan "
        'setiap program pelatihan tersinkronisasi.\n\n"Kita membutuhkan basis data terpadu," tuturnya.\n\n'
        "Sebagai bagian dari upaya itu, Komdigi menerbitkan Surat Edaran Nomor 5 Tahun 2025.\n\n"
        '"Dengan upaya ini, kita dapat mengoptimalkan sumber daya," pungkasnya.',
        "id",
    )
    assert _speaker_of(found, "Dengan upaya ini") == "Nezar Patria"


def test_the_body_that_spoke_in_the_narration_speaks_through_its_official() -> None:
    """The ministry proposed something in the narration right after its deputy minister's quotation: the words said
    aloud after it are his (the pattern of Detik 378, where the official is named by his role)."""
    found = statements(
        'Wakil Menteri Kesehatan Dante Saksono mengatakan program berjalan baik.\n\n"Sekarang setiap pagi kami '
        'menerima laporan," ujar Dante.\n\nKemenkes juga mengusulkan penambahan ahli kesehatan lingkungan di setiap '
        'pelaksana MBG.\n\n"Menambah satu petugas khusus itu tidak mudah," jelasnya.',
        "id",
    )
    assert _speaker_of(found, "Menambah satu petugas") == "Dante Saksono"


def test_a_body_the_person_quoted_before_does_not_serve_keeps_its_words() -> None:
    """A guard: the election council's statement after the election commission chairman's quotation is the council's
    (the chairman holds no office of it)."""
    found = statements(
        'Ketua KPU Hasyim Asyari mengatakan pihaknya menghormati putusan itu.\n\n"Kami menerima," ujar Hasyim.\n\n'
        "DKPP mengatakan para teradu melanggar kode etik penyelenggara pemilu.\n\n"
        '"Menjatuhkan sanksi peringatan keras kepada Teradu VII," ujarnya.',
        "id",
    )
    assert _speaker_of(found, "Menjatuhkan sanksi") == "DKPP"


@pytest.mark.parametrize(
    "office",
    [
        "Kalakhar Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Boyolali",
        "Kalakhar BPBD Boyolali",
        "Kalak BPBD Klaten",
    ],
)
def test_the_head_of_a_disaster_agencys_daily_work_is_a_title(office: str) -> None:
    """ "Kalak", "Kalakhar": Kepala Pelaksana (Harian), the title of a regional disaster agency's executive head."""
    found = statements(f'"Benar ada jembatan hanyut," kata {office}, Suratno, Selasa (21/10/2025) malam.', "id")
    assert _speaker_of(found, "Benar ada jembatan") == "Suratno"


@pytest.mark.parametrize(
    ("role", "institution"),
    [
        ("Wakil Menteri Kesehatan", "Kementerian Kesehatan"),
        ("Kepala Badan Pusat Statistik", "Badan Pusat Statistik"),
        ("Kapolres Tasikmalaya Kota", "Polres Tasikmalaya Kota"),
        ("pengamat", ""),
    ],
)
def test_the_institution_a_role_names(role: str, institution: str) -> None:
    assert lexicon("id").institution_of(role) == institution
