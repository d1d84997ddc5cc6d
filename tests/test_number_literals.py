"""Figures are written as the article wrote them: scaling a decimal by a thousand or a million adds no digits."""
import pytest

from kg.rdf import number_literal


@pytest.mark.parametrize("value,datatype,expected", [
    (16.1 * 1000, "decimal", "16100.0"),  # "16,1 тыс. тонн" (16100.000000000002 as a double)
    (1.299 * 1_000_000, "decimal", "1299000.0"),  # "1,299 млн т"
    (0.1 * 3, "decimal", "0.3"),  # 0.30000000000000004
    (7.355e9, "decimal", "7355000000.0"),
    (28.3, "decimal", "28.3"),
    (-28.0, "decimal", "-28.0"),
    (0.000125, "decimal", "0.000125"),
    (2.6, "integer", "3"),
])
def test_a_figure_keeps_only_the_digits_the_article_wrote(value: float, datatype: str, expected: str) -> None:
    assert number_literal(value, datatype).value == expected
