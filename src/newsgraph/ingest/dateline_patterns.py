"""Datelines, their written forms: the regular expressions of a dateline's parts (a place's words in any Latin
letters, its region, a date in English or another language, a wire's parentheses, the dashes a page or a scrape
sets) and of the whole forms `read_dateline` (dateline_read.py) tries in turn: "HANOI, Vietnam (AP) —", "Ludhiana,
March 4", "SALINA, Kan. Strong", "(AP) —", "Nov 19 (Reuters) -", "(NEW YORK) —", "Hong Kong CNN —", "KVELLER via
JTA —". Reads data/ingest/dateline_months.csv (month names in other languages).
"""
from __future__ import annotations

import re

from newsgraph.datafile import package_data, read_rows

# Place names are written with any Latin letter ("SÃO PAULO", "BOGOTÁ", "Montréal"): an upper-case
# first letter from Latin-1 and Latin Extended-A/B, then letters of any script.
_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x250)) if ch.isupper())
CAPITALISED_WORD = rf"[{_UPPER}](?:[^\W\d_]|[.'’]|-(?=[^\W\d_]))*"     # a hyphen inside a name, not a dash after it
# lower-case particles inside a place's name: "Rio de Janeiro", "Dar es Salaam", "Port of Spain"
_PARTICLE = r"(?:de|del|la|las|los|el|al|es|of|da|do|dos|das|di|du|des|le|les|am|upon|on|sur|van|von|der|den)"
_PLACE_WORDS = rf"{CAPITALISED_WORD}(?:\s+(?:{CAPITALISED_WORD}|{_PARTICLE})){{0,3}}"
# "WASHINGTON/LONDON (Reuters) -", "TIJUANA & SAN DIEGO, March 29 --": a story filed from several places;
# the first one is the dateline's (joined by "&", all of them in capitals: `_plausible`).
_PLACE = rf"(?P<place>{_PLACE_WORDS})(?P<joined>(?:\s*/\s*{_PLACE_WORDS}|\s+&\s+{_PLACE_WORDS}){{0,3}})"
# "NEW DELHI [India], Jan 5 (ANI):": the region in square brackets after the place (or in parentheses
# before the wire's).
_BRACKET = (r"(?:\s*\[(?P<bracket>[^\[\]\n]{2,30})\]"
            # "Nagpur (India) (AFP) -": AFP writes the country in parentheses, before the wire's own
            r"|\s*\((?P<bracket2>[A-Z][^()\n]{1,30})\)(?=\s*\([^()\n]{1,60}\)))?")
# a country's name may hold lower-case connectors: "Democratic Republic of the Congo", "Trinidad and Tobago"
_REGION = rf"(?P<region>{CAPITALISED_WORD}(?:\s+(?:(?:of|the|and)\s+)*{CAPITALISED_WORD}){{0,3}})"


def _foreign_months() -> str:
    """An alternation of the month names of data/ingest/dateline_months.csv, longest first."""
    names = {n.strip().casefold() for _, row in read_rows(package_data("ingest", "dateline_months.csv"),
                                                          required=("names",))
             for n in row["names"].split("|") if n.strip()}
    return "|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n)))


# a month in English or (data/ingest/dateline_months.csv) another language, in any case: "Jun", "JUNE",
# "12 jun", "12 juin", "12 GIU"
_MONTH = (r"(?i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
          rf"|(?:{_foreign_months()})(?![^\W\d_])\.?)")
MONTH_WORD = re.compile(r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
                         r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# "June 12", "12 June 2024", "12 de junio de 2024"; a day alone before the wire's parentheses ("MADRID, 12
# (EUROPA PRESS) -": Spanish wires leave the month out)
# "Addis Ababa, August 30/2023 (ENA) -": the year after a slash (round40)
_DATE = (rf"(?P<date>{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}}|/\d{{4}})?|{_DAY}\s+(?:de\s+)?{_MONTH}(?:,?\s+(?:de\s+)?\d{{4}})?"
         rf"|\d{{1,2}}(?=\s*\())")
# (AP), /TASS/, a press wire's "/PRNewswire-USNewswire/" or "/ ACCESSWIRE /"
_PAREN = r"(?:\((?P<paren>[^()\n]{1,60})\)|\.?\s*/\s?(?P<slash>[A-Za-z][A-Za-z\- ]{1,40}?)\s?/\.?)"
# dashes: em, en, double hyphen, hyphen, figure dash, horizontal bar, and the Unicode hyphen and minus sign
# some pages set instead ("CHICAGO (AP) − The ..."); a scrape that decoded the page's dash wrongly leaves the
# replacement character in its place ("BEIRUT (AP) \ufffd A ...")
DASH = r"(?:—|–|---|--|-|\u2010|\u2011|\u2012|\u2015|\u2212|\ufffd)"
# the long dashes after a dateline's place: also three hyphens ("KEARNEY --- The ...", session 22), a closing
# quote mark between spaces, where a scrape turned the page's dash into one ("KEARNEY ” The ..."), and the bullet
# some papers set instead of a dash ("KEARNEY • The ...")
LONG_DASH = r"(?:—|–|-{2,3}|\u2015|(?<=\s)[”•](?=\s))"
# "CHICAGO, IL – November 19, 2019 – The ...", "... / ACCESSWIRE / November 19, 2019 / The ...": press
# releases set the date after the place's separator, closed by one of its own; it belongs to the dateline.
FULL_DATE = rf"(?:{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_DAY}\s+{_MONTH},?\s+\d{{4}})"      # a day, month and year, either order
TRAILING_DATE = re.compile(rf"{FULL_DATE}\s*(?:{DASH}|:|/)\s+"
                            rf"(?=[A-Z“\"‘'])")
# "KYIV (AP) _ The": a spaced underscore stands for the dash in plain-text wire copy.
# "ABU DHABI // The ...": two slashes between spaces, a Gulf paper's form (session 30)
# a colon followed by a word in lower case is a label's or a list item's ("LONDON: up 4 percent", "NAIROBI: the scene
# of ..."), not a dateline's: a story's sentence opens with a capital ("iPhone" keeps one inside; session 37)
_COLON = r":(?!\s+[a-z][a-z'’\-]*[\s,.;:])"
_SEP = rf"(?:\s*(?:{DASH}|{_COLON}|\.\s*{DASH})\s+|\s+_\s+|\s+//\s+(?=[A-Z“\"‘'])|\s+[”•]\s+(?=[A-Z“\"‘'])|\s*(?:—|–|--|:)(?=[A-Z“\"‘']))"
DATELINE = re.compile(
    # "TOKYO, June 12 Kyodo -", "ACCRA, June 12, GNA -": a wire's name after the date, without parentheses;
    # "MOSCOW. March 5 (Interfax) -": a full stop after the place in capitals, then the date (Russian wires'
    # form; round41); "KYIV | March 5, 2024 —", "NEW DELHI | March 5:": a bar between the place and the date (round42)
    rf"^{_PLACE}{_BRACKET}(?:\s*,\s*{_REGION})??(?:(?:\s*,{{1,2}}|\s*\||(?<=[A-Z]\.)(?=\s+{_MONTH}\s+\d))\s*{_DATE}(?:,?\s+(?P<bare>[A-Z][A-Za-z]{{1,14}})(?=\s*{DASH}))?)?"
    # "SAN FRANCISCO--(BUSINESS WIRE)--": press wires set their name between two dashes
    # after a wire's parentheses a hyphen glued to the story is its dash too: "LONDON (Reuters) -The ..."
    # (a spaced underscore ending the dateline's own line is its dash too: "NAIROBI, Kenya (AP) _" then a blank
    # line, plain-text wire copy of the 1990s; session 24)
    # an underscore glued to the wire's parentheses is its dash too: "CANBERRA, Australia (AP)_ The ..." (session 29)
    # "ISLAMABAD, (APP - Point News - 5th Mar, 2020) :The ...": a comma before the parentheses (round42)
    rf"(?:(?:\s*(?:{DASH}|,)(?=\s*\())?\s*{_PAREN}(?:{_SEP}|(?<=[)/])_\s+(?=[A-Z“\"‘'])|\s+[\"”]\s+|\s*{DASH}?(?=[A-Z“\"‘])|\s*(?:{DASH}|:|(?<=\s)_)?\s*$)"
    rf"|{_SEP}|\s*(?:{DASH}|:)\s*$|\s+_\s*$)")
# "Ludhiana, March 4" on its own line above the story, or with the story's capital after it and no separator:
# the place and the day of a paper that prints its dateline so (session 30)
# a page may print the time after the year ("NEW DELHI, March 5, 2024 10:42 IST", session 31)
_STAMP_TIME = r"(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4}\b)?)"
PLACE_DATE = re.compile(rf"^(?P<place>{_PLACE_WORDS})\s*,\s*(?P<date>{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}}{_STAMP_TIME}?)?|{_DAY}\s+{_MONTH}"
                        rf"(?:,?\s+\d{{4}}{_STAMP_TIME}?)?)(?:\s*$|\s+(?=[A-Z“\"‘]))")
# "SALINA, Kan. Strong winds ...": the dash lost (a page that set it in its own element); an upper-case
# place and its state or country, then the sentence's capital.
NO_SEPARATOR = re.compile(rf"^(?P<place>{_PLACE_WORDS})\s*,\s*(?P<region>{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD})?)\s+(?=[A-Z“\"‘])")
OUTLET_ONLY = re.compile(r"^\((?P<paren>[^()\n]{1,60})\)" rf"\s*(?:{DASH}|\.\s*{DASH}|:)?\s*(?=[A-Z“\"‘])")
# "Nov 19 (Reuters) - U.S. stocks ...": a wire's story without a place, the date standing for it.
DATE_OUTLET = re.compile(rf"^{_DATE}\s*\((?P<paren>[^()\n]{{1,40}})\)\s*(?:{DASH}|:)\s*"
                         rf"(?=[A-Z“\"‘'0-9])")
# "(NEW YORK) — ...": a place in parentheses, then a dash (an outlet's "(CNN) —" is told apart by the gazetteer)
PAREN_PLACE = re.compile(rf"^\((?P<place>{_PLACE_WORDS})\)\s*(?:—|–|--|\u2015)\s+(?=[A-Z“\"‘])")
# "Hong Kong CNN — ...", "WASHINGTON CNN —": a place, an outlet's initials or a wire's name without parentheses,
# then a long dash (session 29; the outlet must be one: `read_dateline`)
PLACE_OUTLET = re.compile(rf"^(?P<place>{_PLACE_WORDS}?)\s+(?P<outlet>[A-Z][A-Za-z]{{1,14}})\s*{LONG_DASH}\s*(?=[A-Z“\"‘])")
# "GENEVA | AFP | A ceasefire ...", "Odesa, Ukraine | Reuters | The ...": a wire's page that sets place and wire
# between bars (session 37; the name between the bars must be a wire's: `read_dateline`)
PLACE_BARS = re.compile(rf"^(?P<place>{_PLACE_WORDS})(?:\s*,\s*(?P<region>{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD})?))?"
                        rf"\s*\|\s*(?P<outlet>[A-Z][A-Za-z.\- ]{{1,30}}?)\s*\|\s*(?=[A-Z“\"‘])")
# "Kampala. The government ...", "Dar es Salaam. The ...": East African papers close the place with a full stop
# (round40; a city the gazetteer knows, prose after it: `read_dateline`)
PLACE_PERIOD = re.compile(rf"^(?P<place>{_PLACE_WORDS})\.\s+(?=[A-Z“\"‘])")
BARE_OUTLET = re.compile(rf"^(?P<outlet>[A-Z]{{2,6}})\s*{LONG_DASH}\s*(?=[A-Z“\"‘])")
VIA_AGENCY = re.compile(rf"^(?P<outlet>[A-Z][\w.'’ ]{{0,40}}?)\s+via\s+(?P<via>[A-Z][\w.\- ]{{1,30}}?)\s*{DASH}\s+")
PROSE_WORDS = 12            # a line with at least this many words is prose (a place line may precede it)
# what follows a dated dateline's dash when the wire's name comes next, closed by its own dash
DASHED_WIRE = re.compile(rf"(?P<wire>[A-Z][A-Za-z]{{1,14}})\s*{DASH}\s+(?=[A-Z“\"‘'])")
# a full date opening the paragraph before the dateline, maybe closed by a dash, comma or bar; a wire's page may
# set the time after it between slashes ("March 4, 2024 / 3:22 PM / SPRINGFIELD (Reuters) - ...")
LEAD_DATE = re.compile(rf"^(?:{FULL_DATE})(?:\s*/\s*\d{{1,2}}:\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{{2,4}})?\s*(?=/))?"
                        rf"\s*(?:(?:{DASH}|,|\||/)\s*)?(?=[A-Z])")
# "LOS ANGELES, CA (June 12, 2024) —": press releases put the release's date in the parentheses
PAREN_DATE = re.compile(rf"\s*{FULL_DATE}\s*")
STATE_CODE = re.compile(r"\s+(?P<state>(?:[A-Z]\.){2,3})$")
# a press wire's name and the release's full date in one pair of parentheses ("Marketwire - Jan. 5, 2009")
# (round42: the name may be a wire's and a portal's, "APP - Point News - 5th Mar, 2020", "UrduPoint / APP - ...")
WIRE_AND_DATE = re.compile(rf"(?P<name>[A-Za-z][A-Za-z .&/\-]{{1,40}}?)\s*(?:{DASH}|,)\s*{FULL_DATE}")
CREDIT_PARTS = re.compile(rf"\s+(?:{DASH}|/)\s+")
PLACE_LINE_REGION = re.compile(rf"(?P<place>{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{0,2}})\s*,\s*"
                                rf"(?P<region>{CAPITALISED_WORD}(?:\s+{CAPITALISED_WORD}){{0,2}})")
