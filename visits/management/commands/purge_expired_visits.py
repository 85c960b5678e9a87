from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from visits import throttle
from visits.services import purge_expired_visits


class Command(BaseCommand):
    help = (
        "Delete visits (with every answer) last active more than VISIT_RETENTION_DAYS ago, "
        "expired sessions and old resume-code throttle counts. Safe to run while serving."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--batch-size",
            type=int,
            default=500,
            help="Visits deleted per short transaction (default 500).",
        )

    def handle(self, *args, batch_size: int, **options) -> None:
        if batch_size < 1:
            self.stderr.write("--batch-size must be at least 1")
            raise SystemExit(2)
        visits = purge_expired_visits(batch_size=batch_size)
        call_command("clearsessions")
        counters = throttle.purge_old(throttle.configured_limits())
        self.stdout.write(
            f"Deleted {visits} expired visit{'s' if visits != 1 else ''} "
            f"(inactive for more than {settings.VISIT_RETENTION_DAYS} days), "
            f"expired sessions and {counters} old throttle count{'s' if counters != 1 else ''}."
        )
