import secrets

from django.db import migrations, models


def create_version(apps, schema_editor):
    apps.get_model("sitecache", "ContentVersion").objects.create(pk=1, token=secrets.token_hex(8))


class Migration(migrations.Migration):
    initial = True

    dependencies = []

    operations = [
        migrations.CreateModel(
            name="ContentVersion",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=32)),
            ],
        ),
        migrations.RunPython(create_version, migrations.RunPython.noop),
    ]
