"""Judgement on whole posts, written for this suite (never copied from the
evaluation data): each line is a class of post a content team writes, with the
verdict a marketing executive would give it. A post *fails* when align's exit
code would be 1.

These guard the rule pack as a whole (unless, downgrade_if, when, require and
the word senses working together); the per-rule examples guard each rule.
"""

from __future__ import annotations

import pytest

from align_lint.documents import document_from_text
from align_lint.report.records import DocumentResult
from align_lint.run.linter import Linter

CASES: list[tuple[bool, str]] = [
    # (expect_fail, text)
    (True, "Wow! Our TikTok hit 1M views in 48 hours 🚀 Thank you all!"),
    (True, "Our Reel was shared 3,400 times this weekend."),
    (True, "Engagement is up 300% this month! Our content is working."),
    (True, "Huge week: 2.3M impressions, 45K engagements, 12K new followers."),
    (True, "Our hashtag #SummerOfSips trended nationwide for two days."),
    (True, "We went from 0 to 10K subscribers on YouTube in a year."),
    (True, "The video has been viewed more than 2 million times."),
    (True, "Proud to share that our page now has 25K likes!"),
    (True, "Our CEO's post reached 1.2M people."),
    (True, "This campaign generated 5 million impressions and 200K clicks."),
    (True, "Our newsletter now has 40,000 subscribers!"),
    # An invitation's social proof and a milestone a giveaway celebrates are
    # attention counts presented as the writer's (the blind sets label them so).
    (True, "Join 5,000+ marketers who read our newsletter every week."),
    (True, "To celebrate 10,000 followers, we're giving away five free tickets!"),
    (True, "Thrilled to announce we've reached 100K followers on Instagram."),
    (True, "Video views up 250% year over year."),
    (True, "We doubled our engagement rate in Q2."),
    (True, "Our content got 10x more engagement than last quarter."),
    (True, "Our spring campaign was a massive success! Thanks, team."),
    (True, "Next quarter we need to grow our Instagram and get more likes."),
    (False, "Our LinkedIn campaign drove 320 demo requests and $1.2M in pipeline."),
    (False, "The webinar series generated 140 SQLs for the sales team."),
    (False, "Customer churn dropped from 8% to 5% after the onboarding revamp."),
    (False, "Sign-ups increased 40% after the launch."),
    (False, "Our Instagram shop brought in $50K in sales last month."),
    (
        False,
        "The campaign reached 2M people. It got 150K likes and 30K shares. Most importantly, it drove 4,800 sign-ups.",
    ),
    (False, "Our 12k followers sent 300 enquiries in March, and 40 became customers."),
    (False, "I like how this team thinks about pricing."),
    (False, "Share your views in the comments!"),
    (False, "Great to see so many fans at the stadium tonight!"),
    (False, "Our stock shares rose 5% today on strong guidance."),
    (False, "Thousands of fans lined up for the premiere."),
    (False, "Thanks for 10 amazing years and to the 2 million customers who trust us."),
    (False, "Our engagement survey results are in: read what employees told us."),
    (False, "Five tips to get more followers on Instagram."),
    (False, "I'm not a fan of vanity metrics."),
    (False, "We don't chase likes. We chase customers."),
    (False, "Happy Thanksgiving from all of us at Northwind!"),
    (False, "Join us at Booth 42 at SaaStr next week."),
    (False, "Employee engagement rose 12 points after we introduced four-day weeks."),
    (False, "She has a speaking engagement in Denver on Friday."),
    (False, "We reached out to 300 customers to ask what they need."),
    (False, "Like what you see? Follow us for more pricing tips."),
    (False, "How LinkedIn makes it easier to go viral with your posts: a talk by our CMO."),
    (False, "Our rack helps you reach new milestones without giving up space."),
    (False, "The cooling fans in our new laptop are whisper quiet."),
    (False, "Thank you to our 2 million customers for a record year: revenue up 22%."),
    (True, "Our followers grew 3x this year and our posts were seen by 4 million people."),
    (True, "Over 12,000 people now follow our page. Thank you!"),
    (False, "The video got 2M views and those viewers booked 1,200 test drives."),
    (False, "Our podcast has 8,000 listeners, and 60 of them became paying clients this year."),
    (True, "Our podcast has 8,000 listeners and a 4.9 star average!"),
    (True, "The campaign delivered great results across every channel."),
    (True, "We closed a record quarter on social! Thanks, team."),
    (True, "I propose we launch a weekly TikTok series next quarter."),
    (False, "We've created three new videos to help you get started."),
    (False, "Our athlete set a new world record in Oslo today!"),
    (False, "We should invest in our people, not just our tools."),
    (False, "Mortgage rates are trending lower this week."),
    (False, "The temperature reached 40 degrees in Phoenix today, stay safe."),
    (False, "The album has 12 hits and we love every one of them."),
    (False, "Our agents handle 200 customer interactions a day with a smile."),
    (False, "We have to be on time for the 9am call."),
    (False, "Big Friday sale: 40% off all engagement rings."),
    (False, "Our CEO shares her views on the future of retail in this interview."),
    (False, "Pleased to share our 2025 impact report."),
    (False, "Thanks to the 300 volunteers who joined our beach clean-up."),
    (True, "The stunt earned $2M in earned media value and 40M impressions in a week."),
    (False, "The stunt earned $2M in sales in its first week."),
    (False, "“Likes don't pay salaries,” our CFO reminded us at the offsite."),
    (False, 'Nobody cares that your post "went viral" with 2M views.'),
    (False, 'Stop posting "we hit 10k followers!" updates; show the pipeline instead.'),
    (True, "“We hit 10k followers in a week!” our social lead told the team."),
    # Going viral in general, a crowd in person, a third party's audience.
    (False, "A single bad review could go viral and hurt a small bakery."),
    (False, "The band played to 20,000 fans in the park on Saturday."),
    (False, "At the time, Hardees had just over 80,000 followers on Twitter."),
    (True, "The carousel was shown to 400,000 people in two days."),
    # Outcomes beyond revenue, and a tie in the next sentence.
    (
        False,
        "The giveaway post pulled 30k likes, and 2,300 of those people joined the loyalty program.",
    ),
    (False, "Reach was flat but leads rose 20% in May."),
    (False, "Views doubled, and CAC fell from $48 to $31."),
    (False, "The thread went viral and ARR crossed $2M the same month."),
    (False, "Our accountant, a CPA, shared 3 tax tips."),
    # Company and project blogs: the reader's milestones are advice, the writer's a result.
    (False, "When you reach 2,000 followers, start a newsletter."),
    (False, "Once your podcast passes 500 listeners, ask for reviews."),
    (True, "When we reached 2,000 followers, we started a newsletter."),
    # A channel in general, with a modal of ability, is a topic; ours in the past a result.
    (False, "Email can drive thousands of visits if the subject line is sharp."),
    (True, "Email drove 12,000 visits to our docs last month."),
    # Eyes on code are review, not an audience.
    (False, "With more eyeballs on the codebase, security bugs get fixed faster."),
    (True, "The demo got more eyeballs this week than the whole launch did."),
    # Views of software (templates, error screens) and HTTP statuses count nothing.
    (False, "Fixed the 500 (internal error) view showing raw stack traces."),
    (False, "The nested views of the settings page now load faster."),
    (True, "Our 404 page quietly racked up 9,000 views."),
    # What was hard to get was not got.
    (False, "We found it hard to get views on our first tutorials."),
    (True, "It was easy to get 40,000 views once the video was featured."),
    # A trend's direction is not a trending topic.
    (False, "Our support costs keep trending the wrong way."),
    (True, "Our launch hashtag trended in Canada all weekend."),
    # People who join a community online are an audience; a paid membership an outcome.
    (True, "Over 900 people joined our Slack community in a month."),
    (False, "Over 900 people joined our paid membership in a month."),
    # An outcome named in passing, still to come or wanted reports none (issue 10).
    (True, "Everyone says profit is what matters. Still, we love our 60k followers."),
    (True, "Our followers tripled this year. Sales figures will be published in March."),
    (True, "The channel hit 200k subscribers. We hope to sign our first sponsors soon."),
    (False, "The channel hit 200k subscribers. We signed our first sponsors in May."),
    (False, "Our followers tripled this year, and sales rose 14% with them."),
    # Whose claim (issue 10): a source's report, a friend's result are news; ours a brag.
    (False, "Hasbro said the trailer was viewed 30 million times."),
    (False, "My cousin's baking channel just passed 80,000 subscribers!"),
    (True, "Our trailer was viewed 30 million times."),
    # Another party's outcome beside our count ties nothing.
    (True, "Pied Piper earned $9M in profit last year while we hit 300k followers."),
    (False, "Our shop earned $9M in profit last year while we hit 300k followers."),
    # Temporal and pointing ties in the next sentence.
    (False, "The podcast passed 20k listeners. Since then, sales have tripled."),
    (True, "The podcast passed 20k listeners. Since then, our follower count has tripled."),
    (False, "Our reel got 70k views. Conversion from those viewers was 2.8%."),
    (True, "Our reel got 70k views. Comments from those viewers were kind."),
    # Retail distribution and a creator's income are outcomes.
    (False, "The series reached 900k people; stockists in four towns now carry our jam."),
    (True, "The series reached 900k people; fans in four towns now tag our jam."),
    (False, "My blog passed 8k readers, and sponsors now pay me $1,800 a month."),
    (True, "My blog passed 8k readers, and now I write it every Monday."),
    # A brand may write of itself by name, as case studies and press releases do:
    # another name's outcome beside its count still ties nothing...
    (True, "This year Hooli booked $5M in revenue while Vandelay gained 90k followers."),
    (False, "Vandelay booked $5M in revenue this year after its reel gained 90k followers."),
    # ...a crowd at a named brand's channel is its audience, not the world's...
    (True, "Thousands of readers follow Vandelay's newsletter every week."),
    (False, "Thousands of readers follow gardening newsletters every week."),
    # ...shops carrying a named brand's product are its distribution...
    (False, "The clip reached 600k people; grocers in five states now carry Vandelay's salsa."),
    (True, "The clip reached 600k people; grocers in five states now talk about salsa."),
    # ...and a named team's own hours spent watching are its work, not an audience's.
    (False, "Initech spent 400 hours watching match footage before the cup final."),
    (False, "The team spent 300 hours watching game film before the final."),
    (True, "Fans spent 400,000 hours watching Vandelay's match footage."),
    # A count after "to" that counts another noun is not the term's: a tagger
    # that read "replies" as a noun.
    (False, "Vandelay's assistant replies to 300 messages an hour, day and night."),
    # A lead-in label ("Real talk:") is no part of the clause after it: the
    # question, the reader's wish and the contrast still open the sentence.
    (False, "Real talk: why did the Hooli teaser get 2 million views? Let's break it down."),
    (True, "Real talk: our teaser got 2 million views."),
    (False, "Small win: want more subscribers? Here is the checklist we use."),
    (True, "Small win: we hit 5,000 followers."),
    (True, "Monday recap: our tutorials were watched for 4,000 hours last month."),
    (False, "A tutorial watched for 4,000 hours is a good tutorial."),
    (True, "Quick note: Rival X made $3M in profit while we hit 90k followers."),
    (
        True,
        "Monday recap: while the market leader added 2,000 customers, our page gained 30k fans.",
    ),
    # Stat lines (judge9): a signed, percent or multiple value beside the term.
    (True, "Q3 social recap\n🚀 +60% reach\n💬 engagement rate 7.2%"),
    (False, "Only 60% reach the final round of interviews."),
    (True, "Instagram followers +3.4k this month"),
    (False, "Our followers 2024 survey is now open."),
    (True, "→ 1.8x CTR vs last quarter"),
    (False, "We sell 1.8x lenses for reading glasses."),
    # Counts said otherwise: a split scale letter, digits by length, an ordinal like.
    (True, "30K of you follow our little shop now 🥹"),
    (False, "3 of you follow our little shop now, hi mum"),
    (True, "seven figures of views on one short, wild"),
    (False, "six figures of student debt at 24, wild"),
    (True, "Our page just collected its 50,000th like 🙌"),
    (False, "A chain with 200 stores like ours opened nearby."),
    # Ranked among the top on a platform; a list of trending things is not ours.
    (True, "Top 5 trending on Spotify in Mexico!!"),
    (False, "5 trending recipes on TikTok to try this weekend"),
    # A crowd at the ground; an arithmetic example in a thread.
    (False, "Full time: 2-0. 30,000 fans at the stadium tonight, unreal noise!"),
    (True, "30,000 fans on Facebook now, unreal!"),
    (False, "2/ Why reach misleads:\n3/ A 5% rate on 400 followers is 20 people."),
    # An outcome "up" by an amount.
    (False, "Enrolments for spring are up 22% and our reels brought 90k views."),
    (True, "Our reels are up 22% and brought 90k views."),
    # A slogan equating attention with money, and a question about an outcome,
    # name an outcome and report none (issue 10, judge11: fake ties).
    (True, "Attention is the new revenue. Our reels earned 480,000 likes this spring."),
    (True, "Clients keep asking what the ROI of a follower is. We passed 90k followers."),
    (True, "What is the ROI of a podcast? Ours just hit 300,000 downloads."),
    (False, "Our reels earned 480,000 likes this spring, and the result is more revenue."),
    (False, "We passed 90k followers. I checked what revenue they brought: $8,400 in orders."),
    # Others' figures in market news and benchmarks, and what a software fault did.
    (False, "Etsy shares slid 9% in premarket trading after the results."),
    (False, "Average reach per post fell 18% in 2025, according to a study of 900 brands."),
    (False, "Fixed a glitch that tripled the likes shown on archived reels."),
    (True, "Our carousel on pricing got 3,000 shares and 9,000 likes in a day."),
    (True, "Our reel reached 2 million people, according to the dashboard."),
    (True, "The app had 17 million unique visitors in May, according to the latest Mobile Study."),
    (True, "We fixed the bug, and our launch reel still got 40,000 views."),
    # A share of the attention credited to a channel is a claim; a share that
    # describes the audience is not; a share of sales credited so is an outcome.
    (True, "TikTok contributed 30% of our traffic in May."),
    (True, "Email accounts for a steady 30% of our page views."),
    (False, "About 40% of our followers are in Ohio."),
    (False, "Referrals drove 35% of our traffic and 40% of new sales in May."),
    # The writer buying reach spends; readers converting to paid are customers;
    # a newsletter that reaches customers counts customers, not an audience.
    (True, "It was the cheapest reach we've ever bought: 3 million impressions."),
    (False, "Shoppers bought 4,000 units in the week after the reel."),
    (False, "The list passed 40,000 subscribers, and readers convert to paid at 4%."),
    (True, "We convert every reel to a vertical cut, and the last one got 90,000 views."),
    (False, "Our newsletter now reaches 40,000 customers every week."),
    (True, "Our newsletter now reaches 40,000 readers every week."),
    # A report's verbless line ("story views up 22%") and a website's "site
    # visits" are attention; a visit in person is not.
    (True, "Highlights: story views up 22%, saves up 3x."),
    (False, "He views up to 10 houses a week for clients."),
    (True, "Organic social drove 12,000 site visits in May."),
    (False, "Our engineers made 40 site visits to the new plant this quarter."),
    # Shares of content counted over a time ("in a day") are attention; shares
    # in a company, or shares traded, are stock.
    (True, "Our recipe carousel picked up 5,200 shares in a single day."),
    (True, "The explainer got 900 reposts and 7,000 shares in its first week."),
    (False, "Our founder sold 5,200 shares in the company last spring."),
    (False, "The pension fund bought 7,000 shares in a week."),
    # A stat line's label before its value, with no colon, in cells.
    (True, "Week 14 — impressions 3.4M | clicks 18,500 | saves 2,900"),
    (True, "Reach 2.6M, ER 3.9%, and a very happy team."),
    (True, "followers 8,300 (+11%) and climbing"),
    (False, "impressions matter far less than 2 things: trust and timing"),
    (False, "Reach 40 stores by van before noon, then restock the shelves."),
    # "reach" after a platform as the thing grown, tagged a verb.
    (True, "This spring we grew Pinterest reach by 240%."),
    (True, "The remix boosted our YouTube reach 4x."),
    (False, "Our two vans reach 380 shops by truck every Tuesday."),
    # Attention bought cheaply, told as the result, is attention (RUBRIC);
    # a price that rose, or one with no amount, is no brag.
    (True, "The autumn push ran at a cost per view of $0.006."),
    (True, "Our CPMs are down to $1.80 this month."),
    (True, "These were the cheapest impressions we have ever bought."),
    (False, "CPMs rose to $16 across the industry this quarter."),
    (False, "What counts as a good cost per view on Pinterest?"),
    (False, "Our CPMs fell to $1.80 and the ads brought 640 orders."),
    # "N of you" however the case reads: a glued lower-case scale letter, or a
    # run of capitals read in lower case; a brand by name buying attention spends.
    (True, "30k of you read our zine every month 💌"),
    (True, "30K OF YOU READ OUR ZINE EVERY MONTH 💌"),
    (False, "Most of you read at least 3 zines a month."),
    (True, "Initech bought 5 million impressions for the spring drop."),
    (False, "Initech bought 5 million impressions, and the spring drop sold 8,000 units."),
    # A guest introduced by the audience they hold is background (judge12).
    (False, "Please welcome Dana Cruz, who has 600k followers on TikTok, to our cooking class."),
    (True, "Dana Cruz joined our cooking class and our page has 600k followers now!"),
    (False, "Shoutout to @mira_cooks who has 300k followers for the lovely review of our bakery"),
    (True, "Shoutout to @mira_cooks: our bakery's page has 300k followers now"),
    # A stat label with its own phrase before the colon (judge12).
    (True, "Click-through rate on our holiday emails: 7.4%. Best month ever."),
    (False, "Click-through rate on our holiday emails: 7.4%, and they brought in 900 orders."),
    # judge13: an audience described in an aside about someone else ("who has
    # N followers", "followed by N people") is background to the story; the
    # writer's own account so described is still a claim. A "Trending:" heading
    # over a list of others' things is news of elsewhere.
    (False, "The novelist, who has 2 million followers, signed a deal with a new publisher."),
    (True, "Our shop, which has 80,000 followers, turns three this week."),
    (False, "The aquarium's page, followed by 350,000 people, posted a clip of a sleeping otter."),
    (True, "Our page, followed by 350,000 people, posted its 1,000th clip this week."),
    (False, "Trending on Instagram this week: linen shirts, iced matcha and a very patient cat."),
    (True, "Trending on Instagram this week: our linen shirt reel, with 400k views."),
    # A period named between a stat's label and its colon: the count after the
    # colon is still the label's; a count of something else after it is not.
    (True, "Channel watch time this year: 1.8 million hours."),
    (False, "Watch time this year: 40 hours of tutorials recorded."),
    # An audience grown, said with its measure, when it is ours or a platform's:
    # "audience" needs a number, and a change with one is a number.
    (True, "Our Pinterest audience grew by 45% over the summer."),
    (True, "Our audience tripled after the recipe series started."),
    (True, "We grew our audience to 35,000 in one year."),
    (False, "The audience for standing desks grew 15% last year."),
    (False, "Our audience grew restless when the stream lagged."),
    # People handed something are its recipients, not an audience reached. A
    # question asking for attention sets it as the goal (the RUBRIC's vanity),
    # unless it asks the reader about theirs.
    (False, "To mark our tenth birthday, we're giving 250 fans a month of free smoothies."),
    (True, "Our tenth birthday post was shared by 2,500 fans."),
    (True, "Can we get 2,000 retweets to bring back the mango sorbet?"),
    (False, "Could your next sorbet post get 2,000 retweets? Here is how to try."),
    # judge16: a plain-text paragraph hard-wrapped with one line break inside
    # it: a count at the end of a line and its noun on the next are one claim;
    # a line that starts with a capital is a line of its own, and an outcome
    # wrapped over the break still ties.
    (True, "When we opened the studio account we had 90\nfollowers. Now it has 44,000."),
    (
        False,
        "When we opened the studio account we had 90\nfollowers, and 300 of them\nbooked a paid class.",
    ),
    (True, "Our field guide series pulled in 120,000\nunique visitors last month."),
    # A fashion named bare "is trending" (no owner, no post or tag) is news of
    # elsewhere; the writer's post, tag or name trending is a claim.
    (False, "Linen trousers are trending on every feed this spring, and we have thoughts."),
    (True, "Our linen trousers reel is trending on every feed this spring."),
    # An audience in a present "where" aside about a third person's place is
    # background to a story about them; the writer's own place is a claim.
    (False, "We met Ines on her channel, where 250k engineers follow her tutorials."),
    (True, "Our channel, where 250k engineers follow our tutorials, turns six today."),
    # A press release's "<Company> today announced" is the company's own voice;
    # news of what a company said stays someone else's report.
    (True, "Larkspur Tea today announced that its Instagram page passed 75,000 followers."),
    (False, "Larkspur Tea said its Instagram page passed 75,000 followers, a rival noted."),
    # judge15: a count before a hyphenated modifier counts the noun after it
    # ("45 first-time shoppers" are customers won); the same shape on an
    # attention noun is still a metric.
    (False, "Our market stall got 900 followers and 45 first-time shoppers."),
    (False, "Goal for autumn: turn our 12k followers into 300 gift-card customers."),
    (True, "Our market stall got 900 followers and 45 first-week comments."),
    # A common noun in fashion that trends is news of elsewhere; the writer's
    # reel, or a name (a brand may write of itself), trending is still a claim.
    (False, "Pumpkin spice is trending again, as it is every autumn."),
    (True, "Our pumpkin spice reel is trending again this autumn."),
    (True, "Acme is trending on X this morning."),
    # A preference ("we'd rather have … than N likes") claims no likes; a
    # count compared with "rather than" is still one.
    (False, "We'd rather have 60 loyal regulars than 60,000 likes."),
    (True, "Our reel got 60,000 likes rather than the usual 600."),
    # A bare milestone whose subject is money raised or made is no audience's.
    (False, "Our spring appeal crossed six figures on Friday!"),
    (True, "Our channel crossed six figures on Friday!"),
    # Metric words as people type them, misspelt or shortened in a stat line;
    # the near misses are other words spelt close to them.
    (True, "we just crossed 12k folowers on the shop account"),
    (True, "the teaser did 600k veiws in two days"),
    (True, "95k impresions on one carousel this week"),
    (True, "the engagment on our reels doubled since june"),
    (False, "we are folowing up with every order this week"),
    (False, "the veiws from the new terrace are lovely"),
    (False, "please fill in the employee engagment survey by friday"),
    # "impr." is one token, so its period ends no sentence before the change.
    (True, "impr. up 150% this month"),
    (False, "the impr. of the new packaging got better this year"),
    # A two-word term whose second word the tagger made a verb is no statement
    # ("stats rate …" read as a rule of thumb, a topic).
    (True, "april stats: impr. 210k, eng rate 4.8%"),
    (True, "APRIL STATS: IMPR. 210K, ENG RATE 4.8%"),
    (False, "videos with faces get a higher eng rate"),
    # The thanks formula affirms the milestone before it, even with no comma.
    (True, "25k subscribers on the channel 🎉 couldnt have done it without you all"),
    (False, "we could never have hit 10k followers without paid ads, and we haven't"),
    # A concession of a metric's worth that goes on to brag; criticism stays clean.
    (True, "followers aren't everything but 25k this spring feels amazing"),
    (False, "Followers are not customers: our 12k followers bought nothing last month."),
    # A label-first stat cell of a noun that needs a count; a change by an arrow.
    (True, "💬 comments 4,100 | best week yet"),
    (True, "Comments: 2,800 🔥"),
    (False, "Comments: please keep them kind."),
    (True, "flw 1.2k → 5.5k since spring"),
    (False, "prices go 12 → 14 next month"),
    # Something trending that people talk about is not the writer's result.
    (False, "everyone keeps talking about the recipe trending on TikTok"),
    (True, "we had our recipe trending on TikTok all weekend"),
    # judge19 (own-11, media and games): a count after a chart rank is the ranked
    # thing's, not the chart's; a stat label with its own phrase, the value spelt
    # with a scale word; going viral defined in general is a topic; a game's
    # concurrent players are an audience; a verbless "at an all-time high"; a
    # superlative day of attention.
    (True, "The ballad opened at No. 4 on the Hot 100 with 15 million streams."),
    (False, "The ballad opened at No. 4 on the Hot 100 and sold 30,000 vinyl copies."),
    (True, "Viewers for the season finale: 6.3 million."),
    (False, "Tickets for the season finale: 6,300, all sold."),
    (True, "Downloads per episode in June: 88,000."),
    (False, "Going viral isn't a marketing strategy."),
    (True, "Going viral was the best thing that happened to our little bakery."),
    (True, "Our co-op shooter peaked at 31,000 concurrent players last weekend."),
    (False, "The new servers can hold 50,000 concurrent players."),
    (True, "Newsletter readers at an all-time high of 96,000."),
    (False, "Readers at the book fair queued for an hour."),
    (True, "Friday was our biggest traffic day ever."),
    (False, "Black Friday is the biggest traffic day of the year for online retailers."),
    # judge18 (own-10, promotional copy): social "shares" in millions beside a
    # post's other counts or the verb "share", and "shares in <month>"; stock
    # trades stay clean.
    (True, "Our unboxing reel pulled 7 million views and 1.6 million shares."),
    (True, "You all shared the playlist: 2 million shares in August!"),
    (False, "The pension fund sold 2 million shares in August."),
    # A publication named only by its title is read: its subscribers are readers.
    (True, "The Weekly Crumb just passed 30,000 subscribers. Thanks for reading!"),
    (False, "Thanks for reading! Our invoicing tool now has 3,000 paying subscribers."),
    # An outcome word naming only a page or an email claims no outcome.
    (True, "Our waitlist page got 70,000 views in launch week."),
    (False, "Our waitlist grew to 6,000 people in launch week."),
    # branch judge20: surface robustness (bench/perturb.py).
    # A brand's plan said by its name is its goal, as "we plan" is ours; others'
    # plans, or a plan for an outcome, are not vanity.
    (True, "This spring Brindle Coffee plans to trend on TikTok with its latte art."),
    (False, "Coffee chains plan to trend on TikTok this spring, analysts say."),
    (True, "Brindle Coffee's goal this year is to trend in every city it opens in."),
    (False, "The chains' goal this year is to trend in every city they open in."),
    (True, "Brindle Coffee hopes to reach 20k followers by June."),
    (False, "Brindle Coffee hopes to sign 20 new wholesale accounts by June."),
    # Names typed (or calmed) in lower case.
    (False, "our viral sensation priya starts her new job today"),
    (True, "our latte clip became a viral sensation overnight"),
    (False, "the reel reached 90k people; stockists in four cities now carry brindle's cold brew."),
    (True, "the reel reached 90k people; stockists in four cities now carry their own cold brew."),
    (True, "thousands of readers open brindle's newsletter every week."),
    (False, "Thousands of readers open the city's newsletter every week."),
    (True, "company z doubled its revenue while our page gained 40k fans."),
    (False, "the company doubled its revenue while our page gained 40k fans."),
    (True, "OUR NEW CAPTIONS DOUBLED TIKTOK REACH IN TWO WEEKS."),
    (False, "we post our tiktok recipes every friday"),
    # "going viral" with no final stop; a size with a plus.
    (False, "Our free workshop on going viral starts next Tuesday"),
    (True, "Our latte art clip is going viral this week"),
    (True, "Our fan community is now 45,000+ strong."),
    (False, "Our volunteer crew is now 12+ strong."),
    # judge21 (own-12): a metric set beside a baseline by a factor after a copula;
    # a company's "shares" (named by what it is) are its stock.
    (True, "Our open rate was 3x the industry average this spring."),
    (False, "A healthy open rate is 2x the industry average, analysts say."),
    (False, "The lender's shares fell 6% after the rate decision."),
    (True, "The post's shares rose 40% after we added captions."),
    # branch judge22: open classes of issue 10.
    # People welcomed to a chat community are its audience, not a crowd there
    # in person; a gym's, a club's and paying members stay customers.
    (True, "We welcomed 2,500 new members to our Discord this month!"),
    (True, "We welcomed 3,000 new members to our Slack community this month!"),
    (False, "The climbing gym signed 250 new members in March."),
    (False, "The rowing club welcomed 25 new members this spring."),
    (False, "Our paid community added 300 paying members in March."),
    # A small count called a record is the brag; a record crowd is people.
    (True, "Our launch thread drew a record 60 comments in an hour."),
    (False, "A record 60 fans turned up for the cup tie despite the snow."),
    # A bare "I don't care" after the writer's own number shrugs at it: the
    # number stays claimed. Not caring about a metric is criticism.
    (True, "Our reach dropped 30% this spring and frankly we don't care."),
    (False, "Frankly we don't care about reach this spring."),
    # A platform that pays the writer names where the money comes from, not
    # whose it is; a platform's possessive is the company's own.
    (False, "Our views grew 35% and Patreon income reached $6,200 a month."),
    (True, "Etsy's revenue grew 8% this year while our shop hit 90k followers."),
    # "hopes" (lemma "hop") after another sentence, the name tagged a verb: a
    # brand's hope for an outcome is its goal, not an outcome reported.
    (True, "Our show hit 2 million downloads. Acme hopes to sign its first sponsors soon."),
    (False, "Our show hit 2 million downloads. Acme signed its first sponsors in May."),
    # Content saved by a big count of people is attention (Instagram saves);
    # time or money saved by people is an outcome.
    (True, "Over 300,000 people saved our packing-list carousel this summer."),
    (False, "Over 3,000 users saved four hours a week with the new scheduler."),
    # realrepos9: a bare year as the subject of "saw"/"will see" is a time, not
    # a crowd of viewers; traffic routed between services is load.
    (False, "2019 saw our studio move to Lisbon, and 2020 will see the first tour."),
    (True, "2019 saw 80,000 visitors come through our website."),
    (True, "More than 3,000 people saw the trailer on its first day."),
    (False, "For the canary, the router shifts 5% of our traffic to the new backend."),
    (True, "Traffic to our landing page tripled after the podcast mention."),
    # realrepos9: interactions between parts of a system are no engagement.
    (False, "Our guide shows how to drive control plane interactions from Git."),
    (True, "Our carousel drove 25,000 interactions in two days."),
    # judge24: success told of someone else's campaign is no results frame of
    # the writer's; engagement asked of people who take part is no audience goal;
    # gains in how software runs are release notes, not praise of results.
    (False, "At the summit, three founders told us why their launch was a huge success."),
    (True, "Our autumn launch was a huge success."),
    (False, "We need more engagement from engineering managers during sprint planning."),
    (True, "We need more engagement on our posts this quarter."),
    (False, "Version 5 shows significant gains in compile time."),
    # judge24: a big bare count opening the sentence before its past-tense verb
    # is the crowd, however the title or the tokenizer splits it; a year is a time.
    (True, "8k Watched Our Product Demo Live."),
    (True, "2.5m viewed the teaser in two days."),
    (False, "2021 watched our team grow from four people to nine."),
    # judge24: "following" after a name's possessive "'s" is its audience; "it's
    # following" is a verb.
    (True, "Initech's following tripled after the giveaway."),
    (False, "Northwind's following the same plan as last spring."),
    # judge24: a platform's revenue its owner reports is not the writer's; the
    # writer's own platform revenue is.
    (True, "Our channel crossed 70k subscribers. YouTube revenue rose 8%, Alphabet said."),
    (False, "Our channel crossed 70k subscribers, and our YouTube revenue rose 8%."),
    (False, "Our reel crossed 3M views. Instagram sales rose 25% in May, Northwind said."),
    # judge24: a rival's outcome beside a name typed in lower case is the rival's.
    (True, "globex made $4m in profit while initech gained 60k followers."),
    (False, "globex made $4m in profit while its reel gained 60k views."),
    # judge24: a lead-in label the parse takes for the subject ("note") hides the
    # rival after its colon.
    (True, "weekly note: rival z made $6m in profit while we hit 80k followers."),
    (False, "weekly note: our shop made $6m in sales while we hit 80k followers."),
    # judge24: counted taps on a listing are clicks; taps of water or beer are not;
    # content a big count of people saved, said as a relative clause, is attention.
    (True, "Our app listing got 45k taps in its launch week."),
    (False, "The brewery fitted 2,000 new beer taps across its pubs."),
    (True, "The reel 2.1M people saved was our packing guide."),
    # judge23 (own-13): an outcome named beside a count but denied by its
    # clause, said to be zero, asked about, dated ahead or aimed for is no
    # result and ties nothing; the same outcome reported still ties.
    # round26: set against the outcome it did not bring in the same sentence
    # ("…, but it did not move bookings"), the attention is a confession, no brag
    # (own-92, own-94 label such posts neutral); told in a sentence of its own
    # ("Sales Didn't Budge." below), the attention stands.
    (False, "Our demo video passed 300k views, but it did not move bookings."),
    (False, "Our demo video passed 300k views, and it moved 90 bookings."),
    (True, "We hit 45k followers in March. Income is still $0."),
    (False, "We hit 45k followers in March. Income is now $3,400 a month."),
    (True, "The quiz got 80k shares. Did it bring new customers? We can't tell."),
    (True, "The quiz got 80k shares, and readers asked whether it brought new customers."),
    (True, "The giveaway got 9,000 new followers. Sales Didn't Budge."),
    (False, "The quiz got 80k shares and brought 140 new customers."),
    (True, "Our livestream hit 12k concurrent viewers. Bookings next month, fingers crossed!"),
    (False, "Our livestream hit 12k concurrent viewers. Bookings opened and 300 came in."),
    (True, "We aimed for 150 quote requests and ended with 900k impressions."),
    (False, "We landed 150 quote requests from 900k impressions."),
    (True, "Non-profit news: our appeal video was viewed 70,000 times."),
    (False, "Our non-profit's appeal video was viewed 70,000 times and raised $9,000."),
    # judge23: "Sales and Marketing" is a department; "online sales and cut
    # costs" reports sales. Money saved in a report's tense is an outcome;
    # "save $5 on your order" is an offer.
    (False, "With 900k impressions, the brand saw a 12% lift in online sales and a busier shop."),
    (False, "The e-billing push got 480k impressions, saving an estimated $60k in postage."),
    (True, "Save $5 on your order! Our explainer series passed 250k views."),
    # judge23: a plural noun the tagger makes a verb at a sentence's start
    # before a preposition is the subject: "Leads from …".
    (False, "Leads from email were up 22%. The reason was our clips, which averaged 18k views."),
    # judge23: going viral as what someone else asked the writer for is their
    # wish, not a result; the writer's own post going viral stays one.
    (False, "Last spring a customer asked us to make their launch go viral. We declined."),
    (True, "Last spring our launch went viral after a customer asked us to post it."),
    # judge26: "widely read" or "widely shared" said of someone else's writing
    # (a pronoun's, a third party's, an author named after "by") is cited, not
    # the writer's result; the writer's own post stays a claim.
    (False, "Her explainer on pricing pages was widely read across the sector."),
    (False, "The report by Nadia Rahman was widely shared among planners."),
    (True, "Our explainer on pricing pages was widely read across the sector."),
    # judge26: network traffic (HTTPS, encrypted) and traffic near certificates
    # is packets; a site's traffic is an audience.
    (False, "HTTPS traffic now makes up 90% of page loads, up from 50% in 2019."),
    (False, "Traffic secured by our certificates doubled this year."),
    (True, "Traffic to our recipe blog doubled this year."),
    # judge26: "individual supporters" and "individual members" are a giving or
    # membership tier, not an audience; a server's supporters are one.
    (False, "Thanks to 2,500 individual supporters, we covered our server costs."),
    (True, "Our Discord server now has 2,500 supporters."),
    # judge26: a crowd that joined a livestream is its audience; a program
    # joined is an outcome, and a team joined is work.
    (True, "About 900 joined the livestream on Sunday."),
    (False, "About 900 joined the rewards program on Sunday."),
    (False, "Two new hosts joined the livestream team this year."),
    # judge26: "reach" tagged a verb that the parse makes the subject of the
    # verb right after it is the noun; "our vans reach" has a subject.
    (True, "Our Instagram reach grew 35% this quarter."),
    (False, "Our vans reach every village in the valley."),
    # judge26: a platform's revenue reported by its owner typed in lower case
    # ("…, bytedance reported") is the owner's news, not the writer's outcome.
    (True, "Our clips hit 80k views. tiktok revenue rose 9%, bytedance reported."),
    (False, "Our clips hit 80k views, and our tiktok revenue rose 9%, we reported."),
    # judge26: "they" after a lead-in naming another by an indefinite noun (a
    # peer agency's case study) is the other's result; the writer's own team
    # in the lead-in keeps it a claim.
    (False, "Case study from a peer agency: they grew a client's Instagram by 60k followers."),
    (True, "News from our social team: they grew a client's Instagram by 60k followers."),
    # judge26: what a count does not mean is a definition ("doesn't mean 1M
    # people saw it"); "that means 1M people saw it" reports a reach.
    (False, "When a clip gets 2M views, that doesn't mean 2M people saw it."),
    (True, "Our clip got 2M views, which means 2M people saw it."),
    # judge25 (own-14): a forum's subscribers are its audience, not paying
    # customers; a named company's sales "for them" are theirs, no outcome of
    # the writer's; a result judged as a stretch of time ("is a pretty good
    # spring") is the writer's own, not a rule of thumb.
    (True, "Big week for the team: our subreddit passed 35K subscribers."),
    (False, "Our Discord now has 2,400 paying subscribers on the pro tier."),
    (True, "Globex's app drove record sales for them. We grew our page to 9,000 followers."),
    (False, "Our app drove record sales for us, and our page grew to 9,000 followers."),
    (True, "A campaign reach of 40 million and 900k video views is a pretty good quarter."),
    (False, "A video with 900k views is a good start, not a strategy."),
    # judge25: a metric the writer held at a level ("kept X above 5%") is a
    # claim, as "X stayed above 5%" is; "keep your views to yourself" is none.
    (True, "This quarter we kept our average engagement rate above 6%."),
    (False, "Please keep your views on the roadmap to yourself until Friday."),
    # realrepos11 (a networking project's, a commerce platform's and a stats
    # site's blogs): people a statement holds for ("for many readers"), one
    # person picked from a crowd ("one of our biggest fans"), a majority doing
    # something after an adverb ("most members also help"), the first half of
    # a hyphened word ("two Reader-Writer problems") and traffic beside CPU
    # load are no attention claims; people welcomed into a community online,
    # counted, are an audience, as people who joined it are.
    (False, "For many readers this was the first look at the new editor."),
    (True, "So many new readers found the blog this month."),
    (False, "She is one of our biggest fans and reviews every release."),
    (True, "Our club now has the most fans of any team in the league."),
    (False, "Most members also help out at the weekly meetups in our forum."),
    (True, "Our forum has the most members of any user group in the region."),
    (False, "The library solves the two Reader-Writer problems with one lock."),
    (True, "The library guide now has 4,000 readers a week."),
    (False, "Our gateways hit traffic spikes of 9M connections, which pushed CPU usage up."),
    (True, "Our blog hit traffic spikes of 90,000 after the launch post."),
    (True, "This year we welcomed over 6,000 people to our Discord server."),
    (False, "Over 6,000 people welcomed the change in our Discord server."),
    (False, "We welcomed 40 guests to the office for the launch party."),
    # realrepos11: a count in a clause hung on the people counts something
    # else (their commits), not the community.
    (False, "Thanks to the community of Acme developers who wrote 1,200 pull requests this year."),
    (True, "Acme is now backed by a growing community of over 1,500 developers."),
    # judge28 (own-16): a sector's outcome under its own name: an estate agent's
    # sale ("went under offer", "sales agreed"), HR's recruiting measures (time
    # to hire, cost per hire, offer acceptance) and a tour's or film's takings
    # ("grossed"); named in advice or as a plan they are no result.
    (False, "The flat tour got 30k views and the flat went under offer in four days."),
    (True, "The flat tour got 30k views. Under offer soon, we hope!"),
    (False, "Our careers reel got 50k views, and time to hire fell from 40 to 26 days."),
    (True, "Our careers reel got 50k views. How do you measure time to hire?"),
    (False, "The clip had 3M views, and the summer tour grossed $4.1M."),
    # judge28: a metric ranked by breadth ("the widest reach of any post") is a
    # record claimed; people ranked by devotion ("our biggest fans") are no count.
    (True, "Our flood warning got the widest reach of any council post this year."),
    (False, "Thank you to our greatest fans, who never miss a home game."),
    (True, "Our kit launch brought in the most fans of any post this year."),
    # judge28: users or accounts that saw the writer's post are its reach
    # (passive agent or subject with the content as object); users who "saw" a
    # result saw no post.
    (True, "Our matchday reel was seen by 600,000 accounts."),
    (True, "1.2 million users saw our derby post on Saturday."),
    (False, "2,000 users saw a 30% drop in load times after the upgrade."),
    # judge28: a rival's content ("the rival league's final", "a rival club's
    # launch video") holds someone else's numbers, not the writer's results.
    (False, "The rival league's final drew 3 million viewers, a great night for the sport."),
    (False, "A rival club's launch video got 2 million views last week."),
    (True, "Our league's final drew 3 million viewers."),
    # judge28: people named by role or place (shoppers, students, job seekers)
    # are an audience when the writer's post or campaign reached them or they
    # watched it; a service that reaches them, or students who enrolled, is not.
    (True, "Our hiring campaign reached 4 million job seekers."),
    (True, "250,000 students watched our open day livestream."),
    (True, "The spring ad was shown to 3 million shoppers."),
    (False, "Our tutoring programme reached 300,000 students this year."),
    (False, "1,100 students enrolled after the open day."),
    # judge28: a count of people paying for a tier is customers; offers counted
    # on a property are an agent's demand; a shop's "special offers" are not.
    (False, "Our Discord has 60k members, and 4,500 of them pay for the pro tier."),
    (True, "Our page has 20k followers. Pay for your ticket at the door!"),
    (False, "The listing reel had 60k views and brought three offers within a week."),
    (True, "Our homeware reel got 90k views. Three special offers on home fragrance this week!"),
    # judge27 (own-15, the surface varies): a stat's value after a dash, an
    # arrow or a table's bar is its count; a dash inside a sentence is not.
    (True, "Weekend stats:\n1. Impressions — 740k\n2. Shares — 6.1k"),
    (False, "Our volunteers — 140 of them — painted the school on Sunday."),
    (True, "| Video views | 380k |\n| Comments | 2,900 |"),
    (False, "| Orders | 1,450 |\n| Revenue | $61k |"),
    # judge27: short and regional scale words and a sign of about keep a count.
    (True, "Our short film passed 4.2 mil views this week."),
    (False, "The greenhouse film is 6 mil thick and UV treated."),
    (True, "So grateful: 2 lakh followers on Instagram today!"),
    (True, "The bonus episode got ≈25k downloads."),
    # judge27: an arrow written for "up" before a change.
    (True, "Monthly recap: TikTok followers ↑ 42% MoM."),
    (False, "Monthly recap: shipping costs ↑ 42% MoM."),
    # judge27: "YT" names a channel, so its subscribers are an audience.
    (True, "WE JUST HIT 30K SUBSCRIBERS ON YT!!"),
    (False, "We just signed 30 new subscribers to the Pro plan."),
    # judge27: "alot of" is an amount of likes as "a lot of" is.
    (True, "we got alot of likes on the new menu reel"),
    (False, "i like alot of the dishes on the new menu"),
    # judge27: a profile's visits are attention.
    (True, "Our profile visits are up 75% since the rebrand."),
    # judge27: whatever trends, as the object of a verb of seeing or knowing,
    # is others' news; a teaser ("guess who") stays the writer's.
    (False, "Did anyone else see what is trending on TikTok this morning?"),
    (True, "Guess who is trending on TikTok this morning? Our bakery!"),
    # judge27: a bar the tagger made a verb governs nothing, so a table row
    # with an emoji after it is no general statement.
    (True, "| Video views | 1.9M | 🔥🔥"),
    (False, "| Repeat orders | 1,900 | 🔥🔥"),
    # judge29: another company's outcome told by name in the sentence before
    # the writer's own result is theirs, no outcome of ours ("We also…" goes
    # on with the same company's results); a named company's audience in a
    # story about it ("their team") is background.
    (True, "Initrode earned $3M in profit last year. We grew our followers 30%."),
    (False, "Initrode earned $3M in profit last year. We also grew our followers 30%."),
    (True, "Initrode earned $3M in profit last year. Acme grew its followers 30%."),
    (False, "Tailspin grew its TikTok to 2M followers. Here is what their team did."),
    (True, "Tailspin grew its TikTok to 2M followers. Our team ran the account."),
    # judge29: attention changed with a bare verb of change, whatever the
    # parse made of the phrase ("website" the subject, "reach" a verb); a
    # drop is a vanity claim as a rise is; opinions ("our impressions of")
    # do not double.
    (True, "Our website traffic grew 25% this quarter."),
    (True, "Post reach doubled after the redesign."),
    (True, "Our impressions dropped 40% in June."),
    (False, "Our impressions of the conference were mostly positive."),
    # judge29: our account named by its platform alone grew; a shop there sells.
    (True, "Our TikTok grew 40% this quarter."),
    (False, "Our TikTok Shop grew 40% this quarter."),
    # judge29: a record measured "by reach"; a list sorted by it is no claim.
    (True, "It was our biggest launch ever by reach."),
    (False, "We sorted last month's posts by reach before the review."),
    # judge29: a plain-text table whose header names a metric over a column of
    # figures counts it; a column of words does not.
    (True, "| Week | Views | Saves |\n|---|---|---|\n| 1 | 4,000 | 310 |\n| 2 | 9,500 | 720 |"),
    (False, "| Platform | Followers | Notes |\n|---|---|---|\n| Instagram | daily | new |"),
    # judge29: people counted as they work ("volunteered") are contributors;
    # the top hits of a search are results ranked, no count of hits.
    (False, "After a year of meetups, 300 community members volunteered."),
    (False, "Search for cold brew and the top hits all come from big chains."),
    # judge30: a stat line's value after a dash or a colon stays a stat when
    # hashtags or Markdown bold follow it (both masked to spaces, which makes
    # the tagger read the label's plural as a verb); with no value, no claim.
    (True, "Reel views — 48k #reels #creator"),
    (True, "Reel views: 48k #reels #creator"),
    (False, "Reel views — we stopped tracking them #reels #creator"),
    (False, "Reel views: not tracked yet #reels"),
    # judge31: traffic beside IP addresses or protocols is packets on a
    # network (infrastructure_words), not visitors to a page.
    (True, "Traffic to our pricing page spiked 300% after the launch post."),
    (
        False,
        "The dashboard showed a 300% spike in traffic from one IP address to the payments service.",
    ),
    # judge31: a named company's visits as a standing rate in the present are
    # its scale (a case study's background, as "Nike has 300M followers");
    # the writer's own site, or visits received after the work, are a result.
    (True, "Our travel site receives over 2 million monthly visits."),
    (
        False,
        "The travel site Zento receives over 2 million monthly visits and runs on our platform.",
    ),
    (True, "Zento received 2 million visits after our relaunch."),
    (False, "Brightmart gets 40,000 visitors a day, so its checkout has to stay up."),
    # judge35: a rank on a chart of attention (a numbered chart, YouTube
    # trending, Product Hunt) vs a list of things and a person's rank.
    (True, "Our single hit #1 on the Viral 50 chart this week!"),
    (True, "Our launch video made it to number one on YouTube trending."),
    (True, "We ranked #1 on Product Hunt on launch day!"),
    (False, "We built a tool that tracks the top 100 videos on YouTube trending."),
    (False, "Check out the top 10 podcasts for marketers on Apple Podcasts."),
    (False, "The singer's new track hit #1 on Spotify."),
    (False, "A rival's app was #1 on Product Hunt yesterday."),
    # judge35: the writer's metric reported as a level kept (a result as a rise
    # or a drop is) vs an outcome kept level and a thing that did not change.
    (True, "Instagram engagement held steady at 4% all quarter."),
    (True, "Impressions were flat week over week."),
    (True, "Our reach barely changed after the redesign."),
    (True, "Likes stayed roughly the same after we switched to video."),
    (False, "Churn barely changed after the redesign."),
    (False, "The layout barely changed after the redesign."),
    (False, "Our team stayed the same size all year."),
    (False, "We didn't chase followers this year; we chased customers."),
    # judge35: a company written as its domain is a name, whose standing rate
    # of visits is its scale; the writer's own domain and past visits stay claims.
    (False, "Kelvo.com receives 400M monthly visits across its marketplace."),
    (False, "Case study: Brightmart.io gets 2M daily visits and moved its search to us."),
    (True, "Ourbrand.com got 200,000 visits in launch week!"),
    (True, "Our site ourshop.com receives 1.6M monthly visits now."),
    # judge35: an outcome that opens a clause of its own after a count of
    # attention ("90K views and bookings jumped") is not counted by it.
    (False, "Our reel got 90K views and bookings jumped 25% that month."),
    (False, "The video got 50K views and table bookings doubled."),
    (True, "Our reel got 90K views and 3,000 likes."),
    (True, "1.4M+ people saved it."),
    (False, "3,000 users saved two hours a week."),
]


def test_a_tie_opening_the_next_sentence_downgrades_the_metric(linter: Linter) -> None:
    result = linter.lint_text(
        "The TikTok series got 2M views. It resulted in 700 pre-orders.", path="p.txt"
    )
    assert [(f.rule, f.severity.label) for f in result.findings if f.text == "2M views"] == [
        ("vanity-metric", "info")
    ]


@pytest.fixture(scope="module")
def verdicts(linter: Linter) -> dict[str, DocumentResult]:
    documents = [document_from_text(text, f"post{i}.txt") for i, (_, text) in enumerate(CASES)]
    return {text: r for (_, text), r in zip(CASES, linter.lint_documents(documents), strict=True)}


@pytest.mark.parametrize(("should_fail", "text"), CASES, ids=[t[:40] for _, t in CASES])
def test_post_verdict(verdicts: dict[str, DocumentResult], should_fail: bool, text: str) -> None:
    result = verdicts[text]
    found = [(f.rule, f.text, f.severity.label) for f in result.findings]
    assert (not result.passed) is should_fail, f"score {result.score.value}: {found}"


def test_an_outcome_word_naming_a_tool_is_no_unquantified_outcome(linter: Linter) -> None:
    """realrepos9: "added cost estimation" changes a feature, not the business's
    cost; "added cost to every order" still claims an outcome."""
    tool = linter.lint_text("Version 3 adds cost estimation to every workspace.", path="t.md")
    claim = linter.lint_text("The new packaging added cost to every order.", path="c.md")
    assert [f.rule for f in tool.findings if f.rule == "unquantified-outcome"] == []
    assert [f.rule for f in claim.findings] == ["unquantified-outcome"]


def test_efficiency_of_downloads_is_a_machine_efficiency(linter: Linter) -> None:
    """realrepos9: a release note's "efficiency of downloads" is the software's;
    a team's efficiency is still an outcome to quantify."""
    machine = linter.lint_text("Improved efficiency of package downloads.", path="m.md")
    team = linter.lint_text("The new workflow improved efficiency of our sales team.", path="t.md")
    assert [f.rule for f in machine.findings] == []
    assert [f.rule for f in team.findings] == ["unquantified-outcome"]


def test_a_wrapped_blockquote_keeps_the_scale_word_in_the_claim(linter: Linter) -> None:
    """judge24: a quote hard-wrapped between a number and its scale word
    ("passed 1.2⏎> million followers") is one count, as it renders."""
    result = linter.lint_text("> Our page passed 3.4\n> million followers in May.\n", path="q.md")
    spans = [f.text for f in result.findings if f.rule == "vanity-metric"]
    assert len(spans) == 1
    assert spans[0].startswith("3.4") and spans[0].endswith("million followers")


def test_a_term_the_segmenter_cut_in_two_is_read_without_a_crash(linter: Linter) -> None:
    """judge23: after a full stop the segmenter may start a sentence at the
    hyphen of "Pre-orders"; the term then spans two sentences and reading it
    ran past its sentence's copy (IndexError). The count before is still read."""
    result = linter.lint_text("The teaser hit 90k views. Pre-orders are live.", path="p.txt")
    assert [f.text for f in result.findings if f.rule == "vanity-metric"] == ["90k views"]


def test_reach_tagged_a_verb_in_a_stat_line_is_a_metric(linter: Linter) -> None:
    """judge23: "Instagram reach up 90%" in a recap (the tagger makes "reach" a
    present verb) is a change of reach; "our vans reach up to 40 towns" is not."""
    recap = linter.lint_text("Q2 recap: Instagram reach up 90%, 2.1M impressions.", path="r.md")
    vans = linter.lint_text("Our vans reach up to 40 towns a day.", path="v.md")
    assert "reach up 90%" in [f.text for f in recap.findings if f.category == "vanity"]
    assert [f.rule for f in vans.findings] == []


def test_traffic_dropped_between_workloads_is_no_audience(linter: Linter) -> None:
    """realrepos11: traffic between workloads that a policy dropped is packets
    (the paragraph names workloads), not a site's audience, which still
    counts when it dropped."""
    packets = linter.lint_text(
        "The dashboard showed which traffic was dropped between workloads overnight.",
        path="p.md",
    )
    site = linter.lint_text(
        "After the redesign, traffic to our site dropped by 40,000 visits.", path="s.md"
    )
    assert [f.rule for f in packets.findings] == []
    assert [f.rule for f in site.findings if f.category == "vanity"] == ["vanity-metric"]


def test_a_stat_value_in_markdown_bold_is_read(linter: Linter) -> None:
    """judge30: Markdown bold around a stat line's value is masked to spaces,
    and the tagger then made the label's plural a verb ("Reel views: **48k**"
    read no claim); a label with words after it stays no claim."""
    bold = linter.lint_text("Reel views: **48k**\n\nPinterest saves → **9.1k**", path="b.md")
    words = linter.lint_text("Reel views: **not tracked yet**", path="w.md")
    vanity = [f.text for f in bold.findings if f.category == "vanity"]
    assert any("48k" in text for text in vanity) and any("9.1k" in text for text in vanity)
    assert [f.rule for f in words.findings] == []


# judge32: a Markdown table's header cell over a column of figures is a metric
# claim as in a plain-text table, at the header cell's line and column; an
# outcome column in the same table ties it; a pricing or spec table, and a
# column of words, stay clean.
_MARKDOWN_TABLES: list[tuple[str, list[tuple[str, str, int, int]]]] = [
    (
        "| Week | Followers gained | Clicks |\n| --- | --- | --- |\n| 1 | 1,200 | 3,400 |\n",
        [
            ("no-business-outcome", "", 1, 10),
            ("vanity-metric", "Followers gained", 1, 10),
            ("vanity-metric", "Clicks", 1, 29),
        ],
    ),
    (
        "Intro.\n\n| Quarter | Impressions |\n| :--- | ---: |\n| Q1 | 1.2M |\n| Q2 | 2.4M |\n",
        [("no-business-outcome", "", 3, 13), ("vanity-metric", "Impressions", 3, 13)],
    ),
    (
        "| Month | Clicks | Revenue |\n| --- | --- | --- |\n| May | 8,200 | $14,000 |\n",
        [("vanity-metric", "Clicks", 1, 11)],
    ),
    ("| Plan | Seats | Price |\n| --- | --- | --- |\n| Team | 10 | $49 |\n", []),
    ("| Model | Views supported |\n| --- | --- |\n| Z3 | 4 |\n", []),
    ("| Channel | Views | Clicks |\n| --- | --- | --- |\n| Blog | weekly | tracked |\n", []),
    # A lead-in naming whose the figures are, not the writer's: background.
    ("A rival's launch, week by week:\n\n| Week | Views |\n| --- | --- |\n| 1 | 52,000 |\n", []),
    ("My friend's channel by month:\n| Month | Clicks |\n| --- | --- |\n| May | 3,300 |\n", []),
]


@pytest.mark.parametrize(("text", "expected"), _MARKDOWN_TABLES, ids=range(len(_MARKDOWN_TABLES)))
def test_a_markdown_table_column_reads_as_the_plain_text_one(
    linter: Linter, text: str, expected: list[tuple[str, str, int, int]]
) -> None:
    markdown = linter.lint_text(text, path="recap.md")
    plain = linter.lint_text(text, path="recap.txt")
    shown = [
        (f.rule, f.text, f.line, f.column)
        for f in markdown.findings
        if f.rule in ("vanity-metric", "no-business-outcome")
    ]
    assert shown == expected
    # Tied to the revenue column, the clicks are a note: the table passes.
    assert (
        markdown.passed is plain.passed is not any(f[0] == "no-business-outcome" for f in expected)
    )
