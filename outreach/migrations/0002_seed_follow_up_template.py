"""The outreach kit's follow-up message, which the list offers when nobody has replied.

It is an ordinary outreach template (editors change it in admin like the others); it is
seeded here because the list is what needs it.
"""

from django.db import migrations

FOLLOW_UP = """\
Subject: Following up on my message

Hello [therapist's name],

I got in touch on [the day you emailed or called] to ask whether you're taking new clients \
for individual therapy. I'm still interested. A short reply either way would help me a lot, \
so I know whether to keep looking.

If you're not taking new clients, could you suggest a colleague who might be?

Thank you,
[your first name]"""

ROW = dict(
    slug="follow-up",
    title="Follow-up message",
    introduction=(
        "If three working days go by with no reply, send this once. You can also read it "
        "out as a voicemail."
    ),
    text=FOLLOW_UP,
    order=4,
)


def seed(apps, schema_editor):
    OutreachTemplate = apps.get_model("resources", "OutreachTemplate")
    OutreachTemplate.objects.get_or_create(slug=ROW["slug"], defaults=ROW)


def unseed(apps, schema_editor):
    OutreachTemplate = apps.get_model("resources", "OutreachTemplate")
    OutreachTemplate.objects.filter(slug=ROW["slug"], text=ROW["text"]).delete()


class Migration(migrations.Migration):
    dependencies = [("outreach", "0001_entries"), ("resources", "0005_review_content_fixes")]

    operations = [migrations.RunPython(seed, unseed)]
