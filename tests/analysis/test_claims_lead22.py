"""Classes found by the twenty-second session's blind sets (own-64..67) and the
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
            "We now have 4,100 free members and 260 paid members.",
            (True, [("vanity-metric", "INFO", "4,100 free members")]),
        ),
        (
            "The newsletter crossed 27,500 free subscribers this month.",
            (False, [("vanity-metric", "WARNING", "27,500 free subscribers")]),
        ),
        ("The newsletter crossed 1,120 paid subscribers this month.", (True, [])),
    ],
)
def test_free_members_and_subscribers_are_an_audience(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A free tier counted is the audience a paid tier is sold to; the paid tier is the outcome."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("40,000 of you installed it in the first week 🙏", (True, [])),
        (
            "12,000 teams installed the plugin last month, and the demo video got 90k views.",
            (True, [("vanity-metric", "INFO", "90k views")]),
        ),
        (
            "We installed 40 solar panels this month, and the timelapse got 90k views.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
        (
            "Install it today! The demo video already has 90k views.",
            (False, [("vanity-metric", "WARNING", "90k views")]),
        ),
    ],
)
def test_software_installed_by_counted_people_is_an_outcome(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Installs as a verb, by counted doers; not the writer's own installing or an invitation."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A video claiming our tap water is unsafe is going viral on Facebook. It isn't true.",
            (True, [("audience-metric", "INFO", "going viral")]),
        ),
        (
            "A fake screenshot of our menu has been shared 20,000 times. Please ignore it.",
            (True, [("audience-metric", "INFO", "shared 20,000 times")]),
        ),
        (
            "A clip we posted on Friday is going viral!",
            (False, [("viral-claim", "WARNING", "going viral")]),
        ),
        (
            "Our video busting fake reviews got 40k views.",
            (False, [("vanity-metric", "WARNING", "40k views")]),
        ),
    ],
)
def test_a_falsehood_spreading_is_not_the_writers_attention(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A rumour, a fake or a false claim going viral is warned against; the writer's own piece
    about falsehoods is theirs."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police advice: accounts offering free phones for the first 1,000 followers are scams.",
            (True, []),
        ),
        (
            "Thank you for the first 1,000 followers!",
            (False, [("vanity-metric", "WARNING", "1,000 followers")]),
        ),
    ],
)
def test_a_prize_for_the_first_n_followers_is_an_offer(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "free phones for the first 1,000 followers"; not a thank-you for a milestone."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our reach this week: 48,900 accounts. Thank you for the love!",
            (False, [("reach-claim", "WARNING", "reach this week: 48,900")]),
        ),
        (
            "New clients this quarter: 48 accounts, and the launch reel reached 90k people.",
            (True, [("reach-claim", "INFO", "reached 90k people")]),
        ),
    ],
)
def test_accounts_counted_under_a_reach_label_are_its_unit(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "reach: 48,900 accounts" counts the accounts reached, not clients won."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "patreon crossed 600 members this week, youtube views have been flat all year",
            (True, [("vanity-metric", "INFO", "views have been")]),
        ),
        (
            "Our Discord crossed 6,000 members this week.",
            (False, [("vanity-metric", "WARNING", "6,000 members")]),
        ),
    ],
)
def test_members_where_a_membership_platform_is_named_pay(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Patreon's members pay, whatever channel words sit beside them; a Discord's are an audience."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "someone's sped-up remix of my song is trending on tiktok and i get nothing",
            (True, [("audience-metric", "INFO", "trending")]),
        ),
        (
            "my sped-up remix of the song is trending on tiktok!",
            (False, [("viral-claim", "WARNING", "trending")]),
        ),
        (
            "opened for a band with 2 million monthly listeners last night, they were lovely",
            (True, [("audience-metric", "INFO", "2 million monthly listeners")]),
        ),
        (
            "Spoke to a creator with 900k subscribers about pricing today.",
            (True, [("audience-metric", "INFO", "900k subscribers")]),
        ),
        (
            "We grew from a page with 200 followers to a shop with 3,000 orders.",
            (True, [("vanity-metric", "INFO", "200 followers")]),
        ),
    ],
)
def test_someone_elses_audience_beside_the_writer(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Someone's remix, a band the writer opened for, a creator spoken to; not the writer's
    own page where a story of growth begins."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "47 tattoos in 10 hours, £4.3k through the till, and 900 new followers from the reel.",
            (True, [("vanity-metric", "INFO", "900 new followers")]),
        ),
        (
            "Left my keys in the till again, and 900 new followers from the reel.",
            (False, [("vanity-metric", "WARNING", "900 new followers")]),
        ),
    ],
)
def test_money_through_the_till_is_takings(linter: Linter, text: str, expected: Verdict) -> None:
    """An amount that went through the till is money taken; the till alone is a drawer."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We were featured by three national accounts, including one with 2.3 million followers.",
            (True, [("audience-metric", "INFO", "2.3 million followers")]),
        ),
        (
            "We were chosen by three national accounts as their supplier, and the reel got 80k views.",
            (True, [("vanity-metric", "INFO", "80k views")]),
        ),
        (
            "We posted ten reels this month, including one with 2M views.",
            (
                False,
                [
                    ("activity-as-result", "WARNING", "posted ten reels"),
                    ("vanity-metric", "WARNING", "2M views"),
                ],
            ),
        ),
    ],
)
def test_accounts_that_featured_the_writer_are_others(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Accounts that featured a post passed it on (no clients won), and "one" of them with an
    audience is theirs; "one" of the writer's reels is the writer's."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "no sponsors, no course to sell, nothing. the account just hit 100k.",
            (False, [("vanity-metric", "WARNING", "hit 100k")]),
        ),
        (
            "We have a new course to sell, and the account just hit 100k.",
            (False, [("vanity-metric", "WARNING", "hit 100k")]),
        ),
        (
            "We sold 280 seats on the course, and the account just hit 100k.",
            (True, [("vanity-metric", "INFO", "hit 100k")]),
        ),
    ],
)
def test_something_to_sell_sold_nothing(linter: Linter, text: str, expected: Verdict) -> None:
    """ "no course to sell", "a course to sell": what there is to do, nothing done."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We had 4,000 visitors at our stand in Hall 7 and I'm still not sure we learned anything.",
            (True, []),
        ),
        (
            "We had 4,000 visitors on the website in launch week.",
            (False, [("vanity-metric", "WARNING", "4,000 visitors")]),
        ),
    ],
)
def test_visitors_at_a_trade_show_stand_are_a_crowd(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """People at a stand or a booth are there in person, not a site's audience."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We're not the most-liked restaurant page in the world, but we are the only one with a raccoon.",
            (True, [("audience-metric", "INFO", "most-liked")]),
        ),
        (
            "We are now the most-followed bakery in town!",
            (False, [("vanity-metric", "WARNING", "most-followed")]),
        ),
        (
            "our most-shared post didn't sell a thing",
            (False, [("vanity-metric", "WARNING", "most-shared")]),
        ),
    ],
)
def test_a_superlative_said_of_the_writer_is_denied_by_its_clause(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "we're not the most-liked page": the clause's "not" reaches the participle; a
    superlative post that sold nothing is still the most shared."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Q: how do I get more views? A: honestly, I don't know.",
            (True, [("audience-metric", "INFO", "how do I get more views")]),
        ),
        (
            "This quarter I need more views.",
            (False, [("metric-as-goal", "WARNING", "I need more views")]),
        ),
    ],
)
def test_how_do_i_get_more_views_is_a_question_not_a_goal(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """The question advice answers; not the writer's own need."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our Vine series looped 38 million times in six weeks.",
            (False, [("vanity-metric", "WARNING", "looped 38 million times")]),
        ),
        (
            "We looped in the design team twice this week, and the reel got 80k views.",
            (False, [("vanity-metric", "WARNING", "80k views")]),
        ),
        (
            "The reels reached 2.3M people, and the average stay dropped from 41 days to 19.",
            (True, [("reach-claim", "INFO", "reached 2.3M people")]),
        ),
        (
            "The reels reached 2.3M people, and we hope your stay was lovely.",
            (False, [("reach-claim", "WARNING", "reached 2.3M people")]),
        ),
    ],
)
def test_plays_looped_and_time_to_an_outcome(linter: Linter, text: str, expected: Verdict) -> None:
    """Looped counted in times is plays; an average stay that moved is efficiency."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "You helped us reach 1,000,000 fans! To celebrate, we're sharing our favourite photos all week.",
            (
                False,
                [
                    ("reach-claim", "WARNING", "reach 1,000,000 fans"),
                    ("vanity-metric", "WARNING", "1,000,000 fans"),
                ],
            ),
        ),
        (
            "Our scheduler helps you reach 10,000 followers, and it's free.",
            (True, [("audience-metric", "INFO", "reach 10,000 followers")]),
        ),
    ],
)
def test_readers_thanked_for_helping_us_are_no_promise(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "You helped us reach…" thanks readers for the writer's milestone; "helps you reach" is
    a product's promise."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temps trending 5\u20138° above normal through the weekend. Hydrate!", (True, [])),
        (
            "Our new sound is trending on TikTok this weekend!",
            (False, [("viral-claim", "WARNING", "trending")]),
        ),
    ],
)
def test_a_measure_trending_above_a_level_is_no_virality(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our demo clip was watched 40,000 times during CES week. What matters: 11 utilities signed pilot LOIs.",
            (True, [("vanity-metric", "WARNING", "watched 40,000 times")]),
        ),
        (
            "Our demo clip was watched 40,000 times during CES week, and 500 people signed the guestbook.",
            (False, [("vanity-metric", "WARNING", "watched 40,000 times")]),
        ),
    ],
)
def test_agreements_signed_are_business_won(linter: Linter, text: str, expected: Verdict) -> None:
    """Letters of intent, contracts, retainers signed; not a guestbook."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Newsletter tip: prune your list. 2,000 real readers beat 20,000 dead addresses.",
            (True, [("audience-metric", "INFO", "2,000 real readers")]),
        ),
        (
            "Our newsletter hit 20,000 readers, and 5,000 readers beat our old record.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "20,000 readers"),
                    ("vanity-metric", "WARNING", "5,000 readers"),
                ],
            ),
        ),
    ],
)
def test_a_maxim_weighing_two_counts_is_a_topic(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Bare counts on both sides of "beat" or "are worth more than" are nobody's."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gates open 5:30. 38,000 fans expected for the derby tonight. Take the tram.", (True, [])),
        (
            "Our matchday reel reached 38,000 fans on Instagram.",
            (False, [("reach-claim", "WARNING", "reached 38,000 fans")]),
        ),
        (
            "2,940 pints poured on Saturday, and the taproom video got 73k views.",
            (True, [("vanity-metric", "INFO", "73k views")]),
        ),
        (
            "2,940 people tagged us on Saturday, and the taproom video got 73k views.",
            (False, [("vanity-metric", "WARNING", "73k views")]),
        ),
    ],
)
def test_a_derby_crowd_and_pints_poured(linter: Linter, text: str, expected: Verdict) -> None:
    """Fans expected at a derby are a crowd; pints poured are a venue's sales."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the silver play button arrived today and i cried on it.",
            (False, [("vanity-metric", "WARNING", "silver play button")]),
        ),
        (
            "One day I want a gold play button, but today we ship the new course.",
            (False, [("metric-as-goal", "WARNING", "gold play button")]),
        ),
        ("the silver jewellery arrived today and i cried on it.", (True, [])),
        ("WE HIT 10K 🙌 thank you all", (False, [("vanity-metric", "WARNING", "HIT 10K")])),
        ("ROI 10X this year, and the NYC 5K today was a blast", (True, [])),
    ],
)
def test_a_play_button_and_a_shouted_milestone(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A platform's award for a subscriber milestone is the milestone; "WE HIT 10K" is read
    in lower case like any shouted run, "ROI 10X" is not shouting."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the gif of the cat got 22k likes and 3k retweets 🐈 wishlists? don't ask 🙃",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "22k likes"),
                    ("vanity-metric", "WARNING", "3k retweets"),
                ],
            ),
        ),
        (
            "the gif of the cat got 22k likes 🐈 wishlists? up 40% this week 🙃",
            (True, [("vanity-metric", "INFO", "22k likes")]),
        ),
    ],
)
def test_an_outcome_asked_after_an_emoji_is_asked_alone(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """An emoji before the question ends what came before it, as a full stop would."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I have booked bands with 300,000 monthly listeners who drew 41 people on a Friday.",
            (True, [("audience-metric", "INFO", "300,000 monthly listeners")]),
        ),
        (
            "We ended the year with 300,000 monthly listeners on Spotify.",
            (False, [("vanity-metric", "WARNING", "300,000 monthly listeners")]),
        ),
        (
            "Our Facebook page is now followed by 61,000 people, more than bought the print edition at its peak.",
            (False, [("vanity-metric", "WARNING", "followed by 61,000 people")]),
        ),
        (
            "Our Facebook page is now followed by 61,000 people, and 4,000 of them bought the print edition.",
            (True, [("vanity-metric", "INFO", "followed by 61,000 people")]),
        ),
        (
            "Three local food accounts reposted the risotto carousel, and it got 900k plays.",
            (False, [("vanity-metric", "WARNING", "900k plays")]),
        ),
        (
            "Three local food accounts signed up for wholesale, and the carousel got 900k plays.",
            (True, [("vanity-metric", "INFO", "900k plays")]),
        ),
    ],
)
def test_others_with_an_audience_a_measure_set_against_and_accounts_resharing(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Bands of a kind "with" an audience are others; "more than bought the print edition" is a
    measure, not a sale; accounts that reposted are no clients."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "posted one clip, woke up to 600k views and 74 emails asking for lessons.",
            (True, [("vanity-metric", "INFO", "600k views")]),
        ),
        (
            "posted one clip, woke up to 600k views and 200 DMs asking for the recipe.",
            (False, [("vanity-metric", "WARNING", "600k views")]),
        ),
    ],
)
def test_messages_asking_to_buy_are_enquiries(linter: Linter, text: str, expected: Verdict) -> None:
    """Emails asking for lessons are leads; DMs asking for a recipe are interest."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "(attaching the screenshot because nobody believes me) tweet impressions: 4,417,209.",
            (False, [("vanity-metric", "WARNING", "impressions: 4,417,209")]),
        ),
        (
            "(not that I want 10k followers) but a bigger list would be nice.",
            (True, [("audience-metric", "INFO", "10k followers")]),
        ),
    ],
)
def test_a_bracketed_aside_governs_nothing_after_it(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """The parse may hang a stat after an aside on the aside's verb; inside it, the verb
    still reads its own words."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "we also picked up about 9,400 new subscribers off the back of it. the comments are 90% lovely.",
            (False, [("vanity-metric", "WARNING", "9,400 new subscribers")]),
        ),
        (
            "we also picked up about 9,400 new subscribers on the team plan this quarter.",
            (True, []),
        ),
    ],
)
def test_subscribers_beside_comments_are_an_audience(
    linter: Linter, text: str, expected: Verdict
) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our flu campaign reached 2.3M people. 41,000 appointments were booked through the link, 18% more than last winter.",
            (True, [("reach-claim", "WARNING", "reached 2.3M people")]),
        ),
        (
            "300k views on the Marlow Rd walkthrough. Under offer in 6 days, £40k over asking.",
            (True, [("vanity-metric", "WARNING", "300k views")]),
        ),
    ],
)
def test_outcomes_near_the_new_readings_stay(linter: Linter, text: str, expected: Verdict) -> None:
    """Near misses of "more than bought" (a change against last winter) and of "emails
    asking" (a sale over asking)."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "this is my 4th video to pass a million and I still film on a phone",
            (False, [("vanity-metric", "WARNING", "pass a million")]),
        ),
        ("this is my 4th attempt to pass the exam and I still film on a phone", (True, [])),
    ],
)
def test_the_nth_piece_to_pass_a_count_after_is(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "this is my 4th video to pass a million", the infinitive hung on "is"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The appeal video was seen by 88k people. That's £4.75 per new regular giver: 400 signed up from the link.",
            (True, [("reach-claim", "WARNING", "seen by 88k people")]),
        ),
        (
            "The appeal video was seen by 88k people. That's £4.75 per view: nobody signed anything.",
            (False, [("reach-claim", "WARNING", "seen by 88k people")]),
        ),
        (
            "Our thread got shared 3,400 times, and 212 people clicked through and gave for the first time.",
            (
                True,
                [
                    ("vanity-metric", "INFO", "shared 3,400 times"),
                    ("vanity-metric", "INFO", "212 people clicked"),
                ],
            ),
        ),
        (
            "Our thread got shared 3,400 times, and 212 people gave us feedback.",
            (False, [("vanity-metric", "WARNING", "shared 3,400 times")]),
        ),
    ],
)
def test_counted_people_who_signed_up_or_gave(linter: Linter, text: str, expected: Verdict) -> None:
    """ "400 signed up" hung on the count itself; counted people who "gave" with nothing
    named gave money; not "gave us feedback"."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The team's TikTok has 31k fans, and our TripAdvisor cleanliness score went from 4.2 to 4.8.",
            (True, [("vanity-metric", "INFO", "31k fans")]),
        ),
        (
            "The team's TikTok has 31k fans, and my quiz score went from 4 to 8.",
            (False, [("vanity-metric", "WARNING", "31k fans")]),
        ),
        (
            "Her story went viral, and 48 hours later her fundraising page had gone from £800 to £19,200.",
            (True, [("viral-claim", "INFO", "went viral")]),
        ),
        (
            "Thank you for 10,000 followers! Since January we've had 58 show-rounds from Instagram DMs.",
            (True, [("vanity-metric", "WARNING", "10,000 followers")]),
        ),
        (
            "The town's Christmas market had over 2,000 visitors on opening night. Go early!",
            (True, []),
        ),
    ],
)
def test_outcomes_in_their_industries_words(linter: Linter, text: str, expected: Verdict) -> None:
    """A review site's score, a fundraising page's total, a venue's show-rounds; visitors of a
    Christmas market are a crowd."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "3.9M views on TikTok. The money will come, but today we're just enjoying the moment.",
            (False, [("vanity-metric", "WARNING", "3.9M views")]),
        ),
        (
            "3.9M views on TikTok, and the money came in fast: £4k in a day.",
            (True, [("vanity-metric", "INFO", "3.9M views")]),
        ),
        (
            "They spent $3M on a Super Bowl spot. We spent $0 and got 5 million views on a video of our cat.",
            (False, [("vanity-metric", "WARNING", "5 million views")]),
        ),
        (
            "Shoppers spent $2M on our spring range, and the lookbook got 5 million views.",
            (True, [("vanity-metric", "INFO", "5 million views")]),
        ),
        (
            "Our webinar replay has been viewed 11,000 times since Tuesday, more than our whole customer base.",
            (False, [("vanity-metric", "WARNING", "viewed 11,000 times")]),
        ),
        (
            "Our webinar replay has been viewed 11,000 times since Tuesday, and our customer base grew 8%.",
            (True, [("vanity-metric", "INFO", "viewed 11,000 times")]),
        ),
    ],
)
def test_outcomes_to_come_spent_on_ads_or_set_against(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Money that "will come" is no result; money spent on an ad spot is a cost; a customer
    base a count is "more than" is a measure."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We keep teaching this one: a Finnish oat-drink brand whose 2019 stunt got 11 million views in a week.",
            (True, [("audience-metric", "INFO", "11 million views")]),
        ),
        (
            "Our chef, whose reel got 2M views, is cooking tonight.",
            (False, [("vanity-metric", "WARNING", "2M views")]),
        ),
        (
            "We talked to two founders who went viral in 2021 about what came next.",
            (True, [("audience-metric", "INFO", "went viral")]),
        ),
        (
            "We are the bakery that went viral last week!",
            (False, [("viral-claim", "WARNING", "went viral")]),
        ),
    ],
)
def test_a_whose_or_who_clause_of_someone_else(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A brand introduced with "a" whose stunt got views (whatever the verb), founders who went
    viral; not the writer's chef or the writer's bakery. A results frame inside such a claim
    ("stunt got 11…") reports nothing either."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My reel got 212k impressions and got me the biggest client I've ever signed.",
            (True, [("vanity-metric", "INFO", "212k impressions")]),
        ),
        (
            "My reel got 212k impressions and got me the biggest card I've ever signed.",
            (False, [("vanity-metric", "WARNING", "212k impressions")]),
        ),
    ],
)
def test_a_client_signed_in_a_relative_clause(linter: Linter, text: str, expected: Verdict) -> None:
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Notre vidéo du brassage a atteint 95k vues, merci la gang!",
            (False, [("vanity-metric", "WARNING", "95k vues")]),
        ),
        (
            "1 millón de seguidores, gracias a todos!",
            (False, [("vanity-metric", "WARNING", "1 millón de seguidores")]),
        ),
        ("Tenemos 3 seguidores y mucha paciencia.", (True, [])),
        (
            "Notre vidéo a fait 300k vues. Le vrai chiffre: 12 000 bouteilles vendues en un mois.",
            (True, [("vanity-metric", "WARNING", "300k vues")]),
        ),
        (
            "Q3 update: Reach: 4.2 crore accounts. Proud of this team.",
            (False, [("reach-claim", "WARNING", "Reach: 4.2")]),
        ),
    ],
)
def test_counts_in_the_languages_creators_switch_into(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """Views, subscribers and followers in French, Spanish and Portuguese, counted and big
    ("de" between count and noun, "millón" a scale); sales in them too; accounts under a
    reach label counted in crore are its unit."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "To the 30,000 of you who follow this page for supply-chain memes: we're hiring a planner in Rotterdam.",
            (True, [("audience-metric", "INFO", "30,000 of you who follow")]),
        ),
        (
            "To the 30,000 of you who follow this page: thank you!",
            (False, [("vanity-metric", "WARNING", "30,000 of you who follow")]),
        ),
        (
            "to the 48,000 of you who listen every week: you're the reason we keep doing this.",
            (False, [("vanity-metric", "WARNING", "48,000 of you who listen")]),
        ),
    ],
)
def test_an_audience_addressed_before_news(linter: Linter, text: str, expected: Verdict) -> None:
    """An address that opens news (no thanks after the colon) tells the audience something;
    thanks after it ("you're the reason…") celebrate a milestone."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Launch week: newsletter signups: 12,880, and episode 1 got 96k listens.",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "newsletter signups: 12,880"),
                    ("vanity-metric", "WARNING", "96k listens"),
                ],
            ),
        ),
        (
            "Launch week: trial signups: 12,880, and episode 1 got 96k listens.",
            (True, [("vanity-metric", "INFO", "96k listens")]),
        ),
        (
            "Our Vine with the dancing bucket just passed 12M loops.",
            (False, [("vanity-metric", "WARNING", "12M loops")]),
        ),
        (
            "I sold 500 loops in my sample pack, and the tutorial got 40k views.",
            (True, [("vanity-metric", "INFO", "40k views")]),
        ),
        (
            "this poll got 34,210 votes. democracy is alive and it hates pineapple.",
            (False, [("vanity-metric", "WARNING", "34,210 votes")]),
        ),
    ],
)
def test_newsletter_signups_loops_and_poll_votes_are_attention(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A newsletter's sign-ups are readers (a trial's are won); a Vine's loops and a poll's
    votes are plays and engagement (a sample pack's loops are sold)."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I checked my follower count 11 times today because it's about to tick over 100k.",
            (
                False,
                [
                    ("audience-metric", "INFO", "follower count"),
                    ("vanity-metric", "WARNING", "tick over 100k"),
                ],
            ),
        ),
        (
            "I checked the clock 11 times today because it's about to tick over midnight.",
            (True, []),
        ),
        (
            "Our how-to thread has been bookmarked more times than anything we've posted in 6 years.",
            (False, [("vanity-metric", "WARNING", "bookmarked more times")]),
        ),
        (
            "I bookmarked more recipes than I can cook this year, and our new cookbook is out Friday.",
            (True, []),
        ),
    ],
)
def test_a_count_ticked_over_and_bookmarked_more_times(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """ "tick over 100k" reaches a milestone; kept "more times than" anything is attention
    counted in times, as "saved 3,000 times" is."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "How to pull a report:\n1) open Insights\n2) filter to feed posts\n3) export reach, link clicks and profile visits",
            (
                True,
                [("audience-metric", "INFO", "reach"), ("audience-metric", "INFO", "link clicks")],
            ),
        ),
        (
            "Our month:\n1) 40k new followers\n2) 3M views",
            (
                False,
                [
                    ("vanity-metric", "WARNING", "40k new followers"),
                    ("vanity-metric", "WARNING", "3M views"),
                ],
            ),
        ),
    ],
)
def test_a_list_items_number_counts_nothing(linter: Linter, text: str, expected: Verdict) -> None:
    """ "3) export reach": the item's marker, not a count; items that hold counts are read."""
    assert _verdict(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hallow & Pine does £40m a year and has fewer Instagram followers than us. Our page just hit 212k followers.",
            (
                False,
                [
                    ("audience-metric", "INFO", "fewer Instagram followers"),
                    ("vanity-metric", "WARNING", "212k followers"),
                ],
            ),
        ),
        (
            "We did £40m this year and have more Instagram followers than Hallow & Pine. Our page just hit 212k followers.",
            (
                True,
                [
                    ("vanity-metric", "INFO", "more Instagram followers"),
                    ("vanity-metric", "WARNING", "212k followers"),
                ],
            ),
        ),
    ],
)
def test_a_named_brands_takings_compared_with_the_writer(
    linter: Linter, text: str, expected: Verdict
) -> None:
    """A name's outcome in a sentence that compares it "than us" is theirs; the writer's own
    takings compared with a name are the writer's."""
    assert _verdict(linter, text) == expected
