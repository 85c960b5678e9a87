from django.urls import path

from . import views

app_name = "visits"

urlpatterns = [
    path("save/", views.save, name="save"),
    path("save/reminder.ics", views.reminder, name="reminder"),
    path("resume/", views.resume, name="resume"),
    path("resume/welcome/", views.resumed, name="resumed"),
    path("forget/", views.forget, name="forget"),
    path("forget/done/", views.forgotten, name="forgotten"),
]
