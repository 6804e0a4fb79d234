// The diary's quick log in the person's own time zone. Without JavaScript every form still
// works: the quick log then uses the zone of the person's latest entry. (The progress
// page's chart is drawn by history.js, as the saved assessments' chart is.)
(function () {
	'use strict';

	// The quick log is saved in the person's own time zone, so that it counts for their day.
	function fillTimeZones() {
		var zone;
		try {
			zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
		}
		catch (e) {
			return;
		}
		if (!zone) {
			return;
		}
		Array.prototype.forEach.call(document.querySelectorAll('input[data-browser-zone]'), function (input) {
			if (!input.value) {
				input.value = zone;
			}
		});
	}

	function start() {
		fillTimeZones();
	}

	if (document.readyState === 'loading') {
		document.addEventListener('DOMContentLoaded', start);
	}
	else {
		start();
	}
})();
