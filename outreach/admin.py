# Outreach lists are visitors' data: nothing is registered here, so no editor ever sees one.
# Superusers see only how many entries exist, on the visits counts page.
