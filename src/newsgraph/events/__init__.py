"""Event coding: who did what to whom, in CAMEO and PLOVER, with modality and attribution.

    ontology.py    CAMEO/PLOVER tables (data/ontology/)    patterns.py   pattern and cue files (data/patterns/)
    roles.py       source/target phrases from the parse     arguments.py  phrases -> sides (actors, or words only)
    triggers.py    where a sentence may hold an event: verb and noun patterns matched, reporting verbs met
    coder.py       triggers -> events: sides read, senses, agentless forms, one pass per sentence; its steps in
                   trigger_recodes.py, place_targets.py, side_fills.py, trigger_moods.py, pair_checks.py
    verb_roles.py  source and target of a verb trigger      noun_roles.py  ... of a noun trigger
    target_candidates.py the candidate lists both share: owners, partners, addressees, victims, the accused
    implied_sides.py sides the parse does not name (between-phrases, protest sites, captors; one actor twice)
    harm_context.py was a harm an attack, an accident or a protest clash; its attackers and victims
    writer_filters.py what only looks like an event: the writer's "we", "some say", opinions with no addressee
    merges.py      a sentence's events once coded: one act told in several words, sides lent between acts
    statements.py  CAMEO 01 statements from reporting verbs (speakers, addressees, proposals, shadowing by
                   verbal acts); statement_data.py its data files (verbs of saying, stance adjectives, tone
                   words, shadows); statement_tones.py the tone of what was said and whom it judges
    headlines.py   title-case headlines read flat           senses.py     word sense by argument type
    modality.py    modality (did it happen), with modality_cues.py, negation.py, conditions.py, conjunct_moods.py and
                   refusals.py; attribution.py who says so ("according to X", "X said")
    date_place.py  event date (dependency-aware) and place
    narrative.py   history told on after a dated sentence   (convention history-narrative, used by merges.py)
    addressees.py  whom a statement is addressed to (statements.py reads it): told X, spoke to reporters, outlets
    conventions.py sentence-level CAMEO conventions: intent/threat, reported claims, one event per dyad
    state_sides.py is an actor a state body, are two sides one state (conventions, coder, discourse ask it)
    confidence.py  one confidence scale for every rule      build.py      the Event record of a coded dyad
    stage.py       the "events" pipeline stage              quote_links.py the "quote_links" stage
"""
