"""ParsedDoc's span lookups agree with their plain definitions."""

from __future__ import annotations

from newsevents.nlp import parse_one


def test_tokens_in_is_every_token_overlapping_the_span() -> None:
    doc = parse_one("Mr. Varga's aides met  the U.N. envoy in Tbilisi.\n\nThey left on Monday.")
    n = len(doc.text)
    for start in range(-1, n + 2):
        for end in range(start, n + 2):
            want = [t for t in doc.tokens if t.start < end and t.end > start]
            assert doc.tokens_in(start, end) == want, (start, end)


def test_tokens_in_after_a_pickle_round_trip() -> None:
    import pickle

    doc = parse_one("The envoy met the minister in Baku.")
    again = pickle.loads(pickle.dumps(doc))
    span = (doc.text.index("minister"), doc.text.index("minister") + 8)
    assert [t.text for t in again.tokens_in(*span)] == ["minister"]
