"""The Porter stemmer against the examples of Porter (1980)."""

from __future__ import annotations

import pytest

from statextract.evaluation.stemming import stem


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        # step 1a
        ("caresses", "caress"),
        ("ponies", "poni"),
        ("ties", "ti"),
        ("caress", "caress"),
        ("cats", "cat"),
        # step 1b
        ("feed", "feed"),
        ("agreed", "agre"),
        ("plastered", "plaster"),
        ("bled", "bled"),
        ("motoring", "motor"),
        ("sing", "sing"),
        ("conflated", "conflat"),
        ("troubled", "troubl"),
        ("sized", "size"),
        ("hopping", "hop"),
        ("falling", "fall"),
        ("hissing", "hiss"),
        ("filing", "file"),
        # step 1c
        ("happy", "happi"),
        ("sky", "sky"),
        # step 2
        ("relational", "relat"),
        ("conditional", "condit"),
        ("rational", "ration"),
        ("digitizer", "digit"),
        ("vietnamization", "vietnam"),
        ("operator", "oper"),
        ("decisiveness", "decis"),
        ("sensibiliti", "sensibl"),
        # step 3
        ("triplicate", "triplic"),
        ("formative", "form"),
        ("electrical", "electr"),
        ("hopeful", "hope"),
        ("goodness", "good"),
        # step 4
        ("revival", "reviv"),
        ("allowance", "allow"),
        ("airliner", "airlin"),
        ("replacement", "replac"),
        ("adjustment", "adjust"),
        ("dependent", "depend"),
        ("adoption", "adopt"),
        ("communism", "commun"),
        ("effective", "effect"),
        # step 5
        ("probate", "probat"),
        ("rate", "rate"),
        ("cease", "ceas"),
        ("controll", "control"),
        ("roll", "roll"),
        # whole words of news metrics
        ("generalizations", "gener"),
        ("users", "user"),
        ("netizens", "netizen"),
        ("sales", "sale"),
    ],
)
def test_porter_examples(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize("token", ["is", "a", "2020", "co2", "USD", "café", "用户"])
def test_short_numeric_upper_and_non_ascii_tokens_are_kept(token: str) -> None:
    assert stem(token) == token
