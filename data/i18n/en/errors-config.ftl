# Errors in the settings file (config.rs): what is wrong, where, and what to do.

error-config-read = The settings file { $path } could not be read: { $reason }
error-config-parse = The settings file { $path } has an error: { $problem } Correct the file or remove the line.
# $reason: one of the reasons below
error-config-at = On line { $line }, character { $column }: { $reason }
error-config-unknown-setting = there is no setting “{ $name }” (the settings are: db, lang, theme, mouse, keys, minutes_title).
error-config-unknown-value = “{ $value }” is not a value of this setting.
error-config-wrong-type = the value has the wrong form for this setting (text goes in quotation marks, yes/no as true/false).
error-config-twice = the setting appears more than once.
error-config-syntax = the line does not follow the file's format (write name = value, with text in quotation marks).
