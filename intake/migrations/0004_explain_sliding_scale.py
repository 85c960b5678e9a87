"""Explain "sliding scale" beside the question that uses it (reading age 12 to 14).

Only the seeded question with no note yet is touched, so an editor's own note stays.
"""

from django.db import migrations

QUESTION = "Do you offer a sliding scale or a reduced fee?"
NOTE = "A sliding scale means the fee depends on what you earn, so it can cost less."


def explain(apps, schema_editor):
    BankQuestion = apps.get_model("intake", "BankQuestion")
    BankQuestion.objects.filter(text=QUESTION, note="").update(note=NOTE)


def unexplain(apps, schema_editor):
    BankQuestion = apps.get_model("intake", "BankQuestion")
    BankQuestion.objects.filter(text=QUESTION, note=NOTE).update(note="")


class Migration(migrations.Migration):
    dependencies = [("intake", "0003_prepplan_signs_left_out")]

    operations = [migrations.RunPython(explain, unexplain)]
