"""Where a figure is: the place its own clause names."""

import pytest

from parsers import extract_figures

# (text, [location of each figure in order])
PLACES = [
    # the place after the number, in its clause, wins over the previous clause's place
    ("The Ministry said 8,260 Palestinians were killed in the Gaza Strip, and 122 others in the West Bank.",
     ["Gaza Strip", "West Bank"]),
    ("The toll includes 40,000 killed in the Gaza Strip and 700 in the West Bank.", ["Gaza Strip", "West Bank"]),
    ("8 people were killed in southern Lebanon and 3 in northern Israel.", ["Lebanon", "Israel"]),
    # two places joined by "and" are both
    ("The death toll in the Gaza Strip and the West Bank has reached 45,000, the ministry said.",
     ["West Bank and Gaza Strip"]),
    ("Since October 2023, 800 Palestinians have been killed in the West Bank and East Jerusalem.",
     ["East Jerusalem and West Bank"]),
    # ... but not the two sides of a war
    ("The war between Israel and Gaza has killed 41,000 people in the Strip.", ["Gaza Strip"]),
    # a place that is the subject of a verb is not where the figure is
    ("More than 10,000 people have been killed in the territory since Israel began its bombardment of Gaza.",
     ["Gaza Strip"]),
]


@pytest.mark.parametrize("text,expected", PLACES)
def test_place_of_each_figure(text, expected):
    figures, _ = extract_figures(text)
    assert [f.location for f in figures] == expected
