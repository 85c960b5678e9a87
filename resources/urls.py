from django.urls import path

from . import views

app_name = "resources"

urlpatterns = [
    path("resources/", views.directory, name="directory"),
    path("resources/calling-988/", views.calling_988, name="calling-988"),
    path("resources/cost-and-insurance/", views.cost_and_insurance, name="cost-and-insurance"),
    path("resources/reaching-out/", views.reaching_out, name="reaching-out"),
    path(
        "resources/looking-after-yourself/",
        views.looking_after_yourself,
        name="looking-after-yourself",
    ),
]
