"""Session 41 (issues 12 and 11, branch tgt45): targets left empty or given the wrong side (round43).

All sentences are written for these tests. Each kind fixed has sentences that now get the target right, and ones
where the rule must not reach (a deed no verb tells, force with no crowd told before, a protest only called for).
"""
import newsgraph


def _analysis(text: str):
    return newsgraph.analyse(text, published="2024-06-19")


def _coded(text: str, prefix: str) -> list:
    """The events of the text whose CAMEO code starts with `prefix`."""
    return [e for e in _analysis(text).events if e.cameo_code.startswith(prefix)]


def _targets(text: str, prefix: str) -> list:
    return [e.target_code for e in _coded(text, prefix)]


# --- deed-verbs: "the attack", "the raid", "the trial" was done by whoever the verb that told it names ----------------

def test_the_attack_condemned_is_the_one_its_verb_told_not_the_nearest_act_of_force():
    text = ("BAMAKO, May 3 - Jihadist fighters attacked a gendarmerie post near Mopti on Sunday. "
            "The army launched air strikes against the fighters on Monday. "
            "The transitional president condemned the attack.")
    evs = [e for e in _coded(text, "11") if e.source_code.startswith("MLI")]
    assert [e.target_text for e in evs] == ["Jihadist fighters"]    # (before round43: the army's air strikes)


def test_the_raid_condemned_is_the_storming_told_before():
    text = ("NABLUS, May 3 - Israeli troops stormed a refugee camp near Nablus on Tuesday. "
            "Palestinian gunmen fired at an Israeli checkpoint later that day. "
            "The Jordanian foreign ministry condemned the raid.")
    evs = [e for e in _coded(text, "11") if e.source_code.startswith("JOR")]
    assert evs and all(e.target_code.startswith("ISR") for e in evs)


def test_the_trial_called_a_sham_is_the_sentencing_courts():
    text = ("MINSK, May 3 - A court in Minsk sentenced a Polish activist to eight years in prison on Friday. "
            "Warsaw called the trial a farce.")
    evs = [e for e in _coded(text, "11") if e.source_code.startswith("POL")]
    assert [e.target_code for e in evs] == ["BLRJUD"]


def test_an_attack_no_verb_told_still_answers_the_nearest_act_of_force():
    # (no "attacked", "stormed" ...: the answer is to the act of force told just before, as before round43)
    text = ("GOMA, May 3 - Rebels shelled a displacement camp outside Goma on Thursday. "
            "The governor of North Kivu condemned the attack.")
    evs = [e for e in _coded(text, "11") if e.target_code]
    assert evs and all(e.target_code == "CODREB" for e in evs)


# --- inquired-deeds: an inquiry into "the shooting" looks into whoever fired ------------------------------------------

def test_an_inquiry_into_the_shooting_is_aimed_at_who_fired():
    text = ("LA PAZ, May 3 - Soldiers fired on a crowd of coca growers in the Chapare region on Monday. "
            "The interior minister ordered an investigation into the shooting.")
    evs = _coded(text, "09")
    assert [e.target_code for e in evs] == ["BOLMIL"]


def test_a_probe_into_the_killing_is_aimed_at_the_killers():
    text = ("LAGOS, May 3 - Unknown gunmen killed a village head in Ondo state on Saturday. "
            "The state governor ordered a probe into the killing.")
    evs = _coded(text, "09")
    assert evs and all(e.target_code is not None and e.target_code.startswith(("NGA", "UAF")) for e in evs)
    assert all(e.target_text == "Unknown gunmen" for e in evs)


def test_an_inquiry_into_a_deed_no_verb_tells_stays_without_a_target():
    text = ("ACCRA, May 3 - The fire at the central market destroyed hundreds of stalls. "
            "The president ordered an investigation into the shooting.")
    evs = _coded(text, "09")
    assert evs and all(e.target_code is None for e in evs)


# --- crowd-targets: police who fire with no object fire on the crowd just told of --------------------------------------

def test_tear_gas_with_no_object_is_fired_at_the_protesters_just_told_of():
    text = ("ANTANANARIVO, May 3 - Hundreds of students marched on the education ministry on Tuesday. "
            "Riot police fired tear gas.")
    evs = _coded(text, "175")
    assert [e.target_code for e in evs] == ["MDGEDU"]


def test_live_ammunition_continues_on_the_people_the_force_beat():
    text = ("KHARTOUM, May 3 - Soldiers beat demonstrators with sticks outside the army headquarters. "
            "Witnesses said the soldiers then used live ammunition.")
    evs = _coded(text, "193")
    assert evs and all(e.target_code is not None and e.target_code.startswith("SDN") for e in evs)


def test_force_with_no_crowd_told_before_stays_without_a_target():
    text = ("HARARE, May 3 - The finance minister presented the budget on Thursday. "
            "Police fired tear gas in the city centre.")
    evs = _coded(text, "175")
    assert evs and all(e.target_code is None for e in evs)


def test_a_protest_only_called_for_is_no_crowd_fired_on():
    text = ("DAKAR, May 3 - The opposition called for protests against the new tax on Friday. "
            "Police fired tear gas in the city centre.")
    evs = _coded(text, "175")
    assert evs and all(e.target_actor_id is None for e in evs)


# --- "the island" re-names an island state the text named -------------------------------------------------------------

def test_the_island_threatened_is_the_island_state_named_before():
    text = ("TAIPEI, May 3 - Chinese warships sailed near Taiwan on Friday. "
            "Beijing has threatened to blockade the island.")
    evs = [e for e in _analysis(text).events if e.cameo_root == "13"]
    assert evs and all(e.target_code == "TWN" for e in evs)


def test_the_island_of_a_mainland_state_is_no_country():
    an = _analysis("ROME, May 3 - Italy sent two navy ships to Lampedusa on Friday. "
                   "The interior minister said the island was overwhelmed.")
    island = [m for m in an.mentions if m.text.lower() == "the island"]
    assert all(m.actor_id is None or an.actor(m.actor_id).country != "ITA" for m in island)


def test_the_island_takes_up_the_island_state_as_a_mention():
    an = _analysis("HAVANA, May 3 - The United States tightened its embargo on Cuba on Friday. "
                   "Washington said the island had ignored its warnings.")
    island = [m for m in an.mentions if m.text.lower() == "the island"]
    assert island and all(m.actor_id is not None and an.actor(m.actor_id).country == "CUB" for m in island)
