"""Fixtures of the editions tests."""

import pytest


@pytest.fixture(scope="session")
def cache(tmp_path_factory):
    """One analysis cache for every site these tests build: the same articles are analysed
    once per test process."""
    return tmp_path_factory.mktemp("editions-cache")
