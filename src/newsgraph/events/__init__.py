"""Event coding: who did what to whom, in CAMEO and PLOVER, with modality and attribution.

    ontology.py  CAMEO/PLOVER tables (data/ontology/)     patterns.py  pattern and cue files (data/patterns/)
    roles.py     source/target phrases from the parse      modality.py  modality and attribution
    anchor.py    event date and place                      coder.py     triggers -> Event records
    conventions.py  sentence-level CAMEO conventions: intent/threat, reported claims, one event per dyad
    stage.py     the "events" pipeline stage
"""
