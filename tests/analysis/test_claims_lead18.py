"""Classes left open by own-32's first run and found by the eighteenth
session's blind sets, on sentences written for these tests (each: a text the
class must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import Verdict
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Get more views by posting at 7am.", (True, [("audience-metric", "INFO", "more views")])),
        (
            "Short version: put the link in the first comment, or accept fewer views.",
            (True, [("audience-metric", "INFO", "fewer views")]),
        ),
        (
            "Expect fewer impressions while the update rolls out, and don't panic.",
            (True, [("audience-metric", "INFO", "fewer impressions")]),
        ),
        # Near misses: the writer's result, and a diary line the tagger reads as bare.
        (
            "We put the link in the first comment and got 40% more views.",
            (False, [("vanity-metric", "WARNING", "40% more views")]),
        ),
        (
            "Dropped the stock photos. Got 3x more impressions this month!",
            (False, [("vanity-metric", "WARNING", "3x more impressions")]),
        ),
        (
            "Posted at 7am for a month. Saw 40% more views.",
            (False, [("vanity-metric", "WARNING", "40% more views")]),
        ),
    ],
)
def test_more_or_fewer_bidden_to_the_reader_is_advice(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2 MILLION VIEWS on the harbour video 😭 i can't believe it",
            (False, [("vanity-metric", "WARNING", "2 MILLION VIEWS")]),
        ),
        (
            "I still can't believe we passed 40k followers this week.",
            (False, [("vanity-metric", "WARNING", "40k followers")]),
        ),
        # Near misses: the reader's disbelief, and a denied achievement.
        # The reader's, and a counter named as a topic (info, lead19).
        (
            "You can't believe every follower count you see.",
            (True, [("audience-metric", "INFO", "follower count")]),
        ),
        (
            "We haven't passed 40k followers yet, and that's fine.",
            (True, [("audience-metric", "INFO", "40k followers")]),
        ),
    ],
)
def test_the_writers_disbelief_tells_what_happened(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we hit 120k subs today and i can't stop grinning",
            (False, [("vanity-metric", "WARNING", "120k subs")]),
        ),
        ("Finally crossed 30k subs 🥹", (False, [("vanity-metric", "WARNING", "30k subs")])),
        # Near misses: substitutes on a pitch, sandwiches sold, Twitch's paid subs.
        ("Two subs came on in the 70th minute and changed the game.", (True, [])),
        ("We sold 2,000 subs at the market on Saturday.", (True, [])),
        ("we hit 500 gifted subs on stream tonight", (True, [])),
    ],
)
def test_subs_reached_are_a_channels(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Record crowd of 38,000 fans at the stadium tonight. What a night.", (True, [])),
        ("2,000 travelling fans out-sang 30,000 home supporters. Proud of this club.", (True, [])),
        # Near miss: the club's audience online.
        (
            "The club's page passed 2 million fans this season!",
            (False, [("vanity-metric", "WARNING", "2 million fans")]),
        ),
    ],
)
def test_fans_counted_as_a_crowd_are_there_in_person(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The recipe video was watched 3 million times, which is what paid for the deposit"
            " on our first shop.",
            (True, [("vanity-metric", "INFO", "watched 3 million times")]),
        ),
        (
            "The serial has 150,000 readers, and 6,000 of them now pay $5 a month.",
            (True, [("vanity-metric", "INFO", "150,000 readers")]),
        ),
        (
            "the song did 1.2M streams which paid me $4,100.",
            (True, [("vanity-metric", "INFO", "1.2M streams")]),
        ),
        (
            "My channel has 80k subscribers and it pays my rent now.",
            (True, [("vanity-metric", "INFO", "80k subscribers")]),
        ),
        # Near misses: people paying, and the writer paying, are no income.
        (
            "My parents paid for my course, and my channel has 80k subscribers.",
            (False, [("vanity-metric", "WARNING", "80k subscribers")]),
        ),
        (
            "We paid them $500 for a post that got 80k views.",
            (False, [("vanity-metric", "WARNING", "80k views")]),
        ),
        (
            "Our reel got 80k views. We pay $9 a month for the scheduler.",
            (False, [("vanity-metric", "WARNING", "80k views")]),
        ),
    ],
)
def test_what_pays_the_writer_is_income(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ten thousand subscribers.\n\nI keep typing it and deleting it. When I started this"
            " letter I had 61 readers. Open rate last week: 57%.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "Ten thousand subscribers"),
                    ("vanity-metric", "WARNING", "61 readers"),
                    ("vanity-metric", "WARNING", "Open rate last week: 57%"),
                ],
            ),
        ),
        (
            "12 months ago: 340 subscribers\ntoday: 51,000\n\nwhat changed? i stopped making"
            " the videos i thought i should make.",
            (False, [("vanity-metric", "WARNING", "340 subscribers")]),
        ),
        # Near miss: the paragraph after the title tells of a product's customers.
        (
            "Ten thousand subscribers.\n\nOur meal-kit service now ships to 10,000 households"
            " every week, and churn is down to 3%.",
            (True, []),
        ),
    ],
)
def test_a_title_reads_the_sense_words_of_the_paragraph_after_it(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our Instagram just passed 40k followers, so we'll celebrate with free yoga classes all next week.",
            (False, [("vanity-metric", "WARNING", "40k followers")]),
        ),
        (
            "If we pass 40k followers, we'll celebrate with free yoga classes all next week.",
            (True, [("audience-metric", "INFO", "40k followers")]),
        ),
        (
            "If our new cherry flavour gets to #1 trending we'll give everyone a free cone on Friday 🍒",
            (True, [("audience-metric", "INFO", "trending")]),
        ),
        (
            "Our new cherry flavour got to #1 trending, so everyone gets a free cone on Friday 🍒",
            (False, [("viral-claim", "WARNING", "trending")]),
        ),
    ],
)
def test_a_clause_told_as_done_under_a_future_one_is_asserted(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A past clause the parse hangs under a future one, and an opening if-clause read by word order."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "not me crying over 20.000 followers 🥹 thank you thank you",
            (False, [("vanity-metric", "WARNING", "20.000 followers")]),
        ),
        (
            "We did not cross 20,000 followers this year, and that's fine.",
            (True, [("audience-metric", "INFO", "20,000 followers")]),
        ),
    ],
)
def test_not_me_owns_up(linter: Linter, text: str, expected: Verdict) -> None:
    """ "not me crying over…" owns up; a denial stays a denial."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our teaser has been viewed 150,000 times and, more importantly, the Saturday matinees are now fully booked 🎭",
            (True, [("vanity-metric", "INFO", "viewed 150,000 times")]),
        ),
        (
            "The Saturday matinees are back! Our teaser has been viewed 150,000 times.",
            (False, [("vanity-metric", "WARNING", "viewed 150,000 times")]),
        ),
    ],
)
def test_a_weekday_before_an_outcome_names_no_one(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A day before the outcome is no name's: the outcome is the writer's."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "That clip of the Leeds postman dancing in the rain went viral over the weekend. We found him: he's been doing it for 20 years.",
            (True, [("audience-metric", "INFO", "went viral")]),
        ),
        (
            "Our clip of the new tram livery went viral over the weekend.",
            (False, [("viral-claim", "WARNING", "went viral")]),
        ),
    ],
)
def test_a_clip_someone_filmed_of_a_person_is_theirs(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A clip of someone doing something went viral: not the writer's post."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Every brief this year ends with 'and we'd like it to go viral'. Nobody can promise that.",
            (True, []),
        ),
        (
            "We'd already gone viral twice by May.",
            (False, [("viral-claim", "WARNING", "gone viral")]),
        ),
    ],
)
def test_a_wish_quoted_from_someone_else_is_theirs(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A goal inside someone else's quoted words; "we'd" before a past participle is "had"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Organic reach on Facebook is roughly 3% now. Plan accordingly.",
            (True, [("audience-metric", "INFO", "reach on Facebook is roughly 3%")]),
        ),
        (
            "Our organic reach on Facebook is 12% now.",
            (False, [("reach-claim", "WARNING", "reach on Facebook is 12%")]),
        ),
        (
            "Organic reach is dying on Facebook.",
            (True, [("audience-metric", "INFO", "reach is dying")]),
        ),
        (
            "Our organic reach grew 40% this quarter.",
            (False, [("reach-claim", "WARNING", "reach grew 40")]),
        ),
    ],
)
def test_a_platforms_level_now_is_news_about_it(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A metric on a platform at a level now, of no one; a bare "organic reach" is a topic."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sunrise over the bay this morning 🌅 One of the best views in the county, and it's free.",
            (True, []),
        ),
        (
            "Our harbour video got 2M views in the UK this month.",
            (False, [("vanity-metric", "WARNING", "2M views")]),
        ),
    ],
)
def test_views_in_a_county_are_scenery(linter: Linter, text: str, expected: Verdict) -> None:
    """ "the best views in the county" are scenery; views counted in a country are not."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our flash sale post filled 620 room nights in a weekend, and it's our most-liked post ever.",
            (True, [("vanity-metric", "INFO", "most-liked")]),
        ),
        (
            "We filled the room with balloons and our reel got 20k views.",
            (False, [("vanity-metric", "WARNING", "20k views")]),
        ),
    ],
)
def test_places_filled_named_by_the_word_before(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "filled 620 room nights" fills rooms; a room filled with balloons sells nothing."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "build log week 9:\n- 4.2k followers (+600)\n- 150k impressions this month\n- first conference talk booked\n- fixed the signup bug",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "4.2k followers"),
                    ("vanity-metric", "WARNING", "150k impressions"),
                ],
            ),
        ),
        (
            "week 9: 4.2k followers, 150k impressions, and 40 demos booked.",
            (
                True,
                [
                    ("vanity-metric", "INFO", "4.2k followers"),
                    ("vanity-metric", "INFO", "150k impressions"),
                ],
            ),
        ),
    ],
)
def test_the_writers_own_appearance_booked_is_no_sale(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A talk booked for the writer is no customer's booking; demos booked are."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So happy: we're opening for Nia Rowe (yes, that Nia Rowe, the one with a billion streams) on her tour in May!",
            (True, [("audience-metric", "INFO", "billion streams")]),
        ),
        (
            "Our new single, the one with a million streams, is out on vinyl.",
            (False, [("vanity-metric", "WARNING", "million streams")]),
        ),
    ],
)
def test_the_one_with_a_count_after_a_name_is_theirs(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "that Nia Rowe, the one with a billion streams": the named artist's; the writer's single is not."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trending on BookTok this week, in case you're wondering what to read next: cosy mysteries set in bakeries.",
            (True, [("audience-metric", "INFO", "Trending on BookTok")]),
        ),
        (
            "Trending on TikTok this week thanks to all of you and our new reel: the sourdough hack!",
            (False, [("viral-claim", "WARNING", "Trending")]),
        ),
    ],
)
def test_a_trending_heading_with_an_aside_is_a_topic(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A heading of what trends elsewhere may carry an aside before its colon; the writer's reel is a claim."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Reminder that you can build a business without going viral.",
            (True, [("audience-metric", "INFO", "going viral")]),
        ),
        (
            "Without any ads, our reel went viral.",
            (False, [("viral-claim", "WARNING", "went viral")]),
        ),
    ],
)
def test_without_going_viral_is_no_claim(linter: Linter, text: str, expected: Verdict) -> None:
    """ "without going viral" never says it went viral."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Engagement down 30%. Q2: pipeline sourced from LinkedIn up 64%.",
            (True, [("vanity-metric", "WARNING", "Engagement down 30%")]),
        ),
        (
            "Reach up 40% this quarter. Customers up 20% too.",
            (True, [("reach-claim", "WARNING", "Reach up 40%")]),
        ),
        (
            "Reach up 40% this quarter. Our customers pick up 20% of their parcels in store.",
            (False, [("reach-claim", "WARNING", "Reach up 40%")]),
        ),
        (
            "Reach up 40% this quarter. Customers up early can grab a free coffee.",
            (False, [("reach-claim", "WARNING", "Reach up 40%")]),
        ),
    ],
)
def test_up_or_down_after_an_outcome_on_a_stat_line(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A stat line's "Customers up 20%", "pipeline sourced from LinkedIn up 64%"
    (no verb) changes an outcome; a verb's particle ("pick up 20%") does not;
    "Reach up 40%" the tagger reads as a bidding is reach."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Honestly sold on carousels now: our last four got 900k views combined and 6k new followers.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "900k views"),
                    ("vanity-metric", "WARNING", "6k new followers"),
                ],
            ),
        ),
        (
            "Our prints sold on Etsy within an hour, and the reel got 900k views.",
            (True, [("vanity-metric", "INFO", "900k views")]),
        ),
    ],
)
def test_sold_on_something_is_won_over(linter: Linter, text: str, expected: Verdict) -> None:
    """ "Honestly sold on carousels now" sells nothing; prints sold on Etsy were sold."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "POV: your 8-second clip of the shop cat has 2.1M views and your actual pottery has 140 🙃",
            (False, [("vanity-metric", "WARNING", "2.1M views")]),
        ),
    ],
)
def test_pov_tells_the_writers_own_lot(linter: Linter, text: str, expected: Verdict) -> None:
    """The meme's "POV: your…" is the writer's."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Record month! ✈️ 1.8 million of you flew with us in July, our busiest ever. Thank you!",
            (True, []),
        ),
        (
            "Thanks for flying with us! Our safety video just passed 2M views.",
            (False, [("vanity-metric", "WARNING", "2M views")]),
        ),
    ],
)
def test_customers_counted_with_us_are_an_outcome(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "1.8 million of you flew with us": passengers; thanks for flying with us counts no one."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our recruitment film, viewed 4 million times, led to 1,900 applications to the Reserve in May.",
            (True, [("vanity-metric", "INFO", "viewed 4 million times")]),
        ),
    ],
)
def test_applications_to_a_recruiter_are_an_outcome(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Applications to the Reserve are recruitment's outcome."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the video did 3 million views in 2 days. watch time: 250,000 hours. the audience retention graph is a flat line 🌱",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "3 million views"),
                    ("vanity-metric", "WARNING", "watch time: 250,000"),
                ],
            ),
        ),
        (
            "Customer retention is up 9 points since we started the loyalty reel, which got 3 million views.",
            (True, [("vanity-metric", "INFO", "3 million views")]),
        ),
    ],
)
def test_a_videos_audience_retention_is_attention(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A video's audience retention is no customer retention."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "anyone else's views tanked this week?? 150k average to 6k overnight. pls fix",
            (True, [("audience-metric", "INFO", "views tanked")]),
        ),
        (
            "my reach dropped by half overnight and so did everyone in my niche. is it an update?",
            (True, [("audience-metric", "INFO", "reach dropped")]),
        ),
        (
            "my reach doubled overnight and so did my DMs 🙌",
            (False, [("reach-claim", "WARNING", "reach doubled")]),
        ),
    ],
)
def test_a_drop_everyone_shares_is_the_platforms(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "anyone else's views tanked??", "and so did everyone in my niche": the platform's; "so did my DMs" is the writer's."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Today 22k people follow what I write.",
            (False, [("vanity-metric", "WARNING", "22k people follow")]),
        ),
    ],
)
def test_a_count_before_its_people_whatever_the_parse(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "Today 22k people follow what I write": the count before the people counts them."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The free story was downloaded 18,000 times. That's more people than have ever bought all my novels put together.",
            (False, [("vanity-metric", "WARNING", "downloaded 18,000 times")]),
        ),
        (
            "The free story was downloaded 18,000 times, and more people bought the paperback this month than in all of last year.",
            (True, [("vanity-metric", "INFO", "downloaded 18,000 times")]),
        ),
    ],
)
def test_a_sale_a_count_is_set_against_is_no_sale(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "more people than have ever bought my novels": the measure, not a sale; "more people bought the paperback than…" sold."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We grew our page from 0 to 60K followers in a year.\n\nHow?\n1. We stopped selling.\n2. We answered questions.",
            (
                False,
                [
                    ("platform-as-goal", "WARNING", "grew our page"),
                    ("vanity-metric", "WARNING", "60K followers"),
                ],
            ),
        ),
        (
            "We never stopped selling, even in lockdown, and our page grew to 60K followers.",
            (True, [("vanity-metric", "INFO", "60K followers")]),
        ),
    ],
)
def test_stopped_selling_is_no_longer_selling(linter: Linter, text: str, expected: Verdict) -> None:
    """ "We stopped selling." tells no sale; "never stopped selling" does."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The campaign reached 22 million people in its first fortnight, with the hero film garnering 5.6 million views, the agency said today.",
            (
                False,
                [
                    ("reach-claim", "WARNING", "reached 22 million people"),
                    ("vanity-metric", "WARNING", "5.6 million views"),
                ],
            ),
        ),
        (
            "The campaign reached 22 million people, a spokesperson for the regulator said.",
            (True, []),
        ),
    ],
)
def test_the_agency_that_ran_it_closing_its_recap_is_no_other_source(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "…, the agency said today" closes the campaign's own recap; a regulator's spokesperson is another source."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Our shares closed up 4% today after the Q2 call. Proud of the team.", (True, [])),
        (
            "Our shares doubled after the reel went out.",
            (False, [("vanity-metric", "WARNING", "shares doubled")]),
        ),
    ],
)
def test_shares_that_closed_or_opened_are_stock(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "Our shares closed up 4%" is the market's; "our shares doubled after the reel" is attention."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Week 6 building in public:\nfollowers: 1,871\nwaitlist: 0 (haven't made one yet)",
            (False, [("vanity-metric", "WARNING", "followers: 1,871")]),
        ),
        (
            "Week 6 building in public:\nfollowers: 1,871\nour waitlist grew to 420 this week",
            (True, [("vanity-metric", "INFO", "followers: 1,871")]),
        ),
    ],
)
def test_a_stat_lines_zero_is_no_outcome(linter: Linter, text: str, expected: Verdict) -> None:
    """A stat line's "waitlist: 0" names no outcome; a waitlist grown to 420 does."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WE HIT 1,000 CONCURRENT last night during the 14 hour stream",
            (False, [("vanity-metric", "WARNING", "1,000 CONCURRENT")]),
        ),
        ("The library ran 1,000 concurrent sessions on launch night.", (True, [])),
        (
            "Our tandoor chef's reel has been watched 7 million times, and weekday covers are up 40%.",
            (True, [("vanity-metric", "INFO", "watched 7 million times")]),
        ),
        (
            "Our cover of the song got 2M views, and the band played 3 covers at dinner.",
            (False, [("vanity-metric", "WARNING", "2M views")]),
        ),
    ],
)
def test_a_streams_concurrents_and_a_restaurants_covers(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A stream's "1,000 concurrent" is an audience; a restaurant's covers are diners; a band's covers are songs."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "What's trending in spring interiors? Terracotta, rattan and linen. Our editors pick 20 buys under £50.",
            (True, []),
        ),
        (
            "Our spring interiors reel is trending on Instagram this week!",
            (False, [("viral-claim", "WARNING", "trending")]),
        ),
    ],
)
def test_what_is_trending_in_a_field_whatever_the_parse(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "What's trending in spring interiors?": a fashion, with "what" parsed as
    the object; the writer's reel trending on Instagram is a claim."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Skincare brand Mirelle says TikTok Shop now accounts for 28% of its UK sales, up from 5% a year ago, after its videos racked up 60 million views.",
            (True, [("vanity-metric", "INFO", "60 million views")]),
        ),
        (
            "Globex earned $12M in profit last year, while our reel hit 500k views.",
            (False, [("vanity-metric", "WARNING", "500k views")]),
        ),
    ],
)
def test_the_name_that_reports_an_outcome_is_not_set_beside_it(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "Mirelle says [its sales…] after its videos racked up 60 million views":
    the name reports this very outcome and its views, the trade press's tie;
    another name's profit set beside our views ties nothing."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A year ago I had 900 connections. Today 31k follow what I write.",
            (False, [("vanity-metric", "WARNING", "31k follow")]),
        ),
        ("We'll be at booth 2240 showing the new connector all week. Come say hi!", (True, [])),
    ],
)
def test_a_big_count_right_before_an_attention_verb_is_its_crowd(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "Today 31k follow what I write": the parse hung the count on "Today";
    a booth's number before "showing" names, it counts no one."""
    assert _verdict(linter, text) == expected
