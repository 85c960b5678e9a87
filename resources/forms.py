from django import forms
from django.utils.datastructures import MultiValueDict

from .directory import LEGENDS
from .facets import FILTER_PARAMS
from .filters import Filters


class DirectoryFilterForm(forms.Form):
    """The directory's filters as checkboxes: a plain GET form that works without JavaScript.

    It only renders; the values it shows were already checked by `filters.parse_filters`,
    so a bad link never turns into a form error.
    """

    def __init__(self, options: dict[str, list[tuple[str, str]]], filters: Filters):
        data = MultiValueDict({param: list(filters.values(param)) for param in FILTER_PARAMS})
        super().__init__(data=data, auto_id="filter-%s")
        for param in FILTER_PARAMS:
            if not options.get(param):
                continue
            if param == "state":
                # One state, from a list: 51 checkboxes would bury the other filters.
                self.fields[param] = forms.ChoiceField(
                    label=LEGENDS[param],
                    choices=[("", "Anywhere in the US")] + options[param],
                    required=False,
                    help_text="Pick your state to add services that are only for it. "
                    "We never try to work out where you are.",
                )
                continue
            self.fields[param] = forms.MultipleChoiceField(
                label=LEGENDS[param],
                choices=options[param],
                required=False,
                widget=forms.CheckboxSelectMultiple,
            )
