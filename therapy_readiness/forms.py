"""The error summary that every form page shows above its heading (one box, one producer).

A form that can fail says what the summary's heading asks for; the partial
`templates/_error_summary.html` renders `form.error_summary` the same way on every page.
"""

from django import forms

# Widgets drawn as a group of options, whose first option takes the summary's link.
_OPTION_GROUPS = (forms.RadioSelect, forms.CheckboxSelectMultiple)


class ErrorSummaryMixin:
    """For a `forms.Form`: its errors as links to the controls that need a change."""

    # The heading for one error and for `{n}` errors.
    error_heading: tuple[str, str] = ("Please check one answer", "Please check {n} answers")
    error_note: str = ""
    # Whether each line starts with the field's label (off where the messages name it).
    error_labels: bool = True

    def error_summary(self) -> list[dict]:
        """Each error with its field's label and the id of the field's first control.

        A choice of radios or checkboxes links to its first option; errors that belong to
        no field link to the page's main content.
        """
        summary = []
        for name, messages in self.errors.items():
            if name in self.fields:
                field = self[name]
                is_choice = isinstance(
                    field.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple
                )
                label, anchor = field.label, field.auto_id + ("_0" if is_choice else "")
            else:
                label, anchor = "This page", "main"
            summary += [
                {"label": label if self.error_labels else "", "message": m, "anchor": anchor}
                for m in messages
            ]
        return summary

    def error_summary_heading(self) -> str:
        count = sum(len(messages) for messages in self.errors.values())
        one, many = self.error_heading
        return one if count == 1 else many.format(n=count)
