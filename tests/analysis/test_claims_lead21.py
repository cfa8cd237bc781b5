"""Classes found by the twenty-first session's blind sets (own-56..59) and the
leftovers of earlier sets, on sentences written for these tests (each: a text
the class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Revenue? We'll see in spring. Our teaser has 2M views though!",
            (False, [("vanity-metric", "WARNING", "2M views")]),
        ),
        (
            "Revenue? Up 14% since the relaunch, and the teaser has 2M views.",
            (True, [("vanity-metric", "WARNING", "2M views")]),
        ),
        (
            "What about revenue? Honestly, no idea yet. The reel has 60k likes.",
            (False, [("vanity-metric", "WARNING", "60k likes")]),
        ),
        (
            "Sales? +14% on last May, and the reel has 60k likes.",
            (True, [("vanity-metric", "WARNING", "60k likes")]),
        ),
    ],
)
def test_an_outcome_asked_alone_and_not_answered_is_a_topic(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "Revenue? We'll see", "What about revenue?"; not "Revenue? Up 14%" or "Sales? +14%"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales are sales, but 5k followers is 5k followers!",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "5k followers"),
                    ("vanity-metric", "WARNING", "5k followers"),
                ],
            ),
        ),
        (
            "Churn is the hardest problem in subscription boxes. Anyway, our unboxing reel just crossed 400k views!",
            (False, [("vanity-metric", "WARNING", "400k views")]),
        ),
        (
            "Profit is a lagging indicator. Our newsletter just passed 20,000 readers!",
            (False, [("vanity-metric", "WARNING", "20,000 readers")]),
        ),
        (
            "Churn is down 12% since the new onboarding, and the reel crossed 400k views.",
            (True, [("vanity-metric", "INFO", "400k views")]),
        ),
        (
            "Every founder worries about churn. Our onboarding video just passed 90k views!",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "We were obsessed with conversion rates in 2023. Our reel hit 90k views.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "Every founder worries about churn. Our churn fell 20% after the onboarding video passed 90k views.",
            (True, [("vanity-metric", "INFO", "90k views")]),
        ),
        (
            "The numbers: 41,000 Discord members and — the one we worried about — 2.1 million wishlists before launch day.",
            (True, [("vanity-metric", "INFO", "41,000 Discord members")]),
        ),
    ],
)
def test_an_outcome_in_a_truism_is_a_topic(linter: Linter, text: str, expected: Verdict) -> None:
    """ "sales are sales", "churn is the hardest problem", "obsessed with conversion rates"; not "churn is down 12%", nor the counted one "we worried about"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Donations are always welcome via the link below. Our film crossed 500k views!",
            (False, [("vanity-metric", "WARNING", "500k views")]),
        ),
        (
            "Pre-orders are open now! The trailer has 1M views.",
            (False, [("vanity-metric", "WARNING", "1M views")]),
        ),
        (
            "Donations rose 30% the week our film crossed 500k views.",
            (True, [("vanity-metric", "INFO", "500k views")]),
        ),
        (
            "Goal for Q2: grow the page to 50k followers so we can start getting leads from it.",
            (False, [("vanity-metric", "WARNING", "50k followers")]),
        ),
        (
            "We fixed the checkout so we could turn the reel's 2M views into sales: 300 orders in a week.",
            (True, [("audience-metric", "INFO", "2M views")]),
        ),
    ],
)
def test_an_outcome_invited_or_wanted_for_a_purpose_is_no_result(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "donations are always welcome", "so we can start getting leads"; not donations that rose, orders counted."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Week 30 of the build:\n- 4,100 followers\n- 900k impressions\n- $0 revenue, still in beta",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "4,100 followers"),
                    ("vanity-metric", "WARNING", "900k impressions"),
                ],
            ),
        ),
        (
            "Week 30 of the build:\n- 4,100 followers\n- $0 revenue\n- 900k impressions",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "4,100 followers"),
                    ("vanity-metric", "WARNING", "900k impressions"),
                ],
            ),
        ),
        (
            "Week 30 of the build: 4,100 followers, 900k impressions and $0 churn, still.",
            (
                True,
                [
                    ("vanity-metric", "INFO", "4,100 followers"),
                    ("vanity-metric", "INFO", "900k impressions"),
                ],
            ),
        ),
        (
            "Week 30: 4,100 followers and £0 in ad spend, and revenue is up 12%.",
            (True, [("vanity-metric", "INFO", "4,100 followers")]),
        ),
    ],
)
def test_no_money_yet_on_a_stat_line_is_no_outcome(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "$0 revenue, still in beta" or alone on its line; not "$0 churn", not nothing spent."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our appeal video was shared 2,000 times. Final total: £5,200 raised for the food bank.",
            (True, [("vanity-metric", "WARNING", "shared 2,000 times")]),
        ),
        (
            "Our appeal video was shared 2,000 times, and £5,200 raised so far.",
            (True, [("vanity-metric", "INFO", "shared 2,000 times")]),
        ),
        (
            "The reel got 90k views, and gifts to the scholarship fund that month totalled $41,000.",
            (True, [("vanity-metric", "INFO", "90k views")]),
        ),
        (
            "Our Christmas reel got 90k views and we sent gifts to the whole team.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
    ],
)
def test_money_raised_after_its_amount_or_gifts_totalled_are_outcomes(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "£5,200 raised for the food bank", "gifts to the fund totalled $41,000"; not gifts sent to a team."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The reel got 90k views. Meal kit subscriptions went from 120 to 310 in March.",
            (True, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "The reel got 90k views. Newsletter subscriptions doubled in March.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "The reel got 90k views. Free subscriptions went from 120 to 310 in March.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
    ],
)
def test_a_products_subscriptions_beside_a_posts_views_are_an_outcome(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "meal kit subscriptions went from 120 to 310" after "90k views"; not newsletter or free ones."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The reel got 90k views. Cost per first order: $14. Repeat purchase within 60 days: 28%.",
            (True, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "The launch post got 2,000 reactions, and 12 agencies applied to our partner program that week.",
            (True, [("vanity-metric", "INFO", "2,000 reactions")]),
        ),
        (
            "The thread got 40k views and two inbound briefs, one of them a 6-month retainer.",
            (True, [("vanity-metric", "INFO", "40k views")]),
        ),
        (
            "The post got 9 likes and one DM, which became a R2,4 million contract.",
            (True, [("vanity-metric", "INFO", "9 likes")]),
        ),
        (
            "The post got 9 likes and one DM, which became a ₹40 lakh contract.",
            (True, [("vanity-metric", "INFO", "9 likes")]),
        ),
        (
            "The episode got 71k streams and 200 new Patreon members this month.",
            (True, [("vanity-metric", "INFO", "71k streams")]),
        ),
        (
            "The relaunch added 900,000 loyalty members, and the ad series drew 20M views.",
            (True, [("vanity-metric", "INFO", "20M views")]),
        ),
        (
            "Our reel got 90k views! My phone contract ends in May, sadly.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "Our reel got 90k views, and I applied to the course it advertised.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "Our Discord passed 20,000 members and the launch post got 2,000 reactions.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "20,000 members"),
                    ("vanity-metric", "WARNING", "2,000 reactions"),
                ],
            ),
        ),
        (
            "Our reel got 90k views. Terms apply.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
    ],
)
def test_a_trades_contracts_members_briefs_and_applications_are_outcomes(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """a contract with its value (R, ₹ lakh), Patreon and loyalty members, inbound briefs, cost per first order, applications to a program by others; not a phone contract, the writer applying, a Discord's members, "terms apply"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Watching a rival's clip go viral made me jealous for a minute.",
            (True, [("audience-metric", "INFO", "go viral")]),
        ),
        (
            "Watching a competitor's clip go viral this week made me jealous for about five minutes.",
            (True, [("audience-metric", "INFO", "go viral")]),
        ),
        (
            "We watched our own clip go viral this week.",
            (False, [("viral-claim", "WARNING", "go viral")]),
        ),
    ],
)
def test_a_rivals_clip_watched_going_viral_is_theirs(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "watching a rival's clip go viral (this week)", however the parse hangs it; not our own clip."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "She joined from a beauty brand whose account is followed by 3 million people.",
            (True, [("audience-metric", "INFO", "followed by 3 million people")]),
        ),
        (
            "I run a bakery whose account is followed by 30,000 people.",
            (False, [("vanity-metric", "WARNING", "followed by 30,000 people")]),
        ),
    ],
)
def test_a_whose_clause_after_someone_introduced_with_a_is_theirs(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "a beauty brand whose account is followed by 3 million people"; not "I run a bakery whose…"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A 22-year-old from Cork has the most-watched short of the month, and no agent.",
            (True, [("audience-metric", "INFO", "most-watched")]),
        ),
        (
            "Our bakery has the most-watched reel in Ghent.",
            (False, [("vanity-metric", "WARNING", "most-watched")]),
        ),
        (
            "A dish can be the most-shared thing in the city and still arrive cold.",
            (True, [("audience-metric", "INFO", "most-shared")]),
        ),
    ],
)
def test_a_superlative_before_the_object_of_a_general_statement(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "a 22-year-old from Cork has the most-watched short", "a dish can be the most-shared thing"; not "our bakery has…"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2,400 of you have answered the staff survey so far, thank you.", (True, [])),
        (
            "2,400 of you have watched the trailer so far, thank you.",
            (False, [("vanity-metric", "WARNING", "2,400 of you have watched")]),
        ),
    ],
)
def test_a_crowd_of_you_answering_a_survey_are_respondents(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "2,400 of you have answered the staff survey"; not "…have watched the trailer"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A new study says comments predict purchases better than likes.",
            (True, [("audience-metric", "INFO", "likes")]),
        ),
        (
            "What success looks like here: articles people forward to their boss, not views.",
            (True, [("audience-metric", "INFO", "views")]),
        ),
        (
            "Views are fun, but let's talk about the boring part: the workshop sold 40 seats.",
            (True, [("audience-metric", "INFO", "Views")]),
        ),
        (
            "Reach was the means, not the goal: £41,000 raised.",
            (True, [("audience-metric", "INFO", "Reach")]),
        ),
        ("Views are my own, not my employer's.", (True, [])),
        (
            "Likes are down 20% this month.",
            (False, [("vanity-metric", "WARNING", "Likes are down 20% this month")]),
        ),
        ("We did not reach our goal this year.", (True, [])),
        ("The hotel has views of the bay.", (True, [])),
        ("Comments are all 'where can I buy this'.", (True, [])),
        (
            "Followers are borrowed; a mailing list is yours.",
            (True, [("audience-metric", "INFO", "Followers")]),
        ),
        ("Traffic was awful on the ring road this morning.", (True, [])),
        ("Now more than ever, readers are reaching out to each other for tips.", (True, [])),
    ],
)
def test_a_metric_named_bare_set_against_or_judged_is_mentioned(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "better than likes", ", not views", "views are fun", "followers are borrowed"; not "views
    are my own", a level, a verb, a view of the bay, what comments said, road traffic, readers
    doing something."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "You'll have a budget, an editor and zero pressure to go viral.",
            (True, [("audience-metric", "INFO", "go viral")]),
        ),
        (
            "Zero budget to go viral, and we went viral anyway.",
            (
                False,
                [("audience-metric", "INFO", "go viral"), ("viral-claim", "WARNING", "went viral")],
            ),
        ),
    ],
)
def test_no_call_to_go_viral_is_negated(linter: Linter, text: str, expected: Verdict) -> None:
    """ "zero pressure to go viral"; "went viral anyway" after it still a claim."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My cat has her own account now and it has more followers than me.",
            (True, [("audience-metric", "INFO", "more followers")]),
        ),
        (
            "The dog gets more likes than we do. Humbling.",
            (True, [("audience-metric", "INFO", "more likes")]),
        ),
        (
            "We have more followers than them now.",
            (False, [("vanity-metric", "WARNING", "more followers")]),
        ),
        (
            "Our office meme got more likes than our whole product launch.",
            (False, [("vanity-metric", "WARNING", "more likes")]),
        ),
    ],
)
def test_more_than_the_writer_is_someone_elses_count(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "it has more followers than me", "more likes than we do"; not "than them", not "than our whole launch"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Heads up: the Harbour Festival expects over 50,000 visitors this weekend, so expect queues.",
            (True, []),
        ),
        (
            "We expect 30,000 visitors to the new site this month.",
            (False, [("metric-as-goal", "WARNING", "30,000 visitors")]),
        ),
    ],
)
def test_a_venue_expecting_visitors_expects_a_crowd(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "the Harbour Festival expects 50,000 visitors" (a capitalised venue); not "we expect 30,000 visitors to the site"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "ok so about the 200 views jail thing: it's not a jail.",
            (True, [("audience-metric", "INFO", "views")]),
        ),
        (
            "Everyone talks about the 10k follower rule for link stickers.",
            (True, [("audience-metric", "INFO", "10k follower")]),
        ),
        (
            "The 200 views we got were all bots.",
            (False, [("vanity-metric", "WARNING", "200 views")]),
        ),
    ],
)
def test_a_platforms_threshold_named_by_a_count_is_a_topic(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "the 200 views jail", "the 10k follower rule"; not "the 200 views we got"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "is it just me or did everyone's reach fall off a cliff this week??",
            (True, [("audience-metric", "INFO", "reach fall")]),
        ),
        (
            "is it just me or did our reel just hit 1M views??",
            (False, [("vanity-metric", "WARNING", "1M views")]),
        ),
    ],
)
def test_is_it_just_me_asks_peers(linter: Linter, text: str, expected: Verdict) -> None:
    """ "is it just me or did everyone's reach fall"; not "…or did our reel just hit 1M"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#PowerOutage is trending in Leeds after a storm left 20,000 homes without power.",
            (True, [("audience-metric", "INFO", "trending")]),
        ),
        (
            "#RiverFest is trending in Leeds after our opening night!",
            (False, [("viral-claim", "WARNING", "trending")]),
        ),
    ],
)
def test_a_tag_trending_after_news_is_the_news(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "#PowerOutage is trending after a storm left 20,000 homes…": the news's numbers rank nothing; "…after our opening night" stays ours."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "10k on here!!! never thought my sourdough disasters would find a home.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "10k on here"),
                    ("exclamation-pileup", "INFO", "!!!"),
                ],
            ),
        ),
        ("I've been on here for 10 years and never posted a selfie.", (True, [])),
        ("Spent 5,000 on here last year on ads, lol.", (True, [])),
    ],
)
def test_a_count_on_here_is_on_the_platform_the_post_is_on(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "10k on here!!!"; not years on here, money spent on here."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Over 1 million of you joined our #BackToSchool dance challenge on TikTok!",
            (False, [("vanity-metric", "WARNING", "1 million of you")]),
        ),
        ("2,300 of you joined the loyalty program this month.", (True, [])),
    ],
)
def test_a_crowd_of_you_joining_no_program_is_the_audience(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "1 million of you joined our dance challenge"; not a loyalty program joined."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the fam is officially 25K strong!! to celebrate we're giving away 3 skillets.",
            (
                False,
                [("vanity-metric", "WARNING", "25K strong"), ("exclamation-pileup", "INFO", "!!")],
            ),
        ),
        (
            "WE ARE VERIFIED AND 100K STRONG. THANK YOU FAM",
            (False, [("vanity-metric", "WARNING", "100K STRONG")]),
        ),
        ("Our team is now 1,200 strong and hiring.", (True, [])),
        ("A 40,000-strong workforce keeps the trains running.", (True, [])),
        ("Stay 100% strong, everyone.", (True, [])),
    ],
)
def test_a_big_count_called_strong_is_a_community(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "the fam is 25K strong", "100K STRONG"; not a team's strength, a workforce sized, a percentage."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "i posted a blurry photo at 2am and woke up to 48k hearts.",
            (False, [("vanity-metric", "WARNING", "48k hearts")]),
        ),
        ("She won three hearts at the fair.", (True, [])),
        ("Over 2,000 hearts were screened at the clinic this year.", (True, [])),
    ],
)
def test_hearts_counted_big_are_likes(linter: Linter, text: str, expected: Verdict) -> None:
    """ "woke up to 48k hearts"; not three hearts won, a clinic's hearts screened."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bake 45 min at 170°C fan. Fans of sharp icing: add more lemon.", (True, [])),
        ("Firmware update: fans now spin down 30% sooner below 45°C.", (True, [])),
        ("FULL TIME: 2-1 win. 1,412 fans at the Rec tonight, thank you for the noise!", (True, [])),
        (
            "1,000,000 FANS! Thank you. Free garlic knots this Friday! — Marco's Oven",
            (False, [("vanity-metric", "WARNING", "1,000,000 FANS")]),
        ),
    ],
)
def test_an_ovens_a_routers_or_a_grounds_fans_are_no_audience(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "170°C fan", "fans now spin down", "1,412 fans at the Rec" after "FULL TIME"; not a
    pizzeria called Oven celebrating a million fans."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The clip of him dancing at half-time going viral is the best thing to happen to refereeing.",
            (True, [("audience-metric", "INFO", "going viral")]),
        ),
        (
            "The clip of us dancing at half-time went viral.",
            (False, [("viral-claim", "WARNING", "went viral")]),
        ),
        (
            "A recipe going viral doesn't mean it was tested.",
            (True, [("audience-metric", "INFO", "going viral")]),
        ),
        (
            "Our recipe going viral meant 400 orders in a week.",
            (True, [("viral-claim", "INFO", "going viral")]),
        ),
    ],
)
def test_a_clip_of_him_or_a_thing_said_not_to_mean_going_viral(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "the clip of him dancing … going viral" is someone else's; "a recipe going viral doesn't
    mean…" a definition; not the clip of us, nor what our recipe going viral meant."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our posts reached 80M people, and 1 in 5 new card applications in December came straight from social.",
            (True, [("reach-claim", "INFO", "reached 80M people")]),
        ),
        (
            "Our posts reached 80M people. Apply for a card at any branch.",
            (False, [("reach-claim", "WARNING", "reached 80M people")]),
        ),
        (
            "After the campaign, which was seen by 2 million people, the co-op has taken on 37 new staff.",
            (True, [("reach-claim", "INFO", "seen by 2 million people")]),
        ),
        (
            "The campaign was seen by 2 million people. Our new staff start on Monday.",
            (False, [("reach-claim", "WARNING", "seen by 2 million people")]),
        ),
    ],
)
def test_card_applications_and_new_staff_counted_are_outcomes(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "1 in 5 new card applications", "taken on 37 new staff"; not a bidding to apply for a
    card, new staff named without a count."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The fry-stacking duet has now been remixed 88,000 times.",
            (False, [("vanity-metric", "WARNING", "remixed 88,000 times")]),
        ),
        (
            "Our sound was stitched by 3,000 people this week.",
            (False, [("vanity-metric", "WARNING", "stitched by 3,000 people")]),
        ),
        ("We remixed 12 tracks for the album.", (True, [])),
        ("She stitched 40 quilts for the fair.", (True, [])),
    ],
)
def test_remixed_or_stitched_counted_is_attention(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "remixed 88,000 times", "stitched by 3,000 people"; not tracks remixed, quilts stitched."""
    assert _verdict(linter, text) == expected
