"""Fixtures shared by every test folder."""

import pytest

from generator import analyse


@pytest.fixture
def counted(monkeypatch):
    """How many times the real analysis function ran (counting, not replacing it)."""
    calls = []
    real = analyse.analyse_article

    def counting(*args, **kwargs):
        calls.append(args[0].path)
        return real(*args, **kwargs)

    monkeypatch.setattr(analyse, "analyse_article", counting)
    return calls
