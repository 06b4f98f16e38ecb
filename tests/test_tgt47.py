"""Session 43 (issues 12 and 11, branch tgt47): targets a careful reader can name though the sentence names none
outright (round45).

All sentences are written for these tests. Each kind fixed has sentences that now get the target right, and ones
where the rule must not reach (a street protest rejected, a detention of suspects, hostages of another side, a group
that clashed with someone untold).
"""
from test_tgt46 import _analysis, _coded     # analyse a text; its events whose CAMEO code starts with a prefix


# --- ANS-reject-complaint-tgt47: a protest or criticism rejected is the maker's ------------------------------------

def test_a_rejected_protest_is_aimed_at_the_state_that_lodged_it():
    text = ("HELSINKI, May 3 - Finland lodged a protest with Russia on Tuesday over the detention of a Finnish "
            "trawler in the Baltic. Moscow rejected the protest.")
    evs = [e for e in _coded(text, "12") if e.source_code.startswith("RUS")]
    assert evs and {e.target_code[:3] for e in evs} == {"FIN"}
    assert all(e.rule_id.endswith("+answers") for e in evs)


def test_a_dismissed_criticism_is_aimed_at_the_critic():
    text = ("BRUSSELS, May 3 - The European Commission criticised Slovakia's new broadcasting law on Monday. "
            "Slovak officials dismissed the criticism.")
    evs = [e for e in _coded(text, "12") if e.source_code.startswith("SVK")]
    assert evs and {e.target_code for e in evs} == {"IGOEUREEC"}


def test_a_complaint_filed_and_turned_down():
    text = ("LIMA, May 3 - Peru filed a formal complaint with Chile over fishing boats in its waters. "
            "Chile rejected the complaint.")
    evs = [e for e in _coded(text, "12") + _coded(text, "016") if e.source_code.startswith("CHL")]
    assert evs and {e.target_code[:3] for e in evs} == {"PER"}


def test_a_rejected_street_protest_answers_no_lodged_protest():
    # a march is no formal protest made to anyone (root 14, not 11): nothing to aim the rejection at
    text = ("NAIROBI, May 3 - Thousands of traders marched through Nairobi on Monday against new market fees. "
            "The county government rejected the protest as illegal.")
    evs = [e for e in _coded(text, "12") if e.source_code.startswith("KEN")]
    assert all(not e.rule_id.endswith("+answers") for e in evs)


# --- ANS-condemn-sanctions-tgt47: sanctions and embargoes condemned are the imposer's --------------------------------

def test_condemned_sanctions_are_aimed_at_the_state_that_imposed_them():
    text = ("OTTAWA, May 3 - Canada imposed sanctions on four Iranian officials on Thursday. "
            "Tehran condemned the sanctions as illegal.")
    evs = [e for e in _coded(text, "11") if e.source_code.startswith("IRN")]
    assert [e.target_code[:3] for e in evs] == ["CAN"]


def test_a_denounced_embargo_is_aimed_at_the_state_that_imposed_it():
    text = ("CARACAS, May 3 - The United States imposed an oil embargo on Venezuela on Monday. "
            "Venezuela's foreign minister denounced the embargo.")
    evs = [e for e in _coded(text, "11") if e.source_code.startswith("VEN")]
    assert evs and {e.target_code[:3] for e in evs} == {"USA"}


# --- ANS-condemn-incursion-tgt47 and DEED_NOUN_VERBS: an incursion is whoever entered ---------------------------------

def test_a_condemned_incursion_is_aimed_at_whoever_entered():
    text = ("TOKYO, May 3 - Chinese navy ships entered Japanese waters near Okinawa on Monday. "
            "Tokyo condemned the incursion.")
    evs = [e for e in _coded(text, "11") if e.source_code.startswith("JPN")]
    assert evs and {e.target_code[:3] for e in evs} == {"CHN"}


def test_a_condemned_violation_is_aimed_at_whoever_violated():
    text = ("VILNIUS, May 3 - A Belarusian military helicopter violated Lithuanian airspace on Friday. "
            "Lithuania condemned the violation.")
    evs = [e for e in _coded(text, "11") if e.source_code.startswith("LTU")]
    assert evs and {e.target_code[:3] for e in evs} == {"BLR"}


# --- release-arresters: a demand for a release is made to the detainer -----------------------------------------------

def test_a_demand_for_re_named_detainees_goes_to_the_police_who_held_them():
    text = ("HARARE, May 3 - Police in Bulawayo detained eleven nurses at a sit-in on Monday. "
            "Their union demanded the release of its members.")
    evs = _coded(text, "10")
    assert evs and {e.target_code for e in evs} == {"ZWECOP"}
    assert all(e.rule_id.endswith("+arrester") for e in evs)


def test_a_demand_that_took_the_freed_as_target_goes_to_the_detainer():
    text = ("TBILISI, May 3 - Russian border guards detained four Georgian shepherds near the boundary line. "
            "Georgia's foreign ministry demanded the immediate release of the herders.")
    evs = [e for e in _coded(text, "10") if e.source_code.startswith("GEO")]
    assert evs and {e.target_code[:3] for e in evs} == {"RUS"}


def test_an_arrest_of_suspects_is_no_detention_whose_release_is_demanded():
    text = ("QUITO, May 3 - Gunmen stormed a radio station in Guayaquil on Tuesday. Police arrested nine suspects. "
            "Reporters' unions demanded the release of the staff still held.")
    evs = _coded(text, "10")
    assert all(not e.rule_id.endswith("+arrester") for e in evs)


def test_a_demand_with_no_detention_told_keeps_its_target():
    text = "ACCRA, May 3 - Teachers demanded the release of their unpaid allowances."
    assert all(not e.rule_id.endswith("+arrester") for e in _coded(text, "10"))


# --- reciprocal-groups: a group that fights among itself is its own target --------------------------------------------

def test_rival_gangs_that_clashed_are_each_others_targets():
    text = "PORT MORESBY, May 3 - Rival gangs clashed near a market in Port Moresby on Sunday, police said."
    evs = _coded(text, "19")
    assert evs and all(e.target_text == e.source_text == "Rival gangs" for e in evs)
    assert all(e.rule_id.endswith("+among-themselves") for e in evs)


def test_a_fight_between_two_men_is_aimed_at_the_two():
    text = "ABUJA, May 3 - A fight broke out between two men at a motor park in Abuja on Monday, police said."
    evs = _coded(text, "18")
    assert evs and all(e.target_text == "two men" and e.target_code == e.source_code for e in evs)


def test_protesters_who_clashed_with_no_one_named_are_not_their_own_target():
    text = "LA PAZ, May 3 - Protesters clashed in the streets of La Paz on Sunday."
    assert all(not e.rule_id.endswith("+among-themselves") for e in _analysis(text).events)


def test_two_sides_named_stay_each_others_targets():
    text = "DHAKA, May 3 - Clashes broke out between police and garment workers in Dhaka on Sunday."
    evs = [e for e in _analysis(text).events if e.cameo_root in ("17", "18", "19", "14")]
    assert evs and all(e.target_text != e.source_text for e in evs)
