"""Police, violence, protest, disaster and cooperation events as newspapers write them (issue 11, crime12).

Each case is one sentence written for this file (none comes from a gold set, a real page or the seed): a
dateline, a passive, an agentless or nominal form, a title-case headline, or police jargon ("taken into
custody", "booked", "charged with", "shot dead", "gunned down", "rallied", "took to the streets", "staged a
sit-in"), with the CAMEO root a coder following the codebook must find and, where the sentence names them, the
sides. Disaster and accident reports ("the quake killed 40", "a fire destroyed", "floods displaced") must code
no force (18-20), no coercion (17) and no protest (14).

Expected roots follow the codebook: arrests, detentions and bookings are 173 (root 17); charges and
indictments are 115 (root 11: "charges or lawsuits are coded as 115"); a riot is 145 (root 14); killings,
shootings, stabbings and bombings are 18-20 ("V": any of them); a signed deal is 05, a meeting or visit 04,
a pledge of aid 03, joint exercises 06.
"""
from __future__ import annotations

import pytest

from test_events import _events

COUNTED = ("asserted", "reported")
VIOLENT = {"18", "19", "20"}
NOT_FOR_DISASTERS = VIOLENT | {"14", "17"}

# (text, expected root -- "V" for any of 18-20, "-" for a disaster that codes none of 14 and 17-20 --,
#  source code prefix or None when not checked, target code prefix or None)
CASES = [
    # arrests, detentions, bookings (17)
    ("LAGOS (Reuters) - Nigerian police arrested 12 people suspected of kidnapping schoolchildren, a spokesman "
     "said on Tuesday.", "17", "NGACOP", None),
    ("The suspect was taken into custody by Chicago police on Friday night.", "17", "USACOP", None),
    ("A 19-year-old man was taken into custody after a brief standoff, police said.", "17", None, None),
    ("He was booked into the county jail on Saturday.", "17", None, None),
    ("Deputies booked the woman on suspicion of drunken driving.", "17", None, None),
    ("Two Men Taken Into Custody After Downtown Shooting", "17", None, None),
    ("Turkish authorities detained 30 journalists in dawn raids across Istanbul.", "17", "TUR", "TURMED"),
    ("Authorities in Belarus have detained a prominent opposition blogger.", "17", "BLR", None),
    ("Police Arrest Teen In Connection With School Threat", "17", "COP", None),
    ("ISLAMABAD - Pakistani security forces arrested a senior militant commander in a raid on Sunday.", "17",
     "PAK", None),
    ("Three people were arrested in Kenya on Tuesday over the attack.", "17", "KENCOP", None),
    ("The former president was placed under house arrest in Brasilia.", "17", None, None),
    ("Officers handcuffed the man and led him away.", "17", "COP", None),
    ("Immigration agents apprehended 14 migrants near the border.", "17", None, None),
    ("A man has been remanded in custody ahead of his trial.", "17", None, None),
    ("Police nabbed the suspect hours later in a nearby town.", "17", "COP", None),
    ("The suspected ringleader was picked up by police in Marseille.", "17", "COP", None),
    ("French police took four activists into custody after the protest.", "17", "FRACOP", None),
    ("Riot police hauled away dozens of demonstrators in Tbilisi.", "17", "COP", None),
    # charges and indictments (115)
    ("Prosecutors charged the former mayor with fraud on Monday.", "11", None, None),
    ("A 45-year-old man has been charged with murder.", "11", None, None),
    ("The officer was indicted on manslaughter charges by a grand jury.", "11", None, None),
    ("Police Charge Driver Over Crash That Killed Cyclist", "11", "COP", None),
    # killings, shootings, stabbings, bombings (18-20)
    ("A police officer was shot dead in Guadalajara on Tuesday.", "V", None, "MEXCOP"),
    ("Gunmen shot dead a village chief in northern Burkina Faso on Wednesday.", "V", None, None),
    ("Two men were gunned down outside a bar in Medellin.", "V", None, None),
    ("Suicide Bomber Kills 20 At Baghdad Market", "V", None, None),
    ("A teenager was stabbed in the chest during a fight in east London.", "V", None, None),
    ("A woman was stabbed repeatedly by her former partner, the court heard.", "V", None, None),
    ("Militants ambushed an army convoy, killing nine soldiers.", "V", None, None),
    ("Security forces opened fire on demonstrators in Khartoum, killing three.", "V", "SDN", None),
    ("A journalist was murdered in Honduras last week.", "V", None, None),
    ("The man was bludgeoned to death with a hammer.", "V", None, None),
    ("Two police officers were wounded in a knife attack in Brussels.", "V", None, None),
    ("A bomb exploded outside a police station in Diyarbakir, killing two.", "V", None, None),
    ("Israeli air strikes killed 15 people in Gaza on Monday.", "V", "ISR", None),
    ("Russian forces shelled the town overnight, killing four civilians.", "V", "RUS", None),
    ("Gunmen seized 40 hostages at a hotel in the capital.", "V", None, None),
    ("Police shot dead a suspected robber in Nairobi.", "V", "KENCOP", None),
    ("A Palestinian was shot dead by Israeli troops in the West Bank.", "V", "ISR", None),
    ("Armed Men Kill Three Police Officers In Ambush", "V", None, "COP"),
    ("Masked attackers torched the home of a local councillor.", "17", None, None),     # 1712 destroy property
    # protest (14)
    ("Thousands of people took to the streets of Santiago on Saturday to protest against pension reform.", "14",
     None, None),
    ("Teachers rallied outside the state capitol to demand higher pay.", "14", None, None),
    ("Students staged a sit-in at the university's main building.", "14", None, None),
    ("Hundreds of farmers protested in Paris against new fuel taxes.", "14", None, None),
    ("Dock workers walked off the job on Monday in a dispute over pay.", "14", None, None),
    ("Opposition supporters demonstrated outside the electoral commission.", "14", None, None),
    ("Protesters Rally In Hong Kong Against Extradition Bill", "14", None, None),
    ("Nurses went on a 48-hour strike across Nigeria.", "14", None, None),
    ("Rioters torched cars and looted shops in the city centre.", "14", None, None),
    ("Crowds took to the streets of Dhaka after the verdict.", "14", None, None),
    # cooperation: agreements, meetings, visits, pledges (03-06)
    ("Egypt and Sudan signed an agreement on water sharing on Sunday.", "05", "EGY", "SDN"),
    ("The Japanese prime minister met his Indian counterpart in Tokyo.", "04", "JPN", "IND"),
    ("France pledged 50 million euros in aid to Lebanon.", "03", "FRA", "LBN"),
    ("China and Russia held joint naval exercises in the Sea of Japan.", "06", "CHN", "RUS"),
    ("The German foreign minister visited Kyiv on Tuesday.", "04", "DEU", "UKR"),
    ("Kenya and Tanzania reached a deal to end their trade dispute.", "05", "KEN", "TZA"),
    # disasters and accidents: no 14, 17 or 18-20
    ("The quake killed 40 people and injured hundreds in the mountainous province.", "-", None, None),
    ("A fire destroyed dozens of homes in the village on Sunday.", "-", None, None),
    ("Floods displaced more than 10,000 people in Bangladesh.", "-", None, None),
    ("The cyclone killed at least 12 people as it swept across the coast.", "-", None, None),
    ("A bus plunged into a ravine, killing 23 passengers.", "-", None, None),
    ("An avalanche buried a group of skiers near Chamonix.", "-", None, None),
    ("The wildfire has destroyed more than 300 homes.", "-", None, None),
    ("Mudslides triggered by heavy rain killed nine people.", "-", None, None),
    ("A building collapse in Lagos killed at least 15 workers.", "-", None, None),
    ("The storm tore roofs off houses and knocked out power.", "-", None, None),
    ("Cholera has killed 200 people since the outbreak began.", "-", None, None),
    ("Quake Kills Dozens In Eastern Turkey", "-", None, None),
    ("Floodwaters swept away a bridge, killing two motorists.", "-", None, None),
    ("The ferry sank off the coast and 30 people drowned.", "-", None, None),
    ("Fire Destroys Historic Church In Normandy", "-", None, None),
]


def _root_ok(root: str, want: str) -> bool:
    return root in VIOLENT if want == "V" else root == want


def _side_ok(code: str | None, want: str | None) -> bool:
    """`want` is a code's beginning ("NGACOP", "ISR") or, after the country, its sector ("COP" in "FRACOP")."""
    code = code or ""
    return want is None or code.startswith(want) or code[3:].startswith(want)


def check(text: str, want: str, src: str | None, tgt: str | None) -> str:
    """'' when the sentence is coded as expected, else what is wrong (for the failure message)."""
    events = [e for e in _events(text) if e.modality in COUNTED]
    if want == "-":
        bad = sorted(f"{e.cameo_code}/{e.rule_id}" for e in events if e.cameo_root in NOT_FOR_DISASTERS)
        return f"disaster coded as {bad}" if bad else ""
    hits = [e for e in events if _root_ok(e.cameo_root, want)]
    if not hits:
        return f"no {want}: got {sorted((e.cameo_code, e.rule_id) for e in events)}"
    sided = [e for e in hits if _side_ok(e.source_code, src) and _side_ok(e.target_code, tgt)]
    if not sided:
        return f"sides: got {sorted((e.cameo_code, e.source_code, e.target_code) for e in hits)}"
    return ""


# Cases this round leaves failing, each for a reason outside its rules (strict: a fix makes the test say so).
KNOWN: dict[str, str] = {
    # (session 27: "Students staged a sit-in at the university's main building" passes since convention
    # protest-apart: students and their university, both EDU, are two parties of a protest)
}


def _case(c):
    mark = [pytest.mark.xfail(reason=KNOWN[c[0]], strict=True)] if c[0] in KNOWN else []
    return pytest.param(*c, id=c[0][:48], marks=mark)


@pytest.mark.parametrize("text, want, src, tgt", [_case(c) for c in CASES])
def test_police_violence_protest_disaster_sentence(text, want, src, tgt):
    problem = check(text, want, src, tgt)
    assert not problem, problem
