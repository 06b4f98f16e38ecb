"""Session 23 (issue 11, branch trade23): business and trade events in the forms business news uses -- goods bought
with their maker named in the goods' own phrase, orders won from a buyer, swap and credit lines opened with a party,
money injected into a banking system, bailouts named by their noun, a firm's deliveries (trade, no arms aid);
internal business, court orders and prices "trading at" stay out. Our own sentences only."""
from __future__ import annotations

import pytest

from test_events import _events, _has


def test_goods_bought_with_the_maker_in_their_phrase():
    evs = _has(_events("Aeromexico ordered 30 Embraer E175 jets for its regional routes."), root="06")
    assert evs and evs[0].rule_id.startswith("V06-buy-goods"), [(e.rule_id, e.target_text) for e in evs]
    assert "Embraer" in (evs[0].target_text or "")


def test_a_contract_to_purchase_is_made_by_the_signer():
    evs = _has(_events("Norwegian Air signed a contract to purchase 24 Boeing 737 jets on Monday."), code="061")
    assert evs and "Norwegian" in (evs[0].source_text or ""), [(e.source_text, e.target_text) for e in evs]
    assert evs[0].modality == "asserted"


def test_goods_bought_from_a_named_seller_keep_the_seller():
    evs = _has(_events("The Danish ferry line bought two ferries from a Polish shipyard."), code="061")
    assert evs and "shipyard" in (evs[0].target_text or "")


def test_no_maker_no_purchase_event():
    assert not _has(_events("The Chilean carrier ordered eight new jets last year."), root="06")


def test_an_order_won_from_a_buyer():
    evs = _has(_events("Embraer won an order from Kenya Airways for twelve regional jets."), code="061")
    assert evs and "Kenya" in (evs[0].source_text or "") and evs[0].target_text == "Embraer"


@pytest.mark.parametrize("text", [
    "The tenants obtained an order from the county court to halt the eviction.",
    "The lawyers for the singer won a court order against the tabloid.",
    "The admiral ordered two frigates to the strait.",
])
def test_court_orders_and_commands_are_no_trade(text):
    assert not _has(_events(text), root="06"), [(e.cameo_code, e.rule_id) for e in _events(text)]


@pytest.mark.parametrize("text", [
    "The Swiss National Bank enlarged its swap lines with the Bank of Japan.",
    "The Indonesian lender opened new credit lines with three Chinese banks.",
])
def test_swap_and_credit_lines_with_a_party(text):
    evs = _has(_events(text), code="061")
    assert evs and evs[0].rule_id.startswith("V06-open-lines") and evs[0].target_text


def test_money_injected_into_banks_is_economic_aid():
    evs = _has(_events("The Bank of Japan injected $2 billion into the country's banks."), code="071")
    assert evs and evs[0].rule_id.startswith("V07-inject-money")


def test_a_bailout_named_by_its_noun():
    evs = _has(_events("Markets rose after the bailout of the carmaker Fiat by the Italian government."), code="071")
    assert evs and evs[0].source_code and evs[0].source_code.startswith("ITA") and "Fiat" in (evs[0].target_text or "")


def test_a_firm_delivering_jets_sells_them():
    evs = _events("Embraer delivered four E190 jets to Kenya Airways last week.")
    assert not _has(evs, root="07"), [(e.cameo_code, e.rule_id) for e in evs]
    assert _has(evs, code="061")


def test_a_price_traded_at_is_no_trade():
    assert not _has(_events("The peso was trading at 18 to the dollar on Monday."), root="06")


@pytest.mark.parametrize("text", [
    "The German steel group cut 2,000 jobs and closed three of its mills.",
    "The brewer launched a new lager in Peru last month.",
])
def test_internal_business_codes_no_cooperation(text):
    evs = _events(text)
    assert not _has(evs, root="06") and not _has(evs, root="07"), [(e.cameo_code, e.rule_id) for e in evs]


def test_buyer_and_maker_with_no_known_country_are_two_parties():
    evs = _has(_events("Finnair has purchased eight new Airbus aircraft for its Asian routes."), code="061")
    assert evs and evs[0].target_text == "Airbus", [(e.source_text, e.target_text) for e in evs]
