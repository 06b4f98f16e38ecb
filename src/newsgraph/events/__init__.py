"""Event coding: who did what to whom, in CAMEO and PLOVER, with modality and attribution.

    ontology.py    CAMEO/PLOVER tables (data/ontology/)    patterns.py   pattern and cue files (data/patterns/)
    roles.py       source/target phrases from the parse     arguments.py  phrases -> sides (actors, or words only)
    coder.py       triggers -> events: verb and noun patterns, agentless forms, one pass per sentence
    statements.py  CAMEO 01 statements from reporting verbs (tone, proposals, shadowing by verbal acts)
    headlines.py   title-case headlines read flat           senses.py     word sense by argument type
    modality.py    modality and attribution                 date_place.py event date (dependency-aware) and place
    conventions.py sentence-level CAMEO conventions: intent/threat, reported claims, one event per dyad
    confidence.py  one confidence scale for every rule      build.py      the Event record of a coded dyad
    stage.py       the "events" pipeline stage              quote_links.py the "quote_links" stage
"""
