"""Fixtures for the extraction tests."""

from __future__ import annotations

import pytest

from tests.extract.helpers import CORPUS


@pytest.fixture
def corpus():
    """../shared/corpus, read in place (its licences forbid copies in the project); skips when it is absent."""
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not here")
    return CORPUS
