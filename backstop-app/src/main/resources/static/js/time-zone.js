// Progressive enhancement only: a time-zone choice marked data-suggest starts at the
// device's own zone, when the list has it; otherwise the server's choice stands.
(function () {
	"use strict";
	if (!window.Intl) {
		return;
	}
	var zone;
	try {
		zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	} catch (ignored) {
		return;
	}
	document.querySelectorAll("select[data-suggest='true']").forEach(function (select) {
		for (var i = 0; i < select.options.length; i++) {
			if (select.options[i].value === zone) {
				select.value = zone;
				return;
			}
		}
	});
}());
