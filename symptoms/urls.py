from django.urls import path

from . import views

app_name = "symptoms"

urlpatterns = [
    path("checklist/", views.checklist, name="checklist"),
    path("checklist/results/", views.results, name="results"),
    path("checklist/results/help/", views.matched_help, name="matched_help"),
    path("screeners/<slug:slug>/", views.screener, name="screener"),
    path("screeners/<slug:slug>/results/", views.screener_results, name="screener_results"),
]
