from django.urls import path

from . import views

app_name = "outreach"

urlpatterns = [
    path("resources/my-list/", views.my_list, name="my_list"),
    path("resources/my-list/add/", views.add, name="add"),
    path("resources/my-list/<int:entry_id>/status/", views.status, name="status"),
    path("resources/my-list/<int:entry_id>/remove/", views.remove, name="remove"),
    path(
        "resources/my-list/<int:entry_id>/follow-up.ics",
        views.follow_up_reminder,
        name="follow_up_reminder",
    ),
]
