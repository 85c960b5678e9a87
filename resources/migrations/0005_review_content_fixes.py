"""Two fixes to seeded content. Each changes the text only if editors have not already
rewritten it.

- The 988 lead-in in the crisis strip is shorter, so "Call 988 or Text 988" fits on one
  line of a 375px-wide phone.
- The 988 guide linked The Trevor Project to the directory filtered for LGBTQ+ people,
  which lists no other service, so the visitor landed on "Nothing here matches". It now
  points at the Trevor Project's own entry among the crisis lines.
"""

from django.db import migrations

STRIP_LABELS = ("Need to talk? Day or night:", "Day or night:")
TREVOR_LINKS = (
    "[The Trevor Project](/resources/?audience=lgbtq)",
    "[The Trevor Project](/resources/#resource-trevor-project)",
)


def change(apps, old_label, new_label, old_link, new_link):
    Resource = apps.get_model("resources", "Resource")
    Resource.objects.filter(slug="988-lifeline", strip_label=old_label).update(
        strip_label=new_label
    )
    Guide = apps.get_model("resources", "Guide")
    for guide in Guide.objects.filter(slug="calling-988", body__contains=old_link):
        guide.body = guide.body.replace(old_link, new_link)
        guide.save(update_fields=["body"])


def forwards(apps, schema_editor):
    change(apps, *STRIP_LABELS, *TREVOR_LINKS)


def backwards(apps, schema_editor):
    change(apps, *reversed(STRIP_LABELS), *reversed(TREVOR_LINKS))


class Migration(migrations.Migration):
    dependencies = [("resources", "0004_seed_directory")]

    operations = [migrations.RunPython(forwards, backwards)]
