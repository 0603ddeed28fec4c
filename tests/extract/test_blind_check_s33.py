"""Rules from session 33's reading of wrong speakers (PFSA-ID dev, the blind hand check of Detik statements with
seed 2597), each written again in words of our own and mended by a rule of news writing (docs/extraction.md,
session 33)."""

from __future__ import annotations

from tests.extract.helpers import speakers


# --- "'…,' ujarnya" after someone new was brought in, when a speaker "-nya" cannot mean spoke since the last who may --
def test_a_suffixed_cue_does_not_reach_back_past_a_newcomer():
    text = (
        'Dinas Perhubungan Kota Bogor meminta warga tidak berkerumun di alun-alun. "Kami akan menutup semua jalan '
        'menuju alun-alun," ujar Kepala Dinas Perhubungan Kota Bogor Andi Saputra.\n\n'
        "Rina Wulandari (31), warga Kelurahan Tegal, memilih merayakan malam tahun baru di rumah orang tuanya. "
        "Ia berangkat sore hari.\n\n"
        'Di pos perbatasan, petugas meminta dia menunjukkan hasil tes. "Saya sudah tes dan hasilnya negatif, jadi '
        'tidak ada masalah," ujarnya.'
    )
    # "-nya" is Rina's, not the head of the office who spoke before the officer did: not his, at least
    assert speakers(text)[-1] != "Andi Saputra"
    assert speakers(text)[-1] in ("", "Rina Wulandari")


def test_a_suffixed_cue_goes_on_with_the_speaker_when_no_one_new_came_in():
    text = (
        'Kepala Dinas Perhubungan Kota Bogor Andi Saputra mengatakan jalan menuju alun-alun ditutup. "Kami menutup '
        'semua jalan pukul 18.00," ujar Andi.\n\n'
        'Di pos perbatasan, petugas meminta pengendara putar balik. "Penutupan berlaku sampai pukul 02.00 dini hari," '
        "ujarnya."
    )
    assert speakers(text)[-1] == "Andi Saputra"
