# Forms taller than the screen, the tab bar at narrow widths, deactivated records kept chosen,
# inspections without a project.

# In a form's border when it scrolls.
form-more-above = ↑ more fields
form-more-below = ↓ more fields

# Platssamverkan: the heading over inspections that belong to no place project.
places-without-project = Inspections and walks without a project
