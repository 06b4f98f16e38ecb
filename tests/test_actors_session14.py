

# ------------------------------------------------------------------ a body introduced without its name
def test_a_group_introduced_with_a_is_an_actor_and_the_group_is_it(pipe):
    a = run(pipe, "A conservative advocacy group sued the state over the new maps on Monday. The group said it "
                  "would appeal any ruling.", "2021-11-02", dateline="Raleigh")
    e = at(a, "A conservative advocacy group")
    assert e is not None and e.country == "USA"
    assert at(a, "The group").id == e.id


def test_a_group_of_people_is_those_people(pipe):
    a = run(pipe, "A group of farmers blocked the highway near Lyon on Tuesday.", "2021-11-02")
    assert at(a, "A group of farmers").sector == "AGR"
