# What a document for partners prints in place of an intern record's name.

report-intern-name = (intern)
