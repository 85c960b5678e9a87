from django.urls import path

from . import views

app_name = "intake"

urlpatterns = [
    path("first-session/", views.explainer, name="explainer"),
    path("prepare/", views.start, name="start"),
    path("prepare/what-brings-me/", views.what_brings_me, name="what_brings_me"),
    path("prepare/goals/", views.goals, name="goals"),
    path("prepare/practicalities/", views.practicalities, name="practicalities"),
    path("prepare/questions/", views.questions, name="questions"),
    path("prepare/sheet/", views.sheet, name="sheet"),
    path("prepare/sheet.txt", views.sheet_text, name="sheet_text"),
]
