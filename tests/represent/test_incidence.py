"""The text-by-term matrix the same-event test and the facts stage's pairing multiply."""

from newsbrief.represent.incidence import incidence


def test_each_text_is_a_row_and_each_term_a_column_in_order_of_first_appearance() -> None:
    matrix, terms = incidence([{"storm"}, [], {"storm", "dam"}, ["dam"]])
    assert set(terms) == {"storm", "dam"} and terms[0] == "storm"
    assert matrix.shape == (4, 2)
    assert (matrix @ matrix.T).toarray()[0].tolist() == [1, 0, 1, 0]  # text 0 shares a term with text 2 only
    assert matrix.toarray()[1].tolist() == [0, 0]


def test_no_texts_give_an_empty_matrix() -> None:
    matrix, terms = incidence([])
    assert matrix.shape == (0, 0) and terms == []


def test_a_term_listed_twice_counts_twice() -> None:
    matrix, _ = incidence([["storm", "storm"]])
    assert matrix.toarray().tolist() == [[2.0]]
