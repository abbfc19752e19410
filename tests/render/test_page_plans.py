"""PagePlans: which page groups are planned again and which are last time's very lists."""

from generator.render import Page, PagePlans


class Item:
    """A stand-in for an entry or entity: only identity matters to the plans."""

    def __init__(self, name):
        self.name = name


def planned(plans, items, reach=1, settings=()):
    calls = []

    def plan(i):
        calls.append(i)
        around = [items[j].name for j in range(i - reach, i + reach + 1) if 0 <= j < len(items)]
        return [Page(f"{items[i].name}/", "t.html", {"around": around})]

    plans.begin()
    groups = plans.section("items", items, reach, settings, plan)
    plans.end()
    return groups, calls


def test_unchanged_items_give_last_times_groups_without_planning():
    plans, items = PagePlans(), [Item(n) for n in "abcde"]
    first, calls = planned(plans, items)
    assert calls == [0, 1, 2, 3, 4]
    again, calls = planned(plans, list(items))
    assert calls == [] and all(g is f for g, f in zip(again, first, strict=True))


def test_a_changed_item_replans_itself_and_its_neighbours_only():
    plans, items = PagePlans(), [Item(n) for n in "abcde"]
    first, _ = planned(plans, items)
    items[2] = Item("C")
    groups, calls = planned(plans, items)
    assert calls == [1, 2, 3]
    assert groups[0] is first[0] and groups[4] is first[4]
    assert groups[1][0].context["around"] == ["a", "b", "C"]
    assert groups[2][0].context["around"] == ["b", "C", "d"]
    alone = PagePlans()
    planned(alone, items, reach=0)
    items[1] = Item("B")
    assert planned(alone, items, reach=0)[1] == [1]  # no neighbours: the item alone


def test_items_that_come_or_go_keep_the_groups_of_items_away_from_them():
    plans, items = PagePlans(), [Item(n) for n in "abcdefg"]
    first, _ = planned(plans, items)
    inserted = [*items[:3], Item("new"), *items[3:]]
    groups, calls = planned(plans, inserted)
    assert calls == [2, 3, 4]  # c and d have a new neighbour; "new" is new
    assert [g[0].url for g in groups] == [f"{i.name}/" for i in inserted]
    assert groups[0] is first[0] and groups[7] is first[6]
    deleted = [*inserted[:1], *inserted[2:]]
    groups, calls = planned(plans, deleted)
    assert calls == [0, 1]
    assert groups[6] is first[6]


def test_other_settings_replan_everything():
    plans, items = PagePlans(), [Item(n) for n in "abc"]
    planned(plans, items, settings=(10,))
    assert planned(plans, items, settings=(20,))[1] == [0, 1, 2]
    assert planned(plans, items, settings=(20,))[1] == []
