"""Listed phrases in short texts: where two overlap, the longer one is found and taken out, whatever the order of
a set of strings in this process (it changes with the hash seed)."""

from __future__ import annotations

import os
import subprocess
import sys

from claimtrack.extract.phrases import WordSet

DENIALS = ["any evidence at all", "not backed by any evidence", "tidak benar", "tidak benar sama sekali", "hoaks"]


def test_of_two_overlapping_phrases_the_longer_is_taken_out():
    words = WordSet(DENIALS)
    assert words.remove_from("The claim was not backed by any evidence at all") == "the claim was at all"
    assert words.remove_from("Itu hoaks dan tidak benar sama sekali") == "itu dan"


def test_the_first_phrase_found_at_a_word_is_the_longest_listed_there():
    assert WordSet(DENIALS).first_in("Kabar itu tidak benar sama sekali") == "tidak benar sama sekali"


def test_the_answers_do_not_change_with_the_hash_seed():
    script = (
        "from claimtrack.extract.phrases import WordSet\n"
        f"w = WordSet({DENIALS!r})\n"
        "print(w.remove_from('The claim was not backed by any evidence at all'), '|', "
        "w.first_in('Kabar itu tidak benar sama sekali'))"
    )
    answers = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (0, 1, 2, 3, 5, 7)
    }
    assert answers == {"the claim was at all | tidak benar sama sekali\n"}
