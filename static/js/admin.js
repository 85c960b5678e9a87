// Admin change forms: warn before saving new wording over a clinical review.
document.addEventListener("DOMContentLoaded", () => {
  const warning = document.querySelector(".review-reset-warning");
  if (!warning) return;
  const fields = Array.from(document.querySelectorAll("[data-wording]"));
  const initial = new Map(fields.map((field) => [field, field.value]));
  const update = () => {
    const changed = fields.some((field) => field.value !== initial.get(field));
    warning.textContent = changed ? warning.dataset.warning : "";
  };
  fields.forEach((field) => field.addEventListener("input", update));
});
