"""Classes found by the twenty-seventh session's reading of own-100..101 and
its blind rounds, on sentences written for these tests (each: a text the class
must read, and a near miss it must not)."""

from __future__ import annotations

import pytest
from tests.analysis.claim_reading import verdict_with_severities as _verdict

from align_lint.run.linter import Linter


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The stunt drove 3M video views and an earned-media value of £900k.", False),
        ("The stunt generated 3M video views and a pipeline value of £900k.", True),
        ("The stunt pulled 3M video views and pipeline worth £900k.", True),
    ],
)
def test_a_media_value_is_no_money_made(linter: Linter, text: str, passed: bool) -> None:
    """An amount that is the value of earned media prices the attention
    (media-value); the value of a pipeline, whatever the verb, is an outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our LinkedIn reach grew fourfold, from 200k to 850k unique members.", False),
        ("Our LinkedIn reach grew fourfold and brought 850 paying members.", True),
    ],
)
def test_unique_members_are_reach(linter: Linter, text: str, passed: bool) -> None:
    """People counted once by a platform's analytics ("unique members") are
    the reach, not members gained; paying members are customers."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The lookbook passed 1.5M views, and the replies are full of people asking"
         " where to buy the jacket.", False),
        ("The lookbook passed 1.5M views, and 900 people bought the jacket that week.", True),
    ],
)  # fmt: skip
def test_asking_where_to_buy_is_no_purchase(linter: Linter, text: str, passed: bool) -> None:
    """An outcome verb in a question people ask ("where to buy") is interest,
    no purchase; people who bought are a result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My 'we're hiring a product designer' post got 90,000 impressions.", False),
        ("Our hiring post got 90,000 impressions, and we hired two designers from it.", True),
        ("My 'how we hit 10k followers' video brought 300 demo requests.", True),
    ],
)
def test_words_in_a_pieces_title_are_its_name(linter: Linter, text: str, passed: bool) -> None:
    """The quoted title of a piece names it: an outcome or a metric inside
    ("we're hiring", "10k followers") is no claim of the sentence."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our rehearsal clip is at seven digits on TikTok and counting.", False),
        ("We made six figures on Etsy last year.", True),
    ],
)
def test_seven_digits_on_a_platform(linter: Linter, text: str, passed: bool) -> None:
    """A count said by its length on a platform is an audience there; "six
    figures on Etsy" is as often a sum made there, and is left alone."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Not us trending at number 3 in Ireland because of a goat 🐐", False),
        ("Not one of our posts trended this year, and that's fine by us.", True),
    ],
)
def test_not_us_owns_up_whatever_the_parse(linter: Linter, text: str, passed: bool) -> None:
    """ "Not us trending…" owns up to it even when the parse hangs the "not"
    on "us"; a subject that denies ("not one of our posts") still denies."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        (
            "Our burger vote broke the internet: 30k votes, and Friday's burger orders doubled.",
            True,
        ),
        (
            "Our burger vote broke the internet: 30k votes, and Burgerco's burger orders doubled.",
            False,
        ),
    ],
)
def test_a_days_outcome_is_the_writers(linter: Linter, text: str, passed: bool) -> None:
    """ "Friday's orders": a day before the possessive is a time, not an owner;
    a named business's orders are theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Heads up: the screenshot going viral today claiming we've stopped refunds is fake.",
         True),
        ("Our refunds explainer went viral this week, with 2M views.", False),
    ],
)  # fmt: skip
def test_what_goes_viral_claiming_something(linter: Linter, text: str, passed: bool) -> None:
    """Something going viral "claiming" a thing is a falsehood warned against,
    however the parse hangs the participle; the writer's explainer is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We're hiring a social lead. Not someone who will promise us a viral video.", True),
        ("We're hiring a social lead who will give us a viral video.", False),
    ],
)
def test_virality_not_promised_is_refused(linter: Linter, text: str, passed: bool) -> None:
    """Virality no one will promise is refused, no goal; a role hired to bring
    it is the writer's wish."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Best month yet 📈\n\n🟣 Instagram: 88k\n🟣 TikTok: 410k", False),
        ("Where we post 📈\n\n🟣 Instagram: 12 posts a week\n🟣 TikTok: 3 posts a week", True),
        ("Follower growth:\n- Twitter: 3,100 → 5,900 followers, and 140 demo requests", True),
    ],
)
def test_a_platform_as_a_stat_label(linter: Linter, text: str, passed: bool) -> None:
    """ "Instagram: 88k": a big bare count labelled by a platform is the
    account's audience there; a noun after the count counts that instead, and
    a count before an arrow is read with the noun after the arrow."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("revenue can wait. for now the only number I watch is followers: 22,800 and climbing",
         False),
        ("revenue grew 30%. for now the number I watch most is followers: 22,800 and climbing",
         True),
    ],
)  # fmt: skip
def test_an_outcome_put_off_is_none(linter: Linter, text: str, passed: bool) -> None:
    """A named outcome that "can wait" is put off: no outcome reported now."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The video of me packing orders just hit 2.1M views!!", False),
        ("The video just hit 2.1M views and orders doubled the same week.", True),
    ],
)
def test_an_outcome_a_piece_shows(linter: Linter, text: str, passed: bool) -> None:
    """What a piece shows ("the video of me packing orders") is its subject,
    no orders reported; orders that doubled are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Engagement is up 180% and our average reel now reaches 4x more accounts.", False),
        ("Engagement is up 180% and we won 4x more accounts this year.", True),
    ],
)
def test_accounts_reached_by_a_multiple(linter: Linter, text: str, passed: bool) -> None:
    """Accounts a post reaches, counted by a multiple, are reach; accounts won
    are customers."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The most-viewed page on our site is the demo page, and it converts at 7%.", True),
        ("The most-viewed page on our site is the demo page, and it loads in 2 seconds.", False),
    ],
)
def test_converting_at_a_rate(linter: Linter, text: str, passed: bool) -> None:
    """A page that "converts at 7%" reports a conversion rate, an outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The careers fair posts reached 90,000 people, and employers made 240 job offers.", True),
        ("The careers fair posts reached 90,000 people, and 60 employers came along.", False),
    ],
)
def test_job_offers_are_an_outcome(linter: Linter, text: str, passed: bool) -> None:
    """Job offers made are what a careers fair is for, as hires are."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Chef Tom Alder, whose risotto reel went viral in May, has joined Harbour Hotels.", True),
        ("Our head chef, whose risotto reel went viral in May, has joined the board.", False),
    ],
)
def test_a_names_past_in_an_aside_before_news(linter: Linter, text: str, passed: bool) -> None:
    """ "Name, whose … went viral last spring, has been named…": the past in
    the aside is the name's background to the news; the writer's own chef's
    reel is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our 'office dog' reel has 2.3M views and the best stuff comes from the sales floor.",
         False),
        ("Our 'office dog' reel has 2.3M views and our sales are up 12%.", True),
    ],
)  # fmt: skip
def test_the_sales_floor_is_a_place(linter: Linter, text: str, passed: bool) -> None:
    """ "the sales floor" is where a sales team works, no sales made."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Seeing streamers with 2 million followers burn out on air changed my schedule.", True),
        ("Why does every tutorial come from someone with 3M followers on TikTok.", True),
        ("We ended the year with 40k followers on TikTok.", False),
    ],
)  # fmt: skip
def test_someone_with_an_audience(linter: Linter, text: str, passed: bool) -> None:
    """People held up "with" an audience are someone else's size, even when
    the parse hangs "with" on the verb, or the holder is "someone"; the
    writer's year "with 40k followers" is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The platform no longer pays out on songs under 1,000 streams a year.", True),
        ("Accounts with fewer than 10k followers can't add link stickers.", True),
        ("We're just under 50k followers!", False),
    ],
)
def test_a_bound_that_sorts_things(linter: Linter, text: str, passed: bool) -> None:
    """A count after "under" or "fewer than", right after a plural noun, is a
    rule's bound; "just under 50k followers" is the writer's own count."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Reading Ana Kovac's write-up of how her podcast got to 300k listeners.", True),
        ("Our founder Ana Kovac says her podcast just got to 300k listeners!", False),
    ],
)
def test_her_after_a_full_name(linter: Linter, text: str, passed: bool) -> None:
    """ "her" after someone named in full stands for that person: her
    audience; the writer's own founder's stays a claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Every layoffs thread on here gets 10k likes, and every hiring thread gets 40.", True),
        ("Every reel we post gets 50k views.", False),
    ],
)
def test_what_every_such_thing_gets(linter: Linter, text: str, passed: bool) -> None:
    """What every such thing gets, in the present, is said of any of them;
    what every reel the writer posts gets is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("A video of Mayor Jo Hart slipping on the ice has been viewed 4 million times.", True),
        ("This video of our mascot slipping on the ice has been viewed 4 million times.", False),
        ("A video of Dr Jo Hart freezing a rose has been viewed 4 million times, making it"
         " the college's most popular post ever.", False),
    ],
)  # fmt: skip
def test_a_clip_of_someone_in_the_news(linter: Linter, text: str, passed: bool) -> None:
    """Views of a clip of someone doing something, told as news, are
    background; "this" clip, the writer's, or a record it made are claims."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our brand was mentioned 22,000 times in May, more than in all of last year.", False),
        ("The audit report mentioned our brand 3 times.", True),
        ("Our sound was stitched 6,000 times in its first week.", False),
        ("We stitched 400 tote bags by hand this week.", True),
    ],
)
def test_mentions_and_stitches_counted(linter: Linter, text: str, passed: bool) -> None:
    """Being mentioned, tagged, stitched or duetted, counted big in times or
    by people, is attention; a few mentions in a report, or bags stitched,
    are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We've overtaken Finlo, Paygo and two of the big banks in followers.", False),
        ("We've overtaken Finlo, Paygo and two of the big banks in card sign-ups.", True),
    ],
)
def test_rivals_passed_in_a_metric_over_a_list(linter: Linter, text: str, passed: bool) -> None:
    """Rivals passed "in followers", however long the list of them, make a
    comparison of attention; passed in sign-ups, an outcome."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Impressions: 6.1M\nClicks: 40,200\nConversions: tracking was broken all quarter.",
         False),
        ("Impressions: 6.1M\nClicks: 40,200\nConversions: 1,140, up 20%.", True),
        ("Impressions hit 4M and we got very efficient CPMs.", False),
    ],
)  # fmt: skip
def test_outcomes_that_report_nothing(linter: Linter, text: str, passed: bool) -> None:
    """An outcome's label answered "tracking was broken" reports none, and
    attention bought at "efficient CPMs" is a media price, no efficiency won."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("We've all seen the 'office chair race' clip that went viral this week.", True),
        ("Have you seen our office chair race clip that went viral this week?", False),
    ],
)
def test_a_viral_thing_everyone_has_seen(linter: Linter, text: str, passed: bool) -> None:
    """What everyone has seen go viral is someone else's; the writer's own
    clip that went viral is theirs."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our launch video hit seven digits in views. Not bad for a Monday.", False),
        ("Our launch video hit seven digits in sales. Not bad for a Monday.", True),
    ],
)
def test_a_length_count_in_a_metric(linter: Linter, text: str, passed: bool) -> None:
    """ "hit seven digits in views" counts the views by the length of their
    number; in sales it is money made."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("What an atmosphere tonight. 38,000 fans and a late winner. Still shaking.", True),
        ("What a month. 38,000 new fans on Instagram. Still shaking.", False),
    ],
)
def test_a_crowd_by_its_match_words(linter: Linter, text: str, passed: bool) -> None:
    """Fans counted beside an atmosphere and a late winner are a crowd there;
    new fans on a platform are an audience."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Spend $900k → Pipeline $11.2M. The 4M impressions were context.", True),
        ("Spend $900k → 4M impressions → 2,000 new followers.", False),
    ],
)
def test_an_outcome_with_its_money_right_after(linter: Linter, text: str, passed: bool) -> None:
    """ "Pipeline $11.2M": an outcome term with its amount right after it, no
    colon, is an amount of it."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Our rehearsal clips hit 2M views, which works out at about £90k of ticket sales.", True),
        ("Our rehearsal clips hit 2M views, thanks to our head of sales.", False),
    ],
)
def test_money_of_an_outcome(linter: Linter, text: str, passed: bool) -> None:
    """An amount of money "of" an outcome ("£90k of ticket sales") is a sum of
    it, not an office ("head of sales")."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The campaign (900k impressions) brought 1,200 new memberships, up 20%.", True),
        ("The reels (4M views) lifted lunch transactions 9% and average check by 40p.", True),
        ("The reels got 4M views while our database handled 2M transactions a day.", False),
    ],
)
def test_memberships_and_transactions(linter: Linter, text: str, passed: bool) -> None:
    """Memberships and transactions a business counts, with an amount or a
    change, are sales; a database's transactions are load."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Newsletter update: 31k subscribers, 1,480 of them paid.", True),
        ("Newsletter update: 31k subscribers, most of them in Europe.", False),
    ],
)
def test_the_paying_part_of_an_audience(linter: Linter, text: str, passed: bool) -> None:
    """ "31k subscribers, 1,480 of them paid": the part of the audience that
    pays is customers."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("500,000 🎉 This month we delivered half a million parcels, our 500,000th today.", True),
        ("500K 🎉 This month our delivery videos passed half a million views.", False),
        ("We delivered 60 workshops and 3M impressions this year.", False),
    ],
)
def test_goods_delivered(linter: Linter, text: str, passed: bool) -> None:
    """A big count of goods delivered is orders fulfilled; workshops or
    impressions "delivered" are not."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Month 5:\n📈 LinkedIn: 2,100 → 7,900\n📈 Newsletter: 400 → 1,950", False),
        ("Month 5:\n📈 LinkedIn: 2,100 → 7,900 followers\n📈 Demo requests: 12 → 64", True),
    ],
)
def test_a_platform_label_grown(linter: Linter, text: str, passed: bool) -> None:
    """ "LinkedIn: 2,100 → 7,900": a platform's count grown, with no noun
    after it; with the noun, the noun's claim."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("The stunt got 3M impressions during the busiest sales weekend of the year.", False),
        ("The stunt got 3M impressions and the best sales weekend of the year.", False),
        ("The stunt got 3M impressions and lifted weekend sales 14%.", True),
    ],
)
def test_a_sales_weekend_is_a_time(linter: Linter, text: str, passed: bool) -> None:
    """ "the busiest sales weekend" names a time of year, no sales made."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("My post about how our finance team forecasts revenue just hit 14k likes.", False),
        ("My post just hit 14k likes and brought 30 revenue-team demo requests.", True),
    ],
)
def test_an_outcome_a_post_is_about(linter: Linter, text: str, passed: bool) -> None:
    """An outcome named inside what a post is about, however deep the clause,
    is its subject, no result."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Going viral is what happens to a good idea. It is not a brief.", True),
        ("Going viral is what happened to our reel last week.", False),
    ],
)
def test_what_going_viral_is(linter: Linter, text: str, passed: bool) -> None:
    """ "Going viral is what happens…": a view of it in the present; "what
    happened to our reel" tells of an event."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Fibre broadband now reaches 92% of the county.", True),
        ("Our broadband ad reached 400,000 people in the county.", False),
        ("Join the 900,000 baking lovers who follow us for weekly recipes.", False),
    ],
)
def test_coverage_and_lovers(linter: Linter, text: str, passed: bool) -> None:
    """A network's coverage reaching people is a rollout, no audience; a
    campaign's reach is one. "baking lovers" who follow are people counted."""
    assert _verdict(linter, text)[0] is passed


@pytest.mark.parametrize(
    ("text", "passed"),
    [
        ("Thank you all for 250,000 subscribers!! Cabin build part two is up tonight.", False),
        ("Thank you to our 3,000 paying subscribers, who fund every episode.", True),
        ("Thanks for 1,000 orders this week! Restock lands Friday.", True),
    ],
)
def test_thanks_for_a_count_of_subscribers(linter: Linter, text: str, passed: bool) -> None:
    """Thanks right before a count of subscribers or members cheer an
    audience; paying subscribers and orders thanked for stay outcomes."""
    assert _verdict(linter, text)[0] is passed
