# The minutes (issue 13): words the minutes add beyond report.ftl.
minutes-open-count = { $count ->
    [0] No actions from earlier meetings were open when the meeting closed.
    [one] { $count } action from earlier meetings was open when the meeting closed, { $late } of them late on the meeting day.
   *[other] { $count } actions from earlier meetings were open when the meeting closed, { $late } of them late on the meeting day.
}
minutes-events-period = Events in the period { $period } (week { $weeks }). Every observation counts as a reported event except dismissed ones and duplicates. The situation picture describes places and situations, not people.
minutes-area-no-text = No assessment was written for the area at the meeting.
minutes-field-secretary = Secretary
minutes-signed-secretary = Minutes taken by
minutes-signature = Signature
minutes-signature-date = Date
minutes-signature-line = ________________________________
minutes-signature-date-line = ______________
minutes-intern-mark = (internal)
minutes-internal-notice = NOTE: this document contains records classified INTERNAL. They are marked “(internal)”.
report-internal-included = NOTE: this document contains records classified INTERNAL.
