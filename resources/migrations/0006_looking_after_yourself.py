"""A short self-help page, the lightest level of help the check-in results suggest.

Everyday basics with good evidence behind them (sleep, movement, daylight, people,
small pleasant plans, less alcohol), in our own words, with the point at which to look
for more help. It is a guide (editors change its words in admin) and a directory entry.
"""

import datetime

from django.db import migrations, models

CHECKED = datetime.date(2026, 12, 2)

BODY = """\
Small, steady habits can ease stress, low mood and worry, and they help whatever else
you decide to do. You don't need to do all of these. Pick one or two that feel possible
this week.

## Keep a rhythm for sleep

Try to get up at about the same time every day, weekends too, even after a bad night.
Keep the last hour before bed calm and dim, away from work and news. If you can't sleep,
get up for a while and do something quiet, then try again.

## Move your body a little

A walk counts. Ten minutes of moving at a pace that warms you up, most days, is a good
start: movement is one of the best-studied ways to lift mood and ease worry.

## Get some daylight

Spend some time outside in daylight, ideally in the morning. Green places, like a park
or a street with trees, help many people feel calmer.

## Stay in touch with people

Low mood and worry make us pull away, and pulling away makes them heavier. Send one
message, make one call, or sit with someone you trust, even for a short time. You don't
have to talk about how you feel unless you want to.

## Plan one small thing you used to enjoy

When your mood is low, waiting to feel like doing something often means waiting a long
time. Put one small, doable thing in your day (a favourite song, cooking a simple meal,
a short walk with a friend) and notice how you feel afterwards.

## Give worry a place

Write your worries down. Sort them into what you can do something about, and what you
can't. For the first kind, choose one small next step. Slow breathing, with a longer
breath out than in, can help your body settle when worry spikes.

## Go easy on alcohol and drugs

They can feel like relief in the moment, but they make sleep, mood and anxiety worse
over the next days.

## Check in again

Do the [check-in](/checklist/) again in two weeks to see what has changed. Noticing a
pattern is useful, whichever way it goes.
"""

CLOSING = """\
**When to look for more help.** If these things don't ease after a few weeks, if they
get in the way of work, home or the people you love, or if you simply want to talk to
someone, that is reason enough. [Support lines and peer support](/resources/?kind=support&kind=group),
[low-cost counselling](/resources/?kind=low-cost) and
[what happens in a first therapy session](/first-session/) are good next steps. If you
have thoughts of ending your life or hurting yourself, call or text 988 now, any time.
"""

GUIDE = {
    "slug": "looking-after-yourself",
    "title": "Looking after yourself",
    "summary": "Simple, well-tested things you can start this week, and when to look for more help.",
    "body": BODY,
    "closing": CLOSING,
}

RESOURCE = {
    "slug": "guide-looking-after-yourself",
    "name": "Looking after yourself",
    "kind": "guide",
    "order": 59,
    "summary": "Everyday basics for sleep, mood and worry, and when to look for more help.",
    "site_page": "resources:looking-after-yourself",
    "recheck_days": 180,
}


def seed(apps, schema_editor):
    Guide = apps.get_model("resources", "Guide")
    Guide.objects.update_or_create(
        slug=GUIDE["slug"], defaults={**GUIDE, "last_reviewed_on": CHECKED}
    )
    Resource = apps.get_model("resources", "Resource")
    resource, _ = Resource.objects.update_or_create(
        slug=RESOURCE["slug"], defaults={**RESOURCE, "last_checked_on": CHECKED}
    )
    resource.areas.set(
        apps.get_model("resources", "Area").objects.filter(slug__in=["mood", "anxiety", "sleep"])
    )


def unseed(apps, schema_editor):
    apps.get_model("resources", "Guide").objects.filter(slug=GUIDE["slug"]).delete()
    apps.get_model("resources", "Resource").objects.filter(slug=RESOURCE["slug"]).delete()


class Migration(migrations.Migration):
    dependencies = [("resources", "0005_review_content_fixes")]

    operations = [
        migrations.AlterField(
            model_name="resource",
            name="site_page",
            field=models.CharField(
                blank=True,
                choices=[
                    ("resources:calling-988", "What happens when you call 988"),
                    ("resources:cost-and-insurance", "Paying for therapy: cost and insurance"),
                    ("resources:reaching-out", "Reaching out: the outreach kit"),
                    ("resources:looking-after-yourself", "Looking after yourself"),
                ],
                help_text="For guides on this site: the page to link to instead of a website.",
                max_length=60,
            ),
        ),
        migrations.RunPython(seed, unseed),
    ]
