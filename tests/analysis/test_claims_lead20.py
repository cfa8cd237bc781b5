"""Classes found by the twentieth session's blind sets (own-44..47) and the
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
            "we did it 🍟 one million of you smashed the follow button.",
            (False, [("vanity-metric", "WARNING", "million of you")]),
        ),
        (
            "a quarter of a million of you now see my drawings every morning.",
            (False, [("vanity-metric", "WARNING", "million of you")]),
        ),
        (
            "a quarter of a million readers now get this in their inbox.",
            (False, [("vanity-metric", "WARNING", "million readers")]),
        ),
        ("A third of our readers open every issue.", (True, [])),
    ],
)
def test_a_count_of_you_or_a_fraction_of_a_count_is_the_audience(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "did" selling nothing before "100,000 of you"; "a quarter of a million" is a count, not any such thing."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "1,3k → 87k subs in a year of filming trams.",
            (False, [("vanity-metric", "WARNING", "87k subs")]),
        ),
        ("gained 40k subs since the summer", (False, [("vanity-metric", "WARNING", "40k subs")])),
        ("Subs on the bench: 3 → 5 this season.", (True, [])),
        ("Made 300 subs from scratch for the party.", (True, [])),
    ],
)
def test_subs_that_grew_are_an_audience(linter: Linter, text: str, expected: Verdict) -> None:
    """An arrow or a gain before subs; not substitutes or sandwiches."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We're about to hit the 500k mark on Instagram!",
            (False, [("vanity-metric", "WARNING", "hit the 500k mark")]),
        ),
        (
            "The account just passed the 1M mark.",
            (False, [("vanity-metric", "WARNING", "passed the 1M mark")]),
        ),
        (
            "Our channel broke the 10,000 barrier last night.",
            (False, [("vanity-metric", "WARNING", "broke the 10,000 barrier")]),
        ),
        ("We passed the halfway mark of the season.", (True, [])),
        ("Our revenue passed the $1M mark this year.", (True, [])),
        ("We hope to hit the 100k mark next year.", (True, [])),
        ("We're about to hit the road for the 2026 tour.", (True, [])),
    ],
)
def test_a_big_count_named_as_a_mark_passed_is_a_milestone(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "the 500k mark", "about to hit"; not a halfway mark, money, a goal or the road."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Year 2 vs year 1:\nfollowers x5\nviews x8",
            (False, [("vanity-metric", "WARNING", "followers x5\nviews")]),
        ),
        ("Socks, pack x5, now in the shop.", (True, [])),
    ],
)
def test_a_multiple_written_before_its_number(linter: Linter, text: str, expected: Verdict) -> None:
    """ "followers x5"; not a pack of five."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Last week's issue was forwarded 9,300 times.",
            (False, [("vanity-metric", "WARNING", "forwarded 9,300 times")]),
        ),
        (
            "Our lens has been opened 40 million times since March.",
            (False, [("vanity-metric", "WARNING", "opened 40 million times")]),
        ),
        (
            "The trailer was replayed 80,000 times on launch day.",
            (False, [("vanity-metric", "WARNING", "replayed 80,000 times")]),
        ),
        ("We forwarded 300 applications to the hiring team.", (True, [])),
        ("We opened 40 stores this year.", (True, [])),
        ("The issue was forwarded to the board twice.", (True, [])),
    ],
)
def test_content_passed_on_or_opened_counted_is_attention(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Forwarded, opened, replayed N times; not applications forwarded or stores opened."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "#HeatwaveUK is trending and we get it. Reminder: our stores have free water.",
            (True, [("audience-metric", "INFO", "trending")]),
        ),
        (
            "Seeing #ThankATrucker trending today and we couldn't agree more.",
            (True, [("audience-metric", "INFO", "trending")]),
        ),
        (
            "#BakeOff is trending again and I'm here for it.",
            (True, [("audience-metric", "INFO", "trending")]),
        ),
        (
            "#PizzaForPluto is trending nationwide right now and we're not crying, you're crying 🍕",
            (False, [("viral-claim", "WARNING", "trending")]),
        ),
        (
            "#SpringDrop is trending and we're so proud of the team!",
            (False, [("viral-claim", "WARNING", "trending")]),
        ),
        (
            "espresso martinis are trending again apparently so here's our take.",
            (True, [("audience-metric", "INFO", "trending")]),
        ),
        ("knitting is trending again on tiktok", (True, [("audience-metric", "INFO", "trending")])),
        ("Our sourdough is trending again!", (False, [("viral-claim", "WARNING", "trending")])),
    ],
)
def test_a_tag_trending_that_the_writer_answers_is_not_theirs(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """The writer agrees with a trend; moved by it or crediting the audience, it is theirs."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngozi, whose poetry account is followed by more than 300,000 people, writes about Lagos.",
            (True, [("audience-metric", "INFO", "followed by more than 300,000 people")]),
        ),
        (
            "Congratulations to @reader, whose BookTok account (1.8M followers) has just launched a book prize.",
            (True, [("audience-metric", "INFO", "1.8M followers")]),
        ),
        (
            "Our founder, whose videos get 1M views a month, is speaking today.",
            (False, [("vanity-metric", "WARNING", "1M views")]),
        ),
    ],
)
def test_a_whose_aside_describes_someone_else(linter: Linter, text: str, expected: Verdict) -> None:
    """An aside set off by ", whose"; not the writer's founder."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In this workshop we explain why some posts go viral.",
            (True, [("audience-metric", "INFO", "go viral")]),
        ),
        (
            "Some posts went viral last month and nobody knows why.",
            (False, [("viral-claim", "WARNING", "went viral")]),
        ),
    ],
)
def test_some_such_things_in_the_present_are_any(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "why some posts go viral"; not "some posts went viral"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The platform changed and everybody's reach fell.",
            (True, [("audience-metric", "INFO", "reach fell")]),
        ),
        ("Our reach fell by half this week.", (False, [("reach-claim", "WARNING", "reach fell")])),
    ],
)
def test_everybodys_reach_is_the_platforms(linter: Linter, text: str, expected: Verdict) -> None:
    """Everybody's reach fell; not ours."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our recruiting reels got 400k views, and employee referrals are up 3x since spring.",
            (True, [("vanity-metric", "INFO", "400k views")]),
        ),
        (
            "The campaign got 2M impressions and sell-through rose 19% in eight weeks.",
            (True, [("vanity-metric", "INFO", "2M impressions")]),
        ),
        (
            "The drain video got 40k views and we've had more call-outs this month than all of last winter.",
            (True, [("vanity-metric", "INFO", "40k views")]),
        ),
        (
            "The ads reached 6 million people, and 11,300 quotes were requested.",
            (True, [("reach-claim", "INFO", "reached 6 million people")]),
        ),
        (
            "The influencer posts got 90k likes and brought 2,340 extra overnight stays in January.",
            (True, [("vanity-metric", "INFO", "90k likes")]),
        ),
        (
            "The walkthrough video got 300k views and the flat sold £40k over asking.",
            (True, [("vanity-metric", "INFO", "300k views")]),
        ),
        (
            "Our demo got 0 likes but twelve schools signed annual licences that week.",
            (True, [("vanity-metric", "INFO", "0 likes")]),
        ),
        (
            "Reach fell by half, but our trust score with dealers went from 61 to 78.",
            (True, [("reach-claim", "INFO", "Reach fell")]),
        ),
        (
            "The reel got 40k views. Ask us about referrals!",
            (False, [("vanity-metric", "WARNING", "40k views")]),
        ),
        (
            "Our post got 12k likes and 300 quotes from happy customers.",
            (False, [("vanity-metric", "WARNING", "12k likes")]),
        ),
        (
            "The keynote clip got 90k views and three policies from the handbook were quoted.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "The video got 40k views and 30 call-outs from fans in the comments.",
            (False, [("vanity-metric", "WARNING", "40k views")]),
        ),
    ],
)
def test_a_trades_outcomes_changed_or_counted(linter: Linter, text: str, expected: Verdict) -> None:
    """Referrals, sell-through, call-outs, quotes, stays, a sale over asking, licences, trust; not named alone or in another sense."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The CGI film got 200k views and 118 of 140 apartments were reserved in a weekend.",
            (True, [("vanity-metric", "INFO", "200k views")]),
        ),
        (
            "The teaser got 50k views and 2,000 readers reserved a signed copy.",
            (
                True,
                [
                    ("vanity-metric", "INFO", "50k views"),
                    ("vanity-metric", "INFO", "2,000 readers"),
                ],
            ),
        ),
        (
            "Our vlog got 20k views; we reserved a table for the team.",
            (False, [("vanity-metric", "WARNING", "20k views")]),
        ),
        (
            "The tour video got 80k views and the venue reserved two tables for us.",
            (False, [("vanity-metric", "WARNING", "80k views")]),
        ),
    ],
)
def test_places_reserved_counted_by_others_are_an_outcome(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Counted reservations by others; not the writer's table."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "still no paying users but the launch tweet got 212k views.",
            (False, [("vanity-metric", "WARNING", "212k views")]),
        ),
        (
            "Zero revenue. 60,000 members in our Discord.",
            (False, [("vanity-metric", "WARNING", "60,000 members")]),
        ),
        (
            "The reel got 40k views and zero churn this quarter.",
            (True, [("vanity-metric", "INFO", "40k views")]),
        ),
        (
            "No sales yet, but 12k followers!",
            (False, [("vanity-metric", "WARNING", "12k followers")]),
        ),
    ],
)
def test_an_outcome_still_absent_ties_nothing(linter: Linter, text: str, expected: Verdict) -> None:
    """ "still no paying users", a stat line's "Zero revenue."; not zero churn."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spotify says 40,000 monthly listeners. This time last year it was 900.",
            (False, [("vanity-metric", "WARNING", "40,000 monthly listeners")]),
        ),
        (
            "YouTube Studio says 2 million views this month.",
            (False, [("vanity-metric", "WARNING", "2 million views")]),
        ),
        (
            "Spotify says the song has 40 million streams.",
            (True, [("audience-metric", "INFO", "40 million streams")]),
        ),
    ],
)
def test_a_platform_reading_out_the_writers_stats_is_no_third_party(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A stat source in the present with the count as its object; not news it tells of a song."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Somebody told me nobody watches soil videos. 1.8 million watch hours later, I'd like a word 🌱",
            (False, [("vanity-metric", "WARNING", "1.8 million watch hours")]),
        ),
        (
            "Three years and 40k followers later, we'd do it all again.",
            (False, [("vanity-metric", "WARNING", "40k followers")]),
        ),
        (
            "If we get 2 million views, I'd like a word.",
            (True, [("audience-metric", "INFO", "2 million views")]),
        ),
    ],
)
def test_a_count_later_was_reached_whatever_follows(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "N views later, I'd like a word"; not a condition."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our lockdown assembly on Facebook Live reached 5,000 families last week.",
            (False, [("reach-claim", "WARNING", "reached 5,000 families")]),
        ),
        ("We hope to reach more families in need across the region.", (True, [])),
    ],
)
def test_families_reached_are_an_audience(linter: Linter, text: str, expected: Verdict) -> None:
    """A livestream reached families; not a hope to reach families."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tiny win: my note got restacked 900 times and I gained 2,000 subscribers overnight.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "restacked 900 times"),
                    ("vanity-metric", "WARNING", "2,000 subscribers"),
                ],
            ),
        ),
        ("I gained 2,000 subscribers overnight.", (True, [])),
    ],
)
def test_restacked_is_attention_and_a_channels_word(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A note restacked; not subscribers gained with no channel."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Over 12,000 visitors came through the gates for our free open weekend.", (True, [])),
        (
            "Our annual open day is back: 2,000 visitors expected, 40 stalls, live music.",
            (True, []),
        ),
        (
            "Our blog had 40,000 visitors in March.",
            (False, [("vanity-metric", "WARNING", "40,000 visitors")]),
        ),
    ],
)
def test_a_venues_visitors_came_in_person(linter: Linter, text: str, expected: Verdict) -> None:
    """Visitors through the gates or expected at an open day; not a blog's."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Most founders I admire have never had a post do more than 2k impressions.",
            (True, [("audience-metric", "INFO", "2k impressions")]),
        ),
        (
            "We didn't have a single video get 10k views last year, and we still tripled revenue.",
            (True, [("audience-metric", "INFO", "10k views")]),
        ),
        (
            "We've had three posts do more than 2M impressions.",
            (False, [("vanity-metric", "WARNING", "2M impressions")]),
        ),
    ],
)
def test_a_thing_never_had_do_something_reached_nothing(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "never had a post do more than 2k impressions"; not "we've had three posts do…"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hot take: a save is worth ten likes, and a DM is worth ten saves.",
            (
                True,
                [
                    ("audience-metric", "INFO", "ten likes"),
                    ("audience-metric", "INFO", "ten saves"),
                ],
            ),
        ),
        (
            "That reel was worth 40k new followers to us.",
            (False, [("vanity-metric", "WARNING", "40k new followers")]),
        ),
    ],
)
def test_a_count_something_is_worth_in_general_is_a_topic(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "a save is worth ten likes"; not "that reel was worth 40k followers to us"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our giveaway brought 3,000 new followers — and, more usefully, 420 first-time ticket buyers for the season.",
            (True, [("vanity-metric", "INFO", "3,000 new followers")]),
        ),
        (
            "Our giveaway brought 3,000 new followers and a lot of noise.",
            (False, [("vanity-metric", "WARNING", "3,000 new followers")]),
        ),
    ],
)
def test_a_second_object_of_a_verb_begins_at_its_own_count(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """An outcome brought after a metric is its own claim; not a lot of noise."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This week on the pod: Mara Lindqvist, who grew a knitting channel to 1.3M subscribers before quitting YouTube.",
            (True, [("audience-metric", "INFO", "1.3M subscribers")]),
        ),
        (
            "Our founder Mara Lindqvist, who grew this channel to 1.3M subscribers, says thanks.",
            (False, [("vanity-metric", "WARNING", "1.3M subscribers")]),
        ),
    ],
)
def test_a_person_introduced_by_full_name_has_their_own_audience(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A guest named in full with a who-clause; not the writer's founder."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our crews reached out to 4,000 stranded travellers this week to rebook them.",
            (True, []),
        ),
        (
            "The campaign reached out to over 52 million people across Europe.",
            (False, [("reach-claim", "WARNING", "reached out to over 52 million people")]),
        ),
        ("like 3,000 people showed up to the stand on Saturday", (True, [])),
        (
            "The ad was shown to 400,000 people.",
            (False, [("reach-claim", "WARNING", "shown to 400,000 people")]),
        ),
    ],
)
def test_contact_made_or_people_present_is_no_reach(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Reached out to thousands to help them, people who showed up; not millions reached out to, nor an ad shown."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("is anyone else's LinkedIn reach down like 40% since March?", (True, [])),
        ("Our page got like 40k likes lol", (False, [("vanity-metric", "WARNING", "40k likes")])),
    ],
)
def test_like_before_an_amount_says_about(linter: Linter, text: str, expected: Verdict) -> None:
    """ "down like 40%"; not "like 40k likes"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "not sure why 'pizza at 3am' is trending but we support this lifestyle",
            (True, [("audience-metric", "INFO", "trending")]),
        ),
        (
            "not sure why our hashtag is trending, but thank you",
            (False, [("viral-claim", "WARNING", "trending")]),
        ),
        (
            "#NationalPizzaDay is trending and honestly we've been preparing for this our whole lives",
            (True, [("audience-metric", "INFO", "trending")]),
        ),
        (
            "#OurLaunch is trending and honestly we're so proud",
            (False, [("viral-claim", "WARNING", "trending")]),
        ),
    ],
)
def test_a_trend_the_writer_wonders_about_or_answers_is_not_theirs(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A why-clause or a reply after an adverb; not the writer's hashtag or pride."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Record 61,204 fans at the ground today. The noise in the second half was unreal.",
            (True, []),
        ),
        ("What a night at the Arena! 19,000 fans on their feet for the final buzzer.", (True, [])),
        (
            "Our club passed 2 million fans on Instagram this week!",
            (False, [("vanity-metric", "WARNING", "2 million fans")]),
        ),
        ("The Breeza X2 tower fan is whisper-quiet and 30% off this week.", (True, [])),
        ("Our BMW X5 reel got 40k views.", (False, [("vanity-metric", "WARNING", "40k views")])),
    ],
)
def test_a_crowd_at_a_ground_or_a_fan_that_cools_is_no_audience(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Fans at a ground or an arena, a tower fan, a model's capital X; not a club's fans on Instagram."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So when an agency tells you their engagement rate is 9%, ask: 9% of what?",
            (True, [("audience-metric", "INFO", "engagement rate is 9%")]),
        ),
        (
            "When we hit 10k followers, we celebrated.",
            (False, [("vanity-metric", "WARNING", "10k followers")]),
        ),
    ],
)
def test_a_case_put_to_the_reader_with_when_is_conditional(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "when an agency tells you…"; not "when we hit 10k"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our feed hit 5 million followers today!! To celebrate, we're donating 5 million meals to the food bank.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "5 million followers"),
                    ("exclamation-pileup", "INFO", "!!"),
                ],
            ),
        ),
        (
            "Our feed hit 5 million followers, and readers donated $40,000 to the food bank.",
            (
                True,
                [
                    ("vanity-metric", "INFO", "5 million followers"),
                    ("audience-metric", "INFO", "readers"),
                ],
            ),
        ),
        (
            "We hit 100k subscribers on the channel this morning. It started as a chat about how to buy shares from Lagos.",
            (False, [("vanity-metric", "WARNING", "100k subscribers")]),
        ),
        (
            "The reel got 100k views and 3,000 people bought the hoodie.",
            (True, [("vanity-metric", "INFO", "100k views")]),
        ),
    ],
)
def test_the_writer_donating_or_a_way_to_buy_is_no_outcome(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """We donate, how to buy; not readers who donated or people who bought."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our admissions TikTok hit 100K! From 0 to 100K in 11 months.",
            # Since lead24 a TikTok is a piece of content, so "hit 100K" is read too.
            (
                False,
                [
                    ("vanity-metric", "WARNING", "hit 100K"),
                    ("vanity-metric", "WARNING", "From 0 to 100K"),
                ],
            ),
        ),
        (
            "Our TikTok got 100K views, and admissions for the new session are up 25%.",
            (True, [("vanity-metric", "INFO", "100K views")]),
        ),
        (
            "Total reach 3.7M, 214,000 engagements. Micro-creators remain the most efficient way to build buzz.",
            (
                False,
                [
                    ("reach-claim", "WARNING", "reach 3.7M"),
                    ("vanity-metric", "WARNING", "214,000 engagements"),
                ],
            ),
        ),
        (
            "Our reels got 3.7M views and the new rota made the kitchen 30% more efficient.",
            (True, [("vanity-metric", "INFO", "3.7M views")]),
        ),
    ],
)
def test_an_offices_channel_or_an_efficient_way_is_no_outcome(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """The admissions TikTok, the most efficient way; not admissions up, a kitchen made efficient."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A quarter of a million people have now seen our video. A QUARTER OF A MILLION.",
            (False, [("reach-claim", "WARNING", "A quarter of a million people have now seen")]),
        ),
        ("A quarter of the people we surveyed saw the ad.", (True, [])),
    ],
)
def test_a_fraction_of_a_counted_people_saw_it(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "a quarter of a million people have seen our video"; not a quarter of the people surveyed."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Not every day a post about spreadsheet hygiene gets 3,4k reposts 😅",
            (False, [("vanity-metric", "WARNING", "3,4k reposts")]),
        ),
        (
            "Posts about spreadsheets get 3k reposts.",
            (True, [("audience-metric", "INFO", "3k reposts")]),
        ),
    ],
)
def test_not_every_day_tells_of_a_day_that_came(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "Not every day a post … gets 3,4k reposts"; not posts in general."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our tutorial videos got 90k views, and customers who watched three of them churned 40% less.",
            (True, [("vanity-metric", "INFO", "90k views")]),
        ),
        (
            "Our videos got 90k views; we churned through 40 drafts to get there.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
    ],
)
def test_customers_churned_less_is_retention(linter: Linter, text: str, expected: Verdict) -> None:
    """Churned with its change; not churned through drafts."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The post got 3,000 likes. 2 of those likers are now in contract ($180k ACV each).",
            (True, [("vanity-metric", "INFO", "3,000 likes")]),
        ),
        (
            "Our thread got 1.2M impressions, and deliveries are up 28%.",
            (True, [("vanity-metric", "INFO", "1.2M impressions")]),
        ),
        (
            "Our thread got 1.2M impressions. Deliveries may be late this week.",
            (False, [("vanity-metric", "WARNING", "1.2M impressions")]),
        ),
        (
            "The ads got 2.6M impressions and 9,412 new library cards were issued.",
            (True, [("vanity-metric", "INFO", "2.6M impressions")]),
        ),
        (
            "The ads got 2.6M impressions. Renew your library cards online.",
            (False, [("vanity-metric", "WARNING", "2.6M impressions")]),
        ),
        (
            "Our updates reached 3 million people, and trust in the brand rose 12 points.",
            (True, [("reach-claim", "INFO", "reached 3 million people")]),
        ),
        (
            "The clip got 600k views and we're fully booked until May.",
            (True, [("vanity-metric", "INFO", "600k views")]),
        ),
    ],
)
def test_a_contracts_value_deliveries_cards_trust_and_bookings_are_outcomes(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ACV, deliveries up, library cards issued, trust moved, fully booked; not a notice about deliveries or cards."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Interviewed a chef with 3.2 million followers today for the podcast.",
            (True, [("audience-metric", "INFO", "3.2 million followers")]),
        ),
        (
            "We ended the year with 40k followers.",
            (False, [("vanity-metric", "WARNING", "40k followers")]),
        ),
        ("We launched a reel with 2M views.", (False, [("vanity-metric", "WARNING", "2M views")])),
    ],
)
def test_someone_met_with_an_audience_is_background(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "Interviewed a chef with 3.2 million followers"; not the writer's year or reel."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "What a night at Riverside Park ⚽ 31,000 fans, a last-minute equaliser, and a pitch invasion.",
            (True, []),
        ),
        (
            "Thank you to every fan who travelled 300 miles. 1,1k of you in the away end.",
            (True, []),
        ),
        (
            "100,000 of you putting up with me every week.",
            (False, [("vanity-metric", "WARNING", "100,000 of you")]),
        ),
    ],
)
def test_a_crowd_at_a_match_is_no_audience(linter: Linter, text: str, expected: Verdict) -> None:
    """Fans or you at a match; not 100,000 of you online."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "More than 40,000 visitors are expected at the Harbourside Food Festival this weekend.",
            (True, []),
        ),
        ("Library visitors are up 30% since Saturday opening hours returned.", (True, [])),
        (
            "Our blog had 40,000 visitors in March.",
            (False, [("vanity-metric", "WARNING", "40,000 visitors")]),
        ),
    ],
)
def test_a_venues_or_a_librarys_visitors_came_in_person(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A festival's or a library's visitors; not a blog's."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pleased to share that we've completed the buy-back of 2.1 million shares announced in March.",
            (True, []),
        ),
        (
            "Our launch video got 210,000 shares.",
            (False, [("vanity-metric", "WARNING", "210,000 shares")]),
        ),
    ],
)
def test_shares_bought_back_are_stock(linter: Linter, text: str, expected: Verdict) -> None:
    """A buy-back of shares; not a video's shares."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every brief this year has the line 'make it go viral'. That is a wish, not a plan.",
            (True, []),
        ),
        ("We made it go viral in a week.", (False, [("viral-claim", "WARNING", "go viral")])),
    ],
)
def test_a_quoted_bidding_to_go_viral_is_a_wish(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "the line 'make it go viral'"; not "we made it go viral"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The video went viral, but here's what matters: 1,840 new monthly donors and 212,000 pounds raised for the shelter.",
            (True, [("viral-claim", "INFO", "went viral")]),
        ),
        (
            "The video went viral. Revenue is what matters.",
            (False, [("viral-claim", "WARNING", "went viral")]),
        ),
    ],
)
def test_a_counted_outcome_said_to_matter_is_a_result(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "here's what matters: 1,840 new monthly donors"; not "revenue is what matters"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "That list of 9,000 produced £410k in consulting pipeline this year and 11 new retainers. Our open rate is 34%.",
            (True, [("vanity-metric", "WARNING", "open rate is 34%")]),
        ),
        (
            "Our open rate is 34%. Ask us about retainers.",
            (False, [("vanity-metric", "WARNING", "open rate is 34%")]),
        ),
        (
            "Our Facebook posts got 2M impressions. Digital subscriptions rose 9% in the same quarter.",
            (True, [("vanity-metric", "WARNING", "2M impressions")]),
        ),
        (
            "Our reels got 2M views. Newsletter subscriptions doubled this year.",
            (False, [("vanity-metric", "WARNING", "2M views")]),
        ),
        (
            "The videos got 1.7M views. More importantly, adoption applications rose 212% during the campaign.",
            (True, [("vanity-metric", "WARNING", "1.7M views")]),
        ),
        (
            "The videos got 1.7M views. Adoption applications are open now!",
            (False, [("vanity-metric", "WARNING", "1.7M views")]),
        ),
        (
            "Our reel got 90k views and we hit our £50k crowdfunder target with 6 days to spare.",
            (True, [("vanity-metric", "INFO", "90k views")]),
        ),
    ],
)
def test_retainers_paid_subscriptions_adoption_applications_and_crowdfunders_are_outcomes(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """With evidence; not named alone, nor a newsletter's subscriptions."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our crisis thread got 900k impressions. What matters: trust scores in the follow-up survey recovered to pre-incident levels within 6 weeks.",
            (True, [("vanity-metric", "WARNING", "900k impressions")]),
        ),
        (
            "Our crisis thread got 900k impressions. We recovered 40 lost files from the old drive.",
            (False, [("vanity-metric", "WARNING", "900k impressions")]),
        ),
        (
            "Our Pride video was shared 40,000 times. The result that matters: 2,700 new people joined the donor register in seven days.",
            (True, [("vanity-metric", "INFO", "shared 40,000 times")]),
        ),
        (
            "Our Pride video was shared 40,000 times. We joined the register of approved suppliers.",
            (False, [("vanity-metric", "WARNING", "shared 40,000 times")]),
        ),
    ],
)
def test_an_outcome_recovered_or_a_register_joined_is_a_result(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Trust scores recovered, people joined a donor register; not files recovered, a register the writer joined."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our 3rd video to pass the million mark this month. Never thought we'd say that.",
            (False, [("vanity-metric", "WARNING", "pass the million mark")]),
        ),
        ("Who will be the first to hit 10k?", (True, [])),
        ("Our goal: the first reel to hit 1M next year.", (True, [])),
    ],
)
def test_a_piece_counted_by_an_ordinal_to_reach_a_count_reached_it(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "our 3rd video to pass the million mark"; not a question or a goal."""
    assert _verdict(linter, text) == expected
