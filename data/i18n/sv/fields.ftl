# fields
